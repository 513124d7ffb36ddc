import { normaliseHeader } from '../risks/header-matching.js';

/**
 * Attendance from a file (a sign-in sheet, an e-learning platform's export): which columns
 * say who attended, and which person of the directory each row is. Pure, so the rules are
 * unit-tested without a server; the server reads the file and the directory.
 */

export const ATTENDANCE_COLUMNS = ['email', 'name', 'firstName', 'lastName'] as const;
export type TAttendanceColumn = (typeof ATTENDANCE_COLUMNS)[number];
export type TAttendanceColumns = Record<TAttendanceColumn, string | null>;

/** Headers in the six UN languages and as e-learning platforms write them; compared after normaliseHeader. */
const SYNONYMS: Record<TAttendanceColumn, readonly string[]> = {
  email: ['email', 'e-mail', 'mail', 'email address', 'e-mail address', 'work email', 'user email', 'courriel', 'adresse électronique', 'adresse e-mail', 'correo', 'correo electrónico', 'электронная почта', 'почта', 'адрес электронной почты', '电子邮件', '电子邮箱', '邮箱', '电邮', 'البريد الإلكتروني', 'البريد الالكتروني', 'بريد إلكتروني'],
  name: ['name', 'full name', 'staff name', 'participant', 'participant name', 'attendee', 'attendee name', 'learner', 'learner name', 'nom complet', 'nom et prénom', 'participant(e)', 'nombre', 'nombre completo', 'nombre y apellidos', 'participante', 'имя', 'фио', 'полное имя', 'участник', '姓名', '名字', '全名', '参与者', 'الاسم', 'الاسم الكامل', 'المشارك'],
  firstName: ['first name', 'given name', 'forename', 'prénom', 'primer nombre', '名'],
  lastName: ['last name', 'surname', 'family name', 'nom de famille', 'apellido', 'apellidos', 'фамилия', '姓'],
};

const lookup = new Map<string, TAttendanceColumn>();
for (const column of ATTENDANCE_COLUMNS) for (const word of SYNONYMS[column]) if (!lookup.has(normaliseHeader(word))) lookup.set(normaliseHeader(word), column);

export function columnForHeader(header: string): TAttendanceColumn | null {
  const key = normaliseHeader(header);
  if (!key) return null;
  return lookup.get(key) ?? (key.startsWith('ال') ? lookup.get(key.slice(2)) : lookup.get(`ال${key}`)) ?? null;
}

/**
 * The columns a file's headers name. "Nom" beside "Prénom" is the family name (French forms),
 * and a split first/last name is used only when there is no full-name column.
 */
export function proposeColumns(headers: readonly string[]): TAttendanceColumns {
  const out: TAttendanceColumns = { email: null, name: null, firstName: null, lastName: null };
  for (const header of headers) {
    const column = columnForHeader(header);
    if (column && out[column] === null) out[column] = header;
  }
  if (out.firstName && !out.lastName) {
    const nom = headers.find((h) => ['nom', 'name'].includes(normaliseHeader(h)));
    if (nom) {
      out.lastName = nom;
      if (out.name === nom) out.name = null;
    }
  }
  if (out.name) {
    out.firstName = null;
    out.lastName = null;
  }
  if (!(out.firstName && out.lastName)) {
    out.firstName = null;
    out.lastName = null;
  }
  return out;
}

export interface TColumnsProblem {
  code: 'training.import.unknown_column' | 'training.import.no_identity_column';
  column: string | null;
  message: string;
}

export function checkColumns(headers: readonly string[], columns: TAttendanceColumns): TColumnsProblem[] {
  const problems: TColumnsProblem[] = [];
  for (const column of ATTENDANCE_COLUMNS) {
    const header = columns[column];
    if (header !== null && !headers.includes(header)) problems.push({ code: 'training.import.unknown_column', column: header, message: `the file has no column '${header}'` });
  }
  if (problems.length === 0 && !columns.email && !columns.name && !(columns.firstName && columns.lastName)) {
    problems.push({ code: 'training.import.no_identity_column', column: null, message: 'no column holds the e-mail or the name of the people who attended: choose one' });
  }
  return problems;
}

