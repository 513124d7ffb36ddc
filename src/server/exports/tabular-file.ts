import { parse } from 'csv-parse/sync';
import { readXlsxRows } from './xlsx.js';

/**
 * Reading a spreadsheet a user uploads (CSV or XLSX) into a header and numbered rows, for the
 * all-or-nothing imports (ADR 0011). Every way a file can be unusable becomes a problem with
 * a code under the importer's prefix (`risks.import.not_utf8`, `training.import.no_rows`, …),
 * never an exception: each UI words the codes of its own import.
 */

export interface TFileRows {
  sheet: string | null;
  header: string[];
  /** Row numbers as a spreadsheet shows them (the header is row 1); blank rows are left out. */
  rows: { rowNumber: number; cells: string[] }[];
}

export interface TFileProblem {
  code: string;
  message: string;
}

export type TReadResult = { ok: true; file: TFileRows } | { ok: false; problem: TFileProblem; header?: string[] };

export interface TTabularLimits {
  /** Codes are `${codePrefix}.${reason}`. */
  codePrefix: string;
  maxBytes: number;
  maxRows: number;
  /** What the file holds, in the advice for a binary file: "save the register as CSV…". */
  noun: string;
}

/** The reasons a file is refused, after the prefix. */
export const FILE_PROBLEMS = ['empty_file', 'file_too_large', 'not_text', 'not_utf8', 'malformed_csv', 'unreadable_xlsx', 'no_header', 'duplicate_header', 'no_rows', 'too_many_rows'] as const;
type TReason = (typeof FILE_PROBLEMS)[number];

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

function problemOf(limits: TTabularLimits) {
  return (reason: TReason, message: string, header?: string[]): { ok: false; problem: TFileProblem; header?: string[] } => ({ ok: false, problem: { code: `${limits.codePrefix}.${reason}`, message }, header });
}

function readCsv(bytes: Buffer, limits: TTabularLimits): TReadResult {
  const problem = problemOf(limits);
  if (bytes.includes(0)) return problem('not_text', `the file is not text (it holds binary data): save the ${limits.noun} as CSV (UTF-8) or XLSX`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem('not_utf8', 'the file is not UTF-8 text: save it as "CSV UTF-8" or as XLSX');
  }
  text = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, relax_quotes: true, trim: false });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return problem('malformed_csv', `the file is not valid CSV${where ? ` (near line ${where})` : ''}: check for an unclosed quote`);
  }
  // Row numbers count every record, blank ones too, as a spreadsheet would show them.
  const [first, ...rest] = records;
  const header = (first ?? []).map((h) => h.trim());
  const rows = rest.map((cells, i) => ({ rowNumber: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { ok: true, file: { sheet: null, header, rows } };
}

async function readXlsx(bytes: Buffer, limits: TTabularLimits): Promise<TReadResult> {
  try {
    const { sheet, header, rows } = await readXlsxRows(bytes);
    // A sheet whose first row is empty has no header where one is expected.
    return { ok: true, file: { sheet, header: header.map((h) => h.trim()), rows } };
  } catch {
    return problemOf(limits)('unreadable_xlsx', 'the file is not a readable Excel workbook (.xlsx)');
  }
}

/** Decodes and reads the file, then checks what every import needs: a header, distinct column names, rows, not too many. */
export async function readTabularFile(format: 'csv' | 'xlsx', contentBase64: string, limits: TTabularLimits): Promise<TReadResult> {
  const problem = problemOf(limits);
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) return problem('empty_file', 'the file is empty');
  if (bytes.length > limits.maxBytes) {
    return problem('file_too_large', `the file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
  }
  const read = format === 'csv' ? readCsv(bytes, limits) : await readXlsx(bytes, limits);
  if (!read.ok) return read;
  const { header, rows } = read.file;
  if (header.length === 0 || header.every((h) => h === '')) return problem('no_header', 'the first row must hold the column headers, and it is empty');
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) return problem('duplicate_header', `two columns have the header '${h}': rename one`, header);
    seen.add(h);
  }
  if (rows.length === 0) return problem('no_rows', 'the file has headers but no rows', header);
  if (rows.length > limits.maxRows) return problem('too_many_rows', `the file has ${rows.length} rows; at most ${limits.maxRows} can be imported at once`, header);
  return read;
}
