import type { TInline, TListItem } from './document.js';
import type { TLine, TTextStyle, TextSetter } from './pdf-text.js';

/** A4 in points, with 2 cm margins and room for the page number below. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56, footerBaseline: 841.89 - 30 };

export const BODY: TTextStyle = { size: 10.5 };
const HEADINGS: { size: number; before: number }[] = [
  { size: 17, before: 16 },
  { size: 14, before: 14 },
  { size: 12, before: 10 },
  { size: 11, before: 8 },
];
const HEADING_COLOR = '#17365d';
const MUTED = '#555555';
const CALLOUT = {
  note: { fill: '#eef4fb', bar: '#2b6cb0' },
  warning: { fill: '#fff4e5', bar: '#c05621' },
};

/**
 * The cursor down the pages: everything is drawn at explicit positions, and a new page
 * starts when the next line would not fit, so nothing relies on pdfkit's own flow.
 */
export class PageWriter {
  readonly top = PAGE.margin;
  readonly bottom = PAGE.height - PAGE.margin - 8;
  readonly left = PAGE.margin;
  readonly right = PAGE.width - PAGE.margin;
  y = PAGE.margin;
  private onNewPage: (() => void) | undefined;

  constructor(
    readonly pdf: PDFKit.PDFDocument,
    readonly text: TextSetter,
  ) {}

  get rtl(): boolean {
    return this.text.direction === 'rtl';
  }

  lineHeight(style: TTextStyle): number {
    return style.size * 1.5;
  }

  baseline(style: TTextStyle): number {
    return this.y + style.size * 1.12;
  }

  /** Starts a new page unless `height` still fits (or the page is still empty). */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = this.top;
    this.onNewPage?.();
  }

  /** Runs `draw` with `header` drawn again at the top of every page it continues on. */
  withRepeatedHeader(header: () => void, draw: () => void): void {
    this.onNewPage = header;
    try {
      draw();
    } finally {
      this.onNewPage = undefined;
    }
  }

  drawLines(lines: TLine[], left: number, right: number, style: TTextStyle, align: 'start' | 'center' = 'start'): void {
    const height = this.lineHeight(style);
    for (const line of lines) {
      this.ensureSpace(height);
      this.text.draw(line, left, right, this.baseline(style), style, align);
      this.y += height;
    }
  }

  paragraph(runs: TInline[], style: TTextStyle = BODY, after = 6): void {
    this.drawLines(this.text.layout(runs, this.right - this.left, style), this.left, this.right, style);
    this.y += after;
  }

  heading(level: 1 | 2 | 3 | 4, runs: TInline[]): void {
    const spec = HEADINGS[level - 1]!;
    const style: TTextStyle = { size: spec.size, bold: true, color: HEADING_COLOR };
    const lines = this.text.layout(runs, this.right - this.left, style);
    if (this.y > this.top) this.y += spec.before;
    // Keep the heading with the first lines of what follows it.
    this.ensureSpace(lines.length * this.lineHeight(style) + 3 * this.lineHeight(BODY));
    this.drawLines(lines, this.left, this.right, style);
    this.y += 3;
  }

  list(items: TListItem[]): void {
    const indent = 18;
    for (const item of items) {
      const markerWidth = Math.max(14, this.text.widthOf('latin-regular', BODY.size, item.marker) + 6);
      const offset = item.depth * indent;
      const [markerLeft, markerRight, textLeft, textRight] = this.rtl
        ? [this.right - offset - markerWidth, this.right - offset, this.left, this.right - offset - markerWidth]
        : [this.left + offset, this.left + offset + markerWidth, this.left + offset + markerWidth, this.right];
      const lines = this.text.layout(item.runs, textRight - textLeft, BODY);
      const marker = this.text.layout([{ text: item.marker }], markerWidth, BODY);
      this.ensureSpace(this.lineHeight(BODY));
      if (marker[0]) this.text.draw(marker[0], markerLeft, markerRight, this.baseline(BODY), BODY);
      this.drawLines(lines.length > 0 ? lines : [{ pieces: [], width: 0 }], textLeft, textRight, BODY);
      this.y += 2;
    }
    this.y += 4;
  }

  /** A shaded box with a bar on the start side, drawn band by band so it can continue on the next page. */
  callout(tone: 'note' | 'warning', title: TInline[] | undefined, paragraphs: TInline[][]): void {
    const colors = CALLOUT[tone];
    const padding = 8;
    const left = this.left + padding + 4;
    const right = this.right - padding - 4;
    const bands: (TLine | number)[] = [padding];
    if (title) bands.push(...this.text.layout(title, right - left, { ...BODY, bold: true }), 3);
    paragraphs.forEach((runs, index) => {
      if (index > 0) bands.push(5);
      bands.push(...this.text.layout(runs, right - left, BODY));
    });
    bands.push(padding);
    this.ensureSpace(2 * padding + 2 * this.lineHeight(BODY));
    for (const band of bands) {
      const height = typeof band === 'number' ? band : this.lineHeight(BODY);
      if (typeof band !== 'number') this.ensureSpace(height);
      this.pdf.rect(this.left, this.y, this.right - this.left, height).fill(colors.fill);
      this.pdf.rect(this.rtl ? this.right - 4 : this.left, this.y, 4, height).fill(colors.bar);
      if (typeof band !== 'number') this.text.draw(band, left, right, this.baseline(BODY), BODY);
      this.y += height;
    }
    this.y += 8;
  }

  rule(): void {
    this.pdf.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.75).strokeColor('#9aa5b1').stroke();
    this.y += 10;
  }

  /** Title, subtitle, then the caller's meta lines. */
  titleBlock(title: string, subtitle: string | undefined): void {
    const titleStyle: TTextStyle = { size: 22, bold: true, color: HEADING_COLOR };
    this.drawLines(this.text.layout([{ text: title }], this.right - this.left, titleStyle), this.left, this.right, titleStyle);
    if (subtitle) this.paragraph([{ text: subtitle }], { size: 13, color: MUTED }, 2);
    this.y += 6;
  }

  /** "n / N" centred under every page, once the number of pages is known. */
  pageNumbers(): void {
    const range = this.pdf.bufferedPageRange();
    const style: TTextStyle = { size: 9, color: MUTED };
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      // Digits only: laid out left to right in every language, so it never reads "25 / 2".
      const [line] = this.text.layout([{ text: `${i + 1} / ${range.count}` }], this.right - this.left, style, 'auto');
      if (line) this.text.draw(line, this.left, this.right, PAGE.footerBaseline, style, 'center');
    }
  }
}