/** Names compare without case, accents, punctuation or the order of their words ("OTIM, Brian" is "Brian Otim"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export interface TDirectoryPerson {
  id: string;
  fullName: string;
  email: string;
}

export type TRowStatus = 'matched' | 'duplicate' | 'already_recorded' | 'unknown' | 'ambiguous' | 'invalid';
/** Rows that name nobody of the directory: they stop a commit unless the user chose to leave them out. */
export const UNMATCHED_STATUSES: readonly TRowStatus[] = ['unknown', 'ambiguous', 'invalid'];

export interface TRowMatch {
  rowNumber: number;
  email: string | null;
  name: string | null;
  status: TRowStatus;
  matchedBy: 'email' | 'name' | null;
  personId: string | null;
  /** For a duplicate: the row that already names the person. */
  duplicateOfRow: number | null;
  issue: { code: string; message: string } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Each row to a person: by e-mail first (unique in the directory), else by name when it names
 * exactly one person. A person named twice counts once; one already recorded is left as is.
 */
export function matchRows(
  headers: readonly string[],
  columns: TAttendanceColumns,
  rows: readonly { rowNumber: number; cells: readonly string[] }[],
  directory: readonly TDirectoryPerson[],
  alreadyRecorded: ReadonlySet<string>,
): TRowMatch[] {
  const byEmail = new Map(directory.map((p) => [p.email.trim().toLowerCase(), p]));
  const byName = new Map<string, TDirectoryPerson[]>();
  for (const p of directory) byName.set(nameKey(p.fullName), [...(byName.get(nameKey(p.fullName)) ?? []), p]);
  const cell = (cells: readonly string[], header: string | null) => (header === null ? '' : (cells[headers.indexOf(header)] ?? '').trim());
  const seen = new Map<string, number>();
  return rows.map(({ rowNumber, cells }) => {
    const email = cell(cells, columns.email);
    const name = columns.name ? cell(cells, columns.name) : [cell(cells, columns.firstName), cell(cells, columns.lastName)].filter(Boolean).join(' ');
    const base = { rowNumber, email: email || null, name: name || null, duplicateOfRow: null };
    const fail = (status: TRowStatus, code: string, message: string): TRowMatch => ({ ...base, status, matchedBy: null, personId: null, issue: { code, message } });
    if (!email && !name) return fail('invalid', 'training.import.no_identity', 'the row has neither an e-mail nor a name');
    if (email && !EMAIL.test(email) && !name) return fail('invalid', 'training.import.bad_email', `'${email}' is not an e-mail address`);
    let person: TDirectoryPerson | undefined = email ? byEmail.get(email.toLowerCase()) : undefined;
    let matchedBy: 'email' | 'name' = 'email';
    if (!person && name) {
      const candidates = byName.get(nameKey(name)) ?? [];
      if (candidates.length > 1) return fail('ambiguous', 'training.import.ambiguous_name', `${candidates.length} people of the directory are called '${name}': give their e-mail`);
      person = candidates[0];
      matchedBy = 'name';
    }
    if (!person) return fail('unknown', 'training.import.unknown_person', `nobody in the directory has ${email ? `the e-mail '${email}'` : ''}${email && name ? ' or ' : ''}${name ? `the name '${name}'` : ''}`);
    const firstRow = seen.get(person.id);
    if (firstRow !== undefined) return { ...base, status: 'duplicate', matchedBy, personId: person.id, duplicateOfRow: firstRow, issue: null };
    seen.set(person.id, rowNumber);
    return { ...base, status: alreadyRecorded.has(person.id) ? 'already_recorded' : 'matched', matchedBy, personId: person.id, issue: null };
  });
}
