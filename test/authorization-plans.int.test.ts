import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import { ORG_ROLES, type TOrgRole } from '../src/domain/roles.js';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Every plan route against every kind of caller: the right role succeeds, a role that can
 * see the plan but lacks the right gets 403, anyone who cannot see it gets 404, and no
 * refusal changes the database. The plan under test belongs to the country office, so the
 * headquarters roles (whole organization) and the country-scoped roles both apply to it.
 */

const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));
const AUTHORS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner'];
const REVIEWERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
/** Roles that see approved plans only. */
const DRAFT_BLIND: readonly TOrgRole[] = ['staff', 'governing_body_reader'];

type Who = string; // 'executive' (at headquarters), 'country.focal_point', 'outsider.staff', 'analyst', 'admin'
type Outcome = 'ok' | 403 | 404;
interface Target {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  body?: unknown;
}
interface RouteCase {
  route: string;
  /** Builds what to call; for writes, called afresh for every caller expected to succeed. */
  target: () => Promise<Target>;
  write: boolean;
  /** The expected outcome for an organization role (HQ or country scoped); installation roles and outsiders are handled by `outcome`. */
  byRole: (role: TOrgRole) => Outcome;
}

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<Who, Caller>;

beforeAll(async () => {
  t = await startTestApp();
  ({ f, outsiders, callers } = await createCallerMatrix(t));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/plans`;

/** A plan of `unitId` brought to `state` through the API by headquarters roles (submitted by the plan owner, approved by the executive). */
async function planIn(state: 'draft' | 'complete_draft' | 'in_review' | 'approved' | 'revision', unitId = f.unit.country): Promise<string> {
  const author = client(t, f.at.plan_owner);
  const created = await author.post(base(), { unitId, type: 'business_continuity', title: `Plan in ${state}` });
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  if (state === 'draft') return id;
  expect((await author.patch(`${base()}/${id}`, { sections: fullSections })).status).toBe(200);
  if (state === 'complete_draft') return id;
  expect((await author.post(`${base()}/${id}/submit`)).status).toBe(200);
  if (state === 'in_review') return id;
  expect((await client(t, f.at.executive).post(`${base()}/${id}/approve`)).status).toBe(200);
  if (state === 'approved') return id;
  expect((await author.post(`${base()}/${id}/revise`)).status).toBe(200);
  expect((await author.patch(`${base()}/${id}`, { title: 'Secret draft title', sections: { critical_functions: 'Draft-only text' } })).status).toBe(200);
  return id;
}

function roleOf(who: Who): TOrgRole | null {
  const role = who.replace(/^(country|outsider)\./, '');
  return (ORG_ROLES as readonly string[]).includes(role) ? (role as TOrgRole) : null;
}

function outcome(rc: RouteCase, who: Who): Outcome {
  if (who.startsWith('outsider.')) return 404;
  if (who === 'analyst' || who === 'admin') return rc.write ? 403 : 'ok';
  return rc.byRole(roleOf(who)!);
}

async function call(who: Who, target: Target) {
  const c = client(t, callers.get(who)!);
  if (target.method === 'GET') return c.get(target.url);
  if (target.method === 'PATCH') return c.patch(target.url, target.body);
  return c.post(target.url, target.body);
}

/** Runs the whole matrix for one route and lists every caller whose outcome differs from the rules. */
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
  expect(problems).toEqual([]);
}

const readsDrafts = (role: TOrgRole): Outcome => (DRAFT_BLIND.includes(role) ? 404 : 'ok');
const authorsOnly = (visible: (role: TOrgRole) => Outcome) => (role: TOrgRole): Outcome =>
  AUTHORS.includes(role) ? 'ok' : visible(role) === 404 ? 404 : 403;
const reviewersOnly = (role: TOrgRole): Outcome => (REVIEWERS.includes(role) ? 'ok' : DRAFT_BLIND.includes(role) ? 404 : 403);
const everyone = (): Outcome => 'ok';

const ROUTES: RouteCase[] = [
  { route: 'GET /plans', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: base() }) },
  {
    route: 'POST /plans',
    write: true,
    byRole: authorsOnly(everyone),
    target: async () => ({ method: 'POST', url: base(), body: { unitId: f.unit.country, type: 'security', title: 'New plan' } }),
  },
  { route: 'GET /plans/:planId (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}` }) },
  { route: 'GET /plans/:planId (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}` }) },
  {
    route: 'PATCH /plans/:planId',
    write: true,
    byRole: authorsOnly(readsDrafts),
    target: async () => ({ method: 'PATCH', url: `${base()}/${await planIn('draft')}`, body: { title: 'Edited' } }),
  },
  {
    route: 'POST /plans/:planId/submit',
    write: true,
    byRole: authorsOnly(readsDrafts),
    target: async () => ({ method: 'POST', url: `${base()}/${await planIn('complete_draft')}/submit`, body: { comment: 'Ready' } }),
  },
  {
    route: 'POST /plans/:planId/return',
    write: true,
    byRole: reviewersOnly,
    target: async () => ({ method: 'POST', url: `${base()}/${await planIn('in_review')}/return`, body: { comment: 'Name an alternate.' } }),
  },
  {
    route: 'POST /plans/:planId/approve',
    write: true,
    byRole: reviewersOnly,
    target: async () => ({ method: 'POST', url: `${base()}/${await planIn('in_review')}/approve`, body: {} }),
  },
  {
    route: 'POST /plans/:planId/revise',
    write: true,
    byRole: authorsOnly(everyone),
    target: async () => ({ method: 'POST', url: `${base()}/${await planIn('approved')}/revise`, body: {} }),
  },
  { route: 'GET /plans/:planId/versions (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/versions` }) },
  { route: 'GET /plans/:planId/versions (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/versions` }) },
  { route: 'GET /plans/:planId/versions/1 (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/versions/1` }) },
  { route: 'GET /plans/:planId/versions/1 (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/versions/1` }) },
  { route: 'GET /plans/:planId/diff (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/diff?from=1&to=1` }) },
  { route: 'GET /plans/:planId/diff (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/diff?from=1&to=1` }) },
  { route: 'GET /plan-suite', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `/api/orgs/${f.orgId}/plan-suite` }) },
  {
    route: 'PATCH /plans/:planId (structure)',
    write: true,
    byRole: authorsOnly(readsDrafts),
    target: async () => ({ method: 'PATCH', url: `${base()}/${await planIn('draft')}`, body: { structure: { activationCriteria: ['Office closed'] } } }),
  },
  { route: 'GET /plans/:planId/cards (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/cards` }) },
  { route: 'GET /plans/:planId/cards (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/cards` }) },
  { route: 'GET /plans/:planId/export.pdf (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/export.pdf` }) },
  { route: 'GET /plans/:planId/export.pdf (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/export.pdf` }) },
  { route: 'GET /plans/:planId/export.docx (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/export.docx` }) },
  { route: 'GET /plans/:planId/cards.pdf (draft)', write: false, byRole: readsDrafts, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('draft')}/cards.pdf` }) },
  { route: 'GET /plans/:planId/cards.docx (approved)', write: false, byRole: everyone, target: async () => ({ method: 'GET', url: `${base()}/${await planIn('approved')}/cards.docx` }) },
];

describe('plan routes: outsiders 404, roles without the right 403, the right roles succeed, refusals change nothing', () => {
  it.each(ROUTES.map((rc) => [rc.route, rc] as const))('%s', async (_name, rc) => checkRoute(rc));
});

describe('plans across organizations and country offices', () => {
  it('an outsider cannot reach a plan through its own organization id either', async () => {
    const planId = await planIn('approved');
    const outsider = client(t, outsiders.at.bc_coordinator);
    const before = await snapshotCounts(t);
    const own = `/api/orgs/${outsiders.orgId}/plans/${planId}`;
    expect((await outsider.get(own)).status).toBe(404);
    expect((await outsider.patch(own, { title: 'Hijacked' })).status).toBe(404);
    expect((await outsider.post(`${own}/revise`)).status).toBe(404);
    expect((await outsider.get(`${own}/versions`)).status).toBe(404);
    expect((await outsider.get(`/api/orgs/${outsiders.orgId}/audit?entityType=plan&entityId=${planId}`)).body.items).toEqual([]);
    expect((await outsider.post(`/api/orgs/${outsiders.orgId}/plans`, { unitId: f.unit.country, type: 'security', title: 'In their unit' })).status).toBe(404);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it("a country office's roles cannot see or touch the plans of another country office", async () => {
    const draft = await planIn('complete_draft', f.unit.otherCountry);
    const approved = await planIn('approved', f.unit.otherCountry);
    const inReview = await planIn('in_review', f.unit.otherCountry);
    const problems: string[] = [];
    for (const [role, caller] of Object.entries(f.country)) {
      const c = client(t, caller);
      const before = await snapshotCounts(t);
      const attempts = [
        ...[draft, approved].flatMap((id) => [c.get(`${base()}/${id}`), c.get(`${base()}/${id}/versions`), c.get(`${base()}/${id}/versions/1`), c.get(`${base()}/${id}/diff?from=1&to=1`)]),
        c.patch(`${base()}/${draft}`, { title: 'Edited' }),
        c.post(`${base()}/${draft}/submit`),
        c.post(`${base()}/${inReview}/return`, { comment: 'No' }),
        c.post(`${base()}/${inReview}/approve`),
        c.post(`${base()}/${approved}/revise`),
        c.get(`/api/orgs/${f.orgId}/audit?entityType=plan&entityId=${approved}`),
        ...[draft, approved].flatMap((id) => [c.get(`${base()}/${id}/cards`), c.get(`${base()}/${id}/export.pdf`), c.get(`${base()}/${id}/cards.docx`)]),
      ];
      const statuses = [];
      for (const attempt of attempts) statuses.push((await attempt).status);
      if (statuses.some((s) => s !== 404)) problems.push(`country.${role}: ${statuses.join(',')}`);
      if (JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`country.${role}: the database changed`);
      const list = await c.get(`${base()}?unitId=${f.unit.otherCountry}`);
      if (list.status !== 200 || list.body.total !== 0) problems.push(`country.${role}: lists ${list.body.total} plans of the other office`);
      const suite = await c.get(`/api/orgs/${f.orgId}/plan-suite`);
      if (suite.status !== 200 || suite.body.units.some((u: { unitId: string }) => u.unitId !== f.unit.country)) problems.push(`country.${role}: the plan suite shows units beyond the country office`);
    }
    expect(problems).toEqual([]);
  });

  it('a country focal point cannot create a plan outside its subtree (403: the unit tree is visible to every member)', async () => {
    const before = await snapshotCounts(t);
    for (const unitId of [f.unit.hq, f.unit.region, f.unit.otherCountry]) {
      const res = await client(t, f.country.focal_point).post(base(), { unitId, type: 'security', title: 'Out of scope' });
      expect(res.status).toBe(403);
    }
    expect(await snapshotCounts(t)).toEqual(before);
    expect((await client(t, f.country.focal_point).post(base(), { unitId: f.unit.country, type: 'security', title: 'In scope' })).status).toBe(201);
  });

  it('the submitter cannot approve the version they submitted', async () => {
    const planId = await planIn('complete_draft');
    const coordinator = client(t, f.country.bc_coordinator);
    expect((await coordinator.post(`${base()}/${planId}/submit`)).status).toBe(200);
    const before = await snapshotCounts(t);
    const self = await coordinator.post(`${base()}/${planId}/approve`);
    expect([self.status, self.body.error.code]).toEqual([403, 'plans.self_approval']);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('readers who see no drafts do not see the draft of a revision in progress', async () => {
    const planId = await planIn('revision');
    for (const caller of [f.at.staff, f.at.governing_body_reader, f.country.staff]) {
      const c = client(t, caller);
      const plan = await c.get(`${base()}/${planId}`);
      // Either the plan is hidden, or what is shown is the version in force, never the draft.
      expect(plan.status === 404 || (plan.body.versionNumber === 1 && plan.body.state === 'approved'), JSON.stringify(plan.body).slice(0, 300)).toBe(true);
      expect(JSON.stringify(plan.body)).not.toContain('Draft-only text');
      const versions = await c.get(`${base()}/${planId}/versions`);
      expect(JSON.stringify(versions.body)).not.toContain('Secret draft title');
      expect((await c.get(`${base()}/${planId}/versions/2`)).status).toBe(404);
      const cards = await c.get(`${base()}/${planId}/cards`);
      expect(cards.status === 404 || (cards.body.versionNumber === 1 && cards.body.state === 'approved')).toBe(true);
      expect(JSON.stringify(cards.body)).not.toContain('Secret draft title');
      const suite = await c.get(`/api/orgs/${f.orgId}/plan-suite`);
      expect(JSON.stringify(suite.body)).not.toContain('Secret draft title');
    }
  });
});
