/**
 * How an organization rates the impact of losing a service over time (ISO 22301 8.2.2):
 * categories, the time points at which impact is assessed, and a 1–5 scale whose
 * "intolerable" threshold fixes the maximum tolerable period of disruption (MTPD).
 * Every organization may reword and re-time these; the defaults follow the review's practice.
 */
export const DEFAULT_IMPACT_CATEGORIES = [
  'mandate_delivery',
  'staff_safety_wellbeing',
  'beneficiaries_partners',
  'financial',
  'reputational',
  'legal_compliance',
] as const;

const HOUR = 60;
const DAY = 24 * HOUR;

/** 4 hours, 1 day, 3 days, 1 week, 2 weeks, 1 month — in minutes, as all durations are stored. */
export const DEFAULT_TIME_POINTS: readonly number[] = [4 * HOUR, DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];

export const IMPACT_LEVELS = [1, 2, 3, 4, 5] as const;
export type TImpactLevel = (typeof IMPACT_LEVELS)[number];

export interface TImpactScale {
  categories: readonly string[];
  /** Ascending, in minutes. */
  timePoints: readonly number[];
  /** The first level the organization cannot tolerate. */
  intolerableLevel: TImpactLevel;
}

export const DEFAULT_IMPACT_SCALE: TImpactScale = {
  categories: DEFAULT_IMPACT_CATEGORIES,
  timePoints: DEFAULT_TIME_POINTS,
  intolerableLevel: 4,
};

/** Problems with a scale an organization configures: time points must rise, categories be distinct. */
export function checkImpactScale(scale: TImpactScale): string[] {
  const problems: string[] = [];
  if (scale.categories.length === 0) problems.push('at least one impact category is needed');
  if (new Set(scale.categories).size !== scale.categories.length) problems.push('impact categories must be distinct');
  if (scale.timePoints.length === 0) problems.push('at least one time point is needed');
  if (scale.timePoints.some((t, i) => !Number.isInteger(t) || t <= 0 || (i > 0 && t <= scale.timePoints[i - 1]!))) {
    problems.push('time points must be whole minutes, each later than the one before');
  }
  return problems;
}
