/**
 * Calendar dates for obligations. A due date is a day in the unit's own time zone (an
 * office in Fiji is overdue on its own Monday, not Geneva's), written `YYYY-MM-DD`, and
 * periods are calendar months so "annually" lands on the same day next year.
 */
export type TIsoDate = string;

// Building a formatter costs far more than using one: one per time zone serves every call.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): TIsoDate {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

function parts(date: TIsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
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
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export const earlier = (a: TIsoDate, b: TIsoDate): TIsoDate => (a <= b ? a : b);

/** The Monday of the ISO week a day falls in. */
export function mondayOf(day: TIsoDate): TIsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
