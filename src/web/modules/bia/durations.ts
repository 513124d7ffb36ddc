import type { TFunction } from 'i18next';
import { splitDuration } from '../../../domain/bia/durations.js';

/** "3 days", "4 hours" in the reader's language (plural forms by i18next). */
export function formatDuration(t: TFunction, minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const { count, unit } = splitDuration(minutes);
  return t(`bia.duration.${unit}`, { count });
}
