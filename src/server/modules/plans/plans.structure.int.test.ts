import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { fullSections, insertIctSystem, insertPerson, insertRisk, insertService, role, step } from './plan-test-data.js';

describe('structured plans: editing, references, versions and audit', () => {
  let t: TestApp;
  let f: OrgFixture;
  let other: OrgFixture;
  const ids = { service: '', regionService: '', siblingService: '', person: '', alternate: '', risk: '', ict: '', foreignPerson: '', foreignRisk: '', foreignService: '' };

  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    other = await createOrgFixture(t);
    ids.service = await insertService(t, f.orgId, f.unit.country, { name: 'Cash distribution', rtoMinutes: 1440, mtpdMinutes: 4320 });
    ids.regionService = await insertService(t, f.orgId, f.unit.region, { name: 'Regional logistics', rtoMinutes: 60, mtpdMinutes: 240 });
    ids.siblingService = await insertService(t, f.orgId, f.unit.otherCountry, { name: 'Sibling service' });
    ids.person = await insertPerson(t, f.orgId, f.unit.country, 'Grace Achieng');
    ids.alternate = await insertPerson(t, f.orgId, f.unit.country, 'Peter Mugisha');
    ids.risk = await insertRisk(t, f.orgId, 'Flooding of the office');
    ids.ict = await insertIctSystem(t, f.orgId, f.unit.hq, 'Payroll system');
    ids.foreignPerson = await insertPerson(t, other.orgId, other.unit.country, 'Outsider');
    ids.foreignRisk = await insertRisk(t, other.orgId, 'Their risk');
    ids.foreignService = await insertService(t, other.orgId, other.unit.country, { name: 'Their service' });
  });
  afterAll(() => t.close());

  const base = () => `/api/orgs/${f.orgId}/plans`;
  async function newPlan() {
    const res = await client(t, f.country.focal_point).post(base(), { unitId: f.unit.country, type: 'business_continuity', title: 'Structured BCP' });
    expect(res.status).toBe(201);
    expect(res.body.structure).toMatchObject({ roles: [], recoverySteps: [], riskIds: [] });
    return res.body.id as string;
  }

  it('stores every part, replaces parts whole, fills defaults, and keeps parts left out', async () => {
    const planId = await newPlan();
    const author = client(t, f.country.focal_point);
    const lead = role('Crisis lead', { primary: ids.person, alternates: [ids.alternate] });
    const deputy = role('Deputy', { primary: ids.alternate, calledBy: lead.id });
    const structure = {
      criticalFunctions: [{ serviceId: ids.service }, { serviceId: ids.regionService, note: 'Run from the region' }],
      roles: [lead, deputy],
      activationCriteria: ['Office inaccessible for more than 4 hours'],
      recoverySteps: [step(lead.id, 'first_hour', 'Account for all staff'), step(deputy.id, 'first_day', 'Open the alternate site')],
      resources: [{ name: 'Satellite phone', quantity: '2' }],
      externalContacts: [{ name: 'City fire brigade', phone: '+256 41 434 0000', verifiedOn: '2026-02-01' }],
      workingArrangements: [{ kind: 'remote_work', description: 'Staff work from home with laptops' }],
      scenarios: [{ scenario: 'protracted_disruption', covered: true }],
      consultations: [{ function: 'medical_counselling', consultedOn: '2026-02-10', withWhom: 'Staff counsellor' }],
      riskIds: [ids.risk],
      ictRecoveries: [{ dependencyId: ids.ict, recoveryMinutes: 240 }],
    };
    const res = await author.patch(`${base()}/${planId}`, { structure });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.structure.roles[1]).toMatchObject({ title: 'Deputy', calledByRoleId: lead.id, alternatePersonIds: [] });
    expect(res.body.structure.resources[0]).toEqual({ name: 'Satellite phone', quantity: '2', location: '', notes: '' });
    expect(res.body.structure.externalContacts[0].email).toBeNull();

    const partial = await author.patch(`${base()}/${planId}`, { structure: { activationCriteria: ['Any evacuation order'] } });
    expect(partial.body.structure.activationCriteria).toEqual(['Any evacuation order']);
    expect(partial.body.structure.roles).toHaveLength(2);
    expect(partial.body.structure.riskIds).toEqual([ids.risk]);

    const history = await author.get(`/api/orgs/${f.orgId}/audit?entityType=plan&entityId=${planId}`);
    const last = history.body.items[0];
    expect(last.action).toBe('plan.updated');
    expect(Object.keys(last.after).sort()).toEqual(['structure.activationCriteria', 'versionNumber']);
    expect(last.before['structure.activationCriteria']).toEqual(['Office inaccessible for more than 4 hours']);
  });

  it('refuses broken references with issue paths, and writes nothing', async () => {
    const planId = await newPlan();
    const author = client(t, f.country.focal_point);
    const lead = role('Lead', { primary: ids.person });
    const ok = await author.patch(`${base()}/${planId}`, { structure: { roles: [lead] } });
    expect(ok.status).toBe(200);
    const cases: [unknown, string][] = [
      [{ criticalFunctions: [{ serviceId: ids.service }, { serviceId: ids.foreignService }] }, 'body.structure.criticalFunctions.1.serviceId'],
      [{ criticalFunctions: [{ serviceId: ids.siblingService }] }, 'body.structure.criticalFunctions.0.serviceId'],
      [{ criticalFunctions: [{ serviceId: randomUUID() }] }, 'body.structure.criticalFunctions.0.serviceId'],
      [{ roles: [role('A', { primary: ids.foreignPerson })] }, 'body.structure.roles.0.primaryPersonId'],
      [{ roles: [role('A', { primary: ids.person, alternates: [ids.alternate, randomUUID()] })] }, 'body.structure.roles.0.alternatePersonIds.1'],
      [{ riskIds: [ids.risk, ids.foreignRisk] }, 'body.structure.riskIds.1'],
      [{ ictRecoveries: [{ dependencyId: randomUUID(), recoveryMinutes: 60 }] }, 'body.structure.ictRecoveries.0.dependencyId'],
      [{ recoverySteps: [step(lead.id, 'first_hour', 'Fine'), step(lead.id, 'first_day', 'Fine'), step(lead.id, 'later', 'Fine'), step(randomUUID(), 'first_hour', 'Nobody')] }, 'body.structure.recoverySteps.3.who'],
      [{ roles: [role('A', { calledBy: randomUUID() })] }, 'body.structure.roles.0.calledByRoleId'],
      [{ consultations: [{ function: 'astrology', consultedOn: '2026-01-01', withWhom: 'x' }] }, 'body.structure.consultations.0.function'],
      [{ unknownPart: [] }, 'body.structure'],
    ];
    for (const [structure, path] of cases) {
      const before = await snapshotCounts(t);
      const res = await author.patch(`${base()}/${planId}`, { title: 'Must not be saved', structure });
      expect(res.status, JSON.stringify(structure)).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path), JSON.stringify(res.body)).toContain(path);
      expect(await snapshotCounts(t)).toEqual(before);
    }
    const plan = await author.get(`${base()}/${planId}`);
    expect(plan.body.title).toBe('Structured BCP');
  });

  it('refuses a call tree that goes round in a circle, and steps left without their role', async () => {
    const planId = await newPlan();
    const author = client(t, f.country.focal_point);
    const a = role('A');
    const b = role('B', { calledBy: a.id });
    const c = role('C', { calledBy: b.id });
    a.calledByRoleId = c.id;
    const cycle = await author.patch(`${base()}/${planId}`, { structure: { roles: [a, b, c] } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.issues.some((i: { path: string; message: string }) => /^body\.structure\.roles\.\d\.calledByRoleId$/.test(i.path) && /circle/.test(i.message))).toBe(true);
    const self = role('Self');
    self.calledByRoleId = self.id;
    expect((await author.patch(`${base()}/${planId}`, { structure: { roles: [self] } })).body.error.issues[0].path).toBe('body.structure.roles.0.calledByRoleId');

    const lead = role('Lead');
    await author.patch(`${base()}/${planId}`, { structure: { roles: [lead], recoverySteps: [step(lead.id, 'first_hour', 'Call everyone')] } });
    const orphaning = await author.patch(`${base()}/${planId}`, { structure: { roles: [role('Someone else')] } });
    expect(orphaning.status).toBe(400);
    expect(orphaning.body.error.issues[0].path).toBe('body.structure.roles');
  });

  it('versions the structure with the plan: revise copies it, versions show it, the diff lists changed parts', async () => {
    const planId = await newPlan();
    const author = client(t, f.country.focal_point);
    const lead = role('Lead', { primary: ids.person, alternates: [ids.alternate] });
    await author.patch(`${base()}/${planId}`, { sections: fullSections, structure: { roles: [lead], riskIds: [ids.risk] } });
    await author.post(`${base()}/${planId}/submit`);
    expect((await client(t, f.at.executive).post(`${base()}/${planId}/approve`)).status).toBe(200);
    const revised = await author.post(`${base()}/${planId}/revise`);
    expect(revised.body.structure.roles).toEqual([lead]);
    expect(revised.body.structure.riskIds).toEqual([ids.risk]);
    await author.patch(`${base()}/${planId}`, { structure: { roles: [lead, role('Second', { calledBy: lead.id })] } });
    const v1 = await author.get(`${base()}/${planId}/versions/1`);
    expect(v1.body.structure.roles).toEqual([lead]);
    const diff = await author.get(`${base()}/${planId}/diff?from=1&to=2`);
    const parts = Object.fromEntries(diff.body.structure.map((p: { key: string }) => [p.key, p]));
    expect(parts.roles).toEqual({ key: 'roles', changed: true, from: 1, to: 2 });
    expect(parts.riskIds.changed).toBe(false);
    // Staff see the structure of the version in force, not the draft's.
    const staffView = await client(t, f.country.staff).get(`${base()}/${planId}`);
    expect(staffView.body.structure.roles).toHaveLength(1);
  });

  it('refuses structure edits of a plan in review (409) and by non-authors (403)', async () => {
    const planId = await newPlan();
    await client(t, f.country.focal_point).patch(`${base()}/${planId}`, { sections: fullSections });
    expect((await client(t, f.at.risk_officer).patch(`${base()}/${planId}`, { structure: { riskIds: [ids.risk] } })).status).toBe(403);
    await client(t, f.country.focal_point).post(`${base()}/${planId}/submit`);
    expect((await client(t, f.country.focal_point).patch(`${base()}/${planId}`, { structure: { riskIds: [ids.risk] } })).status).toBe(409);
  });
});
