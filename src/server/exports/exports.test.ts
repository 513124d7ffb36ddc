import bidiFactory from 'bidi-js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.js';
import { DomainError } from '../http/errors.js';
import { renderDocx } from './docx.js';
import { samplePlan } from './exports.fixtures.js';
import { covers, loadFonts } from './fonts.js';
import { lineBreaks } from './line-breaks.js';
import { parseMarkdown } from './markdown.js';
import { parseInline } from './markdown-inline.js';
import { renderPdf } from './pdf.js';
import { pdfText, visualOrder } from './pdf-text.js';
import { readXlsxRows, renderXlsx } from './xlsx.js';

describe('Markdown of plan sections', () => {
  it('reads emphasis, code, links and escapes as styled runs', () => {
    expect(parseInline('Keep **critical *functions*** and `code` and [the site](https://x.example) \\*not*')).toEqual([
      { text: 'Keep ' },
      { text: 'critical ', bold: true },
      { text: 'functions', bold: true, italic: true },
      { text: ' and code and the site *not*' },
    ]);
    expect(parseInline('snake_case_name and _italic_')).toEqual([{ text: 'snake_case_name and ' }, { text: 'italic', italic: true }]);
    expect(parseInline('**重要**：今天')).toEqual([{ text: '重要', bold: true }, { text: '：今天' }]);
    expect(parseInline('2 * 3 = 6 and a lone ** pair')).toEqual([{ text: '2 * 3 = 6 and a lone ** pair' }]);
  });

  it('reads headings, paragraphs, nested lists, tables, quotes and code', () => {
    const blocks = parseMarkdown(
      ['# Scope', 'First line', 'same paragraph.', '', '- a', '  - b', '- c', '', '3. three', '4. four', '', '| A | B |', '|---|:-:|', '| 1 | **2** |', '', '> Note', '', '```', '*raw*', '```', 'Title', '==='].join('\n'),
      1,
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Scope' }] },
      { kind: 'paragraph', runs: [{ text: 'First line same paragraph.' }] },
      {
        kind: 'list',
        items: [
          { depth: 0, ordered: false, marker: '•', runs: [{ text: 'a' }] },
          { depth: 1, ordered: false, marker: '◦', runs: [{ text: 'b' }] },
          { depth: 0, ordered: false, marker: '•', runs: [{ text: 'c' }] },
          { depth: 0, ordered: true, marker: '3.', runs: [{ text: 'three' }] },
          { depth: 0, ordered: true, marker: '4.', runs: [{ text: 'four' }] },
        ],
      },
      { kind: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ text: '2', bold: true }]]] },
      { kind: 'callout', tone: 'note', paragraphs: [[{ text: 'Note' }]] },
      { kind: 'paragraph', runs: [{ text: '*raw*' }] },
      { kind: 'heading', level: 2, runs: [{ text: 'Title' }] },
    ]);
  });
});

describe('line layout', () => {
  const byCharacter = (text: string) => (start: number, end: number) => Array.from(text.slice(start, end).trimEnd()).length;

  it('breaks between Chinese characters but never before closing punctuation', () => {
    const text = '危机管理小组。召开会议';
    const lines = lineBreaks(text, 6, byCharacter(text)).map(([s, e]) => text.slice(s, e));
    expect(lines).toEqual(['危机管理小', '组。召开会议']);
  });

  it('breaks after spaces, at newlines, and cuts a word longer than the line', () => {
    const text = 'one two three\nabcdefghij';
    const lines = lineBreaks(text, 8, byCharacter(text)).map(([s, e]) => text.slice(s, e).trimEnd());
    expect(lines).toEqual(['one two', 'three', 'abcdefgh', 'ij']);
  });

  it('puts mixed Arabic and Latin in visual order, and gives fontkit what it will reverse', () => {
    const bidi = bidiFactory();
    const text = 'منسق ORMS هنا';
    const levels = bidi.getEmbeddingLevels(text, 'rtl').levels;
    const visual = visualOrder(levels, 0, text.length).map((i) => text[i]).join('');
    expect(visual).toBe('انه ORMS قسنم');
    // An Arabic word is given in logical order (fontkit reverses it), neutrals reversed here.
    expect(pdfText('منسق', true)).toBe('منسق');
    expect(pdfText('(منسق)', true)).toBe('(منسق)');
    expect(pdfText('.-(', true)).toBe('(-.');
    expect(pdfText('ORMS', false)).toBe('ORMS');
  });
});

