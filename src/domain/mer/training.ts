import { addMonths, type TIsoDate } from './calendar.js';
import type { TMerPolicy } from './policy.js';

/**
 * Training and awareness (BRIEF module 6; ORMS KPI 15: share of crisis management team
 * members trained). A course may be mandatory for some functions and must be renewed
 * every so many months; a person is "current" while their last attendance is not older.
 */
export const COURSE_KINDS = ['course', 'exercise_briefing', 'awareness'] as const;
export type TCourseKind = (typeof COURSE_KINDS)[number];

/** Who a course is mandatory for: holders of a sign-in role, or appointed focal points and alternates. */
export const TRAINED_FUNCTIONS = ['cmt_member', 'focal_point', 'bc_coordinator', 'plan_owner', 'staff'] as const;
export type TTrainedFunction = (typeof TRAINED_FUNCTIONS)[number];

export type TCurrency = { status: 'current'; until: TIsoDate } | { status: 'expired'; since: TIsoDate } | { status: 'never' };

/** A mandatory course without its own renewal period is renewed on the policy's training cycle. */
export function renewalMonthsOf(course: { renewalMonths: number | null }, policy: TMerPolicy): number {
  return course.renewalMonths ?? policy.periodMonths.training_currency;
}

/** Whether a person is current on a course as of `today`, from the days they attended it. */
export function trainingCurrency(attendedOn: readonly TIsoDate[], renewalMonths: number | null, today: TIsoDate): TCurrency {
  const last = [...attendedOn].filter((d) => d <= today).sort().at(-1);
  if (!last) return { status: 'never' };
  if (renewalMonths === null) return { status: 'current', until: '9999-12-31' };
  const until = addMonths(last, renewalMonths);
  return today < until ? { status: 'current', until } : { status: 'expired', since: until };
}

/** Share of people current on every course mandatory for them (KPI 15 when the people are the CMT). */
export function shareTrained(people: readonly { current: boolean }[]): { trained: number; total: number; percent: number | null } {
  const trained = people.filter((p) => p.current).length;
  return { trained, total: people.length, percent: people.length === 0 ? null : Math.round((trained / people.length) * 100) };
}
