import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_ROLES, type TOrgRole } from '../src/domain/roles.js';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Every BIA route against every kind of caller: the right role succeeds, a role that can see
 * the BIA but lacks the right gets 403, anyone who cannot see it gets 404, and no refusal
 * changes the database. Targets belong to the country office (or a unit beneath it), so the
 * headquarters roles and the country-scoped roles both apply.
 */
const EDITORS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner'];
const APPROVERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const BLIND: readonly TOrgRole[] = ['staff', 'governing_body_reader'];

type Who = string;
type Outcome = 'ok' | 401 | 403 | 404;
interface Target {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
}
interface RouteCase {
  route: string;
  target: () => Promise<Target>;
  write: boolean;
  /** The expected outcome for an organization caller ('executive', 'country.focal_point'). */
  byCaller: (role: TOrgRole, who: Who) => Outcome;
}

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<Who, Caller>;
const base = () => `/api/orgs/${f.orgId}/bia`;
let unitCounter = 0;

beforeAll(async () => {
  t = await startTestApp();
  ({ f, outsiders, callers } = await createCallerMatrix(t));
});
afterAll(() => t.close());

const hq = () => client(t, f.at.bc_coordinator);

/** A new duty station beneath the country office, with one service, its BIA brought to `state`. */
async function unitIn(state: 'draft' | 'submitted' | 'approved'): Promise<string> {
  const unit = await hq().post(`/api/orgs/${f.orgId}/units`, { parentId: f.unit.country, kind: 'duty_station', name: `Station ${++unitCounter}`, code: `DS-${unitCounter}-${Math.random().toString(36).slice(2, 6)}`, timeZone: 'UTC' });
  expect(unit.status).toBe(201);
  const unitId: string = unit.body.id;
  await serviceIn(unitId);
  if (state === 'draft') return unitId;
  expect((await client(t, f.at.plan_owner).post(`${base()}/units/${unitId}/submit`)).status).toBe(200);
  if (state === 'submitted') return unitId;
  expect((await client(t, f.at.executive).post(`${base()}/units/${unitId}/approve`)).status).toBe(200);
  return unitId;
}

