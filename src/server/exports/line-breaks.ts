/** Chinese closing punctuation never starts a line, opening punctuation never ends one (a light 禁则). */
const NO_BREAK_BEFORE = new Set('，。、；：？！）」』】》〉〕］｝”’…—·・ー々,.;:?!)]}%');
const NO_BREAK_AFTER = new Set('（「『【《〈〔［｛“‘([{');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u200b';
}

/**
 * Where lines end, as `[start, end)` ranges of `text` in logical order: at `\n`, and
 * greedily where the next unit would pass `maxWidth`. Units end after spaces and between
 * Chinese characters (which have no spaces); a word wider than the line is cut between
 * characters. `measure(start, end)` gives the width of a range.
 */
export function lineBreaks(text: string, maxWidth: number, measure: (start: number, end: number) => number): [number, number][] {
  const lines: [number, number][] = [];
  let hardStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push(...softBreaks(text, hardStart, i, maxWidth, measure));
      hardStart = i + 1;
    }
  }
  return lines;
}

function softBreaks(text: string, start: number, end: number, maxWidth: number, measure: (start: number, end: number) => number): [number, number][] {
  if (start === end) return [[start, end]]; // an empty line keeps its height
  const lines: [number, number][] = [];
  let lineStart = start;
  let lineWidth = 0;
  for (const [unitStart, unitEnd] of units(text, start, end)) {
    let contentEnd = unitEnd;
    while (contentEnd > unitStart && isSpace(text[contentEnd - 1])) contentEnd--;
    const content = measure(unitStart, contentEnd);
    if (lineWidth + content > maxWidth && unitStart > lineStart) {
      lines.push([lineStart, unitStart]);
      lineStart = unitStart;
      lineWidth = 0;
    }
    if (content > maxWidth) {
      let previous = lineStart;
      for (let i = unitStart + 1; i <= contentEnd; i++) {
        if (isLowSurrogate(text.charCodeAt(i)) && i < contentEnd) continue;
        if (measure(lineStart, i) > maxWidth && previous > lineStart) {
          lines.push([lineStart, previous]);
          lineStart = previous;
        }
        previous = i;
      }
      lineWidth = measure(lineStart, unitEnd);
      continue;
    }
    lineWidth += contentEnd === unitEnd ? content : measure(unitStart, unitEnd);
  }
  lines.push([lineStart, end]);
  return lines;
}

function* units(text: string, start: number, end: number): Generator<[number, number]> {
  let unitStart = start;
  for (let i = start + 1; i < end; i++) {
    if (isLowSurrogate(text.charCodeAt(i))) continue;
    if (canBreakBefore(text, i)) {
      yield [unitStart, i];
      unitStart = i;
    }
  }
  yield [unitStart, end];
}

function canBreakBefore(text: string, i: number): boolean {
  const here = String.fromCodePoint(text.codePointAt(i)!);
  const before = isLowSurrogate(text.charCodeAt(i - 1)) && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
  if (isSpace(here)) return false;
  if (isSpace(before)) return true;
  if (!CJK.test(before) && !CJK.test(here)) return false;
  return !NO_BREAK_BEFORE.has(here) && !NO_BREAK_AFTER.has(before);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
