/**
 * Meetings of a governing body and the quarter-by-quarter picture of the review's Figures
 * XIII–XIV (issue 8, must-have 1; BRIEF module 10; chapter VI.E: 1,500 meetings postponed or
 * cancelled in one quarter). A meeting has a mode and what became of it; a quarter counts the
 * meetings held in each mode, the postponed and the cancelled, and each one's share.
 */
export const MEETING_MODES = ['in_person', 'virtual', 'hybrid'] as const;
export type TMeetingMode = (typeof MEETING_MODES)[number];

export const MEETING_OUTCOMES = ['held_as_planned', 'postponed', 'cancelled'] as const;
export type TMeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export interface TMeeting {
  /** The day it was scheduled for, in the body's own time zone (YYYY-MM-DD). */
  scheduledOn: string;
  /** How it was held, or was to be held if it was not. */
  mode: TMeetingMode;
  outcome: TMeetingOutcome;
}

/** `2020-Q2`. */
export type TQuarter = string;

export function quarterOf(day: string): TQuarter {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function nextQuarter(q: TQuarter): TQuarter {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return n === 4 ? `${year + 1}-Q1` : `${year}-Q${n + 1}`;
}

/** The categories of the figures: held, by mode, then postponed and cancelled. Each meeting is in exactly one. */
export const MEETING_CATEGORIES = ['in_person', 'virtual', 'hybrid', 'postponed', 'cancelled'] as const;
export type TMeetingCategory = (typeof MEETING_CATEGORIES)[number];

export const categoryOf = (m: TMeeting): TMeetingCategory => (m.outcome === 'held_as_planned' ? m.mode : m.outcome);

export interface TQuarterStatistics {
  quarter: TQuarter;
  /** Meetings scheduled in the quarter. */
  total: number;
  held: number;
  counts: Record<TMeetingCategory, number>;
  /** Shares of the total, 0..1 (0 for an empty quarter). */
  shares: Record<TMeetingCategory, number>;
  /** Whole percentages that add up to exactly 100 (largest remainder), for charts and tables. */
  percents: Record<TMeetingCategory, number>;
}

const zeros = (): Record<TMeetingCategory, number> => ({ in_person: 0, virtual: 0, hybrid: 0, postponed: 0, cancelled: 0 });

/** Rounds shares to whole percents summing to 100: the largest remainders get the leftover points (ties in category order). */
export function wholePercents(counts: Record<TMeetingCategory, number>): Record<TMeetingCategory, number> {
  const total = MEETING_CATEGORIES.reduce((s, c) => s + counts[c], 0);
  const out = zeros();
  if (total === 0) return out;
  const exact = MEETING_CATEGORIES.map((c) => ({ c, floor: Math.floor((counts[c] * 100) / total), rest: (counts[c] * 100) % total }));
  let left = 100 - exact.reduce((s, x) => s + x.floor, 0);
  for (const x of exact) out[x.c] = x.floor;
  for (const x of [...exact].sort((a, b) => b.rest - a.rest)) {
    if (left === 0) break;
    if (x.rest > 0) {
      out[x.c] += 1;
      left -= 1;
    }
  }
  return out;
}

/**
 * Statistics for every quarter from the first to the last meeting (or the `from`–`to` quarters
 * given), empty quarters included so a chart's axis has no holes.
 */
export function quarterlyStatistics(meetings: readonly TMeeting[], range?: { from: TQuarter; to: TQuarter }): TQuarterStatistics[] {
  const quarters = meetings.map((m) => quarterOf(m.scheduledOn)).sort();
  const from = range?.from ?? quarters[0];
  const to = range?.to ?? quarters.at(-1);
  if (from === undefined || to === undefined || from > to) return [];
  const byQuarter = new Map<TQuarter, Record<TMeetingCategory, number>>();
  for (let q = from; q <= to; q = nextQuarter(q)) byQuarter.set(q, zeros());
  for (const m of meetings) {
    const counts = byQuarter.get(quarterOf(m.scheduledOn));
    if (counts) counts[categoryOf(m)] += 1;
  }
  return [...byQuarter].map(([quarter, counts]) => {
    const total = MEETING_CATEGORIES.reduce((s, c) => s + counts[c], 0);
    const shares = zeros();
    for (const c of MEETING_CATEGORIES) shares[c] = total === 0 ? 0 : counts[c] / total;
    return { quarter, total, held: counts.in_person + counts.virtual + counts.hybrid, counts, shares, percents: wholePercents(counts) };
  });
}
