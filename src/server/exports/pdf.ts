import PDFDocument from 'pdfkit';
import { textDirection, type TLanguage } from '../../domain/languages.js';
import type { TExportDocument, TFlowBlock } from './document.js';
import { toFlow } from './flow.js';
import { loadFonts, type TFontFamily } from './fonts.js';
import { PAGE, PageWriter } from './pdf-page.js';
import { drawTable } from './pdf-table.js';
import { TextSetter } from './pdf-text.js';

const PRIMARY_FAMILY: Record<TLanguage, TFontFamily> = { en: 'latin', fr: 'latin', es: 'latin', ru: 'latin', zh: 'chinese', ar: 'arabic' };

/**
 * The document as an A4 PDF in its language: Noto fonts embedded (subsets of the glyphs
 * used), Arabic shaped and laid out right to left, page numbers "n / N", and the title
 * and language in the document information (ADR 0008).
 */
export async function renderPdf(document: TExportDocument): Promise<Buffer> {
  const fonts = loadFonts();
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: document.language,
    displayTitle: true,
    info: {
      Title: document.title,
      ...(document.subtitle ? { Subject: document.subtitle } : {}),
      Creator: 'ORMS',
      Producer: 'ORMS',
      CreationDate: document.generatedAt,
      ModDate: document.generatedAt,
    },
  });
  for (const font of fonts.values()) pdf.registerFont(font.name, font.data);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const page = new PageWriter(pdf, new TextSetter(pdf, fonts, textDirection(document.language), PRIMARY_FAMILY[document.language]));
  page.titleBlock(document.title, document.subtitle);
  if (document.meta && document.meta.length > 0) {
    drawTable(page, { kind: 'table', plain: true, widths: [1, 3], rows: document.meta.map(([label, value]) => [[{ text: label, bold: true }], [{ text: value }]]) });
  }
  page.rule();
  for (const block of toFlow(document.blocks)) drawBlock(page, block);
  page.pageNumbers();
  pdf.end();
  return finished;
}

function drawBlock(page: PageWriter, block: TFlowBlock): void {
  switch (block.kind) {
    case 'heading':
      return page.heading(block.level, block.runs);
    case 'paragraph':
      return page.paragraph(block.runs);
    case 'list':
      return page.list(block.items);
    case 'table':
      return drawTable(page, block);
    case 'callout':
      return page.callout(block.tone, block.title, block.paragraphs);
    case 'pageBreak':
      if (page.y > page.top) page.newPage();
      return;
  }
}
