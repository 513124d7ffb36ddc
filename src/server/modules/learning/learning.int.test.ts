import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { outboxMessages } from '../notify/outbox.table.js';
import { queueReviewReminders } from './review-reminders.task.js';
import { openReviewFor, schedulePostIncidentReview } from './reviews.schedule.js';

let t: TestApp;
let a: OrgFixture;
let b: OrgFixture;
let planId: string;
let personId: string;
let exerciseId: string;
let reviewId: string;
beforeAll(async () => {
  t = await startTestApp();
  a = await createOrgFixture(t);
  b = await createOrgFixture(t);
  const fp = client(t, a.at.focal_point);
  planId = (await fp.post(`/api/orgs/${a.orgId}/plans`, { unitId: a.unit.country, type: 'business_continuity', title: 'Country BCP' })).body.id;
  personId = (await client(t, a.at.bc_coordinator).post(`/api/orgs/${a.orgId}/people`, { unitId: a.unit.country, fullName: 'Amina Haddad', email: 'amina@learning.test.example' })).body.id;
});
afterAll(() => t.close());

const orgA = () => `/api/orgs/${a.orgId}`;
const orgB = () => `/api/orgs/${b.orgId}`;
const planUpdate = async () =>
  (await client(t, a.at.bc_coordinator).get(`${orgA()}/mer/obligations?unitId=${a.unit.country}`)).body.items.find((o: { subject: { id: string }; kind: string }) => o.subject.id === planId && o.kind === 'plan_update');

