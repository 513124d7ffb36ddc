import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The compliance dashboard against every kind of caller: it reads, so nothing ever changes;
 * outsiders get 404; each caller sees only the units they follow (a country-scoped focal
 * point, their country office); staff and governing-body readers follow none.
 */

let t: TestApp;
let f: OrgFixture;
let callers: Map<string, Caller>;
let plans: Record<'hq' | 'country' | 'otherCountry', string>;
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers } = await createCallerMatrix(t));
  const author = client(t, f.at.focal_point);
  const plan = async (unitId: string, title: string) => (await author.post(`/api/orgs/${f.orgId}/plans`, { unitId, type: 'business_continuity', title })).body.id as string;
  plans = { hq: await plan(f.unit.hq, 'HQ plan'), country: await plan(f.unit.country, 'Country plan'), otherCountry: await plan(f.unit.otherCountry, 'Other country plan') };
  // Unapproved plans: their approval is overdue after the grace period.
  t.clock.advance(10 * 86_400_000);
});
afterAll(() => t.close());

type Outcome = 200 | 404;
const blind = (who: string) => who === 'staff' || who === 'governing_body_reader' || who === 'country.staff';
const ROUTES = [
  { route: 'GET dashboard', url: () => `/api/orgs/${f.orgId}/mer/dashboard`, expect: (who: string): Outcome => (who.startsWith('outsider.') ? 404 : 200) },
  { route: 'GET dashboard.xlsx', url: () => `/api/orgs/${f.orgId}/mer/dashboard.xlsx`, expect: (who: string): Outcome => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'GET dashboard of another country office',
    url: () => `/api/orgs/${f.orgId}/mer/dashboard?unitId=${f.unit.otherCountry}`,
    expect: (who: string): Outcome => (who.startsWith('outsider.') || who.startsWith('country.') || blind(who) ? 404 : 200),
  },
];

describe.each(ROUTES.map((r) => [r.route, r] as const))('%s', (_name, route) => {
  it('gives every caller the expected outcome and changes nothing', async () => {
    const problems: string[] = [];
    const before = await snapshotCounts(t);
    for (const [who, caller] of callers) {
      const res = await client(t, caller).get(route.url());
      if (res.status !== route.expect(who)) problems.push(`${who}: ${res.status} (expected ${route.expect(who)})`);
    }
    expect(problems).toEqual([]);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('answers 401 without credentials', async () => {
    expect((await client(t, 'orms_garbage').get(route.url())).status).toBe(401);
  });
});

describe('what each caller sees', () => {
  const dashboard = async (caller: Caller, query = '') => {
    const res = await client(t, caller).get(`/api/orgs/${f.orgId}/mer/dashboard${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const planIds = (body: { overdue: { subject: { id: string; type: string } }[] }) => new Set(body.overdue.filter((o) => o.subject.type === 'plan').map((o) => o.subject.id));
  /** What the obligations list shows the same caller: the dashboard counts exactly that. */
  const listed = async (caller: Caller) => (await client(t, caller).get(`/api/orgs/${f.orgId}/mer/obligations`)).body.items as { unitId: string }[];

  it('the organization for callers at headquarters and installation roles', async () => {
    for (const who of ['bc_coordinator', 'executive', 'internal_auditor', 'analyst']) {
      const body = await dashboard(callers.get(who)!);
      const items = await listed(callers.get(who)!);
      expect(body.organization.total, who).toBe(items.length);
      expect(items.length, who).toBeGreaterThanOrEqual(9); // three plans, three obligations each, and the units' own
      expect(planIds(body), who).toEqual(new Set(Object.values(plans)));
      expect(body.regions.map((r: { unitId: string | null }) => r.unitId), who).toEqual([null, f.unit.region]);
    }
  });

  it('only their subtree for unit-scoped roles', async () => {
    for (const who of ['country.focal_point', 'country.plan_owner', 'country.bc_coordinator']) {
      const body = await dashboard(callers.get(who)!);
      const items = await listed(callers.get(who)!);
      expect(new Set(items.map((i) => i.unitId)), who).toEqual(new Set([f.unit.country]));
      expect(body.organization.total, who).toBe(items.length);
      expect(planIds(body), who).toEqual(new Set([plans.country]));
      // Their country office rolls up into its region; headquarters is not theirs to see.
      expect(body.regions.map((r: { unitId: string | null; total: number }) => [r.unitId, r.total]), who).toEqual([[f.unit.region, items.length]]);
      // At the last month-end (February) the plans, written in March, did not exist yet.
      expect(body.trend.at(-1), who).toMatchObject({ on: '2026-02-28', total: 0 });
    }
    // The subtree asked for narrows what the organization-wide caller sees.
    const narrowed = await dashboard(callers.get('bc_coordinator')!, `?unitId=${f.unit.otherCountry}`);
    expect(planIds(narrowed)).toEqual(new Set([plans.otherCountry]));
  });

  it('nothing for staff and governing-body readers', async () => {
    for (const who of ['staff', 'governing_body_reader', 'country.staff']) {
      const body = await dashboard(callers.get(who)!);
      expect(body.organization, who).toMatchObject({ total: 0, compliantShare: null });
      expect(body.overdue, who).toEqual([]);
      expect(body.regions, who).toEqual([]);
    }
  });
});