describe('shipped fonts', () => {
  it('cover Latin and Cyrillic, Arabic and all of common Chinese, each in its font', () => {
    const fonts = loadFonts();
    const latin = fonts.get('latin-regular')!.coverage;
    const arabic = fonts.get('arabic-regular')!.coverage;
    const chinese = fonts.get('chinese-regular')!.coverage;
    for (const ch of 'AéЖж') expect(covers(latin, ch.codePointAt(0)!)).toBe(true);
    for (const ch of 'بزلا') expect(covers(arabic, ch.codePointAt(0)!)).toBe(true);
    expect(covers(latin, '中'.codePointAt(0)!)).toBe(false);
    let missing = 0;
    for (let cp = 0x4e00; cp <= 0x9fa5; cp++) if (!covers(chinese, cp)) missing++;
    expect(missing).toBe(0); // every character of the CJK Unified Ideographs block up to U+9FA5
    expect(loadFonts()).toBe(fonts); // read once per process
  });
});

describe('PDF and DOCX in every language', () => {
  it.each(LANGUAGES)('%s renders with its language and title recorded', async (language) => {
    const document = samplePlan(language);
    const pdf = await renderPdf(document);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`/Lang (${language})`);
    const docx = await renderDocx(document);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('spreadsheets', () => {
  const generatedAt = new Date('2026-11-26T09:00:00Z');

  it('round-trips rows, dates and numbers through renderXlsx and readXlsxRows', async () => {
    const buffer = await renderXlsx(
      [
        {
          name: 'Risks: 2026/Q4',
          columns: [{ header: 'Name', key: 'name' }, { header: 'Due', key: 'due' }, { header: 'Score', key: 'score' }, { header: 'Open', key: 'open' }],
          rows: [
            { name: 'Flood', due: new Date('2026-12-01T00:00:00Z'), score: 0.1 + 0.2, open: true },
            {},
            { name: 'فيضان', due: null, score: 12 },
          ],
        },
      ],
      { language: 'ar', generatedAt },
    );
    const read = await readXlsxRows(buffer);
    expect(read).toEqual({
      sheet: 'Risks  2026 Q4',
      header: ['Name', 'Due', 'Score', 'Open'],
      rows: [
        { rowNumber: 2, cells: ['Flood', '2026-12-01', '0.3', 'TRUE'] },
        { rowNumber: 4, cells: ['فيضان', '', '12', ''] },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
  });

  it('flattens rich text, formulas and links, and reads a named sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Other').addRow(['x']);
    const sheet = workbook.addWorksheet('Import');
    sheet.addRow(['Text', 'Sum', 'Link', 'When']);
    sheet.addRow([
      { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'and plain' }] },
      { formula: 'A1+1', result: 42 },
      { text: 'site', hyperlink: 'https://x.example' },
      new Date('2026-03-05T14:30:00Z'),
    ]);
    const read = await readXlsxRows(Buffer.from(await workbook.xlsx.writeBuffer()), { sheet: 'Import' });
    expect(read.rows).toEqual([{ rowNumber: 2, cells: ['Bold and plain', '42', 'site', '2026-03-05T14:30:00'] }]);
  });

  it('turns a file that is not a workbook into a 400, never a crash', async () => {
    const real = await renderXlsx([{ name: 'A', columns: [{ header: 'h', key: 'h' }], rows: [{ h: 1 }] }], { language: 'en' });
    const docx = await renderDocx(samplePlan('en'));
    for (const bad of [Buffer.from('not a spreadsheet'), Buffer.alloc(0), real.subarray(0, real.length / 2), docx]) {
      const error = await readXlsxRows(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ status: 400, code: 'imports.unreadable_spreadsheet' });
    }
    await expect(readXlsxRows(real, { sheet: 'Missing' })).rejects.toMatchObject({ status: 400, message: 'The workbook has no sheet named "Missing".' });
  });
});
