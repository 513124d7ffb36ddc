import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgRole } from '../src/domain/roles.js';
import { ORG_ROLES } from '../src/domain/roles.js';
import { csvOf, importBody, insertService, TEMPLATE } from '../src/server/modules/risks/risks.test-support.js';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Every risk route against every kind of caller. The risk under test belongs to the country
 * office (or to the whole organization), so headquarters roles and country-scoped roles both
 * apply: readers see it, editors (risk officer, BC coordinator) change it, others get 403
 * where the risk is visible to them and 404 where it is not; no refusal writes anything.
 */

const EDITORS: readonly TOrgRole[] = ['risk_officer', 'bc_coordinator'];
const NOT_READERS: readonly TOrgRole[] = ['staff', 'governing_body_reader'];

type Who = string;
type Outcome = 'ok' | 403 | 404;
interface Target {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
}
interface RouteCase {
  route: string;
  target: () => Promise<Target>;
  write: boolean;
  /** Outcome for an organization role; `country` is true for the country-scoped callers. */
  byRole: (role: TOrgRole, country: boolean) => Outcome;
}

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<Who, Caller>;
let serviceId = '';
let n = 0;

beforeAll(async () => {
  t = await startTestApp();
  ({ f, outsiders, callers } = await createCallerMatrix(t));
  serviceId = await insertService(t, f.orgId, f.unit.country, 'Field payments');
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/risks`;
const body = (unitId: string | null) => ({ reference: `AUTH-${++n}`, title: 'Risk', category: 'security', unitId, likelihood: 2, impact: 3, treatment: 'reduce' });

async function riskAt(unitId: string | null): Promise<string> {
  const res = await client(t, f.at.risk_officer).post(base(), body(unitId));
  expect(res.status).toBe(201);
  return res.body.id;
}

function parse(who: Who): { role: TOrgRole | null; country: boolean } {
  const role = who.replace(/^(country|outsider)\./, '');
  return { role: (ORG_ROLES as readonly string[]).includes(role) ? (role as TOrgRole) : null, country: who.startsWith('country.') };
}

function outcome(rc: RouteCase, who: Who): Outcome {
  if (who.startsWith('outsider.')) return 404;
  if (who === 'analyst' || who === 'admin') return rc.write ? 403 : 'ok';
  const { role, country } = parse(who);
  return rc.byRole(role!, country);
}

async function call(who: Who | null, target: Target) {
  const c = client(t, who ? callers.get(who)! : undefined);
  if (target.method === 'GET') return c.get(target.url);
  if (target.method === 'PATCH') return c.patch(target.url, target.body);
  if (target.method === 'DELETE') return c.delete(target.url);
  return c.post(target.url, target.body);
}

async function checkRoute(rc: RouteCase) {
  const problems: string[] = [];
  const shared = await rc.target();
  for (const who of callers.keys()) {
    const want = outcome(rc, who);
    if (want === 'ok') continue;
    const before = await snapshotCounts(t);
    const res = await call(who, shared);
    if (res.status !== want) problems.push(`${who}: ${res.status} ${JSON.stringify(res.body?.error?.code)} (expected ${want})`);
    if (JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`${who}: the database changed`);
  }
  for (const who of callers.keys()) {
    if (outcome(rc, who) !== 'ok') continue;
    const res = await call(who, rc.write ? await rc.target() : shared);
    if (res.status < 200 || res.status > 299) problems.push(`${who}: ${res.status} ${JSON.stringify(res.body?.error?.code)} (expected 2xx)`);
  }
  const anonymous = await call(null, shared);
  if (anonymous.status !== 401) problems.push(`anonymous: ${anonymous.status} (expected 401)`);
  expect(problems).toEqual([]);
}

const everyone = (): Outcome => 'ok';
/** Readers of a country-office risk: every role but staff and governing-body readers, at HQ or at the country office. */
const readsCountry = (role: TOrgRole): Outcome => (NOT_READERS.includes(role) ? 404 : 'ok');
const editsCountry = (role: TOrgRole): Outcome => (EDITORS.includes(role) ? 'ok' : readsCountry(role) === 404 ? 404 : 403);
/** Organization-wide risks and imports are kept at the top unit: country-scoped coordinators may not. */
const editsAtRoot = (role: TOrgRole, country: boolean): Outcome => (EDITORS.includes(role) && !country ? 'ok' : readsCountry(role) === 404 ? 404 : 403);
/** Creating is refused with 403 to anyone in the organization without the right: the unit tree is visible to every member. */
const createsIn = (atRoot: boolean) => (role: TOrgRole, country: boolean): Outcome => (EDITORS.includes(role) && (!atRoot || !country) ? 'ok' : 403);
const importBodyFor = () => importBody('csv', csvOf([TEMPLATE, [`IMP-${++n}`, 'Imported', '', 'security', 'CO', '2', '2', '', 'reduce', '', '', 'open']]), 'commit');

const ROUTES: RouteCase[] = [
  { route: 'GET /risks', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: base() }) },
  { route: 'POST /risks (country office)', write: true, byRole: createsIn(false), target: async () => ({ method: 'POST', url: base(), body: { ...body(f.unit.country), serviceIds: [serviceId] } }) },
  { route: 'POST /risks (organization-wide)', write: true, byRole: createsIn(true), target: async () => ({ method: 'POST', url: base(), body: body(null) }) },
  { route: 'GET /risks/:riskId (country office)', write: false, byRole: readsCountry, target: async () => ({ method: 'GET', url: `${base()}/${await riskAt(f.unit.country)}` }) },
  { route: 'GET /risks/:riskId (organization-wide)', write: false, byRole: readsCountry, target: async () => ({ method: 'GET', url: `${base()}/${await riskAt(null)}` }) },
  { route: 'PATCH /risks/:riskId (country office)', write: true, byRole: editsCountry, target: async () => ({ method: 'PATCH', url: `${base()}/${await riskAt(f.unit.country)}`, body: { likelihood: 5 } }) },
  { route: 'PATCH /risks/:riskId (organization-wide)', write: true, byRole: editsAtRoot, target: async () => ({ method: 'PATCH', url: `${base()}/${await riskAt(null)}`, body: { likelihood: 5 } }) },
  { route: 'DELETE /risks/:riskId (country office)', write: true, byRole: editsCountry, target: async () => ({ method: 'DELETE', url: `${base()}/${await riskAt(f.unit.country)}` }) },
  { route: 'DELETE /risks/:riskId (organization-wide)', write: true, byRole: editsAtRoot, target: async () => ({ method: 'DELETE', url: `${base()}/${await riskAt(null)}` }) },
  { route: 'POST /risks/import (commit)', write: true, byRole: (role, country) => (EDITORS.includes(role) && !country ? 'ok' : 403), target: async () => ({ method: 'POST', url: `${base()}/import`, body: importBodyFor() }) },
  { route: 'POST /risks/import (preview)', write: true, byRole: (role, country) => (EDITORS.includes(role) && !country ? 'ok' : 403), target: async () => ({ method: 'POST', url: `${base()}/import`, body: { ...importBodyFor(), mode: 'preview' } }) },
  { route: 'GET /risks/services', write: false, byRole: (role) => (EDITORS.includes(role) ? 'ok' : 403), target: async () => ({ method: 'GET', url: `${base()}/services` }) },
  { route: 'GET /risks/reports/unanswered', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/reports/unanswered` }) },
  { route: 'GET /risks/reports/plans-without-risks', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/reports/plans-without-risks` }) },
  { route: 'GET /risks/export.xlsx', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/export.xlsx` }) },
  { route: 'GET /risks/import-template.csv', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/import-template.csv` }) },
];

describe('risk routes: outsiders 404, roles without the right 403, the right roles succeed, refusals change nothing', () => {
  it.each(ROUTES.map((rc) => [rc.route, rc] as const))('%s', async (_name, rc) => checkRoute(rc));
});

describe('risks across organizations and offices', () => {
  it('an outsider cannot reach a risk through its own organization id, nor link to it', async () => {
    const riskId = await riskAt(f.unit.country);
    const outsider = client(t, outsiders.at.risk_officer);
    const before = await snapshotCounts(t);
    const own = `/api/orgs/${outsiders.orgId}/risks/${riskId}`;
    expect((await outsider.get(own)).status).toBe(404);
    expect((await outsider.patch(own, { title: 'Hijacked' })).status).toBe(404);
    expect((await outsider.delete(own)).status).toBe(404);
    const linked = await outsider.post(`/api/orgs/${outsiders.orgId}/risks`, { ...body(null), serviceIds: [serviceId] });
    expect([linked.status, linked.body.error.code]).toEqual([400, 'risks.unknown_service']);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('lists, reports and exports show a country office nothing of another office', async () => {
    const hidden = await riskAt(f.unit.otherCountry);
    for (const caller of Object.values(f.country)) {
      const c = client(t, caller);
      expect(JSON.stringify((await c.get(`${base()}?limit=500`)).body)).not.toContain(hidden);
      expect(JSON.stringify((await c.get(`${base()}/reports/unanswered`)).body)).not.toContain(hidden);
      expect((await c.get(`${base()}/${hidden}`)).status).toBe(404);
    }
  });

  it('a country coordinator cannot move a risk of its office to another office', async () => {
    const riskId = (await client(t, f.country.bc_coordinator).post(base(), body(f.unit.country))).body.id;
    const before = await snapshotCounts(t);
    const res = await client(t, f.country.bc_coordinator).patch(`${base()}/${riskId}`, { unitId: f.unit.otherCountry });
    expect(res.status).toBe(403);
    expect(await snapshotCounts(t)).toEqual(before);
  });
});
