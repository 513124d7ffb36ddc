import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import { ORG_ROLES, type TOrgRole } from '../src/domain/roles.js';
import { client, createCaller, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Authentication, the caller's own routes (/api/me, tokens), organizations, units, people
 * and the audit trail, against every kind of caller. Plan routes: authorization-plans.int.test.ts.
 */

const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));
/** Roles that read the organization's whole audit trail when held at the root unit. */
const TRAIL_READERS: readonly TOrgRole[] = ['bc_coordinator', 'executive', 'internal_auditor', 'external_auditor', 'oversight_committee'];

type Who = string; // 'executive' (at headquarters), 'country.staff', 'outsider.bc_coordinator', 'analyst', 'admin'
type Outcome = 'ok' | 403 | 404;
interface Target {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
}

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let approvedPlanId: string;
let draftPlanId: string;
let callers: Map<Who, Caller>;
let seq = 0;
const unique = () => `${Date.now().toString(36)}${seq++}`;

beforeAll(async () => {
  t = await startTestApp();
  ({ f, outsiders, callers } = await createCallerMatrix(t));
  const author = client(t, f.at.plan_owner);
  const plans = `/api/orgs/${f.orgId}/plans`;
  draftPlanId = (await author.post(plans, { unitId: f.unit.country, type: 'security', title: 'Draft plan' })).body.id;
  approvedPlanId = (await author.post(plans, { unitId: f.unit.country, type: 'security', title: 'Approved plan' })).body.id;
  await author.patch(`${plans}/${approvedPlanId}`, { sections: fullSections });
  await author.post(`${plans}/${approvedPlanId}/submit`);
  expect((await client(t, f.at.executive).post(`${plans}/${approvedPlanId}/approve`)).status).toBe(200);
});
afterAll(() => t.close());

async function call(caller: Caller | string | undefined, target: Target) {
  const c = client(t, caller);
  if (target.method === 'GET') return c.get(target.url);
  if (target.method === 'DELETE') return c.delete(target.url);
  if (target.method === 'PATCH') return c.patch(target.url, target.body);
  return c.post(target.url, target.body);
}

const sameCounts = async (before: Record<string, number>) => JSON.stringify(await snapshotCounts(t)) === JSON.stringify(before);

/** Every caller's outcome for one org-scoped route; lists each caller that differs from `expected`. */
async function checkRoute(target: () => Target, write: boolean, expected: (who: Who, role: TOrgRole | null) => Outcome) {
  const problems: string[] = [];
  for (const [who, caller] of callers) {
    const role = who.replace(/^(country|outsider)\./, '') as TOrgRole;
    const want = who.startsWith('outsider.') ? 404 : expected(who, ORG_ROLES.includes(role) ? role : null);
    const before = await snapshotCounts(t);
    const res = await call(caller, target());
    const ok = want === 'ok' ? res.status >= 200 && res.status < 300 : res.status === want;
    if (!ok) problems.push(`${who}: ${res.status} ${JSON.stringify(res.body?.error?.code)} (expected ${want})`);
    if (want !== 'ok' && !(await sameCounts(before))) problems.push(`${who}: the database changed`);
    if (want === 'ok' && !write && !(await sameCounts(before))) problems.push(`${who}: a read changed the database`);
  }
  expect(problems).toEqual([]);
}

const orgUrl = () => `/api/orgs/${f.orgId}`;
/** Every member and both installation roles. */
const members = (): Outcome => 'ok';
/** Structure is managed by BC coordinators within their subtree and by installation administrators. */
const structure = (parent: 'country' | 'hq') => (who: Who, role: TOrgRole | null): Outcome => {
  if (who === 'admin') return 'ok';
  if (who === 'country.bc_coordinator') return parent === 'country' ? 'ok' : 403;
  return role === 'bc_coordinator' && !who.startsWith('country.') ? 'ok' : 403;
};
const unitBody = (parentId: string) => ({ parentId, kind: 'duty_station', name: 'Field office', code: `FO-${unique()}`, timeZone: 'Africa/Nairobi' });
const personBody = (unitId: string) => ({ unitId, fullName: 'Amina Diallo', email: `person-${unique()}@example.org` });

