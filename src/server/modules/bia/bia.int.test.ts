import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { put } from './bia.test-support.js';
import { unitBias } from './bia.table.js';

const H = 60;
const D = 24 * H;
/** Mandate delivery becomes intolerable (4) at 1 day; financial at 3 days. */
const impacts = { mandate_delivery: [2, 4, 5, 5, 5, 5], financial: [1, 2, 4, 4, 5, 5] };

describe('BIA services: derived MTPD, RTO within it, approval locks, versions', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());
  const base = () => `/api/orgs/${f.orgId}/bia`;

  it('derives the MTPD from the impacts, says which categories fix it, and refuses an RTO beyond it', async () => {
    const author = client(t, f.country.focal_point);
    const payroll = await author.post(`${base()}/services`, { unitId: f.unit.country, name: 'Payroll', priority: 1, impacts, rtoMinutes: 3 * D });
    expect(payroll.status).toBe(422);
    expect(payroll.body.error.code).toBe('bia.rto_exceeds_mtpd');
    expect(payroll.body.error.message).toBe('The recovery time objective (3 days) is longer than the maximum tolerable period of disruption (1 day).');
    expect(payroll.body.error.issues).toEqual([{ path: 'body.rtoMinutes', message: payroll.body.error.message }]);
    expect((await author.get(`${base()}/services?unitId=${f.unit.country}`)).body.items).toEqual([]);

    const ok = await author.post(`${base()}/services`, { unitId: f.unit.country, name: 'Payroll', priority: 1, impacts, rtoMinutes: 12 * H, rpoMinutes: 60 });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ derivedMtpdMinutes: D, effectiveMtpdMinutes: D, mtpdBecauseOf: ['mandate_delivery'], mtpdOverride: null, rtoMinutes: 12 * H, problems: [] });
    expect(ok.body.allowedActions).toEqual({ edit: true, delete: true });

    // An override with justification moves the effective MTPD; the derived one is still shown.
    const overridden = await author.patch(`${base()}/services/${ok.body.id}`, { mtpdOverride: { minutes: 3 * D, justification: 'Manual payroll by the bank for three days' }, rtoMinutes: 2 * D });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ derivedMtpdMinutes: D, effectiveMtpdMinutes: 3 * D, rtoMinutes: 2 * D });
    // Dropping the override while the RTO is 2 days is refused: the RTO would exceed the derived MTPD.
    const dropped = await author.patch(`${base()}/services/${ok.body.id}`, { mtpdOverride: null });
    expect([dropped.status, dropped.body.error.code]).toEqual([422, 'bia.rto_exceeds_mtpd']);
    expect(dropped.body.error.message).toContain('(2 days)');

    const falling = await author.patch(`${base()}/services/${ok.body.id}`, { minimumServiceLevels: [{ afterMinutes: 4 * H, percent: 50 }, { afterMinutes: D, percent: 30 }] });
    expect([falling.status, falling.body.error.code, falling.body.error.issues[0].path]).toEqual([422, 'bia.service_level_not_rising', 'body.minimumServiceLevels.1']);
    const unknown = await author.patch(`${base()}/services/${ok.body.id}`, { impacts: { weather: [1, 2] } });
    expect([unknown.status, unknown.body.error.issues[0].path]).toEqual([422, 'body.impacts.weather']);
  });

  it('links dependencies of the same organization only, and a wrong id writes nothing', async () => {
    const author = client(t, f.country.focal_point);
    const other = await createOrgFixture(t);
    const foreign = await client(t, other.at.bc_coordinator).post(`/api/orgs/${other.orgId}/bia/dependencies`, { unitId: other.unit.hq, name: 'Their ERP', details: { kind: 'ict_system' } });
    expect(foreign.status).toBe(201);
    const own = await client(t, f.at.bc_coordinator).post(`${base()}/dependencies`, { unitId: f.unit.hq, name: 'HQ ERP', achievedMinutes: 3 * D, details: { kind: 'ict_system', owner: 'ICT', hosting: 'cloud' } });
    const before = await snapshotCounts(t);
    const refused = await author.post(`${base()}/services`, { unitId: f.unit.country, name: 'Procurement', priority: 2, dependencyIds: [own.body.id, foreign.body.id] });
    expect([refused.status, refused.body.error.code, refused.body.error.issues[0].path]).toEqual([404, 'bia.dependency_not_found', 'body.dependencyIds.1']);
    expect(await snapshotCounts(t)).toEqual(before);
    const linked = await author.post(`${base()}/services`, { unitId: f.unit.country, name: 'Procurement', priority: 2, impacts: { financial: [1, 3, 4] }, rtoMinutes: D, dependencyIds: [own.body.id] });
    expect(linked.status).toBe(201);
    expect(linked.body.dependencies).toEqual([{ id: own.body.id, name: 'HQ ERP', kind: 'ict_system', unitId: f.unit.hq, achievedMinutes: 3 * D }]);
    expect(linked.body).toMatchObject({ achievedMinutes: 3 * D, gapsCount: 1 });
  });

  it('validates key roles against the people directory of the organization', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const person = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Grace Akello', email: 'grace@test.example' });
    const role = await client(t, f.country.focal_point).post(`${base()}/dependencies`, {
      unitId: f.unit.country,
      name: 'Finance officer',
      achievedMinutes: D,
      details: { kind: 'key_role', minimumStaff: 1, alternatePersonIds: [person.body.id] },
    });
    expect(role.status).toBe(201);
    expect(role.body.people).toEqual([{ id: person.body.id, fullName: 'Grace Akello' }]);
    const stranger = await client(t, f.country.focal_point).post(`${base()}/dependencies`, {
      unitId: f.unit.country,
      name: 'Driver',
      details: { kind: 'key_role', minimumStaff: 2, alternatePersonIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect([stranger.status, stranger.body.error.issues[0].path]).toEqual([404, 'body.details.alternatePersonIds.0']);
  });

  it('submits, approves (four eyes), locks, keeps version 1 when revising to version 2', async () => {
    const author = client(t, f.country.focal_point);
    const unit = `${base()}/units/${f.unit.country}`;
    const draft = await author.get(unit);
    expect(draft.body).toMatchObject({ state: 'draft', versionNumber: 1, approvedVersion: null, locked: false, servicesCount: 2 });
    expect(draft.body.allowedActions).toMatchObject({ edit: true, submit: true, approve: false, revise: false });

    expect((await author.post(`${unit}/submit`)).body.state).toBe('submitted');
    const services = (await author.get(`${base()}/services?unitId=${f.unit.country}`)).body.items;
    expect(services.every((s: { locked: boolean; allowedActions: { edit: boolean } }) => s.locked && !s.allowedActions.edit)).toBe(true);
    const whileSubmitted = await author.patch(`${base()}/services/${services[0].id}`, { name: 'Renamed' });
    expect([whileSubmitted.status, whileSubmitted.body.error.code]).toEqual([409, 'bia.locked']);

    // The submitter may not approve, even as a coordinator: four eyes.
    const coordinator = client(t, f.country.bc_coordinator);
    await author.post(`${unit}/revise`); // refused: not approved (409), state unchanged
    expect((await author.post(`${unit}/approve`)).status).toBe(403);
    const approved = await client(t, f.at.executive).post(`${unit}/approve`, { comment: 'Good' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', versionNumber: 1, approvedVersion: 1, locked: true });
    expect(approved.body.approvedAt).toBe(t.clock.now().toISOString());

    for (const attempt of [
      author.patch(`${base()}/services/${services[0].id}`, { name: 'Renamed' }),
      author.delete(`${base()}/services/${services[0].id}`),
      coordinator.post(`${base()}/services`, { unitId: f.unit.country, name: 'New', priority: 3 }),
    ]) {
      const res = await attempt;
      expect([res.status, res.body.error.code]).toEqual([409, 'bia.locked']);
    }

    const revised = await author.post(`${unit}/revise`);
    expect(revised.body).toMatchObject({ state: 'draft', versionNumber: 2, approvedVersion: 1, locked: false });
    const renamed = await author.patch(`${base()}/services/${services[0].id}`, { name: 'Payroll and allowances' });
    expect(renamed.status).toBe(200);

    const versions = await author.get(`${unit}/versions`);
    expect(versions.body.items.map((v: { versionNumber: number; state: string }) => [v.versionNumber, v.state])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    const v1 = await author.get(`${unit}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.services.map((s: { name: string }) => s.name)).toContain('Payroll');
    expect(v1.body.services.map((s: { name: string }) => s.name)).not.toContain('Payroll and allowances');
    expect((await author.get(`${unit}/versions/2`)).status).toBe(404);

    const [row] = await t.services.db.select().from(unitBias);
    const trail = await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/audit?entityType=unit_bia&entityId=${row!.id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['bia.submitted', 'bia.approved', 'bia.revision_opened']);
  });

  it('re-derives the MTPD of every service when the coordinator changes the scale', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const settings = await coordinator.get(`${base()}/settings`);
    expect(settings.body).toMatchObject({ isDefault: true, allowedActions: { edit: true } });
    expect(settings.body.scale.categories.map((c: { key: string }) => c.key)).toEqual(['mandate_delivery', 'staff_safety_wellbeing', 'beneficiaries_partners', 'financial', 'reputational', 'legal_compliance']);
    expect(settings.body.scale.timePoints).toEqual([4 * H, D, 3 * D, 7 * D, 14 * D, 30 * D]);
    expect((await client(t, f.country.bc_coordinator).get(`${base()}/settings`)).body.allowedActions.edit).toBe(false);

    // Level 5 only is intolerable: Payroll (mandate 5 at 3 days) moves from 1 day to 3 days.
    const changed = await put(t, f.at.bc_coordinator, `${base()}/settings`, { ...settings.body.scale, intolerableLevel: 5 });
    expect(changed.status).toBe(200);
    const services = (await coordinator.get(`${base()}/services?unitId=${f.unit.country}`)).body.items;
    const payroll = services.find((s: { name: string }) => s.name.startsWith('Payroll'));
    expect(payroll.derivedMtpdMinutes).toBe(3 * D);
    const refused = await put(t, f.country.bc_coordinator, `${base()}/settings`, settings.body.scale);
    expect(refused.status).toBe(403);
    const inconsistent = await put(t, f.at.bc_coordinator, `${base()}/settings`, { ...settings.body.scale, timePoints: [D, H] });
    expect([inconsistent.status, inconsistent.body.error.code]).toEqual([422, 'bia.invalid_scale']);
  });
});
