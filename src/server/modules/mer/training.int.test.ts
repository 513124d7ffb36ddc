import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

let t: TestApp;
let f: OrgFixture;
const person: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  const org = `/api/orgs/${f.orgId}`;
  // Two crisis management team members with accounts, and an appointed focal point without one.
  for (const [name, unitId] of [['Alice Cmt', f.unit.hq], ['Bob Cmt', f.unit.hq], ['Chloe Focal', f.unit.country]] as const) {
    person[name] = (await coordinator.post(`${org}/people`, { unitId, fullName: name, email: `${name.split(' ')[0]!.toLowerCase()}@training.test.example` })).body.id;
  }
  for (const name of ['Alice Cmt', 'Bob Cmt']) expect((await coordinator.post(`${org}/members`, { personId: person[name], role: 'cmt_member', unitId: f.unit.hq, initialPassword: 'a long first password' })).status).toBe(201);
  await coordinator.post(`${org}/focal-points`, { unitId: f.unit.country, personId: person['Chloe Focal'], kind: 'focal_point', appointedOn: '2026-03-01' });
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;

describe('training and awareness', () => {
  it('computes who is current on mandatory courses, and the share of the CMT trained (KPI 15)', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const course = await coordinator.post(`${org()}/training/courses`, { title: 'Crisis management essentials', kind: 'course', mandatoryFor: ['cmt_member', 'focal_point'], renewalMonths: 24 });
    expect(course.status).toBe(201);
    const session = await client(t, f.country.focal_point).post(`${org()}/training/sessions`, { courseId: course.body.id, unitId: f.unit.country, heldOn: '2026-03-02', location: 'Kampala', attendeePersonIds: [person['Alice Cmt'], person['Chloe Focal']] });
    expect(session.status).toBe(201);

    const report = (await coordinator.get(`${org()}/training/currency`)).body;
    const of = (name: string) => report.people.find((p: { fullName: string }) => p.fullName === name);
    expect(of('Alice Cmt')).toMatchObject({ functions: ['cmt_member'], current: true, courses: [{ currency: { status: 'current', until: '2028-03-02' } }] });
    expect(of('Bob Cmt')).toMatchObject({ current: false, courses: [{ currency: { status: 'never' } }] });
    expect(of('Chloe Focal')).toMatchObject({ functions: ['focal_point'], current: true });
    expect(report.byFunction.find((b: { function: string }) => b.function === 'cmt_member')).toEqual({ function: 'cmt_member', trained: 1, total: 2, percent: 50 });

    t.clock.set(new Date('2028-03-03T09:00:00Z'));
    const later = (await coordinator.get(`${org()}/training/currency`)).body;
    expect(later.people.find((p: { fullName: string }) => p.fullName === 'Alice Cmt').courses[0].currency).toEqual({ status: 'expired', since: '2028-03-02' });
    expect((await coordinator.get(`${org()}/training/sessions`)).body.items[0]).toMatchObject({ courseTitle: 'Crisis management essentials', attendees: [{ fullName: expect.any(String) }, { fullName: expect.any(String) }] });
  });

  it('renews a course without its own renewal period on the training cycle of the ME&R policy, for people and their units', async () => {
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const coordinator = client(t, f.at.bc_coordinator);
    const course = (await coordinator.post(`${org()}/training/courses`, { title: 'Focal point induction', kind: 'course', mandatoryFor: ['focal_point'], renewalMonths: null })).body;
    await coordinator.post(`${org()}/training/sessions`, { courseId: course.id, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [person['Chloe Focal']] });
    const policy = (await coordinator.get(`${org()}/mer/policy`)).body.policy;
    expect((await coordinator.put(`${org()}/mer/policy`, { ...policy, periodMonths: { ...policy.periodMonths, training_currency: 12 } })).status).toBe(200);

    const induction = async () => (await coordinator.get(`${org()}/training/currency`)).body.people.find((p: { fullName: string }) => p.fullName === 'Chloe Focal').courses.find((c: { courseId: string }) => c.courseId === course.id).currency;
    const unitTraining = async () => (await coordinator.get(`${org()}/mer/obligations?unitId=${f.unit.country}`)).body.items.find((o: { subject: { type: string }; kind: string }) => o.subject.type === 'unit' && o.kind === 'training_currency');
    expect(await induction()).toEqual({ status: 'current', until: '2027-03-02' });
    expect(await unitTraining()).toMatchObject({ subject: { id: f.unit.country }, status: 'done', dueOn: '2027-03-02' });
    t.clock.set(new Date('2027-03-03T09:00:00Z'));
    expect(await induction()).toEqual({ status: 'expired', since: '2027-03-02' });
    expect(await unitTraining()).toMatchObject({ status: 'overdue', dueOn: '2027-03-02', why: { reason: 'periodic', lastDoneOn: '2026-03-02', periodMonths: 12 } });
  });

  it('lets the coordinator at the root set courses and the unit record sessions; nobody else', async () => {
    const courseId = (await client(t, f.at.bc_coordinator).get(`${org()}/training/courses`)).body.items[0].id;
    const before = await snapshotCounts(t);
    expect((await client(t, f.country.bc_coordinator).post(`${org()}/training/courses`, { title: 'X', kind: 'awareness' })).status).toBe(403);
    expect((await client(t, f.country.focal_point).post(`${org()}/training/sessions`, { courseId, unitId: f.unit.otherCountry, heldOn: '2026-03-02', attendeePersonIds: [] })).status).toBe(404);
    expect((await client(t, f.at.internal_auditor).post(`${org()}/training/sessions`, { courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [] })).status).toBe(403);
    const stranger = await client(t, f.at.bc_coordinator).post(`${org()}/training/sessions`, { courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [crypto.randomUUID()] });
    expect(stranger.body.error.issues[0].path).toBe('body.attendeePersonIds.0');
    expect(await snapshotCounts(t)).toEqual(before);
  });
});
