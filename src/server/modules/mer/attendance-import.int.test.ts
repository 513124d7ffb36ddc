import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { readXlsxRows, renderXlsx } from '../../exports/xlsx.js';

let t: TestApp;
let f: OrgFixture;
let courseId = '';
const person: Record<string, string> = {};
const org = () => `/api/orgs/${f.orgId}`;
const coordinator = () => client(t, f.at.bc_coordinator);

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  for (const [name, email, unitId] of [
    ['Amina Diallo', 'amina.diallo@import.test.example', f.unit.hq],
    ['Brian Otim', 'brian.otim@import.test.example', f.unit.hq],
    ['Chloé Martin', 'chloe.martin@import.test.example', f.unit.country],
    ['Sam Lee', 'sam.lee.hq@import.test.example', f.unit.hq],
    ['Sam Lee', 'sam.lee.co@import.test.example', f.unit.country],
  ] as const) {
    person[email] = (await coordinator().post(`${org()}/people`, { unitId, fullName: name, email })).body.id;
  }
  for (const email of ['amina.diallo@import.test.example', 'brian.otim@import.test.example']) {
    expect((await coordinator().post(`${org()}/members`, { personId: person[email], role: 'cmt_member', unitId: f.unit.hq, initialPassword: 'a long first password' })).status).toBe(201);
  }
  courseId = (await coordinator().post(`${org()}/training/courses`, { title: 'CMT induction', kind: 'course', mandatoryFor: ['cmt_member'], renewalMonths: 24 })).body.id;
});
afterAll(() => t.close());

