import { describe, expect, it } from 'vitest';
import { minimumMatches, ngrams, normalize, score } from './ngrams.js';

/** Ranks documents for a query the way the database does (overlap, then matches), for the rules alone. */
function search(query: string, docs: Record<string, string>) {
  const q = ngrams(query);
  return Object.entries(docs)
    .map(([id, text]) => ({ id, s: score(q, ngrams(text)) }))
    .filter((d) => d.s >= minimumMatches(q.length))
    .sort((a, b) => b.s - a.s)
    .map((d) => d.id);
}

describe('normalization', () => {
  it('folds Latin accents, case, Arabic letter variants and diacritics, and Cyrillic ё', () => {
    expect(normalize('Évacuation ÉTÉ')).toBe('evacuation ete');
    expect(normalize('إِخْلَاء')).toBe(normalize('اخلاء'));
    expect(normalize('مدرسة')).toBe('مدرسه');
    expect(normalize('Ёлка')).toBe('елка');
  });
});

describe('n-grams', () => {
  it('cuts Chinese into character bigrams and other words into padded trigrams', () => {
    expect(ngrams('洪水预警')).toEqual(['洪水', '水预', '预警']);
    expect(ngrams('flood')).toEqual([' fl', 'flo', 'loo', 'ood', 'od ']);
    expect(ngrams('a')).toEqual([]);
    expect(ngrams('水')).toEqual(['水']);
  });
  it('keeps CJK apart from Latin in mixed text', () => {
    expect(ngrams('ICT系统')).toEqual(expect.arrayContaining([' ic', 'ict', 'ct ', '系统']));
  });
});

const LESSONS = {
  en: 'Flood warnings reached staff too late: the call tree had outdated phone numbers.',
  fr: 'Les alertes d’inondation sont arrivées trop tard ; l’arbre d’appel était périmé.',
  es: 'El teletrabajo funcionó gracias a las computadoras portátiles distribuidas antes del cierre.',
  ru: 'Резервное копирование серверов не проверялось, восстановление заняло три дня.',
  zh: '洪水期间办公室无法进入，员工转为远程办公，网络连接不稳定。',
  ar: 'أدى انقطاع الكهرباء إلى توقف الخوادم، وكانت المولدات الاحتياطية غير صيانة.',
};

describe('search relevance in the six languages', () => {
  it.each([
    ['en', 'flood warning'],
    ['fr', 'inondation'],
    ['es', 'teletrabajo portátiles'],
    ['ru', 'восстановление серверов'],
    ['zh', '远程办公'],
    ['ar', 'انقطاع الكهرباء'],
  ])('finds the %s lesson first and nothing unrelated', (lang, query) => {
    expect(search(query, LESSONS)).toEqual([lang]);
  });
  it('matches across accents and Arabic spelling variants', () => {
    expect(search('inondations', LESSONS)).toEqual(['fr']);
    expect(search('الكهرباء', { ar: 'انقطاع الكهرباء', other: 'power failure' })).toEqual(['ar']);
    expect(search('أدى', { ar: LESSONS.ar })).toEqual(['ar']);
  });
  it('ranks the document holding more of the query first', () => {
    expect(search('backup generator maintenance', { one: 'Generator failed', both: 'Backup generator had no maintenance' })).toEqual(['both']);
  });
});
