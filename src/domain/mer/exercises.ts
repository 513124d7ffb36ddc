/**
 * Exercises test plans (ISO 22301 8.5): from a walk-through to a full-scale exercise. Only
 * the kinds that make people actually recover something count as the annual functional test.
 */
export const EXERCISE_TYPES = ['walk_through', 'tabletop', 'call_tree_test', 'simulation', 'functional', 'full_scale'] as const;
export type TExerciseType = (typeof EXERCISE_TYPES)[number];
export const FUNCTIONAL_TEST_TYPES: readonly TExerciseType[] = ['simulation', 'functional', 'full_scale'];

export const EXERCISE_STATES = ['planned', 'conducted', 'closed'] as const;
export type TExerciseState = (typeof EXERCISE_STATES)[number];

export const PARTICIPANT_ROLES = ['participant', 'observer', 'facilitator'] as const;

/** Where a remedial action comes from; the learning module adds reviews and management reviews. */
export const ACTION_SOURCES = ['exercise', 'post_incident_review', 'audit_finding', 'management_review'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type TActionStatus = (typeof ACTION_STATUSES)[number];

/** Whether an exercise met a service's RTO, as the report and the BIA show it. */
export function recoveryVerdict(achievedMinutes: number, rtoMinutes: number | null): 'met' | 'missed' | 'no_objective' {
  if (rtoMinutes === null) return 'no_objective';
  return achievedMinutes <= rtoMinutes ? 'met' : 'missed';
}
