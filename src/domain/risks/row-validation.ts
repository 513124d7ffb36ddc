import { ZRiskInput } from '../contract/risks.js';
import type { TRiskCategory, TRiskStatus, TRiskTreatment } from './risk-categories.js';
import { categoryFromText, statusFromText, treatmentFromText } from './risk-labels.js';
import type { TMapping } from './header-matching.js';
import type { TImportField } from './risk-import-fields.js';

/** One problem of one cell, worded so the row can be fixed in the spreadsheet without the manual. */
export interface TRowIssue {
  field: TImportField;
  column: string | null;
  message: string;
  code: string;
}

/** What a valid row sets; fields whose column is not mapped are absent (an update keeps their values). */
export interface TImportedRisk {
  reference: string;
  title: string;
  category: TRiskCategory;
  likelihood: number;
  impact: number;
  treatment: TRiskTreatment;
  description?: string;
  unitId?: string | null;
  ownerPersonId?: string | null;
  treatmentPlan?: string;
  lastAssessedOn?: string | null;
  status?: TRiskStatus;
}

export interface TRowResult {
  rowNumber: number;
  status: 'ok' | 'error';
  reference: string | null;
  issues: TRowIssue[];
  value: TImportedRisk | null;
}

/** Units by code or name and people by email or name, lower-cased; `null` marks a name two people share. */
export interface TImportLookups {
  units: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string | null>;
}

const quote = (text: string) => `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;

/** A whole number from 1 to 5; spreadsheets may write 3 as "3.0". */
export function parseRating(text: string): number | null {
  const m = /^\s*([1-5])(?:\.0*)?\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Dates as yyyy-mm-dd (ISO, also what spreadsheets export) or dd/mm/yyyy (day first, as
 * written in most of the offices using ORMS; never month first). Returns yyyy-mm-dd.
 */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/.exec(t);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Checks one row of the file against the mapping; pure, so the preview and the commit agree exactly. */
export function validateRow(header: readonly string[], mapping: TMapping, row: { rowNumber: number; cells: readonly string[] }, lookups: TImportLookups): TRowResult {
  const issues: TRowIssue[] = [];
  const columnOf = new Map<TImportField, string>();
  const cells = new Map<TImportField, string>();
  header.forEach((column, index) => {
    // Own keys only: a column called "constructor" must not find Object's.
    const field = Object.hasOwn(mapping, column) ? mapping[column] : null;
    if (field && !columnOf.has(field)) {
      columnOf.set(field, column);
      cells.set(field, (row.cells[index] ?? '').trim());
    }
  });
  const problem = (field: TImportField, code: string, message: string) => issues.push({ field, column: columnOf.get(field) ?? null, code, message });
  const out: Record<string, unknown> = {};

  const text = (field: 'reference' | 'title' | 'description' | 'treatmentPlan', required: boolean) => {
    if (!cells.has(field)) return;
    const value = cells.get(field)!;
    if (value === '') {
      if (required) problem(field, 'risks.import.required', `${field} is required`);
      else out[field] = '';
      return;
    }
    const parsed = ZRiskInput.shape[field].safeParse(value);
    if (parsed.success) out[field] = parsed.data;
    else if (field === 'reference' && value.length <= 40) problem(field, 'risks.import.invalid_reference', `reference may hold only letters, digits and . _ - /, got ${quote(value)}`);
    else problem(field, 'risks.import.too_long', `${field} is too long (${value.length} characters)`);
  };
  text('reference', true);
  text('title', true);
  text('description', false);
  text('treatmentPlan', false);

  const choice = <T,>(field: 'category' | 'treatment' | 'status', parse: (t: string) => T | null, required: boolean, fallback: T) => {
    if (!cells.has(field)) return;
    const value = cells.get(field)!;
    if (value === '') {
      if (required) problem(field, 'risks.import.required', `${field} is required`);
      else out[field] = fallback;
      return;
    }
    const parsed = parse(value);
    if (parsed === null) problem(field, `risks.import.unknown_${field}`, `${field} ${quote(value)} is not one of the register's ${field === 'category' ? 'categories' : `${field}s`}`);
    else out[field] = parsed;
  };
  choice('category', categoryFromText, true, null);
  choice('treatment', treatmentFromText, true, null);
  choice('status', statusFromText, false, 'open');

  for (const field of ['likelihood', 'impact'] as const) {
    if (!cells.has(field)) continue;
    const value = cells.get(field)!;
    const rating = parseRating(value);
    if (rating === null) problem(field, 'risks.import.invalid_rating', value === '' ? `${field} is required (a whole number from 1 to 5)` : `${field} must be a whole number from 1 to 5, got ${quote(value)}`);
    else out[field] = rating;
  }

  if (cells.has('lastAssessedOn')) {
    const value = cells.get('lastAssessedOn')!;
    const day = value === '' ? null : parseDay(value);
    if (value !== '' && day === null) problem('lastAssessedOn', 'risks.import.invalid_date', `last assessed must be a date as yyyy-mm-dd or dd/mm/yyyy, got ${quote(value)}`);
    else out.lastAssessedOn = day;
  }

  if (cells.has('unit')) {
    const value = cells.get('unit')!;
    const unitId = value === '' ? null : lookups.units.get(value.toLowerCase());
    if (unitId === undefined) problem('unit', 'risks.import.unknown_unit', `unit ${quote(value)} is not a unit code or name of this organization`);
    else out.unitId = unitId;
  }

  if (cells.has('owner')) {
    const value = cells.get('owner')!;
    const personId = value === '' ? null : lookups.people.get(value.toLowerCase());
    if (personId === undefined) problem('owner', 'risks.import.unknown_owner', `owner ${quote(value)} is not the email or name of a person in the directory`);
    else if (personId === null && value !== '') problem('owner', 'risks.import.ambiguous_owner', `owner ${quote(value)} names more than one person; use the email address`);
    else out.ownerPersonId = personId;
  }

  const reference = cells.get('reference') || null;
  if (issues.length > 0) return { rowNumber: row.rowNumber, status: 'error', reference, issues, value: null };
  return { rowNumber: row.rowNumber, status: 'ok', reference, issues, value: out as unknown as TImportedRisk };
}

/** Every row, plus the one rule across rows: a reference appears once in a file. */
export function validateRows(header: readonly string[], mapping: TMapping, rows: readonly { rowNumber: number; cells: readonly string[] }[], lookups: TImportLookups): TRowResult[] {
  const results = rows.map((row) => validateRow(header, mapping, row, lookups));
  const firstRow = new Map<string, number>();
  for (const result of results) {
    if (!result.reference) continue;
    const key = result.reference.toLowerCase();
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, result.rowNumber);
      continue;
    }
    const column = Object.entries(mapping).find(([, f]) => f === 'reference')?.[0] ?? null;
    result.issues.push({ field: 'reference', column, code: 'risks.import.duplicate_reference', message: `reference ${quote(result.reference)} already appears in row ${first}` });
    result.status = 'error';
    result.value = null;
  }
  return results;
}

/** "row 7: likelihood must be a whole number from 1 to 5, got 'high'" — one line per problem. */
export function describeRowIssues(results: readonly { rowNumber: number; issues: readonly { message: string }[] }[]): string[] {
  return results.flatMap((r) => r.issues.map((i) => `row ${r.rowNumber}: ${i.message}`));
}
