import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

describe('organizations, units and the staff directory', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());

  it('records the BCM arrangement and keeps what is not sent', async () => {
    const executive = client(t, f.at.executive);
    const arrangement = { kind: 'combined_function', reportingLine: 'Director of Administration', percentTime: 40 };
    const updated = await executive.patch(`/api/orgs/${f.orgId}`, { bcmArrangement: arrangement });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ bcmArrangement: arrangement, allowedActions: { editProfile: true } });
    const renamed = await executive.patch(`/api/orgs/${f.orgId}`, { name: 'Renamed Agency' });
    expect(renamed.body).toMatchObject({ name: 'Renamed Agency', bcmArrangement: arrangement });
    expect((await executive.patch(`/api/orgs/${f.orgId}`, { bcmArrangement: { ...arrangement, percentTime: 140 } })).status).toBe(400);
    const trail = await executive.get(`/api/orgs/${f.orgId}/audit?entityType=organization`);
    expect(trail.body.items[0]).toMatchObject({ action: 'organization.updated', before: { name: expect.any(String) }, after: { name: 'Renamed Agency' } });
    expect((await client(t, f.at.focal_point).get(`/api/orgs/${f.orgId}`)).body.allowedActions.editProfile).toBe(false);
  });

  it('adds a unit under a parent, with a unique code and a real time zone', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const body = { parentId: f.unit.country, kind: 'duty_station', name: 'Gulu Sub-Office', code: 'SO-GULU', country: 'ug', city: 'Gulu', timeZone: 'Africa/Kampala' };
    const created = await coordinator.post(`/api/orgs/${f.orgId}/units`, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ parentId: f.unit.country, country: 'UG', code: 'SO-GULU' });
    expect((await coordinator.post(`/api/orgs/${f.orgId}/units`, { ...body, code: 'so-gulu' })).status).toBe(409);
    const badZone = await coordinator.post(`/api/orgs/${f.orgId}/units`, { ...body, code: 'X1', timeZone: 'Mars/Olympus' });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.issues[0].path).toBe('body.timeZone');
    const units = await coordinator.get(`/api/orgs/${f.orgId}/units`);
    expect(units.body.items.map((u: { code: string }) => u.code)).toContain('SO-GULU');
  });

  it('adds people with alternates from the same organization only', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const first = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Grace Nakato', email: 'grace@test.example', mobilePhone: '+256700000001', preferredLanguage: 'en' });
    expect(first.status).toBe(201);
    const second = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Moses Kato', email: 'moses@test.example', alternateIds: [first.body.id] });
    expect(second.body.alternateIds).toEqual([first.body.id]);
    expect((await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Again', email: 'grace@test.example' })).status).toBe(409);
    const stranger = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'X', email: 'x@test.example', alternateIds: [crypto.randomUUID()] });
    expect(stranger.status).toBe(400);
    expect((await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'X', email: 'x@test.example', mobilePhone: '0700 123' })).status).toBe(400);
    const directory = await client(t, f.country.staff).get(`/api/orgs/${f.orgId}/people?unitId=${f.unit.country}`);
    expect(directory.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Grace Nakato', 'Moses Kato']);
  });
});