describe('post-incident reviews', () => {
  it('are waiting, owned and due, as soon as an exercise closes', async () => {
    const fp = client(t, a.country.focal_point);
    exerciseId = (await fp.post(`${orgA()}/exercises`, { unitId: a.unit.country, type: 'tabletop', title: 'Flood tabletop', scheduledOn: '2026-03-02', planIds: [planId] })).body.id;
    await fp.post(`${orgA()}/exercises/${exerciseId}/conduct`, { conductedOn: '2026-03-02', summary: 'Ran', results: [] });
    expect((await fp.post(`${orgA()}/exercises/${exerciseId}/close`)).status).toBe(200);
    const list = await fp.get(`${orgA()}/post-incident-reviews?status=open`);
    expect(list.body.items).toMatchObject([{ title: 'Flood tabletop', source: { kind: 'exercise', id: exerciseId }, dueOn: '2026-04-01', status: 'open', overdue: false, unitId: a.unit.country }]);
    reviewId = list.body.items[0].id;
    expect(await openReviewFor(t.services.db, a.orgId, 'exercise', exerciseId)).toMatchObject({ id: reviewId });
  });

  it('are scheduled once per source, whoever asks again', async () => {
    const again = await t.services.db.transaction((tx) => schedulePostIncidentReview(tx as never, { orgId: a.orgId, sourceKind: 'exercise', sourceId: exerciseId, title: 'Other', ownerPersonId: null, dueOn: '2026-05-01', actorUserId: null }));
    expect(again.id).toBe(reviewId);
    const eventId = crypto.randomUUID();
    const first = await t.services.db.transaction((tx) => schedulePostIncidentReview(tx as never, { orgId: a.orgId, sourceKind: 'event', sourceId: eventId, title: 'Floods in the north', ownerPersonId: personId, dueOn: '2026-03-20', actorUserId: null, eventType: 'natural_disaster', now: t.clock.now() }));
    const second = await t.services.db.transaction((tx) => schedulePostIncidentReview(tx as never, { orgId: a.orgId, sourceKind: 'event', sourceId: eventId, title: 'Floods in the north', ownerPersonId: personId, dueOn: '2026-03-20', actorUserId: null }));
    expect(second.id).toBe(first.id);
    const review = (await client(t, a.at.bc_coordinator).get(`${orgA()}/post-incident-reviews/${first.id}`)).body;
    expect(review).toMatchObject({ unitId: a.unit.hq, eventType: 'natural_disaster', owner: { personId, fullName: 'Amina Haddad' } });
  });

  it('walk through the template and are completed only with something written', async () => {
    const fp = client(t, a.country.focal_point);
    expect((await fp.post(`${orgA()}/post-incident-reviews/${reviewId}/complete`)).body.error).toMatchObject({ code: 'learning.review_incomplete' });
    const updated = await fp.patch(`${orgA()}/post-incident-reviews/${reviewId}`, {
      ownerPersonId: personId,
      participantPersonIds: [personId],
      sections: { whatHappened: { detection_and_alert: 'The alert reached half the staff.' }, whatDidNotWork: 'Call tree numbers outdated', measuresToKeep: 'Weekly radio check' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ owner: { fullName: 'Amina Haddad' }, participants: [{ fullName: 'Amina Haddad' }], sections: { whatWorked: '', measuresToKeep: 'Weekly radio check' } });
  });

  it('turn each required change into a remedial action; one that changes a plan makes its update due', async () => {
    const fp = client(t, a.country.focal_point);
    expect((await planUpdate()).status).toBe('done');
    t.clock.advance(86_400_000);
    const res = await fp.post(`${orgA()}/post-incident-reviews/${reviewId}/changes`, { title: 'Refresh the call tree', changeTarget: 'plan', planId, ownerPersonId: personId, dueOn: '2026-03-20', evidenceRequired: 'Call tree test log' });
    expect(res.status).toBe(201);
    expect(res.body.changes).toMatchObject([{ title: 'Refresh the call tree', changeTarget: 'plan', planId, ownerName: 'Amina Haddad', status: 'open', evidenceRequired: 'Call tree test log' }]);
    expect(await planUpdate()).toMatchObject({ status: 'due', why: { reason: 'change', on: '2026-03-03' } });
    const actions = (await fp.get(`${orgA()}/remedial-actions`)).body.items;
    expect(actions.find((x: { title: string }) => x.title === 'Refresh the call tree')).toMatchObject({ source: { type: 'post_incident_review', id: reviewId, title: 'Flood tabletop' }, evidenceRequired: 'Call tree test log', changeTarget: 'plan' });
    // A change to a plan must name it.
    expect((await fp.post(`${orgA()}/post-incident-reviews/${reviewId}/changes`, { title: 'X', changeTarget: 'plan', ownerPersonId: personId, dueOn: '2026-03-20', evidenceRequired: 'Y' })).status).toBe(400);
  });

  it('show as overdue on the owner’s and coordinator’s lists, and close', async () => {
    t.clock.set(new Date('2026-04-05T09:00:00Z'));
    const coordinator = client(t, a.at.bc_coordinator);
    expect((await coordinator.get(`${orgA()}/post-incident-reviews?overdue=true`)).body.items.map((r: { id: string }) => r.id)).toContain(reviewId);
    expect((await coordinator.get(`${orgA()}/remedial-actions?overdue=true`)).body.items.map((x: { title: string }) => x.title)).toContain('Refresh the call tree');
    const done = await client(t, a.country.focal_point).post(`${orgA()}/post-incident-reviews/${reviewId}/complete`);
    expect(done.body).toMatchObject({ status: 'completed', overdue: false, allowedActions: { edit: false } });
    expect(await openReviewFor(t.services.db, a.orgId, 'exercise', exerciseId)).toBeNull();
    expect((await client(t, a.country.focal_point).patch(`${orgA()}/post-incident-reviews/${reviewId}`, { title: 'Late edit' })).status).toBe(409);
  });

  it('remind the owner, then the coordinator once overdue, each message once', async () => {
    t.clock.set(new Date('2026-03-13T09:00:00Z'));
    const first = await queueReviewReminders(t.services, 'http://localhost');
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await queueReviewReminders(t.services, 'http://localhost')).toBe(0);
    const sent = await t.services.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, 'amina@learning.test.example'));
    expect(sent.map((m) => m.subject)).toContain('Review due in 7 days: Floods in the north');
    t.clock.set(new Date('2026-04-05T09:00:00Z'));
  });
});

