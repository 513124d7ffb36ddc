/** The zones the runtime knows, for pickers; a short list when the runtime cannot enumerate them. */
export function timeZoneOptions(): { value: string; label: string }[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['UTC', 'Europe/Zurich', 'America/New_York', 'Europe/Rome', 'Africa/Nairobi', 'Asia/Bangkok'];
  return (zones.includes('UTC') ? zones : ['UTC', ...zones]).map((z) => ({ value: z, label: z }));
}

/** The reader's own zone, for showing a deadline the way their clock reads it. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
