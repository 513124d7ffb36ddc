import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEETING_CATEGORIES, MEETING_MODES, MEETING_OUTCOMES, quarterlyStatistics, quarterOf, wholePercents, type TMeeting } from './meetings.js';

const m = (scheduledOn: string, mode: TMeeting['mode'], outcome: TMeeting['outcome'] = 'held_as_planned'): TMeeting => ({ scheduledOn, mode, outcome });

describe('meetings by quarter', () => {
  it('puts each day in its calendar quarter', () => {
    expect(['2020-01-01', '2020-03-31', '2020-04-01', '2020-09-30', '2020-10-01', '2020-12-31'].map(quarterOf)).toEqual(['2020-Q1', '2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4', '2020-Q4']);
  });

  it('counts held meetings by mode, postponed and cancelled ones apart, with shares of the quarter', () => {
    const stats = quarterlyStatistics([
      m('2020-02-10', 'in_person'),
      m('2020-03-20', 'in_person', 'postponed'),
      m('2020-04-02', 'virtual'),
      m('2020-04-15', 'hybrid'),
      m('2020-05-01', 'in_person', 'cancelled'),
      m('2020-06-30', 'in_person', 'postponed'),
    ]);
    expect(stats.map((s) => s.quarter)).toEqual(['2020-Q1', '2020-Q2']);
    expect(stats[0]).toMatchObject({ total: 2, held: 1, counts: { in_person: 1, postponed: 1, virtual: 0 }, shares: { in_person: 0.5, postponed: 0.5 } });
    expect(stats[1]).toMatchObject({ total: 4, held: 2, counts: { in_person: 0, virtual: 1, hybrid: 1, postponed: 1, cancelled: 1 }, percents: { virtual: 25, hybrid: 25, postponed: 25, cancelled: 25 } });
  });

  it('fills empty quarters, across a year end, and keeps to a range asked for', () => {
    const meetings = [m('2020-11-03', 'virtual'), m('2021-07-01', 'hybrid')];
    const stats = quarterlyStatistics(meetings);
    expect(stats.map((s) => s.quarter)).toEqual(['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3']);
    expect(stats[1]).toMatchObject({ total: 0, held: 0, shares: { virtual: 0 }, percents: { virtual: 0, hybrid: 0 } });
    expect(quarterlyStatistics(meetings, { from: '2021-Q2', to: '2021-Q3' }).map((s) => [s.quarter, s.total])).toEqual([['2021-Q2', 0], ['2021-Q3', 1]]);
    expect(quarterlyStatistics([])).toEqual([]);
  });

  it('rounds shares to whole percents that add up to 100', () => {
    expect(wholePercents({ in_person: 1, virtual: 1, hybrid: 1, postponed: 0, cancelled: 0 })).toEqual({ in_person: 34, virtual: 33, hybrid: 33, postponed: 0, cancelled: 0 });
    expect(wholePercents({ in_person: 2, virtual: 1, hybrid: 0, postponed: 0, cancelled: 4 })).toEqual({ in_person: 29, virtual: 14, hybrid: 0, postponed: 0, cancelled: 57 });
  });

  it('every meeting is counted once, shares add up to 1 and percents to 100 (property)', () => {
    const meeting = fc.record({
      scheduledOn: fc.date({ min: new Date('2019-01-01'), max: new Date('2023-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      mode: fc.constantFrom(...MEETING_MODES),
      outcome: fc.constantFrom(...MEETING_OUTCOMES),
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 60 }), (meetings) => {
        const stats = quarterlyStatistics(meetings);
        expect(stats.reduce((s, q) => s + q.total, 0)).toBe(meetings.length);
        for (const q of stats) {
          if (q.total === 0) continue;
          expect(MEETING_CATEGORIES.reduce((s, c) => s + q.shares[c], 0)).toBeCloseTo(1, 9);
          expect(MEETING_CATEGORIES.reduce((s, c) => s + q.percents[c], 0)).toBe(100);
          for (const c of MEETING_CATEGORIES) expect(Math.abs(q.percents[c] - q.shares[c] * 100)).toBeLessThan(1);
        }
      }),
    );
  });
});