async function serviceIn(unitId = f.unit.country): Promise<string> {
  const res = await client(t, f.at.plan_owner).post(`${base()}/services`, { unitId, name: 'Payroll', priority: 1, impacts: { financial: [1, 4] }, rtoMinutes: 600 });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function dependencyIn(unitId = f.unit.country): Promise<string> {
  const res = await client(t, f.at.plan_owner).post(`${base()}/dependencies`, { unitId, name: 'ERP', achievedMinutes: 1440, details: { kind: 'ict_system' } });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function campaignIn(): Promise<string> {
  const res = await hq().post(`${base()}/campaigns`, { rootUnitId: f.unit.country, title: 'Country BIA', dueDate: '2026-06-30' });
  expect(res.status).toBe(201);
  return res.body.id;
}

function roleOf(who: Who): TOrgRole {
  return who.replace(/^(country|outsider)\./, '') as TOrgRole;
}

function outcome(rc: RouteCase, who: Who): Outcome {
  if (who.startsWith('outsider.')) return 404;
  if (who === 'analyst' || who === 'admin') return rc.write ? 403 : 'ok';
  return rc.byCaller(roleOf(who), who);
}

async function call(caller: Caller | undefined, target: Target) {
  if (target.method === 'PUT') {
    const res = await t.app.inject({ method: 'PUT', url: target.url, headers: { ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), 'content-type': 'application/json' }, payload: JSON.stringify(target.body) });
    return { status: res.statusCode, body: res.json() };
  }
  const c = client(t, caller);
  if (target.method === 'GET') return c.get(target.url);
  if (target.method === 'DELETE') return c.delete(target.url);
  if (target.method === 'PATCH') return c.patch(target.url, target.body);
  return c.post(target.url, target.body);
}

async function checkRoute(rc: RouteCase) {
  const problems: string[] = [];
  const shared = await rc.target();
  const anonymous = await call(undefined, shared);
  if (anonymous.status !== 401) problems.push(`anonymous: ${anonymous.status} (expected 401)`);
  for (const who of callers.keys()) {
    const want = outcome(rc, who);
    if (want === 'ok') continue;
    const before = await snapshotCounts(t);
    const res = await call(callers.get(who), shared);
    if (res.status !== want) problems.push(`${who}: ${res.status} ${JSON.stringify(res.body?.error?.code)} (expected ${want})`);
    if (JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`${who}: the database changed`);
  }
  for (const who of callers.keys()) {
    if (outcome(rc, who) !== 'ok') continue;
    const res = await call(callers.get(who), rc.write ? await rc.target() : shared);
    if (res.status < 200 || res.status > 299) problems.push(`${who}: ${res.status} ${JSON.stringify(res.body?.error?.code)} (expected 2xx)`);
  }
  expect(problems).toEqual([]);
}

const everyone = (): Outcome => 'ok';
const readers = (role: TOrgRole): Outcome => (BLIND.includes(role) ? 404 : 'ok');
/** Creating in a unit: the unit tree is visible to every member, so no right is a 403. */
const editorsCreate = (role: TOrgRole): Outcome => (EDITORS.includes(role) ? 'ok' : 403);
/** Changing something that exists: those who cannot see it get 404. */
const editorsChange = (role: TOrgRole): Outcome => (EDITORS.includes(role) ? 'ok' : BLIND.includes(role) ? 404 : 403);
const approvers = (role: TOrgRole): Outcome => (APPROVERS.includes(role) ? 'ok' : BLIND.includes(role) ? 404 : 403);
const coordinatorAtTop = (_role: TOrgRole, who: Who): Outcome => (who === 'bc_coordinator' ? 'ok' : 403);
const campaignManagers = (role: TOrgRole): Outcome => (role === 'bc_coordinator' ? 'ok' : 403);
const campaignClosers = (role: TOrgRole): Outcome => (role === 'bc_coordinator' ? 'ok' : BLIND.includes(role) ? 404 : 403);

const scale = async () => (await hq().get(`${base()}/settings`)).body.scale;

const ROUTES: RouteCase[] = [
  { route: 'GET /bia/settings', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/settings` }) },
  { route: 'PUT /bia/settings', write: true, byCaller: coordinatorAtTop, target: async () => ({ method: 'PUT', url: `${base()}/settings`, body: await scale() }) },
  { route: 'GET /bia/services', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/services?unitId=${f.unit.country}` }) },
  { route: 'POST /bia/services', write: true, byCaller: editorsCreate, target: async () => ({ method: 'POST', url: `${base()}/services`, body: { unitId: f.unit.country, name: 'New service', priority: 2 } }) },
  { route: 'GET /bia/services/:id', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/services/${await serviceIn()}` }) },
  { route: 'PATCH /bia/services/:id', write: true, byCaller: editorsChange, target: async () => ({ method: 'PATCH', url: `${base()}/services/${await serviceIn()}`, body: { name: 'Renamed' } }) },
  { route: 'DELETE /bia/services/:id', write: true, byCaller: editorsChange, target: async () => ({ method: 'DELETE', url: `${base()}/services/${await serviceIn()}` }) },
  { route: 'GET /bia/dependencies', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/dependencies` }) },
  { route: 'POST /bia/dependencies', write: true, byCaller: editorsCreate, target: async () => ({ method: 'POST', url: `${base()}/dependencies`, body: { unitId: f.unit.country, name: 'Generator', details: { kind: 'facility' } } }) },
  { route: 'GET /bia/dependencies/:id', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/dependencies/${await dependencyIn()}` }) },
  { route: 'PATCH /bia/dependencies/:id', write: true, byCaller: editorsChange, target: async () => ({ method: 'PATCH', url: `${base()}/dependencies/${await dependencyIn()}`, body: { achievedMinutes: 240 } }) },
  { route: 'DELETE /bia/dependencies/:id', write: true, byCaller: editorsChange, target: async () => ({ method: 'DELETE', url: `${base()}/dependencies/${await dependencyIn()}` }) },
  { route: 'GET /bia/units/:unitId', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/units/${f.unit.country}` }) },
  { route: 'POST /bia/units/:unitId/submit', write: true, byCaller: editorsChange, target: async () => ({ method: 'POST', url: `${base()}/units/${await unitIn('draft')}/submit`, body: {} }) },
  { route: 'POST /bia/units/:unitId/approve', write: true, byCaller: approvers, target: async () => ({ method: 'POST', url: `${base()}/units/${await unitIn('submitted')}/approve`, body: { comment: 'Fine' } }) },
  { route: 'POST /bia/units/:unitId/revise', write: true, byCaller: editorsChange, target: async () => ({ method: 'POST', url: `${base()}/units/${await unitIn('approved')}/revise`, body: {} }) },
  { route: 'GET /bia/units/:unitId/versions', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/units/${await unitIn('approved')}/versions` }) },
  { route: 'GET /bia/units/:unitId/versions/1', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/units/${await unitIn('approved')}/versions/1` }) },
  { route: 'GET /bia/gaps (organization)', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/gaps` }) },
  { route: 'GET /bia/gaps (unit)', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/gaps?unitId=${f.unit.country}` }) },
  { route: 'GET /bia/campaigns', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/campaigns` }) },
  { route: 'POST /bia/campaigns', write: true, byCaller: campaignManagers, target: async () => ({ method: 'POST', url: `${base()}/campaigns`, body: { rootUnitId: f.unit.country, title: 'Campaign', dueDate: '2026-05-01' } }) },
  { route: 'GET /bia/campaigns/:id', write: false, byCaller: readers, target: async () => ({ method: 'GET', url: `${base()}/campaigns/${await campaignIn()}` }) },
  { route: 'POST /bia/campaigns/:id/close', write: true, byCaller: campaignClosers, target: async () => ({ method: 'POST', url: `${base()}/campaigns/${await campaignIn()}/close`, body: {} }) },
  { route: 'GET /bia/effort', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/effort?unitId=${f.unit.country}` }) },
  { route: 'POST /bia/effort', write: true, byCaller: editorsCreate, target: async () => ({ method: 'POST', url: `${base()}/effort`, body: { unitId: f.unit.country, hours: 2, externalCost: 10, currency: 'EUR' } }) },
  { route: 'GET /bia/export.xlsx', write: false, byCaller: everyone, target: async () => ({ method: 'GET', url: `${base()}/export.xlsx?unitId=${f.unit.country}` }) },
];

