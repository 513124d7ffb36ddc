/**
 * Full-text search in six languages without a PostgreSQL text-search parser (there is none
 * for Chinese, and PGlite ships only 'simple'): text is normalized and cut into n-grams here,
 * stored in a text[] column with a GIN index, and queried by overlap, ranked by how many of
 * the query's grams a lesson holds.
 *
 * - Normalization: NFKD, combining marks dropped (Latin accents, Arabic harakat), lowercase,
 *   Arabic letter variants folded (alef forms → ا, ta marbuta → ه, alef maqsura → ي), tatweel
 *   dropped, Cyrillic ё → е.
 * - Han, kana and hangul runs: character bigrams (a single character stays a unigram), since
 *   Chinese words are mostly one or two characters and are written without spaces.
 * - Other words: padded trigrams (" fl", "flo", … "od "), so a word matches its inflections
 *   in part and short words still give grams; words of one letter are ignored.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0640/g, '')
    .replace(/ё/g, 'е');
}

/** Runs of letters/digits; CJK runs are kept apart from other scripts. */
function tokens(text: string): { cjk: boolean; token: string }[] {
  const out: { cjk: boolean; token: string }[] = [];
  for (const m of normalize(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    let run = '';
    let runCjk = false;
    for (const ch of m[0]) {
      const c = CJK.test(ch);
      if (run && c !== runCjk) {
        out.push({ cjk: runCjk, token: run });
        run = '';
      }
      runCjk = c;
      run += ch;
    }
    if (run) out.push({ cjk: runCjk, token: run });
  }
  return out;
}

export function ngrams(text: string): string[] {
  const grams = new Set<string>();
  for (const { cjk, token } of tokens(text)) {
    const chars = [...token];
    if (cjk) {
      if (chars.length === 1) grams.add(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
    } else {
      if (chars.length < 2) continue;
      const padded = [' ', ...chars, ' '];
      for (let i = 0; i + 2 < padded.length; i++) grams.add(padded[i]! + padded[i + 1]! + padded[i + 2]!);
    }
  }
  return [...grams];
}

/**
 * How many grams a lesson must share with the query to be a hit: half of the query's grams
 * (at least one), so that a query word found inside a long text matches, but one common
 * trigram does not pull in everything.
 */
export const minimumMatches = (queryGrams: number) => Math.max(1, Math.ceil(queryGrams / 2));

/** The same score the database computes, for tests and in-memory ranking. */
export function score(queryGrams: readonly string[], docGrams: readonly string[]): number {
  const doc = new Set(docGrams);
  return queryGrams.filter((g) => doc.has(g)).length;
}
