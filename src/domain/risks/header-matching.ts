import { FIELD_SYNONYMS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, TEMPLATE_HEADERS, type TImportField } from './risk-import-fields.js';

/** Case, accents, spaces and punctuation do not distinguish headers: "Probabilité (1-5)" ≈ "probabilite". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    // Combining marks go, except Arabic ones which only vowel-mark and are stripped too.
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const lookup = new Map<string, TImportField>();
for (const field of IMPORT_FIELDS) {
  for (const word of [field, TEMPLATE_HEADERS[field], ...FIELD_SYNONYMS[field]]) {
    const key = normaliseHeader(word);
    if (key && !lookup.has(key)) lookup.set(key, field);
  }
}

/** The field a header names, if any. Arabic headers with the article "ال" match with or without it. */
export function fieldForHeader(header: string): TImportField | null {
  const key = normaliseHeader(header);
  if (!key) return null;
  return lookup.get(key) ?? (key.startsWith('ال') ? lookup.get(key.slice(2)) : lookup.get(`ال${key}`)) ?? null;
}

export type TMapping = Record<string, TImportField | null>;

/** A proposed mapping: each header to the field it names; a field claimed twice goes to the first header only. */
export function proposeMapping(headers: readonly string[]): TMapping {
  // No prototype: a header called "__proto__" is a key like any other.
  const mapping: TMapping = Object.create(null) as TMapping;
  const taken = new Set<TImportField>();
  for (const header of headers) {
    if (Object.hasOwn(mapping, header)) continue;
    const field = fieldForHeader(header);
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

export interface TMappingProblem {
  code: 'risks.import.missing_column' | 'risks.import.unknown_column' | 'risks.import.column_mapped_twice';
  field: TImportField | null;
  column: string | null;
  message: string;
}

/** What is wrong with a mapping for these headers: columns that are not in the file, fields mapped twice or not at all. */
export function checkMapping(headers: readonly string[], mapping: TMapping): TMappingProblem[] {
  const problems: TMappingProblem[] = [];
  const present = new Set(headers);
  const columnOf = new Map<TImportField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!present.has(column)) {
      problems.push({ code: 'risks.import.unknown_column', field, column, message: `the file has no column '${column}'` });
      continue;
    }
    if (!field) continue;
    const earlier = columnOf.get(field);
    if (earlier !== undefined) problems.push({ code: 'risks.import.column_mapped_twice', field, column, message: `${field} is mapped to both '${earlier}' and '${column}'` });
    else columnOf.set(field, column);
  }
  for (const field of IMPORT_FIELDS) {
    if (!columnOf.has(field) && REQUIRED_IMPORT_FIELDS.includes(field)) problems.push({ code: 'risks.import.missing_column', field, column: null, message: `no column is mapped to ${field}, which is required` });
  }
  return problems;
}

