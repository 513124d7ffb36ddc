import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, client, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { audienceMembers } from '../../../domain/response/audience.js';
import { postIncidentReviews } from '../learning/learning.table.js';
import type { Channels } from '../notify/channels/channel.js';
import { emailChannel } from '../notify/channels/email.js';
import { startGatewayStub } from '../notify/channels/gateway-stub.js';
import { httpGatewayChannel } from '../notify/channels/http-gateway.js';
import { signBody } from '../notify/channels/signing.js';
import { startSmtpSink } from '../notify/smtp-sink.test-support.js';
import { units } from '../orgs/orgs.table.js';
import { loadDirectory } from './audience.sql.js';
import { claimNotifications, dispatchNotifications } from './dispatch.js';
import { queueFollowUps } from './follow-ups.js';
import { insertApprovedPlan, insertStaff, linkUserToPerson } from './response-test-data.js';
import { responseNotifications, responseRecipients } from './response.table.js';

const SECRET = 'gateway-secret-for-tests-0123456789';
process.env.SMS_GATEWAY_SECRET = SECRET;

let t: TestApp;
let f: OrgFixture;
let stub: Awaited<ReturnType<typeof startGatewayStub>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let channels: Channels;
const publicUrl = 'http://orms.test';

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  stub = await startGatewayStub(SECRET);
  sink = await startSmtpSink();
  channels = { email: emailChannel(sink.url, 'ORMS <orms@test>'), sms: httpGatewayChannel('sms', { url: stub.url, secret: SECRET, from: 'ORMS' }) };
});
afterAll(async () => {
  await channels.email?.close();
  await stub.close();
  await sink.close();
  await t.close();
});

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const cmt = () => client(t, f.at.cmt_member);
const events = () => `/api/orgs/${f.orgId}/events`;