describe('lessons', () => {
  let shared: string;
  let named: string;
  let internal: string;
  const lesson = (over: object) => ({ kind: 'lesson', title: 'Flood warnings too late', narrative: 'The call tree had outdated numbers when the river flooded.', category: 'communication', eventType: 'natural_disaster', language: 'en', ...over });

  it('are written as drafts and published to the organization or installation-wide', async () => {
    const coordinator = client(t, a.at.bc_coordinator);
    const created = await coordinator.post(`${orgA()}/lessons`, lesson({ unitId: a.unit.country, reviewId, sharing: 'installation', anonymized: true, translations: { fr: { title: 'Alertes inondation trop tardives', narrative: 'L’arbre d’appel était périmé.' } } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', own: true, source: { unitName: 'CO office', reviewId }, allowedActions: { publish: true } });
    shared = created.body.id;
    // A country focal point may write but not speak for the organization to the others.
    expect((await client(t, a.country.focal_point).post(`${orgA()}/lessons/${shared}/publish`)).status).toBe(403);
    expect((await coordinator.post(`${orgA()}/lessons/${shared}/publish`)).body.status).toBe('published');
    named = (await coordinator.post(`${orgA()}/lessons`, lesson({ title: 'Generators serviced monthly', narrative: 'Power cuts were absorbed.', kind: 'good_practice', category: 'internal_capacity', eventType: 'utility_failure', sharing: 'installation' }))).body.id;
    await coordinator.post(`${orgA()}/lessons/${named}/publish`);
    internal = (await coordinator.post(`${orgA()}/lessons`, lesson({ title: 'Flood drill internal', sharing: 'organization' }))).body.id;
    await coordinator.post(`${orgA()}/lessons/${internal}/publish`);
    await coordinator.post(`${orgA()}/lessons`, lesson({ title: 'Flood draft unpublished', sharing: 'installation' }));
  });

  it('shared installation-wide reach other organizations, anonymized without any trace of their source', async () => {
    const other = client(t, b.at.staff);
    const list = (await other.get(`${orgB()}/lessons?q=flood`)).body.items;
    expect(list.map((l: { id: string }) => l.id)).toEqual([shared]);
    expect(list[0]).toMatchObject({ own: false, source: null, allowedActions: { edit: false, publish: false } });
    const text = JSON.stringify(await other.get(`${orgB()}/lessons/${shared}`));
    for (const trace of [a.orgId, a.unit.country, 'CO office', reviewId, a.at.bc_coordinator.userId]) expect(text).not.toContain(trace);
    expect((await other.get(`${orgB()}/lessons/${named}`)).body.source).toMatchObject({ orgName: expect.any(String), reviewId: null });
    expect((await other.get(`${orgB()}/lessons/${internal}`)).status).toBe(404);
    // Found by its translation too.
    expect((await other.get(`${orgB()}/lessons?q=${encodeURIComponent('inondation')}`)).body.items.map((l: { id: string }) => l.id)).toEqual([shared]);
  });

  it('are suggested on another organization’s plan of the same event type', async () => {
    const theirs = client(t, b.at.focal_point);
    const theirPlan = (await theirs.post(`${orgB()}/plans`, { unitId: b.unit.country, type: 'business_continuity', title: 'Their BCP' })).body.id;
    expect((await theirs.get(`${orgB()}/lesson-suggestions?planId=${theirPlan}`)).body.items).toEqual([]);
    await theirs.patch(`${orgB()}/plans/${theirPlan}`, { structure: { scenarios: [{ scenario: 'natural_hazard', covered: true }] } });
    const suggested = (await theirs.get(`${orgB()}/lesson-suggestions?planId=${theirPlan}`)).body;
    expect(suggested.eventTypes).toEqual(['natural_disaster']);
    expect(suggested.items.map((l: { id: string }) => l.id)).toEqual([shared]);
    expect(suggested.items[0].source).toBeNull();
    expect((await theirs.get(`${orgB()}/lesson-suggestions?eventType=utility_failure`)).body.items.map((l: { id: string }) => l.id)).toEqual([named]);
    // Another organization's plan cannot be named.
    expect((await theirs.get(`${orgB()}/lesson-suggestions?planId=${planId}`)).status).toBe(404);
  });
});

describe('management review', () => {
  it('assembles its inputs, records decisions and actions, and is exported as PDF and DOCX', async () => {
    const coordinator = client(t, a.at.bc_coordinator);
    const created = await coordinator.post(`${orgA()}/management-reviews`, { title: 'Annual review 2026', heldOn: '2026-04-05', periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    expect(created.status).toBe(201);
    expect(created.body.inputs).toMatchObject({ actions: { open: 1, overdue: 1, bySource: { post_incident_review: 1 } }, exercises: [{ title: 'Flood tabletop', findings: 0 }], reviews: { completed: 1 }, lessonsPublished: 3 });
    const id = created.body.id;
    await coordinator.patch(`${orgA()}/management-reviews/${id}`, { decisions: ['Fund a second generator'], contextChanges: 'New office in the north' });
    const withAction = await coordinator.post(`${orgA()}/management-reviews/${id}/actions`, { title: 'Buy generator', ownerPersonId: personId, dueOn: '2026-06-30', evidenceRequired: 'Invoice' });
    expect(withAction.body.actions).toMatchObject([{ title: 'Buy generator', ownerName: 'Amina Haddad' }]);
    const concluded = await coordinator.post(`${orgA()}/management-reviews/${id}/conclude`);
    expect(concluded.body).toMatchObject({ status: 'concluded', decisions: ['Fund a second generator'], inputs: { actions: { open: 2 } } });
    const pdf = await t.app.inject({ method: 'GET', url: `${orgA()}/management-reviews/${id}/export?format=pdf&lang=ar`, headers: { authorization: `Bearer ${a.at.bc_coordinator.token}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const docx = await t.app.inject({ method: 'GET', url: `${orgA()}/management-reviews/${id}/export?format=docx&lang=zh`, headers: { authorization: `Bearer ${a.at.bc_coordinator.token}` } });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('crisis management evaluation', () => {
  it('is written phase by phase and exported for the governing body', async () => {
    const coordinator = client(t, a.at.executive);
    const id = (await coordinator.post(`${orgA()}/crisis-evaluations`, { title: 'COVID-19 evaluation', crisis: 'COVID-19', periodFrom: '2020-03-01', periodTo: '2022-06-30' })).body.id;
    await coordinator.patch(`${orgA()}/crisis-evaluations/${id}`, { phases: { baseline: { summary: 'Plans were office-centred', hr: 'No telework policy' } } });
    const updated = await coordinator.patch(`${orgA()}/crisis-evaluations/${id}`, { phases: { baseline: { ict: 'VPN capacity 10%' } }, findings: { policyChanges: 'Adopt a telework policy' }, governingBody: 'Executive Board' });
    expect(updated.body).toMatchObject({ phases: { baseline: { summary: 'Plans were office-centred', hr: 'No telework policy', ict: 'VPN capacity 10%' } }, findings: { policyChanges: 'Adopt a telework policy' } });
    expect((await coordinator.post(`${orgA()}/crisis-evaluations/${id}/finalize`)).body.status).toBe('final');
    const pdf = await t.app.inject({ method: 'GET', url: `${orgA()}/crisis-evaluations/${id}/export?format=pdf&lang=ru`, headers: { authorization: `Bearer ${a.at.executive.token}` } });
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});
