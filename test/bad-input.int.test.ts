import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/domain/languages.js';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import { PLAN_TYPES } from '../src/domain/plans/plan-types.js';
import { UNIT_KINDS } from '../src/domain/units.js';
import { ORG_ROLES } from '../src/domain/roles.js';
import { badName, blank, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, notUuidNorNull, RUNS, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Whatever arrives, the API answers 4xx with a readable error (never 500), schema errors
 * name the field (`body.title`), and a refused request writes nothing. The write routes of
 * the foundation; later slices have their own `bad-input-*.int.test.ts`.
 */
const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

let t: TestApp;
let f: OrgFixture;
const plan = { draft: '', inReview: '', approved: '' };
let ownTokenId = '';
let personId = '';
let assignmentId = '';

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const author = client(t, f.at.plan_owner);
  const create = async (title: string) => (await author.post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'security', title })).body.id as string;
  plan.draft = await create('Draft');
  plan.inReview = await create('In review');
  plan.approved = await create('Approved');
  for (const id of [plan.inReview, plan.approved]) {
    await author.patch(`/api/orgs/${f.orgId}/plans/${id}`, { sections: fullSections });
    await author.post(`/api/orgs/${f.orgId}/plans/${id}/submit`);
  }
  await client(t, f.at.executive).post(`/api/orgs/${f.orgId}/plans/${plan.approved}/approve`);
  ownTokenId = (await client(t, f.at.bc_coordinator).get('/api/me/tokens')).body.items[0].id;
  const coordinator = client(t, f.at.bc_coordinator);
  personId = (await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.hq, fullName: 'No Account Yet', email: 'no-account@test.example' })).body.id;
  const members = (await coordinator.get(`/api/orgs/${f.orgId}/members`)).body.items;
  assignmentId = members.find((m: { userId: string }) => m.userId === f.at.cmt_member.userId).roles[0].id;
});
afterAll(() => t.close());
const { expectSafe } = safetyNet(() => t);