async function declare(o: { exercise?: boolean; expectedDuration?: 'short' | 'protracted'; unitIds?: string[] } = {}) {
  const res = await cmt().post(events(), { type: 'natural_disaster', title: 'Earthquake', severity: 'major', expectedDuration: o.expectedDuration ?? 'short', exercise: o.exercise ?? false, affectedUnitIds: o.unitIds ?? [f.unit.country], locations: [] });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('declaring and activating', () => {
  it('proposes the plans of the affected units and those above that cover them; activation copies roles and first actions', async () => {
    const lead = await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Lead Person' });
    const own = await insertApprovedPlan(t, f.orgId, f.unit.country, 'business_continuity', 'Country continuity', lead.id);
    const hqCmp = await insertApprovedPlan(t, f.orgId, f.unit.hq, 'crisis_management', 'HQ crisis management');
    await insertApprovedPlan(t, f.orgId, f.unit.otherCountry, 'business_continuity', 'Other country');
    const id = await declare({ expectedDuration: 'protracted' });
    const view = await cmt().get(`${events()}/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.event.state).toBe('declared');
    expect(view.body.proposedPlans.map((p: { planId: string }) => p.planId)).toEqual([own, hqCmp]);
    const act = await cmt().post(`${events()}/${id}/plans/${own}/activation`);
    expect(act.status).toBe(201);
    expect(act.body.eventState).toBe('active');
    const after = (await cmt().get(`${events()}/${id}`)).body;
    expect(after.event.state).toBe('active');
    expect(after.phases.map((p: { phase: string }) => p.phase)).toEqual(['initial_response']);
    expect(after.reassessment.due).toBe(true);
    expect(after.activations[0].roles.map((r: { title: string }) => r.title)).toEqual(['Crisis lead', 'Scribe']);
    expect(after.activations[0].firstActions.map((a: { does: string }) => a.does)).toEqual(['Account for all staff']);
    expect((await cmt().post(`${events()}/${id}/plans/${own}/activation`)).status).toBe(409);
    const other = (await cmt().get(`${events()}/${id}`)).body.proposedPlans.length;
    expect(other).toBe(2);
  });

  it('closing requires stabilizing first, stands plans down and schedules the post-incident review', async () => {
    const id = await declare();
    const plan = await insertApprovedPlan(t, f.orgId, f.unit.country, 'security', 'Security plan');
    await cmt().post(`${events()}/${id}/plans/${plan}/activation`);
    expect((await cmt().post(`${events()}/${id}/transitions`, { transition: 'close' })).status).toBe(409);
    expect((await cmt().post(`${events()}/${id}/transitions`, { transition: 'stabilize' })).status).toBe(200);
    const closed = await cmt().post(`${events()}/${id}/transitions`, { transition: 'close' });
    expect(closed.status).toBe(200);
    const [review] = await t.services.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.sourceId, id));
    expect(review?.id).toBe(closed.body.postIncidentReviewId);
    expect(review?.status).toBe('open');
    const view = (await cmt().get(`${events()}/${id}`)).body;
    expect(view.activations.every((a: { deactivatedAt: string | null }) => a.deactivatedAt !== null)).toBe(true);
    expect(view.allowedActions.manage).toBe(false);
  });

  it('a false alarm stands down without a review', async () => {
    const id = await declare();
    const res = await cmt().post(`${events()}/${id}/transitions`, { transition: 'stand_down' });
    expect(res.body).toEqual({ state: 'closed', postIncidentReviewId: null });
  });
});

describe('alerting, delivery and check-in', () => {
  let eventId: string;
  let people: Awaited<ReturnType<typeof insertStaff>>[];
  let supervisor: Awaited<ReturnType<typeof insertStaff>>;

  beforeAll(async () => {
    supervisor = await insertStaff(t, f.orgId, f.unit.region, { fullName: 'Super Visor' });
    people = [
      await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Amal Haddad', language: 'ar', supervisorId: supervisor.id }),
      await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Boris Ivanov', language: 'ru', supervisorId: supervisor.id }),
      await insertStaff(t, f.orgId, f.unit.country, { fullName: 'No Contact', email: null, phone: null }),
      await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Bad Phone', phone: '12345' }),
    ];
    eventId = await declare({ exercise: true });
  });

  it('the pre-send check names who cannot be reached before anything is written', async () => {
    const before = rows<{ n: number }>(await t.services.db.execute(sql`SELECT count(*)::int AS n FROM response_notifications`))[0]!.n;
    const res = await cmt().post(`${events()}/${eventId}/broadcasts/preview`, { template: 'alert', audience: { unitIds: [f.unit.country] }, channels: ['email', 'sms'] });
    expect(res.status).toBe(200);
    const noChannel = res.body.issues.filter((i: { problem: string }) => i.problem === 'no_channel').map((i: { fullName: string }) => i.fullName);
    expect(noChannel).toContain('No Contact');
    expect(res.body.issues.some((i: { problem: string; fullName: string }) => i.problem === 'invalid_phone' && i.fullName === 'Bad Phone')).toBe(true);
    const after = rows<{ n: number }>(await t.services.db.execute(sql`SELECT count(*)::int AS n FROM response_notifications`))[0]!.n;
    expect(after).toBe(before);
  });

  it('writes one notification per recipient and reachable channel, for exactly the people the pure rule designates', async () => {
    const res = await cmt().post(`${events()}/${eventId}/broadcasts`, { template: 'alert', audience: { unitIds: [f.unit.country] }, channels: ['email', 'sms'] });
    expect(res.status).toBe(201);
    const recipients = await t.services.db.select().from(responseRecipients).where(eq(responseRecipients.broadcastId, res.body.id));
    const directory = await loadDirectory(t.services.db, f.orgId);
    const tree = await t.services.db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.orgId, f.orgId));
    const expected = audienceMembers({ unitIds: [f.unit.country], roles: [], personIds: [], locations: [] }, directory, tree).map((p) => p.id);
    expect(recipients.map((r) => r.personId).sort()).toEqual([...expected].sort());
    const notes = await t.services.db.select().from(responseNotifications).where(eq(responseNotifications.broadcastId, res.body.id));
    // Every recipient with an e-mail gets one; "Bad Phone" and "No Contact" get no SMS; "No Contact" nothing.
    const reachableEmail = recipients.length - 1;
    const validPhones = recipients.length - 2;
    expect(notes.filter((n) => n.channel === 'email')).toHaveLength(reachableEmail);
    expect(notes.filter((n) => n.channel === 'sms')).toHaveLength(validPhones);
    expect(res.body.unreachable).toBe(1);
  });

  it('the worker sends each message once, in the recipient language, with the exercise prefix and a working link', async () => {
    const result = await dispatchNotifications(t.services, channels, { publicUrl, jitter: () => 0.5 });
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThan(0);
    const amal = stub.delivered.find((m) => m.to === people[0]!.mobilePhone);
    expect(amal?.body.startsWith('تمرين - ')).toBe(true);
    const boris = sink.received.find((m) => m.subject?.includes('Вы в безопасности'));
    expect(boris?.subject?.startsWith('УЧЕНИЯ — ')).toBe(true);
    // A second run finds nothing due.
    expect((await dispatchNotifications(t.services, channels, { publicUrl })).claimed).toBe(0);
    const token = /\/check-in\/([A-Za-z0-9_.-]+)/.exec(amal!.body)![1]!;
    const info = await client(t).get(`/api-public/response/check-in/${token}`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ eventTitle: 'Earthquake', exercise: true, language: 'ar', firstName: 'Amal' });
    const tap = await client(t).post(`/api-public/response/check-in/${token}`, { status: 'safe' });
    expect(tap.status).toBe(201);
    const board = await cmt().get(`${events()}/${eventId}/accountability`);
    expect(board.body.overall.safe).toBe(1);
    expect(board.body.overall.unreachable).toBe(1);
  });

  it('reads SMS replies from the signed webhook once per gateway message, keeping unrecognized text', async () => {
    const post = (payload: unknown, signed = true) =>
      t.app.inject({ method: 'POST', url: '/api-public/response/sms/inbound', headers: { 'content-type': 'application/json', ...(signed ? { 'x-signature': signBody(SECRET, JSON.stringify(payload), Date.now()) } : {}) }, payload: JSON.stringify(payload) });
    const reply = { id: 'SMin-1', from: people[1]!.mobilePhone, body: '2 trapped in basement' };
    expect((await post(reply, false)).statusCode).toBe(401);
    const first = await post(reply);
    expect(first.json()).toEqual({ matched: true, status: 'need_help' });
    await post(reply);
    await post({ id: 'SMin-2', from: people[1]!.mobilePhone, body: 'where do I go?' });
    const board = (await cmt().get(`${events()}/${eventId}/accountability`)).body;
    expect(board.overall.needHelp).toBe(1);
    expect(board.needHelp[0].note).toBe('2 trapped in basement');
    expect(board.unrecognizedReplies.map((r: { text: string }) => r.text)).toEqual(['where do I go?']);
    expect((await post({ id: 'SMin-3', from: '+15550000000', body: '1' })).json()).toEqual({ matched: false, status: null });
  });

  it('re-alerts the silent after the warning threshold, once per round, and escalates to the supervisor', async () => {
    const start = t.clock.now();
    t.clock.set(new Date(start.getTime() + 31 * 60_000));
    const first = await queueFollowUps(t.services);
    expect(first.realerts).toBeGreaterThan(0);
    expect((await queueFollowUps(t.services)).realerts).toBe(0);
    t.clock.set(new Date(start.getTime() + 61 * 60_000));
    const second = await queueFollowUps(t.services);
    // Round 2 escalates: Boris answered (need help), Amal answered (safe); nobody else has a supervisor.
    expect(second.escalations).toBe(0);
    t.clock.set(start);
  });

  it('a colleague checks someone in on their behalf; the person must be in the roll call', async () => {
    const colleague = await insertStaff(t, f.orgId, f.unit.hq, { fullName: 'Cole League' });
    await linkUserToPerson(t, f.at.cmt_member.userId, colleague.id);
    const res = await cmt().post(`${events()}/${eventId}/check-ins`, { personId: people[2]!.id, status: 'safe', note: 'reached by phone' });
    expect(res.status).toBe(201);
    expect((await cmt().post(`${events()}/${eventId}/check-ins`, { personId: supervisor.id, status: 'safe' })).status).toBe(400);
    const board = (await cmt().get(`${events()}/${eventId}/accountability`)).body;
    expect(board.overall.unreachable).toBe(0);
    expect(board.overall.safe).toBe(2);
  });
});

describe('exactly once under concurrency and crashes', () => {
  it('two workers share a fan-out without sending any message twice', async () => {
    const unit = f.unit.otherCountry;
    for (let i = 0; i < 120; i++) await insertStaff(t, f.orgId, unit, { email: `fan${i}@staff.example`, phone: `+41780${String(i).padStart(6, '0')}` });
    const id = await declare({ unitIds: [unit] });
    const sent = await cmt().post(`${events()}/${id}/broadcasts`, { template: 'alert', audience: { unitIds: [unit] }, channels: ['sms'] });
    const before = stub.delivered.length;
    const options = { publicUrl, batchSize: 25, jitter: () => 0 };
    const [a, b] = await Promise.all([dispatchNotifications(t.services, channels, options), dispatchNotifications(t.services, channels, options)]);
    expect(a.sent + b.sent).toBe(sent.body.notifications);
    const mine = stub.delivered.slice(before);
    expect(mine).toHaveLength(sent.body.notifications);
    expect(new Set(mine.map((m) => m.key)).size).toBe(mine.length);
  });

  it("a crashed worker's lease expires and another finishes without duplicates, even after the provider accepted", async () => {
    const id = await declare({ unitIds: [f.unit.otherCountry] });
    const sent = await cmt().post(`${events()}/${id}/broadcasts`, { template: 'alert', audience: { unitIds: [f.unit.otherCountry] }, channels: ['sms'] });
    const before = stub.delivered.length;
    // The first worker claims a batch and sends it, then dies before recording anything.
    const claimed = await claimNotifications(t.services, 'sms', 40, 60_000);
    expect(claimed).toHaveLength(40);
    await channels.sms!.send(claimed.map((c) => ({ key: c.key, to: '+41780000001', language: 'en', subject: '', text: 'x' })));
    // Before the lease runs out nobody else takes those rows.
    const early = await dispatchNotifications(t.services, channels, { publicUrl, jitter: () => 0 });
    expect(early.sent).toBe(sent.body.notifications - 40);
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    const late = await dispatchNotifications(t.services, channels, { publicUrl, jitter: () => 0 });
    expect(late.sent).toBe(40);
    const mine = stub.delivered.slice(before);
    expect(mine).toHaveLength(sent.body.notifications);
    expect(new Set(mine.map((m) => m.key)).size).toBe(sent.body.notifications);
    const attempts = rows<{ n: number }>(await t.services.db.execute(sql`SELECT count(*)::int AS n FROM response_delivery_attempts a JOIN response_notifications n ON n.id = a.notification_id WHERE n.broadcast_id = ${sent.body.id} AND a.outcome IS NULL`))[0]!.n;
    expect(attempts).toBe(40);
  });

  it('retries a failing gateway with backoff and records each attempt', async () => {
    const id = await declare({ unitIds: [f.unit.region] });
    await cmt().post(`${events()}/${id}/broadcasts`, { template: 'update', audience: { personIds: [(await insertStaff(t, f.orgId, f.unit.region)).id] }, channels: ['sms'], message: 'Office closed tomorrow' });
    stub.failWith(503);
    const r1 = await dispatchNotifications(t.services, channels, { publicUrl, jitter: () => 0 });
    expect(r1.retrying).toBe(1);
    expect((await dispatchNotifications(t.services, channels, { publicUrl })).claimed).toBe(0);
    stub.failWith(null);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const r2 = await dispatchNotifications(t.services, channels, { publicUrl, jitter: () => 0 });
    expect(r2.sent).toBe(1);
    expect(stub.delivered.at(-1)!.body).toContain('Office closed tomorrow');
  });
});

describe('CMT workspace', () => {
  it('keeps decisions, actions, sitreps and updates, time-stamped; staff read only the updates', async () => {
    const id = await declare();
    const owner = await insertStaff(t, f.orgId, f.unit.country);
    expect((await cmt().post(`${events()}/${id}/team`, { role: 'scribe', personId: owner.id })).status).toBe(201);
    expect((await cmt().post(`${events()}/${id}/decisions`, { decision: 'Relocate to the alternate site', rationale: 'Building unsafe', optionsConsidered: ['Stay', 'Work from home'] })).status).toBe(201);
    const action = await cmt().post(`${events()}/${id}/actions`, { title: 'Book transport', ownerPersonId: owner.id });
    expect((await cmt().post(`${events()}/${id}/actions/${action.body.id}/done`)).status).toBe(200);
    expect((await cmt().post(`${events()}/${id}/sitreps`, { kind: 'tactical', conditions: 'Aftershocks', actions: 'Evacuated', needs: 'Water' })).status).toBe(201);
    expect((await cmt().post(`${events()}/${id}/updates`, { title: 'Office closed', body: 'Work from home until Monday.' })).status).toBe(201);
    expect((await cmt().put(`${events()}/${id}/timers`, { warningAfterMinutes: 20, realertEveryMinutes: 15, maxRealerts: 2, escalateAtRound: 1, sitrepIntervalMinutes: 240 })).status).toBe(200);
    const log = (await cmt().get(`${events()}/${id}/log`)).body;
    expect(log.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['action', 'decision', 'sitrep', 'update']);
    expect(log.items.find((i: { kind: string }) => i.kind === 'action').doneAt).not.toBeNull();
    expect(log.sitreps).toHaveLength(2);
    const staff = client(t, f.country.staff);
    expect((await staff.get(`${events()}/${id}/updates`)).body.items[0].title).toBe('Office closed');
    expect((await staff.get(`${events()}/${id}/log`)).status).toBe(403);
    expect((await staff.post(`${events()}/${id}/decisions`, { decision: 'x', rationale: 'y' })).status).toBe(403);
  });
});

describe('demo seed', () => {
  it('records a closed exercise with check-ins, log entries and a scheduled review, and nothing left to send', async () => {
    const { actorForUser } = await import('../auth/actor.js');
    const { seedResponse } = await import('../../db/seed/demo-response.js');
    const { responseEvents } = await import('./response.table.js');
    for (let i = 0; i < 3; i++) await insertStaff(t, f.orgId, f.unit.country);
    const actor = (await actorForUser(t.services.db, f.at.bc_coordinator.userId))!;
    await seedResponse({ ...t.services, actor }, { orgId: f.orgId, countryId: f.unit.country });
    const [drill] = await t.services.db.select().from(responseEvents).where(eq(responseEvents.title, 'Earthquake drill — Kampala'));
    expect(drill).toMatchObject({ state: 'closed', exercise: true });
    const { responseBroadcasts } = await import('./response.table.js');
    const [alert] = await t.services.db.select().from(responseBroadcasts).where(eq(responseBroadcasts.eventId, drill!.id));
    const notes = await t.services.db.select().from(responseNotifications).where(eq(responseNotifications.broadcastId, alert!.id));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.status === 'sent')).toBe(true);
    const board = (await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/events/${drill!.id}/accountability`)).body;
    expect(board.overall.safe).toBeGreaterThanOrEqual(3);
    expect((await t.services.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.sourceId, drill!.id)))).toHaveLength(1);
  });
});
