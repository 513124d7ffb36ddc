import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAccredited, membersAt, type TAccreditation } from './accreditation.js';
import { hoursBetween, instantOf, normalizeInstant, wallClock } from './instants.js';

describe('instants and wall clocks', () => {
  it('reads one instant on clocks around the world', () => {
    const i = '2026-03-05T23:30:00.000Z';
    expect(wallClock(i, 'America/New_York')).toMatchObject({ date: '2026-03-05', time: '18:30', offset: 'GMT-05:00' });
    expect(wallClock(i, 'Pacific/Kiritimati')).toMatchObject({ date: '2026-03-06', time: '13:30', offset: 'GMT+14:00' });
    expect(wallClock(i, 'Asia/Kathmandu')).toMatchObject({ date: '2026-03-06', time: '05:15', offset: 'GMT+05:45' });
    expect(wallClock(i, 'UTC')).toMatchObject({ time: '23:30', offset: 'GMT+00:00' });
  });

  it('turns a local deadline into the instant, refusing a time the clocks skip and taking the first of a repeated hour', () => {
    expect(instantOf('2026-03-06', '18:00', 'America/New_York')).toBe('2026-03-06T23:00:00.000Z');
    expect(instantOf('2026-07-06', '18:00', 'America/New_York')).toBe('2026-07-06T22:00:00.000Z');
    expect(instantOf('2026-03-08', '02:30', 'America/New_York')).toBeNull();
    expect(instantOf('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(instantOf('2026-10-25', '02:30', 'Europe/Zurich')).toBe('2026-10-25T00:30:00.000Z');
    expect(hoursBetween(instantOf('2026-10-23', '18:00', 'Europe/Zurich')!, instantOf('2026-10-26', '18:00', 'Europe/Zurich')!)).toBe(73);
  });

  it('round-trips any whole minute in any of several zones (property)', () => {
    const zones = ['America/New_York', 'Europe/Zurich', 'Asia/Kathmandu', 'Pacific/Fiji', 'Australia/Lord_Howe', 'America/Port-au-Prince', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, zone) => {
        const instant = new Date(minute * 60_000).toISOString();
        const clock = wallClock(instant, zone);
        const back = instantOf(clock.date, clock.time, zone);
        // The repeated hour maps back to its first occurrence; everything else to itself.
        expect(back).not.toBeNull();
        expect(wallClock(back!, zone)).toEqual(clock);
        expect(Date.parse(back!)).toBeLessThanOrEqual(Date.parse(instant));
        expect(Date.parse(instant) - Date.parse(back!)).toBeLessThanOrEqual(3_600_000);
      }),
    );
  });

  it('writes every instant one way', () => {
    expect(normalizeInstant('2026-03-06T18:00:00-05:00')).toBe('2026-03-06T23:00:00.000Z');
    expect(() => normalizeInstant('next Friday')).toThrow(RangeError);
    // Without an offset the server's own zone would decide what it means.
    expect(() => normalizeInstant('2026-03-06T18:00:00')).toThrow(RangeError);
    expect(() => normalizeInstant('2026-02-30T18:00:00Z')).toThrow(RangeError);
  });
});

describe('accreditation', () => {
  const roster: TAccreditation[] = [
    { memberId: 'KEN', representativeId: 'a', from: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' },
    { memberId: 'KEN', representativeId: 'b', from: '2026-02-01T00:00:00Z', until: null },
    { memberId: 'FRA', representativeId: 'c', from: '2026-03-01T00:00:00Z', until: null },
  ];

  it('holds from its start, up to but not including its end', () => {
    expect(isAccredited(roster, 'KEN', 'a', '2026-01-01T00:00:00Z')).toBe(true);
    expect(isAccredited(roster, 'KEN', 'a', '2026-02-01T00:00:00Z')).toBe(false);
    expect(isAccredited(roster, 'KEN', 'b', '2026-02-01T00:00:00Z')).toBe(true);
    expect(isAccredited(roster, 'FRA', 'b', '2026-02-15T00:00:00Z')).toBe(false);
  });

  it('gives the body as it stood at an instant', () => {
    expect(membersAt(roster, '2026-02-15T00:00:00Z')).toEqual(['KEN']);
    expect(membersAt(roster, '2026-03-15T00:00:00Z')).toEqual(['FRA', 'KEN']);
    expect(membersAt(roster, '2025-12-31T00:00:00Z')).toEqual([]);
  });
});
