/**
 * Durations are stored in whole minutes; people read them in the largest unit that divides
 * them evenly ("3 days", not "4320 minutes"). A month is 30 days, as in the default scale.
 */
const UNITS = [
  { name: 'month', minutes: 30 * 24 * 60 },
  { name: 'week', minutes: 7 * 24 * 60 },
  { name: 'day', minutes: 24 * 60 },
  { name: 'hour', minutes: 60 },
  { name: 'minute', minutes: 1 },
] as const;
export type TDurationUnit = (typeof UNITS)[number]['name'];

/** The largest unit that divides `minutes` evenly, and how many of it. */
export function splitDuration(minutes: number): { count: number; unit: TDurationUnit } {
  const unit = UNITS.find((u) => minutes % u.minutes === 0) ?? UNITS[UNITS.length - 1]!;
  return { count: minutes / unit.minutes, unit: unit.name };
}

/** English wording for server messages and exports ("1 day", "3 days", "4 hours"). */
export function describeDuration(minutes: number): string {
  const { count, unit } = splitDuration(minutes);
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
