import { DEFAULT_MINIMUM_GROUP_SIZE, suppressedGroups } from './wellbeing.js';

/**
 * Choice and free-text results, under the same rule as the scale results of `wellbeing.ts`:
 * a group is shown only with at least the minimum number of answers to the question, small
 * groups are hidden together with the next smallest (complementary suppression) so that the
 * total minus the shown groups never gives a hidden group back, and the total is shown only at
 * or above the minimum itself.
 */
export interface TRawResponse {
  group: string;
  answers: Readonly<Record<string, number | string | null>>;
}

export type TChoiceCell = { hidden: false; answered: number; counts: Record<string, number> } | { hidden: true; reason: 'below_minimum' | 'complementary' };

export function choiceResults(responses: readonly TRawResponse[], questionKey: string, optionKeys: readonly string[], groups: readonly string[], minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE) {
  const minimum = Math.max(1, minimumGroupSize);
  const byGroup = new Map<string, string[]>(groups.map((g) => [g, []]));
  for (const r of responses) {
    const a = r.answers[questionKey];
    if (typeof a === 'string' && optionKeys.includes(a)) byGroup.get(r.group)?.push(a);
  }
  const hidden = suppressedGroups(new Map([...byGroup].map(([g, list]) => [g, list.length])), minimum);
  const cellOf = (list: readonly string[]): TChoiceCell => ({ hidden: false, answered: list.length, counts: Object.fromEntries(optionKeys.map((k) => [k, list.filter((x) => x === k).length])) });
  const all = [...byGroup.values()].flat();
  return {
    groups: groups.map((group) => {
      const list = byGroup.get(group)!;
      const reason = hidden.get(group) ?? (list.length === 0 ? 'below_minimum' : undefined);
      return { group, cell: reason ? ({ hidden: true, reason } as const) : cellOf(list) };
    }),
    total: all.length >= minimum ? cellOf(all) : ({ hidden: true, reason: 'below_minimum' } as const),
  };
}

/**
 * Free texts of a question: for the whole survey only — never by unit, since any text listed by
 * unit beside an overall list would let a hidden unit's texts be found by difference — and only
 * when at least the minimum number of people wrote one. Sorted, so their order says nothing of
 * who answered when.
 */
export function freeTexts(responses: readonly TRawResponse[], questionKey: string, minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE): { hidden: false; items: string[] } | { hidden: true; reason: 'below_minimum' } {
  const items = responses.map((r) => r.answers[questionKey]).filter((a): a is string => typeof a === 'string' && a.trim().length > 0);
  if (items.length < Math.max(1, minimumGroupSize)) return { hidden: true, reason: 'below_minimum' };
  return { hidden: false, items: [...items].sort((a, b) => a.localeCompare(b)) };
}

/** Scores of scale questions only, for `surveyResults` and `trend`. */
export function scaleOnly(responses: readonly TRawResponse[], questionKeys: readonly string[]) {
  return responses.map((r) => ({ group: r.group, answers: Object.fromEntries(questionKeys.map((k) => [k, typeof r.answers[k] === 'number' ? (r.answers[k] as number) : null])) }));
}
