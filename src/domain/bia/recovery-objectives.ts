import type { TImpactLevel, TImpactScale } from './impact-scale.js';

/** Impact ratings of one service: category → the level at each time point (same order as the scale's). */
export type TImpactRatings = Record<string, readonly TImpactLevel[]>;

export interface TDerivedMtpd {
  minutes: number;
  /** The categories that reach the intolerable level first: why the MTPD is what it is. */
  becauseOf: string[];
}

/**
 * The MTPD is the first time point at which any category reaches the intolerable level.
 * Null when no category ever does within the assessed horizon.
 */
export function deriveMtpd(ratings: TImpactRatings, scale: TImpactScale): TDerivedMtpd | null {
  for (const [index, minutes] of scale.timePoints.entries()) {
    const becauseOf = scale.categories.filter((c) => (ratings[c]?.[index] ?? 1) >= scale.intolerableLevel);
    if (becauseOf.length > 0) return { minutes, becauseOf };
  }
  return null;
}

/** Ratings must not fall as time passes: a disruption does not get less harmful by lasting longer. */
export function decreasingRatings(ratings: TImpactRatings, scale: TImpactScale): string[] {
  return scale.categories.filter((c) => {
    const levels = ratings[c] ?? [];
    return levels.some((level, i) => i > 0 && level < levels[i - 1]!);
  });
}

export interface TRecoveryObjectives {
  /** Derived, or overridden with a justification. */
  mtpdMinutes: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  /** Minimum service level over time: from `afterMinutes`, at least `percent` of normal. */
  minimumServiceLevels: readonly { afterMinutes: number; percent: number }[];
}

export interface TObjectiveProblem {
  code: 'bia.rto_exceeds_mtpd' | 'bia.rto_missing' | 'bia.service_level_not_rising' | 'bia.service_level_after_mtpd';
  path: string;
}

/**
 * The rules a service's objectives must satisfy (ISO 22301 8.2.3): the recovery time
 * objective within the MTPD, and a minimum service level that steps up, not down.
 */
export function checkRecoveryObjectives(o: TRecoveryObjectives): TObjectiveProblem[] {
  const problems: TObjectiveProblem[] = [];
  if (o.mtpdMinutes !== null && o.rtoMinutes === null) problems.push({ code: 'bia.rto_missing', path: 'rtoMinutes' });
  if (o.mtpdMinutes !== null && o.rtoMinutes !== null && o.rtoMinutes > o.mtpdMinutes) problems.push({ code: 'bia.rto_exceeds_mtpd', path: 'rtoMinutes' });
  o.minimumServiceLevels.forEach((level, i) => {
    const previous = o.minimumServiceLevels[i - 1];
    if (previous && (level.afterMinutes <= previous.afterMinutes || level.percent < previous.percent)) {
      problems.push({ code: 'bia.service_level_not_rising', path: `minimumServiceLevels.${i}` });
    }
  });
  return problems;
}
