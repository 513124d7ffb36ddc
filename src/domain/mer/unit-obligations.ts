import { addMonths, type TIsoDate } from './calendar.js';
import { obligationState, stateOn, type TObligationReason, type TObligationState } from './obligations.js';
import type { TMerPolicy } from './policy.js';

/**
 * The obligations a unit owes rather than a plan (BRIEF ME&R rules): a yearly awareness
 * action plan carried out, and the people it depends on (focal points, CMT members, plan
 * owners, coordinators) current on the training mandatory for their function.
 */
export interface TUnitFacts {
  /** The day the unit was set up: the clock of an awareness plan never carried out. */
  openedOn: TIsoDate;
  /** Whether the unit runs BCM itself (the organization's root, or a unit with plans of its own). */
  owesAwareness: boolean;
  /** Days awareness activities were held for the unit or for a unit above it (which covers it). */
  awarenessOn: readonly TIsoDate[];
  /** People who must be trained because of a function they hold at this unit. */
  trainees: readonly TTrainee[];
}

export interface TTrainee {
  personId: string;
  /** The day they took up the function: the clock of a course never attended. */
  since: TIsoDate;
  /** The day an appointment ended; null while they hold it. */
  until: TIsoDate | null;
  courses: readonly { courseId: string; renewalMonths: number; attendedOn: readonly TIsoDate[] }[];
}

export function awarenessObligation(facts: TUnitFacts, policy: TMerPolicy, today: TIsoDate): TObligationState | null {
  if (!facts.owesAwareness || facts.openedOn > today) return null;
  const lastDoneOn = facts.awarenessOn.filter((d) => d <= today).sort().at(-1) ?? null;
  return obligationState({ kind: 'awareness_plan', lastDoneOn, startsOn: facts.openedOn }, policy, today);
}

/**
 * Training currency of a unit falls due on the first day any of its trainees is not current:
 * the day they took up a function whose course they never attended, or the day a course
 * they attended must be renewed. Null when nobody at the unit must be trained.
 */
export function trainingObligation(facts: TUnitFacts, policy: TMerPolicy, today: TIsoDate): TObligationState | null {
  let first: { dueOn: TIsoDate; why: TObligationReason } | null = null;
  for (const trainee of facts.trainees) {
    if (trainee.since > today || (trainee.until !== null && trainee.until <= today)) continue;
    for (const course of trainee.courses) {
      const last = course.attendedOn.filter((d) => d <= today).sort().at(-1);
      const candidate: { dueOn: TIsoDate; why: TObligationReason } = last
        ? { dueOn: addMonths(last, course.renewalMonths), why: { reason: 'periodic', lastDoneOn: last, periodMonths: course.renewalMonths } }
        : { dueOn: trainee.since, why: { reason: 'never_done', startsOn: trainee.since } };
      if (!first || candidate.dueOn < first.dueOn) first = candidate;
    }
  }
  return first ? stateOn('training_currency', first.dueOn, first.why, policy, today) : null;
}
