import type { TExerciseInput, TExerciseView } from '../../../domain/contract/exercises.js';
import { objectivesFromText } from './recovery.js';

/** The form's shape: objectives one per line, participants and observers as two pickers. */
export interface TExerciseFormValues {
  unitId?: string;
  type?: TExerciseInput['type'];
  title: string;
  scenario: string;
  objectivesText: string;
  planIds: string[];
  scheduledOn: string;
  participantIds: string[];
  observerIds: string[];
  facilitatorIds: string[];
  timeline: { at: string; inject: string; response: string }[];
}

export const EMPTY_EXERCISE: TExerciseFormValues = { title: '', scenario: '', objectivesText: '', planIds: [], scheduledOn: '', participantIds: [], observerIds: [], facilitatorIds: [], timeline: [] };

export function valuesOf(exercise: TExerciseView): TExerciseFormValues {
  const ids = (role: string) => exercise.participants.filter((p) => p.role === role).map((p) => p.personId);
  return {
    unitId: exercise.unitId,
    type: exercise.type,
    title: exercise.title,
    scenario: exercise.scenario,
    objectivesText: exercise.objectives.join('\n'),
    planIds: exercise.plans.map((p) => p.id),
    scheduledOn: exercise.scheduledOn,
    participantIds: ids('participant'),
    observerIds: ids('observer'),
    facilitatorIds: ids('facilitator'),
    timeline: exercise.timeline,
  };
}

/** The request the server's schema checks; a person named twice keeps the first role given. */
export function prepareExercise(values: TExerciseFormValues) {
  const seen = new Set<string>();
  const participants = [
    ...(values.participantIds ?? []).map((personId) => ({ personId, role: 'participant' as const })),
    ...(values.observerIds ?? []).map((personId) => ({ personId, role: 'observer' as const })),
    ...(values.facilitatorIds ?? []).map((personId) => ({ personId, role: 'facilitator' as const })),
  ].filter((p) => !seen.has(p.personId) && Boolean(seen.add(p.personId)));
  return {
    unitId: values.unitId,
    type: values.type,
    title: values.title,
    scenario: values.scenario ?? '',
    objectives: objectivesFromText(values.objectivesText),
    planIds: values.planIds ?? [],
    scheduledOn: values.scheduledOn,
    participants,
    timeline: (values.timeline ?? []).map((row) => ({ at: row.at ?? '', inject: row.inject ?? '', response: row.response ?? '' })),
  };
}
