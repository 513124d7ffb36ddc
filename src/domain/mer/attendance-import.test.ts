import { describe, expect, it } from 'vitest';
import { checkColumns, matchRows, nameKey, proposeColumns } from './attendance-import.js';

const directory = [
  { id: 'p1', fullName: 'Brian Otim', email: 'Brian.Otim@example.org' },
  { id: 'p2', fullName: 'Aïcha Benali', email: 'aicha@example.org' },
];
const rows = (...cells: string[][]) => cells.map((c, i) => ({ rowNumber: i + 2, cells: c }));

describe('attendance columns', () => {
  it.each([
    [['Name', 'Email'], { email: 'Email', name: 'Name', firstName: null, lastName: null }],
    [['Prénom', 'Nom', 'Courriel'], { email: 'Courriel', name: null, firstName: 'Prénom', lastName: 'Nom' }],
    [['الاسم', 'البريد الإلكتروني'], { email: 'البريد الإلكتروني', name: 'الاسم', firstName: null, lastName: null }],
    [['姓名', '电子邮件'], { email: '电子邮件', name: '姓名', firstName: null, lastName: null }],
    [['ФИО', 'Электронная почта'], { email: 'Электронная почта', name: 'ФИО', firstName: null, lastName: null }],
    // A first name alone says too little: no name column is proposed.
    [['First name', 'Score'], { email: null, name: null, firstName: null, lastName: null }],
  ])('%j → %j', (headers, expected) => {
    expect(proposeColumns(headers)).toEqual(expected);
  });

  it('needs a column saying who attended, among the file’s own', () => {
    expect(checkColumns(['Score'], proposeColumns(['Score'])).map((p) => p.code)).toEqual(['training.import.no_identity_column']);
    expect(checkColumns(['Score'], { email: 'Mail', name: null, firstName: null, lastName: null }).map((p) => p.code)).toEqual(['training.import.unknown_column']);
  });
});

describe('matching rows to people', () => {
  it('compares names without case, accents, punctuation or word order', () => {
    expect(nameKey('OTIM, Brian')).toBe(nameKey('brian otim'));
    expect(nameKey('Aicha  BENALI')).toBe(nameKey('Aïcha Benali'));
    expect(nameKey('Brian Otimo')).not.toBe(nameKey('Brian Otim'));
  });

  it('matches by e-mail first, by name otherwise; counts a person once and flags who is already recorded', () => {
    const result = matchRows(
      ['Name', 'Email'],
      { email: 'Email', name: 'Name', firstName: null, lastName: null },
      rows(['', 'brian.otim@EXAMPLE.org'], ['Benali, Aicha', ''], ['Brian Otim', ''], ['Nobody', 'nobody@example.org'], ['', 'not-an-address'], ['', '']),
      directory,
      new Set(['p2']),
    );
    expect(result.map((r) => [r.rowNumber, r.status, r.matchedBy, r.personId, r.duplicateOfRow])).toEqual([
      [2, 'matched', 'email', 'p1', null],
      [3, 'already_recorded', 'name', 'p2', null],
      [4, 'duplicate', 'name', 'p1', 2],
      [5, 'unknown', null, null, null],
      [6, 'invalid', null, null, null],
      [7, 'invalid', null, null, null],
    ]);
    expect(result[4]!.issue!.code).toBe('training.import.bad_email');
  });

  it('refuses to guess between two people of the same name', () => {
    const twins = [...directory, { id: 'p3', fullName: 'Brian Otim', email: 'b.otim@example.org' }];
    const [row] = matchRows(['Name'], { email: null, name: 'Name', firstName: null, lastName: null }, rows(['Brian Otim']), twins, new Set());
    expect(row).toMatchObject({ status: 'ambiguous', issue: { code: 'training.import.ambiguous_name' } });
  });
});