const org = () => `/api/orgs/${f.orgId}`;
const WRITES: WriteRoute[] = [
  {
    name: 'POST units',
    method: 'POST',
    url: () => `${org()}/units`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ parentId: f.unit.hq, kind: 'department', name: 'Finance', code: `FIN-${Math.random().toString(36).slice(2, 8)}`, timeZone: 'Europe/Geneva' }),
    invalid: {
      parentId: notUuid,
      kind: notIn(UNIT_KINDS),
      name: badName(),
      code: fc.oneof(notStringOrNull, tooLong(32), blank, fc.constantFrom('a b', 'x/y', 'é', '<script>')),
      country: fc.oneof(notString, fc.constantFrom('C', 'CHE', '')),
      timeZone: fc.oneof(notStringOrNull, fc.constantFrom('Mars/Olympus', '', 'UTC+25')),
    },
  },
  {
    name: 'POST people',
    method: 'POST',
    url: () => `${org()}/people`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ unitId: f.unit.country, fullName: 'Amina Diallo', email: `amina-${Math.random().toString(36).slice(2, 10)}@example.org` }),
    invalid: {
      unitId: notUuid,
      fullName: badName(),
      email: fc.oneof(notStringOrNull, fc.constantFrom('', 'not-an-email', 'a@', '@b.org'), tooLong(320).map((s) => `${s}@x.org`)),
      mobilePhone: fc.oneof(notString, fc.constantFrom('', '12345', '+0123456789', '+1 555 0100')),
      preferredLanguage: notIn(LANGUAGES),
      alternateIds: fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.array(notUuid, { minLength: 1, maxLength: 3 }), fc.array(fc.uuid(), { minLength: 6, maxLength: 8 })),
      supervisorId: notUuidNorNull,
    },
  },
  {
    name: 'POST plans',
    method: 'POST',
    url: () => `${org()}/plans`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ unitId: f.unit.country, type: 'security', title: 'Security plan' }),
    invalid: { unitId: notUuid, type: notIn(PLAN_TYPES), title: badName(), language: notIn(LANGUAGES) },
  },
  {
    name: 'PATCH organization',
    method: 'PATCH',
    url: () => org(),
    caller: () => f.at.executive,
    valid: () => ({ name: 'Renamed' }),
    invalid: {
      name: badName(),
      bcmArrangement: fc.oneof(
        fc.integer(),
        fc.string(),
        fc.record({ kind: fc.string(), reportingLine: fc.string(), percentTime: fc.integer({ min: 0, max: 100 }) }),
        fc.record({ kind: fc.constant('dedicated_unit'), reportingLine: fc.string({ maxLength: 10 }), percentTime: fc.oneof(fc.integer({ min: 101 }), fc.integer({ max: -1 }), fc.double({ noInteger: true, noNaN: true })) }),
      ),
    },
  },
  {
    name: 'PATCH plan',
    method: 'PATCH',
    url: () => `${org()}/plans/${plan.draft}`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ title: 'Edited' }),
    invalid: {
      title: badName(),
      language: notIn(LANGUAGES),
      sections: fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.record({ critical_functions: fc.oneof(notStringOrNull, tooLong(100_000)) })),
    },
  },
  { name: 'POST submit', method: 'POST', url: () => `${org()}/plans/${plan.draft}/submit`, caller: () => f.at.plan_owner, valid: () => ({}), invalid: { comment: fc.oneof(notStringOrNull, tooLong(5000)) } },
  { name: 'POST return', method: 'POST', url: () => `${org()}/plans/${plan.inReview}/return`, caller: () => f.at.executive, valid: () => ({ comment: 'Fix it' }), invalid: { comment: fc.oneof(notStringOrNull, tooLong(5000), blank) } },
  { name: 'POST approve', method: 'POST', url: () => `${org()}/plans/${plan.inReview}/approve`, caller: () => f.at.executive, valid: () => ({}), invalid: { comment: fc.oneof(notStringOrNull, tooLong(5000)) } },
  { name: 'POST revise', method: 'POST', url: () => `${org()}/plans/${plan.approved}/revise`, caller: () => f.at.plan_owner, valid: () => ({}), invalid: { comment: fc.string() }, bodyMustBeEmpty: true },
  {
    name: 'POST tokens',
    method: 'POST',
    idsInPath: false,
    url: () => '/api/me/tokens',
    caller: () => f.at.staff,
    valid: () => ({ name: 'cli' }),
    invalid: { name: badName(100), expiresInDays: fc.oneof(notString.filter((v) => !Number.isInteger(v) || (v as number) < 1 || (v as number) > 3650), fc.constantFrom(0, -1, 3651, 1.5)) },
  },
  {
    name: 'PATCH unit',
    method: 'PATCH',
    url: () => `${org()}/units/${f.unit.country}`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ city: 'Kampala' }),
    invalid: { parentId: notUuid, kind: notIn(UNIT_KINDS), name: badName(), timeZone: fc.oneof(notStringOrNull, fc.constantFrom('Mars/Olympus', 'UTC+25', '')) },
  },
  {
    name: 'PATCH person',
    method: 'PATCH',
    url: () => `${org()}/people/${personId}`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ jobTitle: 'Driver' }),
    invalid: { fullName: badName(), email: fc.oneof(notStringOrNull, fc.string().filter((x) => !x.includes('@'))), mobilePhone: fc.oneof(notString, fc.constantFrom('0700 123', '+0123456789', '12345')), alternateIds: fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.array(fc.string(), { minLength: 1, maxLength: 3 })), supervisorId: notUuidNorNull },
  },
  {
    name: 'POST members',
    method: 'POST',
    url: () => `${org()}/members`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ personId, role: 'staff', unitId: f.unit.hq, initialPassword: 'long enough password' }),
    invalid: { personId: notUuid, role: notIn(ORG_ROLES), unitId: notUuid, initialPassword: fc.oneof(notStringOrNull, fc.string({ maxLength: 9 }), tooLong(200)) },
  },
  {
    name: 'POST role-assignments',
    method: 'POST',
    url: () => `${org()}/role-assignments`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ userId: f.at.staff.userId, role: 'cmt_member', unitId: f.unit.hq }),
    invalid: { userId: fc.oneof(notStringOrNull, tooLong(64), fc.constant('')), role: notIn(ORG_ROLES), unitId: notUuid },
  },
  { name: 'DELETE role-assignment', method: 'DELETE', url: () => `${org()}/role-assignments/${assignmentId}`, caller: () => f.at.bc_coordinator, valid: () => ({}), invalid: {} },
  { name: 'DELETE token', method: 'DELETE', url: () => `/api/me/tokens/${ownTokenId}`, caller: () => f.at.bc_coordinator, valid: () => ({}), invalid: {} },
];

