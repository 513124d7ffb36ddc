import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

describe('members: sign-in accounts and their roles', () => {
  let t: TestApp;
  let f: OrgFixture;
  let outsiders: OrgFixture;
  let personId: string;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    outsiders = await createOrgFixture(t);
    const person = await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Joyce Akello', email: 'joyce@test.example' });
    personId = person.body.id;
  });
  afterAll(() => t.close());

  const members = () => `/api/orgs/${f.orgId}/members`;
  const assignments = () => `/api/orgs/${f.orgId}/role-assignments`;

  it('gives a person of the directory an account that signs in with the role it was given', async () => {
    const coordinator = client(t, f.country.bc_coordinator);
    const created = await coordinator.post(members(), { personId, role: 'focal_point', unitId: f.unit.country, initialPassword: 'first password 123' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Joyce Akello', email: 'joyce@test.example', personId, roles: [{ role: 'focal_point', unitId: f.unit.country }] });
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: 'joyce@test.example', password: 'first password 123' } });
    expect(signIn.statusCode).toBe(200);
    expect((await coordinator.post(members(), { personId, role: 'staff', unitId: f.unit.country, initialPassword: 'first password 123' })).body.error.code).toBe('members.person_has_account');
    const trail = await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/audit?entityType=role_assignment`);
    expect(trail.body.items[0]).toMatchObject({ action: 'role.assigned', actorName: 'Test bc_coordinator' });
  });

  it('grants and revokes roles only within the caller’s subtree', async () => {
    const hqCoordinator = client(t, f.at.bc_coordinator);
    const countryCoordinator = client(t, f.country.bc_coordinator);
    const joyce = (await hqCoordinator.get(members())).body.items.find((m: { email: string }) => m.email === 'joyce@test.example');
    expect((await countryCoordinator.post(assignments(), { userId: joyce.userId, role: 'staff', unitId: f.unit.hq })).status).toBe(403);
    const granted = await hqCoordinator.post(assignments(), { userId: joyce.userId, role: 'cmt_member', unitId: f.unit.hq });
    expect(granted.status).toBe(201);
    expect((await hqCoordinator.post(assignments(), { userId: joyce.userId, role: 'cmt_member', unitId: f.unit.hq })).status).toBe(409);
    expect((await countryCoordinator.delete(`${assignments()}/${granted.body.id}`)).status).toBe(403);
    expect((await hqCoordinator.delete(`${assignments()}/${granted.body.id}`)).status).toBe(204);
    expect((await hqCoordinator.delete(`${assignments()}/${granted.body.id}`)).status).toBe(404);
  });

  it('lets nobody remove their own role, or reach accounts of another organization', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const me = (await coordinator.get(members())).body.items.find((m: { userId: string }) => m.userId === f.at.bc_coordinator.userId);
    expect((await coordinator.delete(`${assignments()}/${me.roles[0].id}`)).body.error.code).toBe('members.self_revoke');
    const stranger = await coordinator.post(assignments(), { userId: outsiders.at.staff.userId, role: 'staff', unitId: f.unit.hq });
    expect(stranger.status).toBe(404);
  });

  it('hides members from roles that do not manage them, and the whole organization from outsiders', async () => {
    expect((await client(t, f.at.staff).get(members())).status).toBe(403);
    expect((await client(t, f.at.executive).get(members())).status).toBe(200);
    const before = await snapshotCounts(t);
    const outsider = client(t, outsiders.at.bc_coordinator);
    expect((await outsider.get(members())).status).toBe(404);
    expect((await outsider.post(members(), { personId, role: 'staff', unitId: f.unit.hq, initialPassword: 'first password 123' })).status).toBe(404);
    expect((await outsider.post(assignments(), { userId: f.at.staff.userId, role: 'executive', unitId: f.unit.hq })).status).toBe(404);
    const someAssignment = (await client(t, f.at.bc_coordinator).get(members())).body.items[0].roles[0].id;
    expect((await outsider.delete(`${assignments()}/${someAssignment}`)).status).toBe(404);
    expect((await client(t, f.at.focal_point).post(assignments(), { userId: f.at.staff.userId, role: 'executive', unitId: f.unit.hq })).status).toBe(403);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('validates input with field paths', async () => {
    const res = await client(t, f.at.bc_coordinator).post(members(), { personId: 'x', role: 'king', unitId: f.unit.hq, initialPassword: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body.initialPassword', 'body.personId', 'body.role']);
  });
});