async function newSession(unitId = f.unit.hq, attendeePersonIds: string[] = []) {
  const res = await coordinator().post(`${org()}/training/sessions`, { courseId, unitId, heldOn: '2026-03-02', location: 'Geneva', attendeePersonIds });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
const url = (sessionId: string) => `${org()}/training/sessions/${sessionId}/attendance/import`;
const body = (format: 'csv' | 'xlsx', content: Buffer, mode: 'preview' | 'commit', extra: Record<string, unknown> = {}) => ({ format, fileName: `sign-in.${format}`, contentBase64: content.toString('base64'), mode, ...extra });
const attendeesOf = async (sessionId: string) =>
  ((await coordinator().get(`${org()}/training/sessions`)).body.items.find((s: { id: string }) => s.id === sessionId).attendees as { fullName: string }[]).map((a) => a.fullName).sort();
const cmtShare = async () => (await coordinator().get(`${org()}/training/currency`)).body.byFunction.find((b: { function: string }) => b.function === 'cmt_member');

/** A sign-in sheet as Excel saves it in much of Europe: UTF-8 with a byte-order mark, ';' between cells. */
const SIGN_IN_SHEET = Buffer.from(
  '\uFEFF' +
    ['Nom complet;Courriel;Signature', 'Amina Diallo;AMINA.DIALLO@import.test.example;x', 'Chloe MARTIN;;x', 'Amina Diallo;amina.diallo@import.test.example;x', 'Zoe Unknown;zoe@elsewhere.example;x', ';;', 'Sam Lee;;x'].join('\r\n'),
  'utf8',
);

describe('attendance import', () => {
  it('previews a ; CSV with a BOM: who matched (by e-mail or name), duplicates once, unknown and ambiguous people per row, writing nothing', async () => {
    const sessionId = await newSession();
    const before = await snapshotCounts(t);
    const res = await coordinator().post(url(sessionId), body('csv', SIGN_IN_SHEET, 'preview'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ columns: { email: 'Courriel', name: 'Nom complet' }, columnsProposed: true, committed: false, fileIssues: [] });
    expect(res.body.rows.map((r: { rowNumber: number; status: string; matchedBy: string | null }) => [r.rowNumber, r.status, r.matchedBy])).toEqual([
      [2, 'matched', 'email'],
      [3, 'matched', 'name'],
      [4, 'duplicate', 'email'],
      [5, 'unknown', null],
      // Row 6 is blank: left out, as a spreadsheet user expects; row 7 names two people.
      [7, 'ambiguous', null],
    ]);
    expect(res.body.rows[1].person).toMatchObject({ fullName: 'Chloé Martin', unitName: expect.any(String) });
    expect(res.body.rows[2].duplicateOfRow).toBe(2);
    expect(res.body.rows[3].issue.code).toBe('training.import.unknown_person');
    expect(res.body.counts).toEqual({ rows: 5, matched: 2, alreadyRecorded: 0, duplicates: 1, unmatched: 2 });
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('refuses to commit while rows name nobody, writing nothing; commits the rest when the user leaves them out, audited with the rows left out', async () => {
    const sessionId = await newSession();
    const before = await snapshotCounts(t);
    const refused = await coordinator().post(url(sessionId), body('csv', SIGN_IN_SHEET, 'commit'));
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('training.import_invalid');
    expect(refused.body.error.issues.map((i: { message: string }) => i.message)).toContain("row 5: nobody in the directory has the e-mail 'zoe@elsewhere.example' or the name 'Zoe Unknown'");
    expect(refused.body.report.counts.unmatched).toBe(2);
    expect(await snapshotCounts(t)).toEqual(before);

    const kpiBefore = await cmtShare();
    const committed = await coordinator().post(url(sessionId), body('csv', SIGN_IN_SHEET, 'commit', { leaveOutUnmatched: true }));
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({ committed: true, leftOut: 2, counts: { matched: 2 } });
    expect(await attendeesOf(sessionId)).toEqual(['Amina Diallo', 'Chloé Martin']);
    expect((await cmtShare()).trained).toBe(kpiBefore.trained + 1);
    const trail = (await coordinator().get(`${org()}/audit?entityType=training_session`)).body.items.filter((e: { action: string }) => e.action === 'training_attendance.imported');
    expect(trail).toHaveLength(1);
    expect(trail[0].after).toMatchObject({ fileName: 'sign-in.csv', added: expect.arrayContaining([person['amina.diallo@import.test.example']]), leftOut: [{ rowNumber: 5, status: 'unknown' }, { rowNumber: 7, status: 'ambiguous' }] });

    // Sending the same file again adds nobody: everyone found is already recorded.
    const again = await coordinator().post(url(sessionId), body('csv', SIGN_IN_SHEET, 'preview'));
    expect(again.body.counts).toMatchObject({ matched: 0, alreadyRecorded: 2 });
  });

  it('commits an XLSX export from an e-learning platform (first and last name columns), built with renderXlsx', async () => {
    const sessionId = await newSession(f.unit.hq, [person['amina.diallo@import.test.example']!]);
    const file = await renderXlsx(
      [
        {
          name: 'Completions',
          columns: [
            { header: 'First name', key: 'first' },
            { header: 'Last name', key: 'last' },
            { header: 'Email address', key: 'email' },
            { header: 'Completed', key: 'done' },
          ],
          rows: [
            { first: 'Brian', last: 'Otim', email: 'brian.otim@import.test.example', done: new Date('2026-03-02T00:00:00Z') },
            { first: 'Amina', last: 'Diallo', email: '', done: new Date('2026-03-02T00:00:00Z') },
          ],
        },
      ],
      { language: 'en' },
    );
    expect((await readXlsxRows(file)).header).toEqual(['First name', 'Last name', 'Email address', 'Completed']);
    const res = await coordinator().post(url(sessionId), body('xlsx', file, 'commit'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sheet: 'Completions', columns: { email: 'Email address', name: null, firstName: 'First name', lastName: 'Last name' }, counts: { rows: 2, matched: 1, alreadyRecorded: 1, unmatched: 0 }, committed: true });
    expect(await attendeesOf(sessionId)).toEqual(['Amina Diallo', 'Brian Otim']);
  });

  it('takes the columns the user chose, and reports columns that are not in the file', async () => {
    const sessionId = await newSession();
    const file = Buffer.from('Who\tContact\nBrian Otim\tnot an address\n', 'utf8');
    const proposed = await coordinator().post(url(sessionId), body('csv', file, 'preview'));
    expect(proposed.body.fileIssues.map((i: { code: string }) => i.code)).toEqual(['training.import.no_identity_column']);
    expect(proposed.body.rows).toEqual([]);
    const chosen = await coordinator().post(url(sessionId), body('csv', file, 'preview', { columns: { email: 'Contact', name: 'Who', firstName: null, lastName: null } }));
    expect(chosen.body.rows[0]).toMatchObject({ status: 'matched', matchedBy: 'name', person: { fullName: 'Brian Otim' } });
    const missing = await coordinator().post(url(sessionId), body('csv', file, 'commit', { columns: { email: 'E-mail', name: null, firstName: null, lastName: null } }));
    expect(missing.status).toBe(422);
    expect(missing.body.report.fileIssues).toEqual([{ code: 'training.import.unknown_column', column: 'E-mail', message: "the file has no column 'E-mail'" }]);
  });

  it.each([
    ['an empty file', 'csv', Buffer.alloc(0), 'training.import.empty_file'],
    ['binary data as CSV', 'csv', Buffer.from([0x89, 0x50, 0x00, 0xff]), 'training.import.not_text'],
    ['Latin-1 text', 'csv', Buffer.from([0x4e, 0x6f, 0x6d, 0x0a, 0x43, 0x68, 0x6c, 0x6f, 0xe9, 0x0a]), 'training.import.not_utf8'],
    ['a corrupt XLSX', 'xlsx', Buffer.from('PK\u0003\u0004 not a zip'), 'training.import.unreadable_xlsx'],
    ['headers only', 'csv', Buffer.from('Name,Email\n'), 'training.import.no_rows'],
    ['two columns with one header', 'csv', Buffer.from('Email,Email\na@b.example,c@d.example\n'), 'training.import.duplicate_header'],
  ] as const)('refuses %s with a report, never a 5xx, never a write', async (_name, format, content, code) => {
    const sessionId = await newSession();
    const before = await snapshotCounts(t);
    const res = await coordinator().post(url(sessionId), body(format, content, 'commit'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('training.import_unreadable');
    expect(res.body.report.fileIssues[0].code).toBe(code);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('matches only people the caller may see, and answers 404 for a session elsewhere', async () => {
    const sessionId = await newSession(f.unit.country);
    // The country focal point reads the country's directory: an HQ person is unknown to them.
    const res = await client(t, f.country.focal_point).post(url(sessionId), body('csv', Buffer.from('Email\nbrian.otim@import.test.example\nchloe.martin@import.test.example\n'), 'preview'));
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['unknown', 'matched']);
    expect(res.body.rows[0].person).toBeNull();
    const hqSession = await newSession(f.unit.hq);
    expect((await client(t, f.country.focal_point).post(url(hqSession), body('csv', Buffer.from('Email\nx@y.example\n'), 'preview'))).status).toBe(404);
    expect((await coordinator().post(url(crypto.randomUUID()), body('csv', Buffer.from('Email\nx@y.example\n'), 'preview'))).status).toBe(404);
  });
});
