/**
 * Instants and wall clocks for governance deadlines (issue 8; BRIEF module 10). A deadline is
 * an instant — one moment for every member wherever they are — written as ISO 8601 in UTC
 * (`2026-03-06T23:00:00.000Z`). The body's time zone only decides how it is shown ("6 p.m.
 * New York time"), and how a secretariat's "Friday 18:00" becomes that instant.
 */
export type TInstant = string;

// An instant names its offset: `2026-03-06T18:00:00` alone would be read in the server's own zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch; a string that is not an instant is a programming error, not a refusal. */
export function instantMs(instant: TInstant): number {
  const [y, m, d] = instant.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Date.parse rolls 30 February over into March; a calendar day must exist.
  const realDay = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
  const ms = INSTANT.test(instant) && realDay ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return ms;
}

/** The same moment written the one canonical way (UTC, milliseconds), so records compare and hash alike. */
export const normalizeInstant = (instant: TInstant): TInstant => new Date(instantMs(instant)).toISOString();

export const addHours = (instant: TInstant, hours: number): TInstant => new Date(instantMs(instant) + hours * 3_600_000).toISOString();

/** Hours of real time between two instants: a daylight-saving change makes a local "3 days" 71 or 73 of them. */
export const hoursBetween = (from: TInstant, to: TInstant): number => (instantMs(to) - instantMs(from)) / 3_600_000;

export const isBefore = (a: TInstant, b: TInstant): boolean => instantMs(a) < instantMs(b);

export interface TWallClock {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:mm (24-hour) in the zone. */
  time: string;
  timeZone: string;
  /** The zone's offset from UTC at that instant, e.g. `GMT-05:00` (`GMT+00:00` for UTC). */
  offset: string;
}

// Building a formatter costs far more than using one: one per time zone serves every call.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function fields(ms: number, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) out[p.type] = p.value;
  return out;
}

/** How an instant reads on a clock in `timeZone`. */
export function wallClock(instant: TInstant, timeZone: string): TWallClock {
  const f = fields(instantMs(instant), timeZone);
  return { date: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}`, timeZone, offset: f.timeZoneName ?? 'GMT+00:00' };
}

/** The zone's offset in ms at an instant (whole seconds; no zone in use has finer offsets). */
function offsetMs(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  const asUtc = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a clock in `timeZone` shows `date` `time` (HH:mm). When the clocks go back the
 * hour happens twice and the earlier one is taken, the one that comes first for everybody; when
 * they spring forward the time never happens and null is returned, so the secretariat picks a
 * real one rather than ORMS silently moving a deadline.
 */
export function instantOf(date: string, time: string, timeZone: string): TInstant | null {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // The offset a day either side of the moment covers any single transition near it.
  const candidates = [offsetMs(asUtc - 86_400_000, timeZone), offsetMs(asUtc + 86_400_000, timeZone)]
    .map((offset) => asUtc - offset)
    .filter((ms) => {
      const clock = wallClock(new Date(ms).toISOString(), timeZone);
      return clock.date === date && clock.time === time;
    })
    .sort((a, b) => a - b);
  return candidates.length > 0 ? new Date(candidates[0]!).toISOString() : null;
}
