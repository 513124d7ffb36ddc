import type { TInline } from './document.js';

type TStyle = { bold?: boolean; italic?: boolean };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const LINK = /^!?\[([^\]]*)\]\(\s*<?[^)\s>]*>?(?:\s+"[^"]*")?\s*\)/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Inline Markdown to styled runs: `**bold**`, `*italic*`, `_italic_`, code spans and
 * escapes as literal text, links and images as their text. Emphasis does not need the
 * CommonMark flanking rules, which fail on Chinese punctuation (`**重要**：`).
 */
export function parseInline(text: string, style: TStyle = {}): TInline[] {
  const out: TInline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ text: buffer, ...style });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '\\' && next !== undefined && ESCAPABLE.test(next)) {
      buffer += next;
      i += 2;
    } else if (ch === '`') {
      const fence = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(fence, i + fence.length);
      if (close < 0) {
        buffer += fence;
        i += fence.length;
      } else {
        buffer += text.slice(i + fence.length, close);
        i = close + fence.length;
      }
    } else if (ch === '*' || ch === '_') {
      const delimiter = next === ch ? ch + ch : ch;
      const close = canOpen(text, i, delimiter) ? findClose(text, i + delimiter.length, delimiter) : -1;
      if (close < 0) {
        buffer += delimiter;
        i += delimiter.length;
      } else {
        flush();
        const inner = delimiter.length === 2 ? { ...style, bold: true } : { ...style, italic: true };
        out.push(...parseInline(text.slice(i + delimiter.length, close), inner));
        i = close + delimiter.length;
      }
    } else if ((ch === '[' || (ch === '!' && next === '[')) && LINK.test(text.slice(i))) {
      const match = LINK.exec(text.slice(i))!;
      flush();
      out.push(...parseInline(match[1]!, style));
      i += match[0].length;
    } else {
      buffer += ch;
      i++;
    }
  }
  flush();
  return mergeRuns(out);
}

function canOpen(text: string, at: number, delimiter: string): boolean {
  const after = text[at + delimiter.length];
  if (after === undefined || /\s/.test(after)) return false;
  // `snake_case_names` are not emphasis.
  return delimiter[0] !== '_' || at === 0 || !WORD.test(text[at - 1]!);
}

function findClose(text: string, from: number, delimiter: string): number {
  const mark = delimiter[0]!;
  let j = from + 1;
  while (j < text.length) {
    j = text.indexOf(delimiter, j);
    if (j < 0) return -1;
    let runEnd = j;
    while (text[runEnd] === mark) runEnd++;
    const runLength = runEnd - j;
    const before = text[j - 1]!;
    const after = text[runEnd];
    const closes = !/\s/.test(before) && before !== '\\' && (mark !== '_' || after === undefined || !WORD.test(after));
    if (delimiter.length === 1 && runLength === 2) {
      j = runEnd; // a `**` inside `*…*` belongs to a bold span
    } else if (closes) {
      return runEnd - delimiter.length; // `***x***`: the outer delimiter closes last
    } else {
      j = runEnd;
    }
  }
  return -1;
}

/** Adjacent runs with the same style become one, so renderers draw fewer pieces. */
export function mergeRuns(runs: TInline[]): TInline[] {
  const out: TInline[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
