import { describe, expect, it } from 'vitest';
import { clockFromEnv, manualClock, systemClock } from './clock.js';

describe('clock', () => {
  it('starts at ORMS_NOW and keeps moving forward', () => {
    const clock = clockFromEnv('2030-05-01T12:00:00Z');
    const first = clock.now().getTime();
    expect(Math.abs(first - Date.parse('2030-05-01T12:00:00Z'))).toBeLessThan(5_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first);
  });

  it('uses the system clock when ORMS_NOW is not set, and refuses a bad value', () => {
    expect(clockFromEnv(undefined)).toBe(systemClock);
    expect(() => clockFromEnv('next tuesday')).toThrow(/ORMS_NOW/);
  });

  it('moves a manual clock only when told', () => {
    const clock = manualClock(new Date('2026-01-01T00:00:00Z'));
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
  });
});
