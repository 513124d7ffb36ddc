import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/languages.js';
import { OBLIGATION_STATUSES } from '../../../domain/mer/obligations.js';
import { CHANGE_TRIGGERS, OBLIGATION_KINDS } from '../../../domain/mer/policy.js';
import ar from '../../locales/mer/ar.json' with { type: 'json' };
import en from '../../locales/mer/en.json' with { type: 'json' };
import es from '../../locales/mer/es.json' with { type: 'json' };
import fr from '../../locales/mer/fr.json' with { type: 'json' };
import ru from '../../locales/mer/ru.json' with { type: 'json' };
import zh from '../../locales/mer/zh.json' with { type: 'json' };
import { explainInWords } from './obligation-reason.js';

const messages = { en, fr, es, ru, zh, ar };
/** Days shown as ISO, so the sentences are checked without a locale's date format. */
const day = (iso: string) => iso.slice(0, 10);
const fixed: Record<string, TFunction> = {};

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation: messages[language] } }, interpolation: { escapeValue: false } });
    fixed[language] = instance.t;
  }
});

describe('the reason of an obligation, in words', () => {
  it('words the review example: approved 2025-03-02, annual approval due 2026-03-02, 12 days overdue', () => {
    const sentence = explainInWords(fixed.en!, day, {
      kind: 'plan_approval',
      status: 'overdue',
      dueOn: '2026-03-02',
      daysLate: 12,
      why: { reason: 'periodic', lastDoneOn: '2025-03-02', periodMonths: 12 },
    });
    expect(sentence).toBe('Approved 2025-03-02; approval every 12 months, so due 2026-03-02; 12 days overdue.');
  });

  it('tells a change from a period, the grace period from overdue, and one day from many', () => {
    const base = { kind: 'plan_update' as const, dueOn: '2026-05-01', why: { reason: 'change' as const, trigger: 'focal_point_changed' as const, on: '2026-05-01' } };
    expect(explainInWords(fixed.en!, day, { ...base, status: 'overdue', daysLate: 1 })).toBe('The focal point changed on 2026-05-01, so an update is due 2026-05-01; 1 day overdue.');
    expect(explainInWords(fixed.en!, day, { ...base, status: 'due', daysLate: 3 })).toMatch(/; 3 days past due, within the grace period\.$/);
    expect(explainInWords(fixed.en!, day, { ...base, status: 'due', daysLate: 0 })).toMatch(/; due today\.$/);
    expect(explainInWords(fixed.en!, day, { ...base, status: 'due_soon', daysLate: -5 })).toMatch(/; due in 5 days\.$/);
    const never = explainInWords(fixed.en!, day, { kind: 'plan_approval', status: 'overdue', dueOn: '2026-04-22', daysLate: 212, why: { reason: 'never_done', startsOn: '2026-04-22' } });
    expect(never).toBe('Never approved since the plan was created on 2026-04-22; 212 days overdue.');
  });

  it('has words for every kind, reason, trigger and status in every language, with every fact filled in', () => {
    const reasons = [
      { reason: 'periodic' as const, lastDoneOn: '2025-01-31', periodMonths: 7 },
      { reason: 'never_done' as const, startsOn: '2025-02-28' },
      ...CHANGE_TRIGGERS.map((trigger) => ({ reason: 'change' as const, trigger, on: '2025-03-15' })),
    ];
    for (const language of LANGUAGES) {
      const seen = new Set<string>();
      for (const kind of OBLIGATION_KINDS)
        for (const why of reasons)
          for (const status of OBLIGATION_STATUSES)
            for (const daysLate of [-9, -1, 0, 1, 9]) {
              const sentence = explainInWords(fixed[language]!, day, { kind, status, dueOn: '2026-06-30', daysLate, why });
              expect(sentence, `${language} ${kind} ${why.reason}`).not.toMatch(/\{\{|mer\.|enums\./);
              if (why.reason === 'periodic') expect(sentence).toContain('2025-01-31');
              if (daysLate === 9 || daysLate === -9) expect(sentence).toContain('9');
              seen.add(sentence);
            }
      // Different facts give different sentences: nothing collapses to one generic text.
      expect(seen.size, language).toBeGreaterThan(OBLIGATION_KINDS.length * reasons.length);
    }
  });

  it('is Arabic throughout in Arabic, apart from the dates and numbers', () => {
    const sentence = explainInWords(fixed.ar!, day, { kind: 'plan_update', status: 'overdue', dueOn: '2026-05-01', daysLate: 20, why: { reason: 'change', trigger: 'unit_restructured', on: '2026-05-01' } });
    expect(sentence).toContain(ar.enums.changeTrigger.unit_restructured);
    expect(sentence).not.toMatch(/[A-Za-z]/);
  });
});