describe('BIA routes: anonymous 401, outsiders 404, roles without the right 403, the right roles succeed, refusals change nothing', () => {
  it.each(ROUTES.map((rc) => [rc.route, rc] as const))('%s', async (_name, rc) => checkRoute(rc));
});

describe('BIA across organizations and country offices', () => {
  it('an outsider cannot reach a service or dependency through its own organization id either', async () => {
    const serviceId = await serviceIn();
    const dependencyId = await dependencyIn();
    const outsider = client(t, outsiders.at.bc_coordinator);
    const own = `/api/orgs/${outsiders.orgId}/bia`;
    const before = await snapshotCounts(t);
    const statuses = [
      (await outsider.get(`${own}/services/${serviceId}`)).status,
      (await outsider.patch(`${own}/services/${serviceId}`, { name: 'Hijacked' })).status,
      (await outsider.delete(`${own}/services/${serviceId}`)).status,
      (await outsider.get(`${own}/dependencies/${dependencyId}`)).status,
      (await outsider.delete(`${own}/dependencies/${dependencyId}`)).status,
      (await outsider.get(`${own}/units/${f.unit.country}`)).status,
      (await outsider.post(`${own}/units/${f.unit.country}/submit`)).status,
      (await outsider.post(`${own}/services`, { unitId: f.unit.country, name: 'In their unit', priority: 1 })).status,
      (await outsider.post(`${own}/services`, { unitId: outsiders.unit.country, name: 'Linking ours', priority: 1, dependencyIds: [dependencyId] })).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 404]);
    expect(await snapshotCounts(t)).toEqual(before);
    const gaps = await outsider.get(`${own}/gaps`);
    expect(JSON.stringify(gaps.body)).not.toContain(serviceId);
  });

  it("a country office's roles cannot see or touch the BIA of another country office", async () => {
    const serviceId = await serviceIn(f.unit.otherCountry);
    const dependencyId = await dependencyIn(f.unit.otherCountry);
    const problems: string[] = [];
    for (const [role, caller] of Object.entries(f.country)) {
      const c = client(t, caller);
      const before = await snapshotCounts(t);
      const reads = [
        await c.get(`${base()}/services/${serviceId}`),
        await c.patch(`${base()}/services/${serviceId}`, { name: 'Edited' }),
        await c.delete(`${base()}/services/${serviceId}`),
        await c.get(`${base()}/dependencies/${dependencyId}`),
        await c.patch(`${base()}/dependencies/${dependencyId}`, { name: 'Edited' }),
        await c.get(`${base()}/units/${f.unit.otherCountry}`),
        await c.post(`${base()}/units/${f.unit.otherCountry}/submit`),
      ].map((r) => r.status);
      const creates = [
        await c.post(`${base()}/services`, { unitId: f.unit.otherCountry, name: 'Out of scope', priority: 1 }),
        await c.post(`${base()}/dependencies`, { unitId: f.unit.otherCountry, name: 'Out of scope', details: { kind: 'facility' } }),
        await c.post(`${base()}/effort`, { unitId: f.unit.otherCountry, hours: 1 }),
      ].map((r) => r.status);
      if (reads.some((s) => s !== 404) || creates.some((s) => s !== 403)) problems.push(`country.${role}: ${reads.join(',')} / ${creates.join(',')}`);
      if (JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`country.${role}: the database changed`);
      const list = await c.get(`${base()}/services?unitId=${f.unit.otherCountry}`);
      if (list.status !== 200 || list.body.items.length !== 0) problems.push(`country.${role}: lists ${list.body.items?.length} services of the other office`);
      const gaps = await c.get(`${base()}/gaps`);
      if (JSON.stringify(gaps.body).includes(serviceId)) problems.push(`country.${role}: sees the other office in the gaps`);
    }
    expect(problems).toEqual([]);
  });

  it('every role is covered by the matrix', () => {
    expect(ORG_ROLES.every((r) => callers.has(r))).toBe(true);
  });
});
