import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages.js';
import { parseSmsReply } from './check-in.js';
import { alertEmail, alertSms, EXERCISE_PREFIX, exercisePrefixForSms, smsEncoding, smsSize, type TAlertFacts } from './messages.js';

describe('SMS size', () => {
  it('fits 160 GSM-7 characters in one SMS and 153 in each part beyond', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension characters twice and never splits one across parts', () => {
    expect(smsSize('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('[]'.repeat(40) + 'a')).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    // 306 septets would fill two parts exactly, but "€" after 152 septets would straddle them, so it starts part two.
    expect(smsSize('a'.repeat(152) + '€' + 'a'.repeat(152))).toEqual({ encoding: 'gsm7', units: 306, segments: 3 });
    expect(smsSize('a'.repeat(151) + '€' + 'a'.repeat(153)).segments).toBe(2);
  });

  it('falls back to UCS-2 for any character outside GSM-7: 70 per SMS, 67 per part', () => {
    expect(smsEncoding('Séisme à Port-au-Prince')).toBe('gsm7');
    expect(smsEncoding("Côte d'Ivoire")).toBe('ucs2');
    expect(smsEncoding('EXERCISE — test')).toBe('ucs2');
    expect(smsSize('安'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('安'.repeat(71)).segments).toBe(2);
    expect(smsSize('ж'.repeat(134)).segments).toBe(2);
    expect(smsSize('ж'.repeat(135)).segments).toBe(3);
  });

  it('counts a character outside the BMP as two units and keeps its halves together', () => {
    expect(smsSize('🙂'.repeat(35))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('a'.repeat(66) + '🙂' + 'a'.repeat(66)).segments).toBe(3);
    expect(smsSize('a'.repeat(65) + '🙂' + 'a'.repeat(67)).segments).toBe(2);
  });

  it('costs one SMS for an empty text', () => {
    expect(smsSize('')).toEqual({ encoding: 'gsm7', units: 0, segments: 1 });
  });

  it('needs no fewer parts when text is added', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 50 }), (a, b) => {
        expect(smsSize(a + b).segments).toBeGreaterThanOrEqual(smsSize(a).segments);
      }),
    );
  });
});

const facts = (more: Partial<TAlertFacts> = {}): TAlertFacts => ({
  language: 'en',
  exercise: false,
  sender: 'UNOPS',
  eventTitle: 'Earthquake in Port-au-Prince',
  link: 'https://orms.example/c/3Fq9xK2mT7',
  ...more,
});

describe('alert messages', () => {
  it('tells the recipient how to answer, in one GSM-7 SMS in English', () => {
    const sms = alertSms(facts(), 1);
    expect(sms.text).toBe('UNOPS: Earthquake in Port-au-Prince. Reply 1 if you are safe, 2 if you need help. https://orms.example/c/3Fq9xK2mT7');
    expect(sms).toMatchObject({ size: { encoding: 'gsm7', segments: 1 }, shortened: false, fits: true });
  });

  it('keeps the French and Spanish wordings within GSM-7', () => {
    for (const language of ['en', 'fr', 'es'] as const) expect(alertSms(facts({ language }), 3).size.encoding, language).toBe('gsm7');
  });

  it('marks an exercise in every language, with a hyphen in SMS so English stays GSM-7', () => {
    for (const language of LANGUAGES) {
      const email = alertEmail(facts({ language, exercise: true }));
      expect(email.subject.startsWith(EXERCISE_PREFIX[language]), language).toBe(true);
      expect(email.text.startsWith(EXERCISE_PREFIX[language]), language).toBe(true);
      expect(alertSms(facts({ language, exercise: true }), 3).text.startsWith(exercisePrefixForSms(language)), language).toBe(true);
      expect(alertSms(facts({ language }), 3).text.startsWith(exercisePrefixForSms(language)), language).toBe(false);
    }
    expect(alertSms(facts({ exercise: true }), 3).text).toMatch(/^EXERCISE - UNOPS: /);
    expect(alertSms(facts({ exercise: true }), 3).size.encoding).toBe('gsm7');
    expect(EXERCISE_PREFIX.fr).toBe('EXERCICE — ');
  });

  it('puts the title and the personal link in every language, and writes Arabic, Chinese and Russian as UCS-2', () => {
    for (const language of LANGUAGES) {
      const sms = alertSms(facts({ language }), 3);
      const email = alertEmail(facts({ language }));
      for (const text of [sms.text, email.text]) {
        expect(text, language).toContain('Earthquake in Port-au-Prince');
        expect(text, language).toContain('https://orms.example/c/3Fq9xK2mT7');
      }
      if (language === 'ar' || language === 'zh' || language === 'ru') expect(sms.size.encoding, language).toBe('ucs2');
      expect(sms.fits, language).toBe(true);
    }
  });

  it('does not word the alert so that the reply parser would read it as an answer', () => {
    // A recipient who forwards or quotes the alert back must not be counted safe.
    for (const language of LANGUAGES) expect(parseSmsReply(alertSms(facts({ language }), 3).text).status, language).not.toBe('safe');
  });

  it('shortens only the title, with "...", to fit the budget', () => {
    const long = facts({ eventTitle: 'Major earthquake affecting the capital and the southern departments, with aftershocks expected over the coming days' });
    const sms = alertSms(long, 1);
    expect(sms).toMatchObject({ shortened: true, fits: true, size: { segments: 1, encoding: 'gsm7' } });
    expect(sms.text).toMatch(/^UNOPS: Major earthquake .*\.\.\.\. Reply 1 if you are safe, 2 if you need help\. https:\/\/orms\.example\/c\/3Fq9xK2mT7$/);
    // One more character of the title would not have fitted.
    const kept = sms.text.slice('UNOPS: '.length, sms.text.indexOf('...'));
    expect(smsSize(sms.text.replace(`${kept}...`, `${long.eventTitle.slice(0, kept.length + 1)}...`)).segments).toBe(2);
  });

  it('says when even an empty title does not fit', () => {
    const sms = alertSms(facts({ language: 'ar', eventTitle: 'زلزال', link: `https://orms.example/c/${'x'.repeat(200)}` }), 1);
    expect(sms).toMatchObject({ shortened: true, fits: false });
  });

  it('always fits a title of any length into a budget the rest fits in', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.string({ maxLength: 300 }), fc.boolean(), fc.integer({ min: 2, max: 4 }), (language, eventTitle, exercise, budget) => {
        const sms = alertSms(facts({ language, eventTitle, exercise }), budget);
        expect(sms.fits).toBe(true);
        expect(sms.size.segments).toBeLessThanOrEqual(budget);
        expect(sms.text).toContain('https://orms.example/c/3Fq9xK2mT7');
      }),
    );
  });
});
