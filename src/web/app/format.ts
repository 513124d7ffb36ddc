import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates in the reader's language; ISO strings from the API are UTC. */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso) => (iso ? format.format(new Date(iso)) : '—');
  }, [i18n.language]);
}

/** Names sorted as the reader expects in their language (the database sorts by code point). */
export function useCollator(): Intl.Collator {
  const { i18n } = useTranslation();
  return useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
}

/** A calendar date without the time, for dense tables. */
export function useFormatDay(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return (iso) => (iso ? format.format(new Date(iso)) : '—');
  }, [i18n.language]);
}
