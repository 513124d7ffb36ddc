import type { TLanguage } from '../languages.js';

/**
 * The alert as each person reads it, in their language, and what it costs as SMS. An SMS is
 * 160 GSM-7 characters, or 70 UCS-2 characters as soon as one character falls outside
 * GSM-7 (all of Arabic, Chinese and Russian, but also "ê" or "—"); longer texts are split
 * into 153- or 67-character parts. The Latin-script wordings below are chosen to stay
 * within GSM-7, which more than doubles what one SMS carries.
 */

// GSM 03.38 basic character set and its extension table (an extension character costs two).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

export type TSmsEncoding = 'gsm7' | 'ucs2';

export interface TSmsSize {
  encoding: TSmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsEncoding(text: string): TSmsEncoding {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENSION.has(ch)) return 'ucs2';
  return 'gsm7';
}

/**
 * The number of SMS parts `text` needs. Parts of a long message are filled greedily without
 * splitting a GSM escape pair or a UTF-16 surrogate pair, as handsets do; an empty text
 * still costs one SMS.
 */
export function smsSize(text: string): TSmsSize {
  const encoding = smsEncoding(text);
  const costs = [...text].map((ch) => (encoding === 'gsm7' ? (GSM_EXTENSION.has(ch) ? 2 : 1) : ch.length));
  const units = costs.reduce((a, b) => a + b, 0);
  const single = encoding === 'gsm7' ? 160 : 70;
  if (units <= single) return { encoding, units, segments: 1 };
  const part = encoding === 'gsm7' ? 153 : 67;
  let segments = 1;
  let filled = 0;
  for (const cost of costs) {
    if (filled + cost > part) {
      segments++;
      filled = 0;
    }
    filled += cost;
  }
  return { encoding, units, segments };
}

/** "EXERCISE — " in each language: every message of an exercise starts with it, so nobody mistakes a drill for a crisis. */
export const EXERCISE_PREFIX: Record<TLanguage, string> = {
  en: 'EXERCISE — ',
  fr: 'EXERCICE — ',
  es: 'EJERCICIO — ',
  ru: 'УЧЕНИЯ — ',
  zh: '演习 — ',
  ar: 'تمرين — ',
};

/** The SMS form uses a hyphen: the em dash is not GSM-7 and would cut an English SMS from 160 to 70 characters. */
export const exercisePrefixForSms = (language: TLanguage) => EXERCISE_PREFIX[language].replace(' — ', ' - ');

export interface TAlertFacts {
  language: TLanguage;
  exercise: boolean;
  /** Who is speaking: the organization's short name. */
  sender: string;
  eventTitle: string;
  /** The recipient's own check-in link (signed, no login). */
  link: string;
}

const SMS_TEXT: Record<TLanguage, (f: { sender: string; title: string; link: string }) => string> = {
  en: (f) => `${f.sender}: ${f.title}. Reply 1 if you are safe, 2 if you need help. ${f.link}`,
  fr: (f) => `${f.sender}: ${f.title}. Répondez 1 = en sécurité, 2 = besoin d'aide. ${f.link}`,
  es: (f) => `${f.sender}: ${f.title}. Responda 1 = a salvo, 2 = necesito ayuda. ${f.link}`,
  ru: (f) => `${f.sender}: ${f.title}. Ответьте 1, если вы в безопасности, 2, если нужна помощь. ${f.link}`,
  zh: (f) => `${f.sender}：${f.title}。安全请回复1，需要帮助请回复2。${f.link}`,
  ar: (f) => `${f.sender}: ${f.title}. أرسل 1 إذا كنت بأمان، أو 2 إذا كنت بحاجة إلى مساعدة. ${f.link}`,
};

export interface TAlertSms {
  text: string;
  size: TSmsSize;
  /** The event title was cut to fit the budget. */
  shortened: boolean;
  /** False when even without a title the message exceeds the budget (a very long link or sender). */
  fits: boolean;
}

