import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, textDirection, type TLanguage } from '../../domain/languages.js';
import { setApiLanguage } from './api.js';

const STORAGE_KEY = 'orms.language';

/** Each language is offered in its own name, so a reader finds theirs without reading another. */
export const LANGUAGE_NAMES: Record<TLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};

type Messages = Record<string, unknown>;

// One chunk per language: a field office on a poor connection downloads only its own.
// Each language is `locales/<lang>.json` plus one file per module in `locales/<module>/<lang>.json`,
// so modules are translated side by side without editing one large file.
const core = import.meta.glob<{ default: Messages }>('../locales/*.json');
const modules = import.meta.glob<{ default: Messages }>('../locales/*/*.json');

async function loadMessages(language: TLanguage): Promise<Messages> {
  const files = [core[`../locales/${language}.json`]!, ...Object.entries(modules).filter(([path]) => path.endsWith(`/${language}.json`)).map(([, load]) => load)];
  const parts = await Promise.all(files.map((load) => load()));
  return parts.reduce<Messages>((all, part) => mergeMessages(all, part.default), {});
}

/** Deep merge: a module may add keys under a shared branch such as `enums`. */
export function mergeMessages(into: Messages, from: Messages): Messages {
  const out: Messages = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = out[key];
    out[key] = isBranch(existing) && isBranch(value) ? mergeMessages(existing, value) : value;
  }
  return out;
}

const isBranch = (v: unknown): v is Messages => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The saved choice, else the browser's first supported language, else English. */
export function initialLanguage(): TLanguage {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: TLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
  setApiLanguage(language);
}

async function ensureLoaded(language: TLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadMessages(language), true, true);
}

export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  applyToDocument(language);
  return i18next;
}

export async function changeLanguage(language: TLanguage): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  safeStorage()?.setItem(STORAGE_KEY, language);
  applyToDocument(language);
}

export function currentLanguage(): TLanguage {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lng) ? lng : 'en';
}
