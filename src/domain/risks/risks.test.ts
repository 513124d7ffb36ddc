import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMapping, fieldForHeader, proposeMapping } from './header-matching.js';
import { IMPORT_FIELDS, TEMPLATE_HEADERS } from './risk-import-fields.js';
import { categoryFromText, treatmentFromText } from './risk-labels.js';
import { riskScore, scoreBand } from './risk-score.js';
import { describeRowIssues, parseDay, parseRating, validateRow, validateRows } from './row-validation.js';

const header = IMPORT_FIELDS.map((f) => TEMPLATE_HEADERS[f]);
const mapping = proposeMapping(header);
const lookups = { units: new Map([['co-ug', 'unit-1'], ['uganda country office', 'unit-1']]), people: new Map<string, string | null>([['ana@x.org', 'p-1'], ['ana', 'p-1'], ['sam', null]]) };
const cellsOf = (v: Partial<Record<(typeof IMPORT_FIELDS)[number], string>>) => IMPORT_FIELDS.map((f) => v[f] ?? '');
const valid = { reference: 'R-1', title: 'Flood', category: 'natural_hazard', likelihood: '3', impact: '4', treatment: 'reduce' };

describe('header matching', () => {
  it.each([
    ['Likelihood', 'likelihood'],
    ['Probabilité', 'likelihood'],
    ['Probabilidad', 'likelihood'],
    ['Вероятность', 'likelihood'],
    ['可能性', 'likelihood'],
    ['الاحتمال', 'likelihood'],
    ['احتمال', 'likelihood'],
    ['  LIKELIHOOD (1-5) ', 'likelihood'],
    ['Référence', 'reference'],
    ['Last assessed', 'lastAssessedOn'],
    ['Treatment plan', 'treatmentPlan'],
    ['Catégorie', 'category'],
    ['Notes', null],
  ])('%s → %s', (text, field) => expect(fieldForHeader(text)).toBe(field));

  it('gives each field to the first header naming it and ignores the rest', () => {
    expect(proposeMapping(['Risk', 'Title', 'Probability'])).toEqual({ Risk: 'title', Title: null, Probability: 'likelihood' });
  });

  it('headers named like Object properties are plain headers', () => {
    const header = ['constructor', 'Reference', 'toString', '__proto__'];
    const mapping = proposeMapping(header);
    expect(Object.keys(mapping)).toEqual(['constructor', 'Reference', 'toString', '__proto__']);
    expect(Object.values(mapping)).toEqual([null, 'reference', null, null]);
    const r = validateRow(header, { Reference: 'reference' }, { rowNumber: 2, cells: ['x', 'R-1', 'y', 'z'] }, lookups);
    expect(r.value).toEqual({ reference: 'R-1' });
  });

  it('the template headers map onto every field', () => {
    expect(Object.values(mapping)).toEqual([...IMPORT_FIELDS]);
    expect(checkMapping(header, mapping)).toEqual([]);
  });

  it('names missing required fields, unknown columns and fields mapped twice', () => {
    const problems = checkMapping(['A', 'B'], { A: 'reference', B: 'reference', C: 'title' });
    expect(problems.map((p) => p.code)).toEqual(['risks.import.column_mapped_twice', 'risks.import.unknown_column', ...Array(5).fill('risks.import.missing_column')]);
  });
});

describe('cell rules', () => {
  it('ratings are whole numbers from 1 to 5', () => {
    expect(['1', ' 5 ', '3.0'].map(parseRating)).toEqual([1, 5, 3]);
    expect(['0', '6', '2.5', 'high', '', '३'].map(parseRating)).toEqual([null, null, null, null, null, null]);
  });

  it('dates are yyyy-mm-dd or dd/mm/yyyy, real calendar days only', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(parseDay('31/12/2025')).toBe('2025-12-31');
    expect(parseDay('1/2/2026')).toBe('2026-02-01');
    expect(parseDay('2026-03-01T00:00:00.000Z')).toBe('2026-03-01');
    for (const bad of ['12/31/2025', '2026-02-30', '29/02/2025', 'yesterday', '2026/01/01', '']) expect(parseDay(bad), bad).toBeNull();
  });

  it('categories and treatments by key or English label, any case', () => {
    expect(['ict_disaster_recovery', 'ICT disaster recovery', 'ict-disaster-recovery', 'Legal and compliance', 'legal & compliance'].map(categoryFromText)).toEqual([
      'ict_disaster_recovery',
      'ict_disaster_recovery',
      'ict_disaster_recovery',
      'legal_compliance',
      'legal_compliance',
    ]);
    expect(['REDUCE', 'Transfer', 'mitigate'].map(treatmentFromText)).toEqual(['reduce', 'transfer', null]);
  });

  it('score and bands', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
});

describe('row validation', () => {
  it('accepts a valid row and resolves unit and owner', () => {
    const r = validateRow(header, mapping, { rowNumber: 2, cells: cellsOf({ ...valid, unit: 'CO-UG', owner: 'ANA@x.org', lastAssessedOn: '01/03/2026', status: '' }) }, lookups);
    expect(r.status).toBe('ok');
    expect(r.value).toEqual({ reference: 'R-1', title: 'Flood', description: '', category: 'natural_hazard', unitId: 'unit-1', likelihood: 3, impact: 4, ownerPersonId: 'p-1', treatment: 'reduce', treatmentPlan: '', lastAssessedOn: '2026-03-01', status: 'open' });
  });

  it('words each problem with the field, the column and what was found', () => {
    const r = validateRow(header, mapping, { rowNumber: 7, cells: cellsOf({ ...valid, likelihood: 'high', owner: 'sam', unit: 'Mars', title: '' }) }, lookups);
    expect(r.status).toBe('error');
    expect(describeRowIssues([r])).toEqual([
      'row 7: title is required',
      "row 7: likelihood must be a whole number from 1 to 5, got 'high'",
      "row 7: unit 'Mars' is not a unit code or name of this organization",
      "row 7: owner 'sam' names more than one person; use the email address",
    ]);
    expect(r.issues[1]).toMatchObject({ field: 'likelihood', column: 'Likelihood', code: 'risks.import.invalid_rating' });
  });

  it('leaves unmapped fields out, so an update keeps them', () => {
    const partial = { Ref: 'reference', Name: 'title', Cat: 'category', L: 'likelihood', I: 'impact', T: 'treatment' } as const;
    const r = validateRow(Object.keys(partial), partial, { rowNumber: 2, cells: ['R-9', 'x', 'medical', '1', '1', 'accept'] }, lookups);
    expect(Object.keys(r.value!).sort()).toEqual(['category', 'impact', 'likelihood', 'reference', 'title', 'treatment']);
  });

  it('refuses a reference repeated in the file (any case), naming the first row', () => {
    const rows = [2, 3, 4].map((n) => ({ rowNumber: n, cells: cellsOf({ ...valid, reference: n === 4 ? 'r-1' : n === 3 ? 'R-2' : 'R-1' }) }));
    const results = validateRows(header, mapping, rows, lookups);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);
    expect(results[2]!.issues[0]!.message).toBe("reference 'r-1' already appears in row 2");
  });

  it('never throws and never accepts an invalid rating, whatever the cells', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 0, maxLength: 14 }), (cells) => {
        const r = validateRow(header, mapping, { rowNumber: 2, cells }, lookups);
        if (r.status === 'ok') {
          expect(r.value!.likelihood).toBeGreaterThanOrEqual(1);
          expect(r.value!.likelihood).toBeLessThanOrEqual(5);
        } else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
