import { recoveryVerdict } from '../../../domain/mer/exercises.js';

export type TVerdict = ReturnType<typeof recoveryVerdict>;

interface TResult {
  achievedMinutes: number;
  rtoMinutes: number | null;
  verdict: TVerdict;
}

/** How many results met, missed or had no RTO to meet: the headline of the results. */
export function countVerdicts(results: readonly { verdict: TVerdict }[]): Record<TVerdict, number> {
  const counts: Record<TVerdict, number> = { met: 0, missed: 0, no_objective: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}

/** By how much the recovery beat (negative) or missed (positive) the RTO; null without an RTO. */
export function marginMinutes(result: Pick<TResult, 'achievedMinutes' | 'rtoMinutes'>): number | null {
  return result.rtoMinutes === null ? null : result.achievedMinutes - result.rtoMinutes;
}

/**
 * Bar lengths of the chart, in percent of the longest time shown (achieved or RTO), so the
 * achieved time and the objective of every function are drawn on one scale.
 */
export function barWidths(results: readonly Pick<TResult, 'achievedMinutes' | 'rtoMinutes'>[]): { achieved: number; rto: number | null }[] {
  const longest = Math.max(1, ...results.flatMap((r) => [r.achievedMinutes, r.rtoMinutes ?? 0]));
  const percent = (minutes: number) => Math.max(1, Math.round((minutes / longest) * 1000) / 10);
  return results.map((r) => ({ achieved: percent(r.achievedMinutes), rto: r.rtoMinutes === null ? null : percent(r.rtoMinutes) }));
}

/** The verdict of a result being typed, before the server judges it with the same rule. */
export const previewVerdict = (achievedMinutes: number | null | undefined, rtoMinutes: number | null | undefined): TVerdict | null =>
  achievedMinutes ? recoveryVerdict(achievedMinutes, rtoMinutes ?? null) : null;

/** Objectives are typed one per line; empty lines are not objectives. */
export const objectivesFromText = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
