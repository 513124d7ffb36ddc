import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { textDirection, type TLanguage } from '../../domain/languages.js';
import type { TExportDocument, TFlowBlock, TInline } from './document.js';
import { toFlow } from './flow.js';

/** Word wants a language with its region. */
const LOCALE: Record<TLanguage, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ru: 'ru-RU', zh: 'zh-CN', ar: 'ar-SA' };
const HEADING = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const HEADING_COLOR = '17365D';
const CALLOUT = { note: { fill: 'EEF4FB', bar: '2B6CB0' }, warning: { fill: 'FFF4E5', bar: 'C05621' } };
const ARABIC_RUN = /(\p{Script=Arabic}[\p{Script=Arabic}\p{Script=Inherited}\s\p{P}\p{N}]*)/u;
const PAGE_WIDTH = 11906; // A4, in twentieths of a point
const MARGIN = 1134; // 2 cm

/**
 * The document as DOCX in its language: Word's own heading, list and table styles so it
 * stays editable, the language set on every run, right-to-left paragraphs, runs and tables
 * for Arabic, and Noto fonts named per script (Word substitutes where they are not
 * installed: fonts are not embedded, see ADR 0008).
 */
export async function renderDocx(document: TExportDocument): Promise<Buffer> {
  const rtl = textDirection(document.language) === 'rtl';
  const writer = new DocxWriter(rtl);
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, children: writer.runs([{ text: document.title }]) })];
  if (document.subtitle) children.push(writer.paragraph([{ text: document.subtitle }], { color: '555555', size: 26 }));
  if (document.meta && document.meta.length > 0) {
    children.push(writer.table({ kind: 'table', plain: true, widths: [1, 3], rows: document.meta.map(([label, value]) => [[{ text: label, bold: true }], [{ text: value }]]) }));
  }
  for (const block of toFlow(document.blocks)) children.push(...writer.block(block));

  const locale = LOCALE[document.language];
  const doc = new Document({
    title: document.title,
    subject: document.subtitle,
    creator: 'ORMS',
    lastModifiedBy: 'ORMS',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: 'Noto Sans', hAnsi: 'Noto Sans', eastAsia: 'Noto Sans SC', cs: 'Noto Sans Arabic', ...(document.language === 'zh' ? { hint: 'eastAsia' } : {}) },
            size: 21,
            sizeComplexScript: 21,
            language: { value: locale, eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
          },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        title: { run: { size: 44, bold: true, boldComplexScript: true, color: HEADING_COLOR }, paragraph: { spacing: { after: 120 } } },
        ...Object.fromEntries(
          [34, 28, 24, 22].map((size, i) => [
            `heading${i + 1}`,
            { run: { size, sizeComplexScript: size, bold: true, boldComplexScript: true, color: HEADING_COLOR }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
          ]),
        ),
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [0, 1, 2, 3].map((level) => listLevel(level, LevelFormat.BULLET, ['•', '◦', '▪', '•'][level]!)) },
        { reference: 'numbers', levels: [0, 1, 2, 3].map((level) => listLevel(level, LevelFormat.DECIMAL, `%${level + 1}.`)) },
      ],
    },
    sections: [{
      properties: { page: { size: { width: PAGE_WIDTH, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18, color: '555555' })] })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

function listLevel(level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return { level, format, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 280 } } } }; // w:left is the start side in a right-to-left paragraph
}

class DocxWriter {
  private lists = 0;

  constructor(private readonly rtl: boolean) {}

  block(block: TFlowBlock): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADING[block.level - 1], bidirectional: this.rtl, children: this.runs(block.runs) })];
      case 'paragraph':
        return [this.paragraph(block.runs)];
      case 'list': {
        const instance = ++this.lists; // each list counts from 1 again
        return block.items.map((item) => new Paragraph({
          bidirectional: this.rtl,
          numbering: { reference: item.ordered ? 'numbers' : 'bullets', level: item.depth, instance },
          children: this.runs(item.runs),
        }));
      }
      case 'table':
        return [this.table(block), new Paragraph({})];
      case 'callout': {
        const colors = CALLOUT[block.tone];
        const bar = { style: BorderStyle.SINGLE, size: 24, color: colors.bar, space: 8 };
        const boxed = (runs: TInline[]) => new Paragraph({
          bidirectional: this.rtl,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: colors.fill },
          border: this.rtl ? { right: bar } : { left: bar },
          children: this.runs(runs),
        });
        return [...(block.title ? [boxed(block.title)] : []), ...block.paragraphs.map(boxed)];
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  paragraph(runs: TInline[], style: { color?: string; size?: number } = {}): Paragraph {
    return new Paragraph({ bidirectional: this.rtl, children: this.runs(runs, style) });
  }

  table(block: Extract<TFlowBlock, { kind: 'table' }>): Table {
    const columns = Math.max(block.header?.length ?? 0, ...block.rows.map((row) => row.length));
    const weights = Array.from({ length: columns }, (_, c) => Math.max(block.widths?.[c] ?? 1, 0.01));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const contentWidth = PAGE_WIDTH - 2 * MARGIN;
    const columnWidths = weights.map((weight) => Math.round((contentWidth * weight) / total));
    const row = (cells: TInline[][], header: boolean) => new TableRow({
      tableHeader: header,
      cantSplit: false,
      children: columnWidths.map((width, c) => new TableCell({
        width: { size: width, type: WidthType.DXA },
        shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [this.cellParagraph(cells[c] ?? [], header)],
      })),
    });
    return new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths,
      visuallyRightToLeft: this.rtl,
      ...(block.plain ? { borders: TableBorders.NONE } : {}),
      rows: [...(block.header && !block.plain ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
    });
  }

  /** A cell takes the direction of its first letter (like HTML's dir=auto), so a phone number in an Arabic table reads left to right. */
  private cellParagraph(runs: TInline[], header: boolean): Paragraph {
    const letter = /\p{L}/u.exec(runs.map((run) => run.text).join(''))?.[0] ?? '';
    const rtl = this.rtl && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(letter);
    return new Paragraph({
      bidirectional: rtl,
      alignment: this.rtl && !rtl ? AlignmentType.RIGHT : undefined,
      spacing: { after: 0 },
      children: this.runs(runs, { bold: header, size: 19 }),
    });
  }

  /** Arabic stretches are marked right-to-left (`w:rtl`) so Word orders their neutrals and digits as Arabic. */
  runs(runs: TInline[], style: { color?: string; size?: number; bold?: boolean } = {}): TextRun[] {
    return runs.flatMap((run) => run.text.split(ARABIC_RUN).filter(Boolean).flatMap((text) => {
      const bold = !!(run.bold || style.bold);
      const lines = text.split('\n');
      return lines.map((line, i) => new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold,
        boldComplexScript: bold,
        italics: !!run.italic,
        italicsComplexScript: !!run.italic,
        rightToLeft: ARABIC_RUN.test(line),
        ...(style.color ? { color: style.color } : {}),
        ...(style.size ? { size: style.size, sizeComplexScript: style.size } : {}),
      }));
    }));
  }
}
