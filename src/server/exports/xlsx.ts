import ExcelJS from 'exceljs';
import { textDirection, type TLanguage } from '../../domain/languages.js';
import { DomainError, defineError } from '../http/errors.js';

export type TSheetCell = string | number | boolean | Date | null | undefined;
export type TSheet = {
  name: string;
  columns: { header: string; key: string; width?: number }[];
  rows: Record<string, TSheetCell>[];
};

/**
 * Sheets as an .xlsx workbook: bold frozen header row with a filter on it, dates as
 * yyyy-mm-dd, and sheets laid out right to left for Arabic.
 */
export async function renderXlsx(sheets: TSheet[], options: { language: TLanguage; generatedAt?: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ORMS';
  if (options.generatedAt) {
    workbook.created = options.generatedAt;
    workbook.modified = options.generatedAt;
  }
  const rightToLeft = textDirection(options.language) === 'rtl';
  const names = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, names), { views: [{ state: 'frozen', ySplit: 1, rightToLeft }] });
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, key: column.key, width: column.width ?? 18 }));
    worksheet.getRow(1).font = { bold: true };
    for (const values of sheet.rows) {
      const row = worksheet.addRow(values);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    }
    if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses names over 31 characters, with `[]:*?/\`, or used twice in a workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'|'$/g, '').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export type TXlsxRows = { sheet: string; header: string[]; rows: { rowNumber: number; cells: string[] }[] };

export const unreadableSpreadsheet = defineError({
  code: 'imports.unreadable_spreadsheet',
  status: 400,
  message: 'The file is not a readable Excel workbook (.xlsx).',
});

/**
 * The rows of one sheet (the first, or the one named) as text, for importers: row 1 is
 * the header; empty rows are skipped; dates become yyyy-mm-dd (with the time only when
 * it is not midnight), numbers their shortest form, rich text and formulas their text.
 * A file that is not a workbook is a 400 `imports.unreadable_spreadsheet`, never a crash.
 */
export async function readXlsxRows(buffer: Buffer, options: { sheet?: string } = {}): Promise<TXlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own, older Buffer type.
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
    if (!worksheet) throw unreadableSpreadsheet(options.sheet === undefined ? 'The workbook has no sheet.' : `The workbook has no sheet named "${options.sheet}".`);
    let header: string[] = [];
    const rows: TXlsxRows['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const width = Math.max(header.length, row.cellCount);
      const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
      if (rowNumber === 1) header = cells;
      else if (cells.some((cell) => cell !== '')) rows.push({ rowNumber, cells });
    });
    return { sheet: worksheet.name, header, rows };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadableSpreadsheet();
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return String(Number(value.toPrecision(15))); // Excel keeps 15 digits; drop binary noise
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  return rounded.endsWith('T00:00:00.000Z') ? rounded.slice(0, 10) : rounded.slice(0, 19);
}
