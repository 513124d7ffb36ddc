import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { TInline } from './document.js';
import { covers, fontName, type TFontFamily, type TFontStyle, type TLoadedFont } from './fonts.js';
import { lineBreaks } from './line-breaks.js';

const bidi = bidiFactory();
/** Widths by font, size and text, shared by all renders: the fonts never change, and measuring is most of the work. */
const widths = new Map<string, number>();

export type TTextStyle = { size: number; bold?: boolean; color?: string };
/** Text in one font at one embedding level, as pdfkit must receive it (see `pdfText`); `actual` is the text readers extract. */
export type TPiece = { text: string; font: string; width: number; actual?: string };
export type TLine = { pieces: TPiece[]; width: number };

const ARABIC = /\p{Script=Arabic}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\ufe30-\ufe4f]/u;
const LETTER = /\p{L}/u;
// Bidi controls steer the algorithm and are never drawn (the fonts have no glyph for them).
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\n]/g;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/**
 * Lays out and draws text in pdfkit with what pdfkit lacks: a font per character with
 * fallback (Noto Sans, Noto Sans Arabic, Noto Sans SC), the Unicode bidirectional
 * algorithm (bidi-js) for right-to-left and mixed lines, and line breaks between Chinese
 * characters. pdfkit (through fontkit) shapes each piece: Arabic joining forms, ligatures.
 */
export class TextSetter {
  private readonly coverage: Record<TFontFamily, TLoadedFont['coverage']>;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    fonts: Map<string, TLoadedFont>,
    readonly direction: 'ltr' | 'rtl',
    private readonly primary: TFontFamily,
  ) {
    const coverageOf = (family: TFontFamily) => fonts.get(fontName(family, 'regular'))!.coverage;
    this.coverage = { latin: coverageOf('latin'), arabic: coverageOf('arabic'), chinese: coverageOf('chinese') };
  }

  /**
   * Breaks styled runs into lines no wider than `maxWidth`, each in visual order.
   * `direction` is the paragraph's: the document's, or `auto` (its first strong
   * character, like HTML's dir=auto) for table cells, so a phone number in an Arabic
   * table reads left to right.
   */
  layout(runs: TInline[], maxWidth: number, style: TTextStyle, direction: 'ltr' | 'rtl' | 'auto' = this.direction): TLine[] {
    runs = runs.map((run) => ({ ...run, text: run.text.replace(/\t/g, ' ') })); // no font draws a tab
    const text = runs.map((run) => run.text).join('');
    if (text === '') return [];
    const fonts = this.fontsOf(runs, style);
    const levels = bidi.getEmbeddingLevels(text, direction);
    const mirrors = bidi.getMirroredCharactersMap(text, levels.levels);
    const mirrored = mirrors.size === 0 ? text : text.split('').map((c, i) => mirrors.get(i) ?? c).join('');
    const measure = (start: number, end: number) => this.measureLogical(text, fonts, start, end, style.size);
    return lineBreaks(text, maxWidth, measure).map(([start, end]) => this.visualLine(text, mirrored, fonts, levels, start, end, style.size));
  }

  /** Draws a line between `left` and `right`: at the start side of the paragraph direction unless centred. */
  draw(line: TLine, left: number, right: number, baseline: number, style: TTextStyle, align: 'start' | 'center' = 'start'): void {
    let x = align === 'center' ? (left + right - line.width) / 2 : this.direction === 'rtl' ? right - line.width : left;
    this.pdf.fillColor(style.color ?? '#1f1f1f');
    for (const piece of line.pieces) {
      if (piece.text.trim() !== '') {
        const show = () => this.pdf.font(piece.font).fontSize(style.size).text(piece.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
        if (piece.actual) withActualText(this.pdf, piece.actual, show);
        else show();
      }
      x += piece.width;
    }
  }

  widthOf(font: string, size: number, text: string): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size >= 100_000) widths.clear();
      width = this.pdf.font(font).fontSize(size).widthOfString(text);
      widths.set(key, width);
    }
    return width;
  }

  /** The registered font name for every UTF-16 unit of the runs' text. */
  private fontsOf(runs: TInline[], style: TTextStyle): string[] {
    const out: string[] = [];
    let previous: TFontFamily | undefined;
    for (const run of runs) {
      const bold = !!(run.bold || style.bold);
      const fontStyle: TFontStyle = bold && run.italic ? 'boldItalic' : bold ? 'bold' : run.italic ? 'italic' : 'regular';
      for (const ch of run.text) {
        previous = this.familyFor(ch, previous);
        const name = fontName(previous, fontStyle);
        for (let k = 0; k < ch.length; k++) out.push(name);
      }
    }
    return out;
  }

  /** Letters take their script's font; digits, spaces and punctuation stay with their neighbour. */
  private familyFor(ch: string, previous: TFontFamily | undefined): TFontFamily {
    const preferred: TFontFamily[] = ARABIC.test(ch)
      ? ['arabic', 'latin', 'chinese']
      : CJK.test(ch)
        ? ['chinese', 'latin', 'arabic']
        : LETTER.test(ch)
          ? ['latin', 'chinese', 'arabic']
          : [previous ?? this.primary, 'latin', 'chinese', 'arabic'];
    const codePoint = ch.codePointAt(0)!;
    return preferred.find((family) => covers(this.coverage[family], codePoint)) ?? preferred[0]!;
  }

  /** Width of a logical range, font run by font run, for line breaking. */
  private measureLogical(text: string, fonts: string[], start: number, end: number, size: number): number {
    let width = 0;
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || fonts[i] !== fonts[from]) {
        const part = text.slice(from, i).replace(INVISIBLE, '');
        if (part) width += this.widthOf(fonts[from]!, size, part);
        from = i;
      }
    }
    return width;
  }

  /** One line in visual order (UAX #9 rule L2), cut into pieces of one font and one level. */
  private visualLine(text: string, mirrored: string, fonts: string[], levels: EmbeddingLevels, start: number, end: number, size: number): TLine {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return { pieces: [], width: 0 };
    const order = visualOrder(levels.levels, start, end);
    const pieces: TPiece[] = [];
    let first = 0;
    for (let k = 1; k <= order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k];
      const level = levels.levels[a]!;
      const step = level % 2 === 1 ? -1 : 1;
      if (b !== undefined && b === a + step && fonts[b] === fonts[a] && levels.levels[b] === level) continue;
      const from = Math.min(order[first]!, a);
      const to = Math.max(order[first]!, a);
      const logical = mirrored.slice(from, to + 1).replace(INVISIBLE, '');
      // pdfkit shapes word by word and puts the words left to right: a right-to-left
      // piece goes to it one word at a time, the words in visual order.
      const words = level % 2 === 1 ? (logical.match(/\s+|\S+/g) ?? []).reverse() : [logical];
      for (const word of words) {
        const shown = pdfText(word, level % 2 === 1);
        const actual = level % 2 === 1 ? Array.from(word).reverse().join('') : word;
        // A reversed Arabic word starts (on the left) with its last letter's dots or marks,
        // which sit off the baseline, and poppler takes the baseline of an ActualText span
        // from its first glyph: a zero-width non-joiner after the word leads instead.
        const lead = level % 2 === 1 && fontkitReverses(word) ? '\u200c' : '';
        pieces.push({ text: shown + lead, font: fonts[a]!, width: this.widthOf(fonts[a]!, size, shown), actual });
      }
      first = k;
    }
    if (!pieces.some((piece) => ARABIC.test(piece.actual!))) for (const piece of pieces) delete piece.actual;
    return { pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0) };
  }
}

