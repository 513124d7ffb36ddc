import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { fullSections, insertIctSystem, insertPerson, insertRisk, insertService, role, step } from './plan-test-data.js';

type Check = { code: string; status: string; params: Record<string, unknown> };
const byCode = (quality: Check[]) => Object.fromEntries(quality.map((c) => [c.code, c]));

describe('plan quality on read: the plan, the BIA, the directory and the unit’s other plans', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());
  const base = () => `/api/orgs/${f.orgId}/plans`;

  it('changes as the author fills the plan in, and does not block submission on warnings', async () => {
    const author = client(t, f.country.focal_point);
    const created = await author.post(base(), { unitId: f.unit.country, type: 'business_continuity', title: 'BCP' });
    let q = byCode(created.body.quality);
    expect(q.sections_complete!.status).toBe('fail');
    expect(q.roles_staffed!.status).toBe('fail');
    expect(q.medical_counselling_consulted!.status).toBe('fail');
    expect(q.crisis_management_plan!.status).toBe('warn');

    const service = await insertService(t, f.orgId, f.unit.country, { name: 'Payroll', rtoMinutes: 5000, mtpdMinutes: 4320 });
    const stale = await insertPerson(t, f.orgId, f.unit.country, 'Stale Person', { updatedAt: new Date('2025-08-01T00:00:00Z') });
    const fresh = await insertPerson(t, f.orgId, f.unit.country, 'Fresh Person');
    const lead = role('Lead', { primary: fresh, alternates: [stale] });
    const edited = await author.patch(`${base()}/${created.body.id}`, {
      sections: fullSections,
      structure: {
        criticalFunctions: [{ serviceId: service }],
        roles: [lead, role('Orphan', { primary: fresh })],
        recoverySteps: [step(lead.id, 'first_hour', 'Call staff')],
        consultations: [{ function: 'medical_counselling', consultedOn: '2026-02-01', withWhom: 'Staff counsellor' }],
        riskIds: [await insertRisk(t, f.orgId, 'Flood')],
      },
    });
    q = byCode(edited.body.quality);
    expect(q.sections_complete!.status).toBe('pass');
    expect(q.medical_counselling_consulted!.status).toBe('pass');
    expect(q.consultation_coverage).toMatchObject({ status: 'warn', params: { missing: ['security', 'human_resources', 'ict'] } });
    expect(q.rto_within_mtpd).toMatchObject({ status: 'fail', params: { services: ['Payroll'] } });
    expect(q.people_current).toMatchObject({ status: 'warn', params: { names: ['Stale Person'] } });
    expect(q.roles_staffed).toMatchObject({ status: 'warn', params: { roles: ['Orphan'] } });
    expect(q.call_tree).toMatchObject({ status: 'warn', params: { unreached: ['Orphan'] } });
    expect(q.risks_linked!.status).toBe('pass');

    // A crisis management plan at the region counts for the country office beneath it.
    await client(t, f.at.bc_coordinator).post(base(), { unitId: f.unit.region, type: 'crisis_management', title: 'Regional CMP' });
    q = byCode((await author.get(`${base()}/${created.body.id}`)).body.quality);
    expect(q.crisis_management_plan!.status).toBe('pass');

    const submitted = await author.post(`${base()}/${created.body.id}/submit`);
    expect(submitted.status).toBe(200);
    // The reviewer sees the same checks.
    const reviewerView = await client(t, f.at.bc_coordinator).get(`${base()}/${created.body.id}`);
    expect(reviewerView.body.quality).toEqual(submitted.body.quality);
  });

  it('checks the unit’s ICT disaster recovery plan against the RTOs its services need of each system', async () => {
    const fast = await insertService(t, f.orgId, f.unit.otherCountry, { name: 'Cash transfers', rtoMinutes: 240, mtpdMinutes: 1440 });
    const slow = await insertService(t, f.orgId, f.unit.otherCountry, { name: 'Reporting', rtoMinutes: 10080, mtpdMinutes: 20160 });
    const erp = await insertIctSystem(t, f.orgId, f.unit.hq, 'ERP', [fast, slow]);
    const mail = await insertIctSystem(t, f.orgId, f.unit.hq, 'Mail', [slow]);
    const coordinator = client(t, f.at.bc_coordinator);
    const bcp = (await coordinator.post(base(), { unitId: f.unit.otherCountry, type: 'business_continuity', title: 'Other BCP' })).body;
    expect(byCode(bcp.quality).ict_recovery_meets_rto).toMatchObject({ status: 'warn', params: { noPlan: 'true', missing: expect.arrayContaining(['ERP', 'Mail']) } });
    const ict = (await coordinator.post(base(), { unitId: f.unit.otherCountry, type: 'ict_disaster_recovery', title: 'Other ICT DRP' })).body;
    // ERP is needed back within 4 h (the tightest RTO of the services using it); the plan promises 1 day.
    const late = await coordinator.patch(`${base()}/${ict.id}`, { structure: { ictRecoveries: [{ dependencyId: erp, recoveryMinutes: 1440 }, { dependencyId: mail, recoveryMinutes: 2880 }] } });
    expect(byCode(late.body.quality).ict_recovery_meets_rto).toMatchObject({ status: 'fail', params: { late: ['ERP'], missing: [] } });
    expect(byCode((await coordinator.get(`${base()}/${bcp.id}`)).body.quality).ict_recovery_meets_rto!.status).toBe('fail');
    await coordinator.patch(`${base()}/${ict.id}`, { structure: { ictRecoveries: [{ dependencyId: erp, recoveryMinutes: 240 }, { dependencyId: mail, recoveryMinutes: 2880 }] } });
    expect(byCode((await coordinator.get(`${base()}/${bcp.id}`)).body.quality).ict_recovery_meets_rto!.status).toBe('pass');
  });
});