/**
 * The alert SMS within `maxSegments` parts. Only the event title is shortened (the reply
 * codes and the link are what the recipient acts on), marked with "..." rather than "…",
 * which is not GSM-7.
 */
export function alertSms(facts: TAlertFacts, maxSegments: number): TAlertSms {
  const build = (title: string) => (facts.exercise ? exercisePrefixForSms(facts.language) : '') + SMS_TEXT[facts.language]({ sender: facts.sender, title, link: facts.link });
  const full = build(facts.eventTitle);
  const fullSize = smsSize(full);
  if (fullSize.segments <= maxSegments) return { text: full, size: fullSize, shortened: false, fits: true };
  const chars = [...facts.eventTitle.trim()];
  // The longest prefix of the title that fits: the size only grows with the title, so bisect.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (smsSize(build(shorten(chars, mid))).segments <= maxSegments) low = mid;
    else high = mid - 1;
  }
  const text = build(shorten(chars, low));
  const size = smsSize(text);
  return { text, size, shortened: true, fits: size.segments <= maxSegments };
}

const shorten = (chars: readonly string[], keep: number) => (keep === 0 ? '' : `${chars.slice(0, keep).join('').trimEnd()}...`);

const EMAIL: Record<TLanguage, { subject: (title: string) => string; body: (f: { sender: string; title: string; link: string }) => string }> = {
  en: {
    subject: (t) => `Are you safe? ${t}`,
    body: (f) => `${f.sender} needs to know that you are safe: ${f.title}.\n\nTell us in one tap: ${f.link}\n\nOr reply to the SMS with 1 if you are safe, 2 if you need help.`,
  },
  fr: {
    subject: (t) => `Êtes-vous en sécurité ? ${t}`,
    body: (f) => `${f.sender} doit savoir si vous êtes en sécurité : ${f.title}.\n\nRépondez en un geste : ${f.link}\n\nOu répondez au SMS par 1 si vous êtes en sécurité, 2 si vous avez besoin d'aide.`,
  },
  es: {
    subject: (t) => `¿Está a salvo? ${t}`,
    body: (f) => `${f.sender} necesita saber si está a salvo: ${f.title}.\n\nInfórmenos con un toque: ${f.link}\n\nO responda al SMS con 1 si está a salvo, 2 si necesita ayuda.`,
  },
  ru: {
    subject: (t) => `Вы в безопасности? ${t}`,
    body: (f) => `${f.sender} необходимо знать, что вы в безопасности: ${f.title}.\n\nСообщите одним нажатием: ${f.link}\n\nИли ответьте на SMS: 1 — вы в безопасности, 2 — нужна помощь.`,
  },
  zh: {
    subject: (t) => `您是否安全？${t}`,
    body: (f) => `${f.sender}需要确认您的安全：${f.title}。\n\n一键报平安：${f.link}\n\n或回复短信：安全请回复1，需要帮助请回复2。`,
  },
  ar: {
    subject: (t) => `هل أنت بأمان؟ ${t}`,
    body: (f) => `تحتاج ${f.sender} إلى معرفة ما إذا كنت بأمان: ${f.title}.\n\nأخبرنا بنقرة واحدة: ${f.link}\n\nأو أرسل ردًا على الرسالة النصية: 1 إذا كنت بأمان، 2 إذا كنت بحاجة إلى مساعدة.`,
  },
};

/** The alert e-mail; an exercise is marked at the start of both the subject and the text. */
export function alertEmail(facts: TAlertFacts): { subject: string; text: string } {
  const prefix = facts.exercise ? EXERCISE_PREFIX[facts.language] : '';
  const copy = EMAIL[facts.language];
  return { subject: prefix + copy.subject(facts.eventTitle), text: prefix + copy.body({ sender: facts.sender, title: facts.eventTitle, link: facts.link }) };
}
