import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { readXlsxRows } from '../../exports/xlsx.js';
import { units } from '../orgs/orgs.table.js';
import { insertService, riskBody } from '../risks/risks.test-support.js';
import { monthEnds } from './mer.dashboard.js';

/**
 * "As of any date" (issue 4, must-have 2): records made after the day asked are ignored, in
 * each unit's own time zone; a newly linked risk makes the unit's plans due for update; the
 * dashboard and its workbook say what the obligations list says.
 */

const DAY = 86_400_000;
const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;
type Item = { subject: { id: string }; kind: string; status: string; dueOn: string; why: Record<string, unknown>; unitId: string };
const obligations = async (query: string): Promise<Item[]> => {
  const res = await client(t, f.at.bc_coordinator).get(`${org()}/mer/obligations?${query}`);
  expect(res.status).toBe(200);
  return res.body.items;
};
const of = (items: Item[], planId: string, kind: string) => items.find((i) => i.subject.id === planId && i.kind === kind);
const today = () => new Date(t.clock.now()).toISOString().slice(0, 10);

let countryPlan: string;
let laterPlan: string;

describe('as of a past day', () => {
  it('ignores approvals, edits, exercises and plans that came after it', async () => {
    const author = client(t, f.country.focal_point);
    countryPlan = (await author.post(`${org()}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: 'Country BCP' })).body.id; // 2026-03-02
    t.clock.advance(10 * DAY); // 2026-03-12: edited, submitted, approved
    await author.patch(`${org()}/plans/${countryPlan}`, { sections: fullSections });
    await author.post(`${org()}/plans/${countryPlan}/submit`);
    expect((await client(t, f.at.executive).post(`${org()}/plans/${countryPlan}/approve`)).status).toBe(200);
    t.clock.advance(20 * DAY); // 2026-04-01: a second plan
    laterPlan = (await author.post(`${org()}/plans`, { unitId: f.unit.country, type: 'security', title: 'Security plan' })).body.id;
    t.clock.advance(11 * DAY); // 2026-04-12: a functional test conducted on 2026-04-10
    const exercise = await author.post(`${org()}/exercises`, { unitId: f.unit.country, type: 'functional', title: 'Relocation', planIds: [countryPlan], scheduledOn: '2026-04-10' });
    expect((await author.post(`${org()}/exercises/${exercise.body.id}/conduct`, { conductedOn: '2026-04-10' })).status).toBe(200);

    // As of 2026-03-05: not yet approved, last edited when written, the later plan does not exist.
    const early = await obligations(`unitId=${f.unit.country}&asOf=2026-03-05`);
    expect(early.some((i) => i.subject.id === laterPlan)).toBe(false);
    expect(of(early, countryPlan, 'plan_approval')).toMatchObject({ status: 'overdue', why: { reason: 'never_done', startsOn: '2026-03-02' } });
    expect(of(early, countryPlan, 'plan_update')).toMatchObject({ status: 'done', why: { reason: 'periodic', lastDoneOn: '2026-03-02' } });

    // As of 2026-03-20: the approval counts; the exercise of April does not yet.
    const approved = await obligations(`unitId=${f.unit.country}&asOf=2026-03-20`);
    expect(of(approved, countryPlan, 'plan_approval')).toMatchObject({ status: 'done', why: { reason: 'periodic', lastDoneOn: '2026-03-12' } });
    expect(of(approved, countryPlan, 'functional_test')).toMatchObject({ why: { reason: 'periodic', lastDoneOn: '2026-03-02' } });
    expect(approved.some((i) => i.subject.id === laterPlan)).toBe(false);

    // As of 2026-04-15: both plans, and the test of 2026-04-10.
    const later = await obligations(`unitId=${f.unit.country}&asOf=2026-04-15`);
    expect(of(later, laterPlan, 'plan_approval')).toMatchObject({ why: { reason: 'never_done', startsOn: '2026-04-01' } });
    expect(of(later, countryPlan, 'functional_test')).toMatchObject({ status: 'done', dueOn: '2027-04-10', why: { lastDoneOn: '2026-04-10' } });
  });

  it("cuts off at the end of the day in the unit's own time zone", async () => {
    // 2026-04-12 12:00 in Greenwich is already 2026-04-13 02:00 in Kiribati (UTC+14).
    await t.services.db.update(units).set({ timeZone: 'Pacific/Kiritimati' }).where(eq(units.id, f.unit.hq));
    t.clock.advance(3 * 3_600_000);
    expect(new Date(t.clock.now()).toISOString()).toBe('2026-04-12T12:00:00.000Z');
    const hqPlan = (await client(t, f.at.focal_point).post(`${org()}/plans`, { unitId: f.unit.hq, type: 'crisis_management', title: 'HQ crisis plan' })).body.id;
    const on12 = await obligations(`unitId=${f.unit.hq}&subtree=false&asOf=2026-04-12`);
    expect(on12.some((i) => i.subject.id === hqPlan)).toBe(false);
    const on13 = await obligations(`unitId=${f.unit.hq}&subtree=false&asOf=2026-04-13`);
    expect(of(on13, hqPlan, 'plan_approval')).toMatchObject({ why: { reason: 'never_done', startsOn: '2026-04-13' } });
  });
});

describe('a new risk linked', () => {
  it("makes the plans of the risk's unit due for update that day, not before", async () => {
    const author = client(t, f.at.focal_point);
    const regionPlan = (await author.post(`${org()}/plans`, { unitId: f.unit.region, type: 'business_continuity', title: 'Regional BCP' })).body.id;
    t.clock.advance(5 * DAY);
    const linkedOn = today();
    const risk = await client(t, f.at.bc_coordinator).post(`${org()}/risks`, riskBody({ unitId: f.unit.region }));
    expect(risk.status).toBe(201);
    t.clock.advance(2 * DAY);
    const now = await obligations(`unitId=${f.unit.region}&subtree=false`);
    expect(of(now, regionPlan, 'plan_update')).toMatchObject({ status: 'overdue', dueOn: linkedOn, why: { reason: 'change', trigger: 'risk_linked', on: linkedOn } });
    // The day before the link, the plan was up to date; the other units' plans are untouched.
    const before = await obligations(`unitId=${f.unit.region}&subtree=false&asOf=2026-04-16`);
    expect(linkedOn).toBe('2026-04-17');
    expect(of(before, regionPlan, 'plan_update')).toMatchObject({ status: 'done', why: { reason: 'periodic' } });
    expect(of(await obligations(`unitId=${f.unit.country}&subtree=false`), laterPlan, 'plan_update')).toMatchObject({ why: { reason: 'periodic' } });
  });

  it("counts a link to a service for the service's unit, and only a new link", async () => {
    const author = client(t, f.at.focal_point);
    const plan = (await author.post(`${org()}/plans`, { unitId: f.unit.otherCountry, type: 'business_continuity', title: 'Other BCP' })).body.id;
    const service = await insertService(t, f.orgId, f.unit.otherCountry, 'Cash transfers');
    const other = await insertService(t, f.orgId, f.unit.otherCountry, 'Payroll');
    const coordinator = client(t, f.at.bc_coordinator);
    // An organization-wide risk threatening no service links to no unit.
    const risk = (await coordinator.post(`${org()}/risks`, riskBody())).body.id;
    t.clock.advance(3 * DAY);
    expect(of(await obligations(`unitId=${f.unit.otherCountry}&subtree=false`), plan, 'plan_update')).toMatchObject({ status: 'done' });
    const linkedOn = today();
    expect((await coordinator.patch(`${org()}/risks/${risk}`, { serviceIds: [service] })).status).toBe(200);
    t.clock.advance(DAY);
    expect(of(await obligations(`unitId=${f.unit.otherCountry}&subtree=false`), plan, 'plan_update')).toMatchObject({ dueOn: linkedOn, why: { reason: 'change', trigger: 'risk_linked', on: linkedOn } });
    // The plan is updated; a second service added later counts anew, the one kept does not.
    await author.patch(`${org()}/plans/${plan}`, { sections: fullSections });
    t.clock.advance(DAY);
    expect(of(await obligations(`unitId=${f.unit.otherCountry}&subtree=false`), plan, 'plan_update')).toMatchObject({ status: 'done' });
    const secondOn = today();
    expect((await coordinator.patch(`${org()}/risks/${risk}`, { serviceIds: [service, other] })).status).toBe(200);
    expect(of(await obligations(`unitId=${f.unit.otherCountry}&subtree=false`), plan, 'plan_update')).toMatchObject({ why: { trigger: 'risk_linked', on: secondOn } });
  });
});

describe('the dashboard', () => {
  type Counts = Record<string, number>;
  const sum = (list: { counts: Counts }[]) => list.reduce((acc, r) => Object.fromEntries(Object.keys(r.counts).map((k) => [k, (acc[k] ?? 0) + r.counts[k]!])), {} as Counts);

  it('rolls up what the obligations list says, by organization and region, with owners of what is overdue', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const res = await coordinator.get(`${org()}/mer/dashboard`);
    expect(res.status).toBe(200);
    const list = (await coordinator.get(`${org()}/mer/obligations`)).body;
    expect(res.body.organization.total).toBe(list.items.length);
    expect(res.body.organization.counts).toEqual(list.counts);
    expect(res.body.organization.compliantShare).toBeCloseTo((list.counts.done + list.counts.due_soon) / list.items.length);
    // Headquarters first, then the regional office with its whole subtree.
    expect(res.body.regions.map((r: { unitId: string | null; group: string }) => [r.unitId, r.group])).toEqual([
      [null, 'headquarters'],
      [f.unit.region, 'regional_office'],
    ]);
    expect(sum(res.body.regions)).toEqual(list.counts);
    const regionItems = list.items.filter((i: Item) => i.unitId !== f.unit.hq);
    expect(res.body.regions[1].total).toBe(regionItems.length);
    expect(res.body.regions[1].byKind.plan_update.overdue).toBe(regionItems.filter((i: Item) => i.kind === 'plan_update' && i.status === 'overdue').length);

    const overdue = list.items.filter((i: Item) => i.status === 'overdue');
    expect(res.body.overdue).toHaveLength(overdue.length);
    expect(overdue.length).toBeGreaterThan(0);
    // The country office's plan owner and focal point answer for its plans; headquarters' for the others.
    const countryItem = res.body.overdue.find((o: { unitId: string }) => o.unitId === f.unit.country);
    expect(countryItem.owners.map((o: { email: string }) => o.email).sort()).toEqual([f.country.focal_point.email, f.country.plan_owner.email].sort());
    expect(countryItem.owners[0].name).toMatch(/^Test (focal_point|plan_owner)$/);
    const regionItem = res.body.overdue.find((o: { unitId: string }) => o.unitId === f.unit.region);
    expect(regionItem.owners.map((o: { email: string }) => o.email).sort()).toEqual([f.at.focal_point.email, f.at.plan_owner.email].sort());
  });

  it('draws the trend from the last 12 month-ends, each judged as of that day', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const res = await coordinator.get(`${org()}/mer/dashboard?asOf=2026-05-10`);
    expect(res.body.asOf).toBe('2026-05-10');
    expect(res.body.trend.map((p: { on: string }) => p.on)).toEqual(monthEnds('2026-05-10'));
    expect(res.body.trend.at(-1).on).toBe('2026-04-30');
    expect(res.body.trend[0].on).toBe('2025-05-31');
    // Before the first plan, nothing to judge.
    expect(res.body.trend[0]).toMatchObject({ total: 0, compliant: 0, compliantShare: null });
    for (const point of res.body.trend.slice(-2)) {
      const day = (await coordinator.get(`${org()}/mer/obligations?asOf=${point.on}`)).body;
      expect(point.total).toBe(day.items.length);
      expect(point.compliant).toBe(day.counts.done + day.counts.due_soon);
    }
    // As of a past day the roll-up uses only that day's records.
    const march = await coordinator.get(`${org()}/mer/dashboard?asOf=2026-03-05`);
    const marchList = (await coordinator.get(`${org()}/mer/obligations?asOf=2026-03-05`)).body;
    expect(march.body.organization.total).toBe(marchList.items.length);
    // One plan then, with its three obligations (the units' own obligations aside).
    const planKinds = ['plan_update', 'plan_approval', 'functional_test'] as const;
    expect(planKinds.reduce((n, kind) => n + Object.values(march.body.organization.byKind[kind] as Record<string, number>).reduce((a, b) => a + b, 0), 0)).toBe(3);
  });

  it('month-ends handle leap years and a month-end asked for itself', () => {
    expect(monthEnds('2024-03-15').slice(-2)).toEqual(['2024-01-31', '2024-02-29']);
    expect(monthEnds('2026-06-30').at(-1)).toBe('2026-06-30');
    expect(monthEnds('2026-01-01')).toHaveLength(12);
    expect(monthEnds('2026-01-01')[0]).toBe('2025-01-31');
  });

  it('exports the same data as a workbook', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const data = (await coordinator.get(`${org()}/mer/dashboard`)).body;
    const res = await t.app.inject({ method: 'GET', url: `${org()}/mer/dashboard.xlsx`, headers: { authorization: `Bearer ${f.at.bc_coordinator.token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const organization = await readXlsxRows(res.rawPayload, { sheet: 'Organization' });
    expect(organization.header).toEqual(['obligation', 'done', 'due_soon', 'due', 'overdue', 'total']);
    expect(organization.rows.at(-1)!.cells).toEqual(['all', ...['done', 'due_soon', 'due', 'overdue'].map((s) => String(data.organization.counts[s])), String(data.organization.total)]);
    const overdue = await readXlsxRows(res.rawPayload, { sheet: 'Overdue' });
    expect(overdue.rows).toHaveLength(data.overdue.length);
    expect(overdue.rows[0]!.cells.slice(0, 6)).toEqual([data.overdue[0].unitName, data.overdue[0].subject.title, data.overdue[0].subject.planType ?? '', data.overdue[0].kind, data.overdue[0].dueOn, String(data.overdue[0].daysLate)]);
    expect(overdue.rows[0]!.cells[6]).toContain(data.overdue[0].owners[0].email);
    const trend = await readXlsxRows(res.rawPayload, { sheet: 'Trend' });
    expect(trend.rows.map((r) => r.cells[0])).toEqual(data.trend.map((p: { on: string }) => p.on));
    const regions = await readXlsxRows(res.rawPayload, { sheet: 'Regions' });
    expect(regions.rows.map((r) => r.cells[0])).toEqual(['Headquarters', 'RO office']);
  });

  it('refuses a malformed query, naming the field', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    for (const path of ['dashboard', 'dashboard.xlsx']) {
      const res = await coordinator.get(`${org()}/mer/${path}?asOf=2026-13-45&unitId=not-a-unit`);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['querystring.asOf', 'querystring.unitId']);
    }
    expect((await coordinator.get(`${org()}/mer/dashboard?asOf=2026-02-30`)).status).toBe(400);
    // A well-formed id of no unit of this organization is not found.
    expect((await coordinator.get(`${org()}/mer/dashboard?unitId=${crypto.randomUUID()}`)).status).toBe(404);
  });
});
