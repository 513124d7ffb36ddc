import { describe, expect, it } from 'vitest';
import { DEFAULT_MER_POLICY as policy } from './policy.js';
import { renewalMonthsOf } from './training.js';
import { awarenessObligation, trainingObligation, type TTrainee, type TUnitFacts } from './unit-obligations.js';

const unit = (over: Partial<TUnitFacts> = {}): TUnitFacts => ({ openedOn: '2024-01-10', owesAwareness: true, awarenessOn: [], trainees: [], ...over });
const trainee = (since: string, ...courses: { renewalMonths: number; attendedOn: string[] }[]): TTrainee => ({
  personId: `p-${since}`,
  since,
  until: null,
  courses: courses.map((c, i) => ({ courseId: `c${i}`, ...c })),
});

describe('awareness action plan', () => {
  it('is due from the day the unit opened until an awareness activity is held', () => {
    expect(awarenessObligation(unit(), policy, '2024-03-01')).toMatchObject({ status: 'overdue', dueOn: '2024-01-10', why: { reason: 'never_done' } });
    expect(awarenessObligation(unit({ awarenessOn: ['2024-02-20'] }), policy, '2024-03-01')).toMatchObject({ status: 'done', dueOn: '2025-02-20' });
  });

  it('counts only activities held by the day asked about, the latest one first', () => {
    const facts = unit({ awarenessOn: ['2025-06-01', '2024-02-29'] });
    expect(awarenessObligation(facts, policy, '2025-03-15')).toMatchObject({ status: 'overdue', dueOn: '2025-02-28', daysLate: 15 });
    expect(awarenessObligation(facts, policy, '2025-06-01')).toMatchObject({ status: 'done', dueOn: '2026-06-01' });
  });

  it('is not owed by units that run no BCM of their own, nor before the unit existed', () => {
    expect(awarenessObligation(unit({ owesAwareness: false }), policy, '2026-01-01')).toBeNull();
    expect(awarenessObligation(unit(), policy, '2023-12-31')).toBeNull();
  });

  it('follows the period the policy sets', () => {
    const every6 = { ...policy, periodMonths: { ...policy.periodMonths, awareness_plan: 6 } };
    expect(awarenessObligation(unit({ awarenessOn: ['2025-01-31'] }), every6, '2025-07-01')).toMatchObject({ dueOn: '2025-07-31', status: 'due_soon' });
  });
});

describe('training currency of a unit', () => {
  it('is owed only when someone at the unit must be trained', () => {
    expect(trainingObligation(unit(), policy, '2026-01-01')).toBeNull();
    expect(trainingObligation(unit({ trainees: [trainee('2027-01-01', { renewalMonths: 24, attendedOn: [] })] }), policy, '2026-01-01')).toBeNull();
  });

  it('falls due the day a new focal point took up the function without the course', () => {
    const facts = unit({ trainees: [trainee('2025-09-01', { renewalMonths: 24, attendedOn: [] })] });
    expect(trainingObligation(facts, policy, '2025-09-20')).toMatchObject({ status: 'overdue', dueOn: '2025-09-01', daysLate: 19, why: { reason: 'never_done', startsOn: '2025-09-01' } });
    // Once the appointment has ended, nobody at the unit must be trained any more.
    const ended = unit({ trainees: [{ ...trainee('2025-09-01', { renewalMonths: 24, attendedOn: [] }), until: '2025-10-01' }] });
    expect(trainingObligation(ended, policy, '2025-09-20')).toMatchObject({ status: 'overdue' });
    expect(trainingObligation(ended, policy, '2025-10-01')).toBeNull();
  });

  it('falls due on the earliest renewal among everyone and every mandatory course', () => {
    const facts = unit({
      trainees: [
        trainee('2023-01-01', { renewalMonths: 24, attendedOn: ['2024-05-01'] }, { renewalMonths: 12, attendedOn: ['2025-02-10', '2024-02-10'] }),
        trainee('2023-06-01', { renewalMonths: 24, attendedOn: ['2025-01-15'] }),
      ],
    });
    expect(trainingObligation(facts, policy, '2026-01-20')).toMatchObject({ status: 'due_soon', dueOn: '2026-02-10', why: { reason: 'periodic', lastDoneOn: '2025-02-10', periodMonths: 12 } });
    // Asked before the 2025 refresher, the 2024 attendance is the one that counts.
    expect(trainingObligation(facts, policy, '2025-02-01')).toMatchObject({ status: 'due_soon', dueOn: '2025-02-10', why: { lastDoneOn: '2024-02-10' } });
  });

  it('renews a course without its own period on the policy cycle', () => {
    expect(renewalMonthsOf({ renewalMonths: null }, policy)).toBe(policy.periodMonths.training_currency);
    expect(renewalMonthsOf({ renewalMonths: 6 }, policy)).toBe(6);
  });
});