describe('organization routes: outsiders 404, roles without the right 403, the right roles succeed, refusals change nothing', () => {
  it('GET /api/orgs/:orgId', () => checkRoute(() => ({ method: 'GET', url: orgUrl() }), false, members));
  it('PATCH /api/orgs/:orgId (executive and BC coordinator at the top, installation admin)', () =>
    checkRoute(
      () => ({ method: 'PATCH', url: orgUrl(), body: { bcmArrangement: { kind: 'dedicated_unit', reportingLine: 'Chief of Staff', percentTime: 100 } } }),
      true,
      (who, role) => (who === 'admin' || ((role === 'executive' || role === 'bc_coordinator') && !who.startsWith('country.')) ? 'ok' : 403),
    ));
  it('PATCH /api/orgs/:orgId/units/:unitId (the country office)', () =>
    checkRoute(() => ({ method: 'PATCH', url: `${orgUrl()}/units/${f.unit.country}`, body: { city: 'Kampala' } }), true, structure('country')));
  it('GET /api/orgs/:orgId/members (those who manage structure, executives at the top, installation roles)', () =>
    checkRoute(
      () => ({ method: 'GET', url: `${orgUrl()}/members` }),
      false,
      (who, role) => (who === 'admin' || who === 'analyst' || role === 'bc_coordinator' || (role === 'executive' && !who.startsWith('country.')) ? 'ok' : 403),
    ));
  it('GET /api/orgs/:orgId/units', () => checkRoute(() => ({ method: 'GET', url: `${orgUrl()}/units` }), false, members));
  it('GET /api/orgs/:orgId/people', () => checkRoute(() => ({ method: 'GET', url: `${orgUrl()}/people` }), false, members));
  it('POST /api/orgs/:orgId/units under the country office', () =>
    checkRoute(() => ({ method: 'POST', url: `${orgUrl()}/units`, body: unitBody(f.unit.country) }), true, structure('country')));
  it('POST /api/orgs/:orgId/units under headquarters', () =>
    checkRoute(() => ({ method: 'POST', url: `${orgUrl()}/units`, body: unitBody(f.unit.hq) }), true, structure('hq')));
  it('POST /api/orgs/:orgId/people in the country office', () =>
    checkRoute(() => ({ method: 'POST', url: `${orgUrl()}/people`, body: personBody(f.unit.country) }), true, structure('country')));
  it('POST /api/orgs/:orgId/people at headquarters', () =>
    checkRoute(() => ({ method: 'POST', url: `${orgUrl()}/people`, body: personBody(f.unit.hq) }), true, structure('hq')));
  it('GET /api/orgs/:orgId/audit (the whole trail: trail readers at the root only)', () =>
    checkRoute(() => ({ method: 'GET', url: `${orgUrl()}/audit` }), false, (who, role) =>
      who === 'analyst' || who === 'admin' || (role && TRAIL_READERS.includes(role) && !who.startsWith('country.')) ? 'ok' : 403,
    ));
  it('GET /api/orgs/:orgId/audit of an approved plan (anyone who sees the plan)', () =>
    checkRoute(() => ({ method: 'GET', url: `${orgUrl()}/audit?entityType=plan&entityId=${approvedPlanId}` }), false, members));
  it('GET /api/orgs/:orgId/audit of a draft plan (hidden from readers who see no drafts)', () =>
    checkRoute(() => ({ method: 'GET', url: `${orgUrl()}/audit?entityType=plan&entityId=${draftPlanId}` }), false, (_who, role) =>
      role === 'staff' || role === 'governing_body_reader' ? 404 : 'ok',
    ));
});

