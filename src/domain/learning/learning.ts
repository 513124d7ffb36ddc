/**
 * Learning (BRIEF module 8, core element 7): post-incident reviews, lessons and good
 * practices, management reviews (ISO 22301 9.3) and crisis management evaluations
 * (recommendation 5). Pure vocabularies and rules.
 */

/** The review's Annex XII categories of lessons and good practices. */
export const LESSON_CATEGORIES = [
  'bc_planning',
  'internal_capacity',
  'capacity_building',
  'internal_coordination',
  'communication',
  'inter_agency_cooperation',
  'ict_service_delivery',
  'remote_working',
  'occupational_safety_health',
  'governance_continuity',
] as const;
export type TLessonCategory = (typeof LESSON_CATEGORIES)[number];

export const LESSON_KINDS = ['lesson', 'good_practice'] as const;
export const SHARING_SCOPES = ['organization', 'installation'] as const;
export type TSharingScope = (typeof SHARING_SCOPES)[number];
export const LESSON_STATUSES = ['draft', 'published'] as const;

/** Phases of a response, as a post-incident review walks through them. */
export const RESPONSE_PHASES = ['detection_and_alert', 'activation', 'response', 'recovery', 'return_to_normal'] as const;
export type TResponsePhase = (typeof RESPONSE_PHASES)[number];

/** Phases of a protracted crisis (Figure X), as a crisis management evaluation reads them. */
export const CRISIS_PHASES = ['baseline', 'initial_impact', 'adjustment', 'future'] as const;
export type TCrisisPhase = (typeof CRISIS_PHASES)[number];
/** Each phase is read with attention to human resources, ICT and occupational safety and health. */
export const CRISIS_ASPECTS = ['summary', 'hr', 'ict', 'osh'] as const;
export const EVALUATION_FINDINGS = ['enablers', 'gaps', 'goodPractices', 'lessons', 'policyChanges'] as const;

/** A lesson may be written about any phase of either kind. */
export const LESSON_PHASES = [...RESPONSE_PHASES, ...CRISIS_PHASES] as const;

export const REVIEW_SOURCES = ['event', 'exercise', 'manual'] as const;
export type TReviewSource = (typeof REVIEW_SOURCES)[number];
export const REVIEW_STATUSES = ['open', 'completed'] as const;

/** What a required change changes. */
export const CHANGE_TARGETS = ['plan', 'bia', 'policy', 'framework', 'other'] as const;
export type TChangeTarget = (typeof CHANGE_TARGETS)[number];

/** The template of a post-incident review (all free text, filled progressively). */
export interface TReviewSections {
  whatHappened: Partial<Record<TResponsePhase, string>>;
  enablers: string;
  temporaryMeasures: string;
  measuresToKeep: string;
  whatWorked: string;
  whatDidNotWork: string;
}
export const emptySections = (): TReviewSections => ({ whatHappened: {}, enablers: '', temporaryMeasures: '', measuresToKeep: '', whatWorked: '', whatDidNotWork: '' });

/** A review is due this many days after what it reviews closed (ISO 22301 10: promptly). */
export const REVIEW_DUE_DAYS = 30;

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const isOverdue = (item: { status: string; dueOn: string }, today: string, doneStatus = 'completed') => item.status !== doneStatus && item.dueOn < today;

/**
 * Completing a review needs what happened in at least one phase and what did (not) work: a
 * review with nothing written is not a review. Returns the missing section names.
 */
export function missingForCompletion(s: TReviewSections): string[] {
  const missing: string[] = [];
  if (!Object.values(s.whatHappened).some((v) => v && v.trim())) missing.push('whatHappened');
  if (!s.whatWorked.trim() && !s.whatDidNotWork.trim()) missing.push('whatWorked');
  return missing;
}

/**
 * Review reminders (dedupe keys make each one go once): 7 days before, on the due day, then
 * weekly while overdue. Returns the reminder's key stem, or null when nothing is due today.
 */
export function reviewReminderDue(dueOn: string, today: string): { kind: 'before' | 'due' | 'overdue'; stamp: string } | null {
  if (today === addDays(dueOn, -7)) return { kind: 'before', stamp: today };
  if (today === dueOn) return { kind: 'due', stamp: today };
  if (today > dueOn) {
    const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
    return { kind: 'overdue', stamp: addDays(dueOn, Math.floor(days / 7) * 7) };
  }
  return null;
}
