import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../domain/contract/risks.js';
import { readXlsxRows } from '../../exports/xlsx.js';

export interface TFileRows {
  sheet: string | null;
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

export interface TFileProblem {
  code: string;
  message: string;
}

export type TReadResult = { ok: true; file: TFileRows } | { ok: false; problem: TFileProblem; header?: string[] };

const problem = (code: string, message: string, header?: string[]): { ok: false; problem: TFileProblem; header?: string[] } => ({ ok: false, problem: { code, message }, header });

/** The delimiter of the header line: whichever of , ; or tab appears most outside quotes (Excel writes ; where , is the decimal mark). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function readCsv(bytes: Buffer): TReadResult {
  if (bytes.includes(0)) return problem('risks.import.not_text', 'the file is not text (it holds binary data): save the register as CSV (UTF-8) or XLSX');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem('risks.import.not_utf8', 'the file is not UTF-8 text: save it as "CSV UTF-8" or as XLSX');
  }
  text = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, relax_quotes: true, trim: false });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return problem('risks.import.malformed_csv', `the file is not valid CSV${where ? ` (near line ${where})` : ''}: check for an unclosed quote`);
  }
  // Row numbers count every record, blank ones too, as a spreadsheet would show them.
  const [first, ...rest] = records;
  const header = (first ?? []).map((h) => h.trim());
  const rows = rest.map((cells, i) => ({ rowNumber: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { ok: true, file: { sheet: null, header, rows } };
}

async function readXlsx(bytes: Buffer): Promise<TReadResult> {
  try {
    const { sheet, header, rows } = await readXlsxRows(bytes);
    // A sheet whose first row is empty has no header where one is expected.
    return { ok: true, file: { sheet, header: header.map((h) => h.trim()), rows } };
  } catch {
    return problem('risks.import.unreadable_xlsx', 'the file is not a readable Excel workbook (.xlsx)');
  }
}

/** Decodes and reads the file; every way a file can be unusable becomes a problem, never an exception. */
export async function readRegisterFile(format: 'csv' | 'xlsx', contentBase64: string): Promise<TReadResult> {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) return problem('risks.import.empty_file', 'the file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) return problem('risks.import.file_too_large', `the file is larger than 5 MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
  const read = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (!read.ok) return read;
  const { header, rows } = read.file;
  if (header.length === 0 || header.every((h) => h === '')) return problem('risks.import.no_header', 'the first row must hold the column headers, and it is empty');
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) return problem('risks.import.duplicate_header', `two columns have the header '${h}': rename one`, header);
    seen.add(h);
  }
  if (rows.length === 0) return problem('risks.import.no_rows', 'the file has headers but no rows', header);
  if (rows.length > MAX_IMPORT_ROWS) return problem('risks.import.too_many_rows', `the file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`, header);
  return read;
}
