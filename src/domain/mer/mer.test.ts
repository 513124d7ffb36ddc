import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, localDate } from './calendar.js';
import { explainObligation, obligationState, reminderDays, type TObligationRecord } from './obligations.js';
import { DEFAULT_MER_POLICY as policy } from './policy.js';

describe('calendar', () => {
  it('adds months clamping to the end of the month, across leap years', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-14', '2026-03-02')).toBe(-12);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it("takes the day in the unit's own time zone", () => {
    const instant = new Date('2026-03-01T20:30:00Z');
    expect(localDate(instant, 'Europe/Zurich')).toBe('2026-03-01');
    expect(localDate(instant, 'Pacific/Fiji')).toBe('2026-03-02');
    expect(localDate(instant, 'America/Port-au-Prince')).toBe('2026-03-01');
  });

  it('addDays and daysBetween agree on any pair of days', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const from = d.toISOString().slice(0, 10);
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
    );
  });
});

describe('obligations', () => {
  const approval = (lastDoneOn: string | null): TObligationRecord => ({ kind: 'plan_approval', lastDoneOn, startsOn: '2025-01-10' });

  it('explains an annual approval twelve days overdue', () => {
    const s = obligationState(approval('2025-03-02'), policy, '2026-03-14');
    expect(s).toMatchObject({ status: 'overdue', dueOn: '2026-03-02', daysLate: 12 });
    expect(explainObligation(s)).toBe('plan approval: last done 2025-03-02, every 12 months; due 2026-03-02, 12 days overdue');
  });

  it('moves from done to due soon to due to overdue as the days pass', () => {
    const at = (today: string) => obligationState(approval('2025-03-02'), policy, today).status;
    expect(at('2026-01-30')).toBe('done');
    expect(at('2026-01-31')).toBe('due_soon');
    expect(at('2026-03-01')).toBe('due_soon');
    expect(at('2026-03-02')).toBe('due');
    expect(at('2026-03-03')).toBe('overdue');
  });

  it('gives the grace period of the policy before overdue', () => {
    const lenient = { ...policy, graceDays: 14 };
    expect(obligationState(approval('2025-03-02'), lenient, '2026-03-16').status).toBe('due');
    expect(obligationState(approval('2025-03-02'), lenient, '2026-03-17').status).toBe('overdue');
  });

  it('counts a never-approved plan as due from the day it was written', () => {
    expect(obligationState(approval(null), policy, '2025-01-10')).toMatchObject({ status: 'due', why: { reason: 'never_done' } });
    expect(obligationState(approval(null), policy, '2025-02-10')).toMatchObject({ status: 'overdue', daysLate: 31 });
  });

  it('restarts the clock when a new version is approved mid-period (the old one superseded)', () => {
    expect(obligationState(approval('2025-09-30'), policy, '2026-03-14')).toMatchObject({ status: 'done', dueOn: '2026-09-30' });
  });

  it('uses a changed policy for the same records', () => {
    const yearly = { ...policy, periodMonths: { ...policy.periodMonths, plan_update: 12 } };
    const update: TObligationRecord = { kind: 'plan_update', lastDoneOn: '2025-06-01', startsOn: '2025-01-01' };
    expect(obligationState(update, policy, '2026-01-15').status).toBe('overdue');
    expect(obligationState(update, yearly, '2026-01-15').status).toBe('done');
  });

  it('makes an update due the day a change trigger happens, but only a change since the last update', () => {
    const update: TObligationRecord = {
      kind: 'plan_update',
      lastDoneOn: '2026-01-10',
      startsOn: '2025-01-01',
      triggers: [
        { trigger: 'unit_restructured', on: '2025-12-01' },
        { trigger: 'focal_point_changed', on: '2026-02-20' },
      ],
    };
    expect(obligationState(update, policy, '2026-03-02')).toMatchObject({ status: 'overdue', dueOn: '2026-02-20', why: { reason: 'change', trigger: 'focal_point_changed' } });
    const ignoring = { ...policy, changeTriggers: [] };
    expect(obligationState(update, ignoring, '2026-03-02')).toMatchObject({ status: 'done', dueOn: '2026-07-10' });
  });

  it('never reports done on or after the due date, whatever the records', () => {
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.option(day, { nil: null }), day, day, (lastDoneOn, startsOn, today) => {
        const s = obligationState({ kind: 'functional_test', lastDoneOn, startsOn }, policy, today);
        expect(s.status === 'done' || s.status === 'due_soon').toBe(today < s.dueOn);
        expect(s.daysLate).toBe(daysBetween(s.dueOn, today));
      }),
    );
  });
});

describe('reminders', () => {
  it('go out 30 and 7 days before, on the day, then weekly', () => {
    expect(reminderDays('2026-03-31', '2026-03-01')).toEqual([{ kind: 'before', on: '2026-03-01' }]);
    expect(reminderDays('2026-03-31', '2026-04-15').map((r) => `${r.kind}@${r.on}`)).toEqual([
      'before@2026-03-01',
      'before@2026-03-24',
      'on_the_day@2026-03-31',
      'escalation@2026-04-07',
      'escalation@2026-04-14',
    ]);
  });
});

describe('training currency', () => {
  it('is current until the renewal period has passed since the last attendance', async () => {
    const { trainingCurrency, shareTrained } = await import('./training.js');
    expect(trainingCurrency([], 24, '2026-03-02')).toEqual({ status: 'never' });
    expect(trainingCurrency(['2024-03-01', '2025-01-10'], 24, '2026-03-02')).toEqual({ status: 'current', until: '2027-01-10' });
    expect(trainingCurrency(['2024-02-29'], 24, '2026-03-02')).toEqual({ status: 'expired', since: '2026-02-28' });
    expect(trainingCurrency(['2026-05-01'], 24, '2026-03-02')).toEqual({ status: 'never' });
    expect(trainingCurrency(['2020-01-01'], null, '2026-03-02')).toEqual({ status: 'current', until: '9999-12-31' });
    expect(shareTrained([{ current: true }, { current: false }, { current: true }])).toEqual({ trained: 2, total: 3, percent: 67 });
    expect(shareTrained([])).toEqual({ trained: 0, total: 0, percent: null });
  });
});
