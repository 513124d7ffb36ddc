import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS } from '../src/domain/risks/risk-categories.js';
import { IMPORT_FIELDS } from '../src/domain/risks/risk-import-fields.js';
import { csvOf, importBody, TEMPLATE, xlsxOf } from '../src/server/modules/risks/risks.test-support.js';
import { badName, blank, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, RUNS, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Whatever arrives at the risk register's write routes, the answer is a 4xx with a readable
 * error (never a 500), schema errors name the field, and a refused request writes nothing.
 * The import gets random file contents too: always a report, never a 5xx, never a write.
 */

let t: TestApp;
let f: OrgFixture;
let riskId = '';
let n = 0;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  riskId = (await client(t, f.at.risk_officer).post(`/api/orgs/${f.orgId}/risks`, { reference: 'BASE-1', title: 'Base', category: 'security', likelihood: 1, impact: 1, treatment: 'accept' })).body.id;
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;
/** Null is a valid value of these fields, so "not a uuid" must not include it. */
const notUuidNorNull = fc.oneof(notString, fc.string(), fc.uuid().map((u) => u.slice(1)), fc.constant(''));
const badRating = fc.oneof(notStringOrNull.filter((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5), fc.constantFrom(0, 6, -1, 2.5, '3'));
const badDate = fc.oneof(notString, fc.constantFrom('', '2026-13-01', '01/02/2026', '2026-02-30', 'today'));
const badReference = fc.oneof(badName(40), fc.constantFrom('R 1', 'R,1', 'R;1', '<b>', 'a\\b'));
const riskFields = {
  reference: badReference,
  title: badName(),
  description: fc.oneof(notStringOrNull, tooLong(5000)),
  category: notIn(RISK_CATEGORIES),
  unitId: notUuidNorNull,
  likelihood: badRating,
  impact: badRating,
  ownerPersonId: notUuidNorNull,
  treatment: notIn(RISK_TREATMENTS),
  treatmentPlan: fc.oneof(notStringOrNull, tooLong(5000)),
  lastAssessedOn: badDate,
  status: notIn(RISK_STATUSES),
  serviceIds: fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.array(notUuid, { minLength: 1, maxLength: 3 }), fc.array(fc.uuid(), { minLength: 201, maxLength: 202 })),
};

const WRITES: WriteRoute[] = [
  {
    name: 'POST risks',
    method: 'POST',
    url: () => `${org()}/risks`,
    caller: () => f.at.risk_officer,
    valid: () => ({ reference: `OK-${++n}`, title: 'Flood', category: 'natural_hazard', likelihood: 2, impact: 3, treatment: 'reduce' }),
    invalid: riskFields,
    idsInPath: true,
  },
  {
    name: 'PATCH risks/:riskId',
    method: 'PATCH',
    url: () => `${org()}/risks/${riskId}`,
    caller: () => f.at.risk_officer,
    valid: () => ({ title: 'Base' }),
    invalid: { ...riskFields, unitId: notUuidNorNull, ownerPersonId: notUuidNorNull, lastAssessedOn: badDate },
  },
  {
    name: 'DELETE risks/:riskId',
    method: 'DELETE',
    url: () => `${org()}/risks/${riskId}`,
    caller: () => f.at.executive,
    valid: () => ({}),
    invalid: {},
  },
  {
    name: 'POST risks/import',
    method: 'POST',
    url: () => `${org()}/risks/import`,
    caller: () => f.at.risk_officer,
    valid: () => importBody('csv', csvOf([TEMPLATE, ['IMP-1', 'Imported', '', 'security', '', '2', '2', '', 'reduce', '', '', 'open']]), 'preview'),
    invalid: {
      format: notIn(['csv', 'xlsx']),
      fileName: badName(255),
      contentBase64: fc.oneof(notStringOrNull, fc.constantFrom('@@@@', 'abc', 'é', 'QUJD=QUJD')),
      mode: notIn(['preview', 'commit']),
      mapping: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.string(), { minLength: 1 }), fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(fc.constantFrom('nope', 5, true), notIn([...IMPORT_FIELDS]).filter((v) => v !== null)), { minKeys: 1 })),
    },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('import of random file contents', () => {
  const { expectSafe } = safetyNet(() => t);
  const send = (body: unknown) => client(t, f.at.risk_officer).post(`${org()}/risks/import`, body);
  const report = (res: { status: number; body: { report?: unknown } }) => (res.status === 200 ? res.body : res.body.report);

  it('random bytes, as CSV or XLSX, committed: a report, never a 5xx, never a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('csv' as const, 'xlsx' as const), async (bytes, format) => {
        const res = await send(importBody(format, Buffer.from(bytes), 'commit'));
        await expectSafe(res, { format, bytes: bytes.length });
        expect(res.status).toBe(422);
        expect(report(res)).toMatchObject({ committed: false });
      }),
      RUNS,
    );
  });

  it('random text under the template headers, previewed: a row per line, never a 5xx, never a write', async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('security', 'Medical', '3', '5', '0', 'high', '2026-01-01', '31/12/2025', 'reduce', ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 14 }), { minLength: 1, maxLength: 20 }), fc.constantFrom(',', ';'), async (rows, delimiter) => {
        const res = await send(importBody('csv', csvOf([TEMPLATE, ...rows], delimiter), 'preview'));
        await expectSafe(res, rows);
        expect([200, 422]).toContain(res.status);
      }),
      RUNS,
    );
  });

  it('random cells in an XLSX, committed when valid: the database has the rows or nothing', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: -2, max: 8 }), fc.constantFrom('security', 'reduce', ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 5 }), async (rows) => {
        const res = await send(importBody('xlsx', await xlsxOf([TEMPLATE, ...rows]), 'commit'));
        await expectSafe(res, rows);
        expect([200, 422]).toContain(res.status);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses a file over 5 MB with a report', async () => {
    const res = await send({ ...importBody('csv', Buffer.alloc(5 * 1024 * 1024 + 3, 0x41), 'preview') });
    await expectSafe(res, 'over 5 MB');
    expect([400, 413, 422]).toContain(res.status);
  });
});

describe('blank values', () => {
  it('a blank reference is refused at body.reference', async () => {
    const res = await client(t, f.at.risk_officer).post(`${org()}/risks`, { reference: fc.sample(blank, 1)[0], title: 'x', category: 'security', likelihood: 1, impact: 1, treatment: 'accept' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('body.reference');
  });
});
