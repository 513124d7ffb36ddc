import { describe, expect, it } from 'vitest';
import { ZExerciseInput, type TExerciseView } from '../../../domain/contract/exercises.js';
import { EMPTY_EXERCISE, prepareExercise, valuesOf } from './exercise-form-values.js';

const UNIT = '00000000-0000-4000-8000-000000000001';
const GRACE = '00000000-0000-4000-8000-000000000002';
const PETER = '00000000-0000-4000-8000-000000000003';
const PLAN = '00000000-0000-4000-8000-000000000004';

describe('the exercise form', () => {
  it('prepares what the server schema accepts: objectives one per line, people with their role', () => {
    const body = prepareExercise({
      ...EMPTY_EXERCISE,
      unitId: UNIT,
      type: 'functional',
      title: 'Flooded office',
      scheduledOn: '2026-11-20',
      objectivesText: 'Pay households\n\n Reach every staff member ',
      planIds: [PLAN],
      participantIds: [GRACE],
      observerIds: [PETER],
      timeline: [{ at: 'T+00:00', inject: 'Access road flooded', response: undefined as unknown as string }],
    });
    expect(body).toMatchObject({
      objectives: ['Pay households', 'Reach every staff member'],
      participants: [
        { personId: GRACE, role: 'participant' },
        { personId: PETER, role: 'observer' },
      ],
      timeline: [{ at: 'T+00:00', inject: 'Access road flooded', response: '' }],
    });
    expect(ZExerciseInput.safeParse(body).success).toBe(true);
  });

  it('keeps the first role of a person picked twice: the server would store them twice otherwise', () => {
    const body = prepareExercise({ ...EMPTY_EXERCISE, participantIds: [GRACE], observerIds: [GRACE, PETER], facilitatorIds: [PETER] });
    expect(body.participants).toEqual([
      { personId: GRACE, role: 'participant' },
      { personId: PETER, role: 'observer' },
    ]);
  });

  it('reads an exercise back into the same form, so an untouched edit changes nothing', () => {
    const exercise = {
      unitId: UNIT,
      type: 'tabletop',
      title: 'Flooded office',
      scenario: 'The office is flooded.',
      objectives: ['Pay households', 'Reach every staff member'],
      plans: [{ id: PLAN, title: 'Country BCP' }],
      scheduledOn: '2026-11-20',
      participants: [
        { personId: GRACE, fullName: 'Grace Nakato', role: 'facilitator' },
        { personId: PETER, fullName: 'Peter Ssemwanga', role: 'observer' },
      ],
      timeline: [{ at: 'T+00:00', inject: 'Access road flooded', response: '' }],
    } as unknown as TExerciseView;
    const values = valuesOf(exercise);
    expect(values).toMatchObject({ objectivesText: 'Pay households\nReach every staff member', facilitatorIds: [GRACE], observerIds: [PETER], participantIds: [] });
    expect(prepareExercise(values)).toMatchObject({
      objectives: exercise.objectives,
      planIds: [PLAN],
      participants: [
        { personId: PETER, role: 'observer' },
        { personId: GRACE, role: 'facilitator' },
      ],
      timeline: exercise.timeline,
    });
  });
});
