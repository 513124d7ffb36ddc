import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySitrep, missingFields, SITREP_FIELDS, sitrepSchedule, type TSitrepCadence } from './sitreps.js';

describe('sitrep templates', () => {
  it('has the tactical and executive fields', () => {
    expect(SITREP_FIELDS.tactical).toEqual(['conditions', 'actions', 'needs']);
    expect(SITREP_FIELDS.executive).toEqual(['status', 'overview', 'nextSteps']);
    expect(Object.keys(emptySitrep('tactical')).sort()).toEqual(['actions', 'conditions', 'kind', 'needs']);
    expect(Object.keys(emptySitrep('executive')).sort()).toEqual(['kind', 'nextSteps', 'overview', 'status']);
  });

  it('lists the blank fields of a sitrep', () => {
    expect(missingFields(emptySitrep('tactical'))).toEqual(['conditions', 'actions', 'needs']);
    expect(missingFields({ kind: 'tactical', conditions: 'Roads closed north of the city', actions: '  ', needs: 'none' })).toEqual(['actions']);
    expect(missingFields(emptySitrep('executive'))).toEqual(['overview', 'nextSteps']);
    expect(missingFields({ kind: 'executive', status: 'improving', overview: 'All staff accounted for', nextSteps: 'Reopen the office Monday' })).toEqual([]);
  });
});

describe('sitrep reminders', () => {
  const hour = 3_600_000;
  const t = (h: number) => new Date(Date.UTC(2026, 2, 10, 0) + h * hour);
  const cadence: TSitrepCadence = { eventId: 'e1', kind: 'tactical', intervalMs: 6 * hour, chosenAt: t(0), lastSubmittedAt: null, remindBeforeMs: hour / 2 };

  it('is due one interval after the CMT chose it, with a reminder shortly before', () => {
    expect(sitrepSchedule(cadence, t(5))).toEqual({ dueAt: t(6), overdue: false, lateByMs: -hour, reminder: null });
    expect(sitrepSchedule(cadence, t(5.5))).toMatchObject({ overdue: false, reminder: { stage: 'before', at: t(5.5) } });
  });

  it('is due on the instant, then overdue with one reminder per interval', () => {
    expect(sitrepSchedule(cadence, t(6))).toMatchObject({ overdue: false, lateByMs: 0, reminder: { stage: 'due', at: t(6) } });
    expect(sitrepSchedule(cadence, t(11))).toMatchObject({ overdue: true, lateByMs: 5 * hour, reminder: { stage: 'due', at: t(6) } });
    expect(sitrepSchedule(cadence, t(12))).toMatchObject({ reminder: { stage: 'overdue', at: t(12) } });
    expect(sitrepSchedule(cadence, t(19))).toMatchObject({ reminder: { stage: 'overdue', at: t(18) } });
  });

  it('refuses an interval that is not positive', () => {
    expect(() => sitrepSchedule({ ...cadence, intervalMs: 0 }, t(1))).toThrow(RangeError);
  });

  it('counts from the last sitrep once one is submitted', () => {
    expect(sitrepSchedule({ ...cadence, lastSubmittedAt: t(7) }, t(8)).dueAt).toEqual(t(13));
  });

  it('counts from a newly chosen interval rather than making the report overdue at once', () => {
    const shorter = { ...cadence, intervalMs: 2 * hour, chosenAt: t(9), lastSubmittedAt: t(5) };
    expect(sitrepSchedule(shorter, t(9))).toMatchObject({ dueAt: t(11), overdue: false });
  });

  it('gives a stable key per reminder: the same all through its stage, a new one at each stage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 60 }), fc.integer({ min: 0, max: 40 * 60 }), (m1, m2) => {
        const a = sitrepSchedule(cadence, new Date(t(0).getTime() + m1 * 60_000)).reminder;
        const b = sitrepSchedule(cadence, new Date(t(0).getTime() + m2 * 60_000)).reminder;
        if (a && b) expect(a.key === b.key).toBe(a.stage === b.stage && a.at.getTime() === b.at.getTime());
        if (a) expect(a.key).toContain(`sitrep:e1:tactical:${t(6).toISOString()}:${a.stage}`);
      }),
    );
  });
});
