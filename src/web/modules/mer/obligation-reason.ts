import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TObligationView } from '../../../domain/contract/mer.js';
import { useFormatDay } from '../../app/format.js';

/** An ISO day at noon UTC: the same calendar day in every reader's time zone. */
export const dayAt = (isoDay: string) => `${isoDay}T12:00:00Z`;

/** How far the due date is from the day asked about, in words without plural forms. */
function lateness(t: TFunction, o: Pick<TObligationView, 'status' | 'daysLate'>): string {
  const n = Math.abs(o.daysLate);
  if (o.daysLate === 0) return t('mer.reason.dueToday');
  if (o.daysLate < 0) return n === 1 ? t('mer.reason.dueInOne') : t('mer.reason.dueIn', { count: n });
  // Past the due date but within the grace period: due, not yet overdue.
  if (o.status === 'due') return n === 1 ? t('mer.reason.graceOne') : t('mer.reason.grace', { count: n });
  return n === 1 ? t('mer.reason.overdueOne') : t('mer.reason.overdue', { count: n });
}

/**
 * The obligation's status explained in the reader's language from the facts the server
 * sends (`why`, `dueOn`, `daysLate`); the server's `explanation` is English, for logs.
 */
export function explainInWords(t: TFunction, day: (iso: string) => string, o: Pick<TObligationView, 'kind' | 'status' | 'dueOn' | 'daysLate' | 'why'>): string {
  const due = day(dayAt(o.dueOn));
  let since: string;
  switch (o.why.reason) {
    case 'periodic':
      since = t(`mer.reason.periodic.${o.kind}`, { done: day(dayAt(o.why.lastDoneOn)), months: o.why.periodMonths, due });
      break;
    case 'never_done':
      since = t(`mer.reason.neverDone.${o.kind}`, { start: day(dayAt(o.why.startsOn)), due });
      break;
    case 'change':
      since = t('mer.reason.change', { trigger: t(`enums.changeTrigger.${o.why.trigger}`), on: day(dayAt(o.why.on)), due });
      break;
  }
  return t('mer.reason.sentence', { since, when: lateness(t, o) });
}

export function useExplainObligation(): (o: Parameters<typeof explainInWords>[2]) => string {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (o) => explainInWords(t, formatDay, o);
}