/**
 * Rule L2 of the bidirectional algorithm for the line `[start, end)` (trailing spaces
 * already dropped, rule L1): from the highest level down to the lowest odd one, reverse
 * every run at that level or above. Logical indices in visual order, left to right.
 */
export function visualOrder(levels: Uint8Array, start: number, end: number): number[] {
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  const lineLevels = Array.from(levels.subarray(start, end));
  const highest = Math.max(...lineLevels);
  const lowestOdd = Math.min(...lineLevels) | 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if (lineLevels[i]! < level) continue;
      let j = i;
      while (j + 1 < order.length && lineLevels[j + 1]! >= level) j++;
      reverse(order, i, j);
      reverse(lineLevels, i, j);
      i = j;
    }
  }
  return order;
}

function reverse<T>(items: T[], from: number, to: number): void {
  for (; from < to; from++, to--) [items[from], items[to]] = [items[to]!, items[from]!];
}

/**
 * The string to give pdfkit for a word in logical order. fontkit reverses a word whose
 * first non-neutral character is of a right-to-left script (and must, to shape Arabic
 * from logical order); every other word it draws as given. So a right-to-left word
 * without such a character (punctuation, an RLO-forced Latin word) is reversed here.
 */
export function pdfText(logical: string, rightToLeft: boolean): string {
  return fontkitReverses(logical) === rightToLeft ? logical : Array.from(logical).reverse().join('');
}

function fontkitReverses(text: string): boolean {
  return RTL_SCRIPT.test(Array.from(text).find((ch) => !NEUTRAL_SCRIPT.test(ch)) ?? '');
}

/**
 * Draws text inside a `/Span << /ActualText … >>` marked-content sequence within its text
 * object (BT…ET), as Chromium does. Needed for Arabic: Noto Sans Arabic builds letters
 * from a shared skeleton glyph plus dot glyphs (ر and ز share one), so the glyphs alone
 * cannot say which letter they are; ActualText gives readers (copy, search, screen
 * readers, pdftotext) the real text. pdfkit has no option for it, so its BT and ET are
 * caught on their way to the page content.
 */
function withActualText(pdf: PDFKit.PDFDocument, actual: string, show: () => void): void {
  let hex = 'FEFF';
  for (let i = 0; i < actual.length; i++) hex += actual.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  const addContent = pdf.addContent.bind(pdf);
  pdf.addContent = (data: unknown) => {
    if (data === 'ET') addContent('EMC');
    addContent(data);
    if (data === 'BT') addContent(`/Span <</ActualText <${hex}>>> BDC`);
    return pdf;
  };
  try {
    show();
  } finally {
    delete (pdf as { addContent?: unknown }).addContent; // back to the prototype's method
  }
}