describe('organizations the caller belongs to', () => {
  it('GET /api/orgs lists only the organizations of the caller; installation roles see every one', async () => {
    const ids = async (caller: Caller) => (await client(t, caller).get('/api/orgs')).body.items.map((o: { id: string }) => o.id);
    expect(await ids(f.at.staff)).toEqual([f.orgId]);
    expect(await ids(outsiders.at.bc_coordinator)).toEqual([outsiders.orgId]);
    expect((await ids(callers.get('analyst')!)).sort()).toEqual([f.orgId, outsiders.orgId].sort());
  });

  it('GET /api/me describes the caller and only their own memberships', async () => {
    const me = await client(t, f.country.focal_point).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(f.country.focal_point.userId);
    expect(me.body.memberships).toEqual([expect.objectContaining({ orgId: f.orgId, role: 'focal_point', unitId: f.unit.country })]);
  });

  it('an outsider cannot file units or people under the units of another organization through its own', async () => {
    const outsider = client(t, outsiders.at.bc_coordinator);
    const before = await snapshotCounts(t);
    expect((await outsider.post(`/api/orgs/${outsiders.orgId}/units`, unitBody(f.unit.country))).status).toBe(404);
    expect((await outsider.post(`/api/orgs/${outsiders.orgId}/people`, personBody(f.unit.country))).status).toBe(404);
    expect((await outsider.get(`/api/orgs/${outsiders.orgId}/people?unitId=${f.unit.country}`)).body.items).toEqual([]);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('readers who see no drafts do not read draft text through the audit trail of an approved plan', async () => {
    const author = client(t, f.at.plan_owner);
    const plan = `${orgUrl()}/plans/${approvedPlanId}`;
    expect((await author.post(`${plan}/revise`)).status).toBe(200);
    expect((await author.patch(plan, { sections: { critical_functions: 'Draft-only confidential text' } })).status).toBe(200);
    for (const caller of [f.at.staff, f.country.staff, f.at.governing_body_reader]) {
      const trail = await client(t, caller).get(`${orgUrl()}/audit?entityType=plan&entityId=${approvedPlanId}`);
      expect(JSON.stringify(trail.body)).not.toContain('Draft-only confidential text');
    }
  });
});

describe('authentication', () => {
  const everyRoute = (): Target[] => {
    const plan = `${orgUrl()}/plans/${approvedPlanId}`;
    return [
      { method: 'GET', url: '/api/me' },
      { method: 'GET', url: '/api/me/tokens' },
      { method: 'POST', url: '/api/me/tokens', body: { name: 'cli' } },
      { method: 'DELETE', url: `/api/me/tokens/${crypto.randomUUID()}` },
      { method: 'GET', url: '/api/orgs' },
      { method: 'GET', url: orgUrl() },
      { method: 'PATCH', url: orgUrl(), body: { name: 'Renamed' } },
      { method: 'GET', url: `${orgUrl()}/units` },
      { method: 'POST', url: `${orgUrl()}/units`, body: unitBody(f.unit.hq) },
      { method: 'GET', url: `${orgUrl()}/people` },
      { method: 'PATCH', url: `${orgUrl()}/units/${f.unit.country}`, body: { city: 'Kampala' } },
      { method: 'PATCH', url: `${orgUrl()}/people/${crypto.randomUUID()}`, body: { jobTitle: 'X' } },
      { method: 'GET', url: `${orgUrl()}/members` },
      { method: 'POST', url: `${orgUrl()}/members`, body: { personId: crypto.randomUUID(), role: 'staff', unitId: f.unit.hq, initialPassword: 'long enough password' } },
      { method: 'POST', url: `${orgUrl()}/role-assignments`, body: { userId: f.at.staff.userId, role: 'cmt_member', unitId: f.unit.hq } },
      { method: 'DELETE', url: `${orgUrl()}/role-assignments/${crypto.randomUUID()}` },
      { method: 'POST', url: `${orgUrl()}/people`, body: personBody(f.unit.hq) },
      { method: 'GET', url: `${orgUrl()}/plans` },
      { method: 'POST', url: `${orgUrl()}/plans`, body: { unitId: f.unit.hq, type: 'security', title: 'X' } },
      { method: 'GET', url: plan },
      { method: 'PATCH', url: plan, body: { title: 'X' } },
      ...(['submit', 'approve', 'revise'] as const).map((a): Target => ({ method: 'POST', url: `${plan}/${a}`, body: {} })),
      { method: 'POST', url: `${plan}/return`, body: { comment: 'X' } },
      { method: 'GET', url: `${plan}/versions` },
      { method: 'GET', url: `${plan}/versions/1` },
      { method: 'GET', url: `${plan}/diff?from=1&to=1` },
      { method: 'GET', url: `${orgUrl()}/audit` },
    ];
  };

  async function expectAllUnauthenticated(token: string | undefined) {
    const problems: string[] = [];
    for (const target of everyRoute()) {
      const before = await snapshotCounts(t);
      const res = await call(token, target);
      if (res.status !== 401 || res.body?.error?.code !== 'auth.unauthenticated') problems.push(`${target.method} ${target.url}: ${res.status}`);
      if (!(await sameCounts(before))) problems.push(`${target.method} ${target.url}: the database changed`);
    }
    expect(problems).toEqual([]);
  }

  it('no credentials: 401 on every route, nothing changes', () => expectAllUnauthenticated(undefined));
  it('no credentials and an invalid request: still 401 (authentication comes before validation)', async () => {
    const anonymous = client(t);
    for (const res of [await anonymous.post(`${orgUrl()}/plans`, { title: 42 }), await anonymous.get('/api/orgs/not-a-uuid/plans?limit=-1'), await anonymous.post('/api/me/tokens', [])]) {
      expect([res.status, res.body.error.code]).toEqual([401, 'auth.unauthenticated']);
    }
  });
  it('a garbage bearer token: 401 on every route', async () => {
    await expectAllUnauthenticated('orms_not-a-real-token');
    await expectAllUnauthenticated('definitely not a token');
  });
  it('a revoked token: 401 on every route', async () => {
    const caller = await createCaller(t, { orgId: f.orgId, role: 'bc_coordinator', unitId: f.unit.hq });
    const [token] = (await client(t, caller).get('/api/me/tokens')).body.items;
    expect((await client(t, caller).delete(`/api/me/tokens/${token.id}`)).status).toBe(204);
    await expectAllUnauthenticated(caller.token);
  });
  it('an expired token: 401', async () => {
    const caller = await createCaller(t);
    const created = await client(t, caller).post('/api/me/tokens', { name: 'short', expiresInDays: 1 });
    expect(created.status).toBe(201);
    expect((await client(t, created.body.token).get('/api/me')).status).toBe(200);
    t.clock.advance(2 * 86_400_000);
    expect((await client(t, created.body.token).get('/api/me')).status).toBe(401);
  });
});

describe('personal API tokens', () => {
  it('lists, creates and revokes only the caller’s own tokens', async () => {
    const alice = await createCaller(t);
    const bob = await createCaller(t);
    const bobsToken = (await client(t, bob).post('/api/me/tokens', { name: 'bob cli' })).body;
    expect((await client(t, alice).get('/api/me/tokens')).body.items.map((x: { id: string }) => x.id)).not.toContain(bobsToken.id);

    const before = await snapshotCounts(t);
    const attempt = await client(t, alice).delete(`/api/me/tokens/${bobsToken.id}`);
    expect([attempt.status, attempt.body.error.code]).toEqual([404, 'tokens.not_found']);
    expect(await snapshotCounts(t)).toEqual(before);
    expect((await client(t, bobsToken.token).get('/api/me')).status).toBe(200);

    expect((await client(t, bob).delete(`/api/me/tokens/${bobsToken.id}`)).status).toBe(204);
    expect((await client(t, bobsToken.token).get('/api/me')).status).toBe(401);
    // Revoking twice is "not found", not a second audit entry.
    const again = await snapshotCounts(t);
    expect((await client(t, bob).delete(`/api/me/tokens/${bobsToken.id}`)).status).toBe(404);
    expect(await snapshotCounts(t)).toEqual(again);
  });
});

describe('installation analyst', () => {
  it('reads every organization but every write is refused and changes nothing', async () => {
    const analyst = client(t, callers.get('analyst')!);
    for (const url of [orgUrl(), `${orgUrl()}/units`, `${orgUrl()}/people`, `${orgUrl()}/plans`, `${orgUrl()}/plans/${draftPlanId}`, `${orgUrl()}/audit`, `/api/orgs/${outsiders.orgId}`]) {
      expect((await analyst.get(url)).status, url).toBe(200);
    }
    const plan = `${orgUrl()}/plans/${draftPlanId}`;
    const writes: Target[] = [
      { method: 'POST', url: `${orgUrl()}/units`, body: unitBody(f.unit.hq) },
      { method: 'POST', url: `${orgUrl()}/people`, body: personBody(f.unit.hq) },
      { method: 'POST', url: `${orgUrl()}/plans`, body: { unitId: f.unit.hq, type: 'security', title: 'X' } },
      { method: 'PATCH', url: plan, body: { title: 'X' } },
      ...(['submit', 'approve', 'revise'] as const).map((a): Target => ({ method: 'POST', url: `${plan}/${a}`, body: {} })),
      { method: 'POST', url: `${plan}/return`, body: { comment: 'X' } },
    ];
    const before = await snapshotCounts(t);
    for (const target of writes) expect([403, 404], `${target.method} ${target.url}`).toContain((await call(callers.get('analyst'), target)).status);
    expect(await snapshotCounts(t)).toEqual(before);
  });
});
