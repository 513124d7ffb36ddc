/**
 * The one source of "now". Every due date, deadline and timestamp asks a Clock, so tests and
 * demos can set the time (ORMS_NOW) instead of depending on the wall clock.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Starts at `start` and advances with real time, so ordering of events is preserved. */
export function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** A clock a test moves by hand. */
export function manualClock(start: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => (current = new Date(d)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

export function clockFromEnv(value: string | undefined): Clock {
  if (!value) return systemClock;
  const start = new Date(value);
  if (Number.isNaN(start.getTime())) throw new Error(`ORMS_NOW is not a valid date: ${value}`);
  return clockFrom(start);
}
