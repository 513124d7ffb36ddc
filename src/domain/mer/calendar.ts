/**
 * Calendar dates for obligations. A due date is a day in the unit's own time zone (an
 * office in Fiji is overdue on its own Monday, not Geneva's), written `YYYY-MM-DD`, and
 * periods are calendar months so "annually" lands on the same day next year.
 */
export type TIsoDate = string;

// Building a formatter costs far more than using one: one per time zone serves every call.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Every time zone's offset is a multiple of 15 minutes, so the local day is the same for every
// instant of a 15-minute slot: remembered per slot, the dashboard's twelve month-ends and the
// plans of a unit sharing its changes format each instant once. Bounded, so it never grows without end.
const SLOT_MS = 15 * 60_000;
const daysBySlot = new Map<string, Map<number, TIsoDate>>();
const MAX_SLOTS_PER_ZONE = 100_000;

/** The calendar day of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): TIsoDate {
  const slot = Math.floor(instant.getTime() / SLOT_MS);
  let days = daysBySlot.get(timeZone);
  if (!days) daysBySlot.set(timeZone, (days = new Map()));
  const known = days.get(slot);
  if (known !== undefined) return known;
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const day = format.format(instant);
  if (days.size >= MAX_SLOTS_PER_ZONE) days.clear();
  days.set(slot, day);
  return day;
}

// Plain slices, not split/map: this runs for every obligation of every plan.
function parts(date: TIsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Adds calendar months, clamping to the month's last day: 2024-02-29 + 12 months = 2025-02-28. */
export function addMonths(date: TIsoDate, months: number): TIsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function addDays(date: TIsoDate, days: number): TIsoDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TIsoDate, to: TIsoDate): number {
  // A date-only ISO string parses as UTC midnight, so the difference is whole days.
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export const earlier = (a: TIsoDate, b: TIsoDate): TIsoDate => (a <= b ? a : b);

/** The Monday of the ISO week a day falls in. */
export function mondayOf(day: TIsoDate): TIsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
