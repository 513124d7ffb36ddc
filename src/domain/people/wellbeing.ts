/**
 * Results of staff wellbeing surveys by group (office, unit …) without exposing anybody
 * (issue 8, must-have 5; BRIEF module 11). Answers are anonymous and arrive here without any
 * identity; a figure is shown only for a group of at least `minimumGroupSize` answers (5 by
 * default). Hiding small groups is not enough when a total is shown: total minus the visible
 * groups would give the hidden one back (a difference attack). So hidden groups are hidden
 * together with as many of the next smallest groups as it takes for the hidden set, taken as
 * a whole, to reach the minimum too (complementary suppression) — and a total below the
 * minimum is hidden itself.
 */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

/** One person's anonymous answers: the group they chose or were sent in, and a 1–5 score per question (null: skipped). */
export interface TSurveyResponse {
  group: string;
  answers: Readonly<Record<string, number | null>>;
}

export type TCell =
  | { group: string; hidden: false; answered: number; mean: number; favourableShare: number }
  | { group: string; hidden: true; reason: 'below_minimum' | 'complementary' };

export interface TQuestionResult {
  questionId: string;
  groups: TCell[];
  total: TCell;
}

export interface TResultOptions {
  minimumGroupSize?: number;
  /** Scores counted favourable (agree, strongly agree): this value and above. */
  favourableFrom?: number;
}

const TOTAL = '*';

/**
 * Which groups to hide among `sizes` (answers per group): those below the minimum, then the
 * smallest remaining ones (by size, then name, for a stable answer) until what is hidden adds up
 * to the minimum or nothing. Groups with no answers reveal nothing and cost nothing.
 */
export function suppressedGroups(sizes: ReadonlyMap<string, number>, minimum: number): Map<string, 'below_minimum' | 'complementary'> {
  const hidden = new Map<string, 'below_minimum' | 'complementary'>();
  let hiddenSize = 0;
  for (const [group, n] of sizes) {
    if (n > 0 && n < minimum) {
      hidden.set(group, 'below_minimum');
      hiddenSize += n;
    }
  }
  const visible = [...sizes].filter(([g, n]) => n > 0 && !hidden.has(g)).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  while (hiddenSize > 0 && hiddenSize < minimum && visible.length > 0) {
    const [group, n] = visible.shift()!;
    hidden.set(group, 'complementary');
    hiddenSize += n;
  }
  return hidden;
}

function cell(group: string, scores: readonly number[], favourableFrom: number): TCell {
  const sum = scores.reduce((s, x) => s + x, 0);
  return { group, hidden: false, answered: scores.length, mean: sum / scores.length, favourableShare: scores.filter((x) => x >= favourableFrom).length / scores.length };
}

/**
 * Results per question and group. Suppression is decided per question, on the answers to that
 * question: someone who skipped a question must not turn a group of five into a group of four.
 */
export function surveyResults(responses: readonly TSurveyResponse[], questionIds: readonly string[], groups: readonly string[], options: TResultOptions = {}): TQuestionResult[] {
  const minimum = Math.max(1, options.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE);
  const favourableFrom = options.favourableFrom ?? 4;
  return questionIds.map((questionId) => {
    const scores = new Map<string, number[]>(groups.map((g) => [g, []]));
    for (const r of responses) {
      const score = r.answers[questionId];
      if (typeof score === 'number' && Number.isFinite(score)) scores.get(r.group)?.push(score);
    }
    const sizes = new Map([...scores].map(([g, s]) => [g, s.length]));
    const hidden = suppressedGroups(sizes, minimum);
    const all = [...scores.values()].flat();
    return {
      questionId,
      groups: groups.map((g): TCell => {
        const reason = hidden.get(g);
        if (reason) return { group: g, hidden: true, reason };
        const s = scores.get(g)!;
        // No answers: nothing to show and nothing to hide.
        return s.length === 0 ? { group: g, hidden: true, reason: 'below_minimum' } : cell(g, s, favourableFrom);
      }),
      total: all.length >= minimum ? cell(TOTAL, all, favourableFrom) : { group: TOTAL, hidden: true, reason: 'below_minimum' },
    };
  });
}

export interface TTrendPoint {
  roundId: string;
  /** Null when the group's figure was hidden (or absent) that round. */
  mean: number | null;
  /** Change from the previous round with a figure; null when there is none to compare with. */
  change: number | null;
}

/** A group's mean for one question across survey rounds, oldest first, hidden rounds left as gaps. */
export function trend(rounds: readonly { roundId: string; results: readonly TQuestionResult[] }[], questionId: string, group: string): TTrendPoint[] {
  let previous: number | null = null;
  return rounds.map(({ roundId, results }) => {
    const q = results.find((r) => r.questionId === questionId);
    const c = group === TOTAL ? q?.total : q?.groups.find((x) => x.group === group);
    const mean = c && !c.hidden ? c.mean : null;
    const change = mean !== null && previous !== null ? mean - previous : null;
    if (mean !== null) previous = mean;
    return { roundId, mean, change };
  });
}

/** The name `trend` uses for the whole organization's figure. */
export const TOTAL_GROUP = TOTAL;