describeWriteRoutes(() => t, WRITES);

describe('query strings of the read routes', () => {
  const reads = () => [`${org()}/plans`, `${org()}/people`, `${org()}/audit`, `${org()}/plans/${plan.approved}/diff`, `${org()}/plans/${plan.approved}/versions/1`];
  const keys = ['limit', 'offset', 'unitId', 'subtree', 'type', 'state', 'q', 'from', 'to', 'entityType', 'entityId'];

  it('random query parameters get 200, 400 naming the parameter, or 404, and change nothing', async () => {
    const value = fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String), fc.constantFrom('-1', '0', '1e999', 'NaN', 'true', 'bogus', '', '1.5', '99999999999999999999'));
    const arb = fc.record({ url: fc.constantFrom(...reads()), params: fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }) });
    await fc.assert(
      fc.asyncProperty(arb, async ({ url, params }) => {
        const res = await client(t, f.at.bc_coordinator).get(`${url}?${new URLSearchParams(params)}`);
        await expectSafe(res, { url, params });
        expect([200, 400, 404]).toContain(res.status);
        if (res.status === 400) for (const i of res.body.error.issues) expect(i.path).toMatch(/^querystring\./);
      }),
      RUNS,
    );
  });

  it.each([
    ['plans', 'limit=-1', 'querystring.limit'],
    ['plans', 'limit=501', 'querystring.limit'],
    ['plans', 'limit=abc', 'querystring.limit'],
    ['plans', 'limit=1&limit=2', 'querystring.limit'],
    ['plans', 'offset=-5', 'querystring.offset'],
    ['plans', 'unitId=xyz', 'querystring.unitId'],
    ['plans', 'state=bogus', 'querystring.state'],
    ['plans', 'type=bogus', 'querystring.type'],
    ['plans', 'subtree=maybe', 'querystring.subtree'],
    ['plans', `q=${'x'.repeat(201)}`, 'querystring.q'],
    ['people', 'unitId=xyz', 'querystring.unitId'],
    ['audit', 'limit=0', 'querystring.limit'],
    ['audit', `entityId=${'x'.repeat(65)}`, 'querystring.entityId'],
    ['diff', 'from=abc&to=1', 'querystring.from'],
    ['diff', 'from=1', 'querystring.to'],
    ['diff', 'from=0&to=1', 'querystring.from'],
  ])('GET %s?%s → 400 at %s', async (what, query, path) => {
    const url = what === 'diff' ? `${org()}/plans/${plan.approved}/diff` : `${org()}/${what}`;
    const res = await client(t, f.at.bc_coordinator).get(`${url}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('request.invalid');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('well-formed references to nothing are 404, not 400 or 500', async () => {
    const c = client(t, f.at.bc_coordinator);
    const nowhere = crypto.randomUUID();
    expect((await c.get(`${org()}/plans?unitId=${nowhere}`)).status).toBe(404);
    expect((await c.get(`${org()}/plans/${plan.approved}/versions/99`)).status).toBe(404);
    expect((await c.get(`${org()}/plans/${plan.approved}/diff?from=1&to=99`)).status).toBe(404);
    expect((await c.get(`${org()}/plans/${plan.approved}/versions/99999999999999999999`)).status).toBeLessThan(500);
    expect((await c.get(`${org()}/plans?offset=9007199254740991`)).status).toBeLessThan(500);
    expect((await c.get(`${org()}/people?unitId=${nowhere}`)).body.items).toEqual([]);
    for (const v of ['0', '-1', '1.5', 'abc']) expect((await c.get(`${org()}/plans/${plan.approved}/versions/${v}`)).body.error.issues[0].path).toBe('params.versionNumber');
  });
});

describe('malformed requests', () => {
  const plans = () => `${org()}/plans`;
  const raw = (payload: string | Buffer, contentType?: string) =>
    t.app.inject({ method: 'POST', url: plans(), payload, headers: { authorization: `Bearer ${f.at.bc_coordinator.token}`, ...(contentType ? { 'content-type': contentType } : {}) } });

  it.each([
    ['a non-JSON content type', 415, () => raw('unitId=x', 'application/x-www-form-urlencoded')],
    ['text/plain (parsed as a string, so the schema refuses it)', 400, () => raw('{"title":"x"}', 'text/plain')],
    ['invalid JSON', 400, () => raw('{"title": ', 'application/json')],
    ['an empty JSON body', 400, () => raw('', 'application/json')],
    ['a __proto__ key', 400, () => raw('{"__proto__": {"admin": true}, "title": "x"}', 'application/json')],
    ['a body over 2 MB', 413, () => raw(JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024 + 10) }), 'application/json')],
  ] as const)('%s → %i with a readable error', async (_name, status, send) => {
    const before = await snapshotCounts(t);
    const res = await send();
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toMatch(/^request\./);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('accepts any Unicode text, and returns it as sent', async () => {
    const c = client(t, f.at.bc_coordinator);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0), async (title) => {
        const res = await c.post(plans(), { unitId: f.unit.hq, type: 'security', title });
        expect(res.status).toBe(201);
        expect(res.body.title).toBe(title.trim());
      }),
      { numRuns: 20 },
    );
  });

  async function planInReview() {
    const author = client(t, f.at.plan_owner);
    const { body } = await author.post(plans(), { unitId: f.unit.country, type: 'security', title: 'For review' });
    await author.patch(`${plans()}/${body.id}`, { sections: fullSections });
    expect((await author.post(`${plans()}/${body.id}/submit`)).status).toBe(200);
    return body.id as string;
  }
  const nulCases: [string, () => Promise<{ method: 'POST' | 'PATCH'; url: string; body: unknown; caller: Caller }>][] = [
    ['a plan title', async () => ({ method: 'POST', url: plans(), body: { unitId: f.unit.hq, type: 'security', title: 'a\u0000b' }, caller: f.at.bc_coordinator })],
    ['a plan section', async () => ({ method: 'PATCH', url: `${plans()}/${plan.draft}`, body: { sections: { critical_functions: 'a\u0000b' } }, caller: f.at.bc_coordinator })],
    ['a unit name', async () => ({ method: 'POST', url: `${org()}/units`, body: { parentId: f.unit.hq, kind: 'department', name: 'a\u0000b', code: 'NUL', timeZone: 'UTC' }, caller: f.at.bc_coordinator })],
    ['a token name', async () => ({ method: 'POST', url: '/api/me/tokens', body: { name: 'a\u0000b' }, caller: f.at.bc_coordinator })],
    ['a return comment', async () => ({ method: 'POST', url: `${plans()}/${await planInReview()}/return`, body: { comment: 'a\u0000b' }, caller: f.at.executive })],
  ];
  it.each(nulCases)('a NUL character in %s is refused with 400, not a database error', async (_name, request) => {
    const { method, url, body, caller } = await request();
    const before = await snapshotCounts(t);
    const res = method === 'PATCH' ? await client(t, caller).patch(url, body) : await client(t, caller).post(url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('a lone surrogate in a plan section is stored or refused, never a 500', async () => {
    const res = await client(t, f.at.bc_coordinator).patch(`${plans()}/${plan.draft}`, { sections: { critical_functions: 'a\ud800b' } });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
  });
});
