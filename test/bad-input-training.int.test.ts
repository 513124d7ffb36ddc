import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows, renderXlsx } from '../src/server/exports/xlsx.js';
import { describeWriteRoutes, notIn, notString, notStringOrNull, RUNS, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The attendance import against whatever arrives: malformed requests are 400 naming the
 * field; random file contents always give a report (200 or 422), never a 5xx, and a refused
 * import writes nothing.
 */

let t: TestApp;
let f: OrgFixture;
let sessionId = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  const courseId = (await coordinator.post(`/api/orgs/${f.orgId}/training/courses`, { title: 'Course', kind: 'course' })).body.id;
  sessionId = (await coordinator.post(`/api/orgs/${f.orgId}/training/sessions`, { courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [] })).body.id;
  for (const name of ['Ana Lima', 'Bo Chen']) await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: name, email: `${name.split(' ')[0]!.toLowerCase()}@bad-training.test.example` });
});
afterAll(() => t.close());

const url = () => `/api/orgs/${f.orgId}/training/sessions/${sessionId}/attendance/import`;
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const body = (contentBase64: string, mode: 'preview' | 'commit', format: 'csv' | 'xlsx' = 'csv', extra: Record<string, unknown> = {}) => ({ format, fileName: `sheet.${format}`, contentBase64, mode, ...extra });
const notBase64 = fc.oneof(notStringOrNull, fc.constantFrom('not base64!', '====', 'QQ=Q'));

const WRITES: WriteRoute[] = [
  {
    name: 'POST training/sessions/:id/attendance/import',
    method: 'POST',
    url,
    caller: () => f.at.bc_coordinator,
    valid: () => body(csv('Name,Email\nAna Lima,ana@bad-training.test.example\n'), 'preview'),
    invalid: {
      format: notIn(['csv', 'xlsx']),
      fileName: fc.oneof(notStringOrNull, tooLong(255), fc.constantFrom('', '   ')),
      contentBase64: notBase64,
      mode: notIn(['preview', 'commit']),
      leaveOutUnmatched: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      columns: fc.oneof(
        notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
        fc.constant({ email: 'Email' }),
        fc.record({ email: notStringOrNull.filter((v) => v !== null), name: fc.constant(null), firstName: fc.constant(null), lastName: fc.constant(null) }),
        fc.constant({ email: 'Email', name: null, firstName: null, lastName: null, extra: 'x' }),
      ),
    },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('attendance files with random contents', () => {
  const { expectSafe } = safetyNet(() => t);
  const send = (b: unknown) => client(t, f.at.bc_coordinator).post(url(), b);

  it('random bytes, as CSV or XLSX, committed: a report, never a 5xx, never a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('csv' as const, 'xlsx' as const), async (bytes, format) => {
        const res = await send(body(Buffer.from(bytes).toString('base64'), 'commit', format));
        await expectSafe(res, { format, bytes: bytes.length });
        expect(res.status).toBe(422);
        expect(res.body.report).toMatchObject({ committed: false });
      }),
      RUNS,
    );
  });

  it('random text under name and e-mail headers, committed: a row per line or nothing, never a 5xx', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Ana Lima', 'ana@bad-training.test.example', 'LIMA, Ana', 'bo@bad-training.test.example', '', 'x@y'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), fc.constantFrom(',', ';', '\t'), fc.boolean(), async (rows, delimiter, leaveOut) => {
        const text = [['Name', 'Email'], ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)).join('\r\n');
        const res = await send(body(csv(text), 'commit', 'csv', { leaveOutUnmatched: leaveOut }));
        await expectSafe(res, rows);
        expect([200, 422]).toContain(res.status);
        const report = res.status === 200 ? res.body : res.body.report;
        if (report.fileIssues.length === 0) expect(report.rows.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('random cells in an XLSX made by renderXlsx: 200 or 422, never a 5xx', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constantFrom('Bo Chen', 'bo@bad-training.test.example', ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), async (rows) => {
        const file = await renderXlsx([{ name: 'Sheet', columns: [{ header: 'Full name', key: 'n' }, { header: 'E-mail', key: 'e' }], rows: rows.map(([n, e]) => ({ n, e })) }], { language: 'en' });
        const res = await send(body(file.toString('base64'), 'commit', 'xlsx', { leaveOutUnmatched: true }));
        await expectSafe(res, rows);
        expect([200, 422]).toContain(res.status);
        // Every non-blank row of the sheet is in the report: none is dropped without a word.
        if (res.status === 200) expect(res.body.rows).toHaveLength((await readXlsxRows(file)).rows.length);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses a file over 5 MB', async () => {
    const res = await send(body(Buffer.alloc(5 * 1024 * 1024 + 3, 0x41).toString('base64'), 'preview'));
    await expectSafe(res, 'over 5 MB');
    expect([400, 413, 422]).toContain(res.status);
  });
});