describe('keeping structure and contacts current', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());

  it('moves a unit under another parent, never beneath itself, and renames it', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const url = (id: string) => `/api/orgs/${f.orgId}/units/${id}`;
    const moved = await coordinator.patch(url(f.unit.otherCountry), { parentId: f.unit.hq, name: 'Liaison Office', city: 'Nairobi' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: f.unit.hq, name: 'Liaison Office', city: 'Nairobi', code: 'CO2' });
    expect((await coordinator.patch(url(f.unit.region), { parentId: f.unit.country })).body.error.code).toBe('orgs.unit_cycle');
    expect((await coordinator.patch(url(f.unit.hq), { parentId: f.unit.region })).body.error.code).toBe('orgs.unit_cycle');
    expect((await coordinator.patch(url(f.unit.country), { code: 'hq' })).status).toBe(409);
    // A coordinator of the country office cannot move it out of their reach.
    expect((await client(t, f.country.bc_coordinator).patch(url(f.unit.country), { parentId: f.unit.hq })).status).toBe(403);
    const trail = await coordinator.get(`/api/orgs/${f.orgId}/audit?entityType=unit&entityId=${f.unit.otherCountry}`);
    expect(trail.body.items[0]).toMatchObject({ action: 'unit.updated', before: { parentId: f.unit.region, name: 'CO2 office', city: null }, after: { parentId: f.unit.hq } });
  });

  it('gives a person a supervisor of the same organization, never in a circle', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/people`;
    const head = (await coordinator.post(base, { unitId: f.unit.country, fullName: 'Grace Namubiru', email: 'grace@test.example' })).body;
    const deputy = (await coordinator.post(base, { unitId: f.unit.country, fullName: 'Peter Okello', email: 'peter@test.example', supervisorId: head.id })).body;
    expect(deputy.supervisorId).toBe(head.id);
    const clerk = (await coordinator.post(base, { unitId: f.unit.country, fullName: 'Ruth Atim', email: 'ruth@test.example', supervisorId: deputy.id })).body;

    // The head cannot report to someone who reports to her, nor to herself, nor to a stranger.
    for (const supervisorId of [clerk.id, head.id, crypto.randomUUID()]) {
      const refused = await coordinator.patch(`${base}/${head.id}`, { supervisorId });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'orgs.supervisor_invalid', issues: [{ path: 'body.supervisorId' }] });
    }
    expect((await coordinator.post(base, { unitId: f.unit.country, fullName: 'Nobody', email: 'nobody@test.example', supervisorId: crypto.randomUUID() })).status).toBe(400);
    const directory = (await coordinator.get(base)).body.items as { id: string; supervisorId: string | null }[];
    expect(directory.find((p) => p.id === head.id)?.supervisorId).toBeNull();

    const moved = await coordinator.patch(`${base}/${clerk.id}`, { supervisorId: head.id });
    expect(moved.body.supervisorId).toBe(head.id);
    const trail = await coordinator.get(`/api/orgs/${f.orgId}/audit?entityId=${clerk.id}`);
    expect(trail.body.items[0]).toMatchObject({ action: 'person.updated', before: { supervisorId: deputy.id }, after: { supervisorId: head.id } });
    expect((await coordinator.patch(`${base}/${clerk.id}`, { supervisorId: null })).body.supervisorId).toBeNull();
  });

  it('updates a person, keeps the rest, and lets people update their own phone and language only', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/people`;
    const a = (await coordinator.post(base, { unitId: f.unit.country, fullName: 'Dawit Alemu', email: 'dawit@test.example', mobilePhone: '+251911000001' })).body;
    const b = (await coordinator.post(base, { unitId: f.unit.country, fullName: 'Selam Bekele', email: 'selam@test.example' })).body;
    t.clock.advance(86_400_000);
    const updated = await coordinator.patch(`${base}/${a.id}`, { jobTitle: 'Logistics Officer', alternateIds: [b.id] });
    expect(updated.body).toMatchObject({ fullName: 'Dawit Alemu', mobilePhone: '+251911000001', jobTitle: 'Logistics Officer', alternateIds: [b.id] });
    expect((await coordinator.patch(`${base}/${a.id}`, { alternateIds: [a.id] })).status).toBe(400);
    expect((await coordinator.patch(`${base}/${a.id}`, { email: 'selam@test.example' })).status).toBe(409);

    // Dawit gets an account: he may then correct his own phone and language, nothing else.
    await coordinator.post(`/api/orgs/${f.orgId}/members`, { personId: a.id, role: 'staff', unitId: f.unit.country, initialPassword: 'first password 123' });
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: 'dawit@test.example', password: 'first password 123' } });
    const cookies = Object.fromEntries(signIn.cookies.map((c) => [c.name, c.value]));
    const asDawit = (payload: object) => t.app.inject({ method: 'PATCH', url: `${base}/${a.id}`, payload, cookies });
    const own = await asDawit({ mobilePhone: '+251911000002', preferredLanguage: 'fr' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ mobilePhone: '+251911000002', preferredLanguage: 'fr', jobTitle: 'Logistics Officer' });
    expect((await asDawit({ jobTitle: 'Director' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: `${base}/${b.id}`, payload: { mobilePhone: '+251911000003' }, cookies })).statusCode).toBe(403);
  });
});
