import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { fullSections, insertIctSystem, insertRisk, insertService } from './plan-test-data.js';

type Unit = { unitId: string; depth: number; plans: { type: string; plan: null | Record<string, unknown>; others: number }[]; warnings: { code: string; params: Record<string, unknown> }[] };

describe('plan suite: per unit, the seven plans and whether they agree', () => {
  let t: TestApp;
  let f: OrgFixture;
  const ids = { cmp: '', bcp: '', ict: '' };
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/plans`;
    const risk = await insertRisk(t, f.orgId, 'Flood');
    ids.cmp = (await coordinator.post(base, { unitId: f.unit.hq, type: 'crisis_management', title: 'HQ CMP' })).body.id;
    await coordinator.patch(`${base}/${ids.cmp}`, { sections: fullSections, structure: { riskIds: [risk] } });
    await coordinator.post(`${base}/${ids.cmp}/submit`);
    await client(t, f.at.executive).post(`${base}/${ids.cmp}/approve`);
    ids.bcp = (await coordinator.post(base, { unitId: f.unit.country, type: 'business_continuity', title: 'Country BCP draft' })).body.id;
    const service = await insertService(t, f.orgId, f.unit.country, { name: 'Cash', rtoMinutes: 240, mtpdMinutes: 1440 });
    const erp = await insertIctSystem(t, f.orgId, f.unit.hq, 'ERP', [service]);
    ids.ict = (await coordinator.post(base, { unitId: f.unit.country, type: 'ict_disaster_recovery', title: 'Country ICT DRP' })).body.id;
    await coordinator.patch(`${base}/${ids.ict}`, { structure: { ictRecoveries: [{ dependencyId: erp, recoveryMinutes: 1440 }] } });
  });
  afterAll(() => t.close());

  const suite = async (who = f.at.bc_coordinator, query = '') => {
    const res = await client(t, who).get(`/api/orgs/${f.orgId}/plan-suite${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return new Map((res.body.units as Unit[]).map((u) => [u.unitId, u]));
  };
  const cell = (u: Unit | undefined, type: string) => u!.plans.find((p) => p.type === type)!;

  it('shows every unit with the seven types, states, versions in force and coherence warnings', async () => {
    const units = await suite();
    expect([...units.keys()]).toEqual([f.unit.hq, f.unit.region, f.unit.country, f.unit.otherCountry]);
    expect(units.get(f.unit.country)!.depth).toBe(2);
    expect(units.get(f.unit.hq)!.plans).toHaveLength(7);
    expect(cell(units.get(f.unit.hq), 'crisis_management').plan).toMatchObject({ id: ids.cmp, state: 'approved', approvedVersionNumber: 1, approvedAt: t.clock.now().toISOString(), riskCount: 1 });
    expect(cell(units.get(f.unit.country), 'business_continuity').plan).toMatchObject({ state: 'draft', approvedVersionNumber: null });
    expect(cell(units.get(f.unit.country), 'security').plan).toBeNull();
    // The HQ crisis management plan covers every unit beneath it.
    expect(units.get(f.unit.country)!.warnings.map((w) => w.code)).not.toContain('missing_crisis_management_plan');
    const country = Object.fromEntries(units.get(f.unit.country)!.warnings.map((w) => [w.code, w.params]));
    expect(country.ict_recovery_gap).toEqual({ late: ['ERP'], missing: [] });
    expect(country.plan_without_risks).toEqual({ plans: expect.arrayContaining(['Country BCP draft', 'Country ICT DRP']) });
    expect(units.get(f.unit.hq)!.warnings).toEqual([]);
  });

  it('flags approvals older than twelve months', async () => {
    t.clock.advance(366 * 24 * 60 * 60 * 1000);
    const hq = (await suite()).get(f.unit.hq)!;
    expect(hq.warnings).toEqual([{ code: 'approval_outdated', params: { plans: ['HQ CMP'], months: 12 } }]);
  });

  it('shows only what the caller may read: country callers their subtree, staff only plans in force', async () => {
    const focal = await suite(f.country.focal_point);
    expect([...focal.keys()]).toEqual([f.unit.country]);
    const staff = await suite(f.country.staff);
    expect(cell(staff.get(f.unit.country), 'business_continuity').plan).toBeNull();
    // The draft ICT plan's commitments are not for staff to read: for them the system simply has none.
    expect(staff.get(f.unit.country)!.warnings.find((w) => w.code === 'ict_recovery_gap')!.params).toEqual({ late: [], missing: ['ERP'] });
    const hqStaff = await suite(f.at.staff);
    expect(cell(hqStaff.get(f.unit.hq), 'crisis_management').plan).toMatchObject({ state: 'approved' });
    const filtered = await suite(f.at.bc_coordinator, `?unitId=${f.unit.region}&subtree=false`);
    expect([...filtered.keys()]).toEqual([f.unit.region]);
    const outsider = await createOrgFixture(t);
    expect((await client(t, outsider.at.bc_coordinator).get(`/api/orgs/${f.orgId}/plan-suite`)).status).toBe(404);
    expect((await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/plan-suite?unitId=${outsider.unit.hq}`)).status).toBe(404);
  });
});
