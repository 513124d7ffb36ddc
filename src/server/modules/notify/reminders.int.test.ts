import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { queueObligationReminders } from '../mer/reminders.task.js';
import { smtpMailer, type Mailer } from './mailer.js';
import { outboxMessages } from './outbox.table.js';
import { dispatchOutbox, retryDelayMs } from './outbox.usecases.js';
import { startSmtpSink } from './smtp-sink.test-support.js';

const DAY = 86_400_000;
let t: TestApp;
let f: OrgFixture;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mailer: Mailer;
let planId: string;
let layla: string;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  sink = await startSmtpSink();
  mailer = smtpMailer(sink.url, 'ORMS <orms@test.example>');
  const coordinator = client(t, f.at.bc_coordinator);
  // An Arabic-speaking and a Chinese-speaking focal point of the country office, from the directory.
  for (const [name, language] of [['Layla Haddad', 'ar'], ['Wang Fang', 'zh']] as const) {
    const person = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: name, email: `${language}@co.test.example`, preferredLanguage: language });
    if (language === 'ar') layla = person.body.id;
    expect((await coordinator.post(`/api/orgs/${f.orgId}/members`, { personId: person.body.id, role: 'focal_point', unitId: f.unit.country, initialPassword: 'a long first password' })).status).toBe(201);
  }
  planId = (await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: 'Plan de continuité' })).body.id;
});
afterAll(async () => {
  mailer.close();
  await sink.close();
  await t.close();
});

const rows = () => t.services.db.select().from(outboxMessages);
/** Reminders about the plan (the weekly digests mention it too). */
const ofPlan = () => sink.received.filter((m) => m.text?.includes(planId) && !m.subject?.startsWith('Week of'));
const recipientOf = (m: { to?: unknown }) => (m.to as { text: string }).text;

describe('obligation reminders by e-mail', () => {
  it('reach each responsible person once, in their language, however many schedulers and dispatchers run', async () => {
    // The new plan must be approved today: an "on the day" reminder to the country's plan owner and focal points.
    const queued = await Promise.all([queueObligationReminders(t.services, 'https://orms.test'), queueObligationReminders(t.services, 'https://orms.test')]);
    const all = await rows();
    expect(queued[0] + queued[1]).toBe(all.length);
    expect(all.filter((r) => r.body.includes(planId) && r.dedupeKey.startsWith('mer:'))).toHaveLength(4);
    expect(await queueObligationReminders(t.services, 'https://orms.test')).toBe(0);
    const results = await Promise.all([dispatchOutbox(t.services, mailer), dispatchOutbox(t.services, mailer)]);
    expect(results[0].sent + results[1].sent).toBe(all.length);
    expect(await dispatchOutbox(t.services, mailer)).toEqual({ sent: 0, failed: 0 });

    const mails = ofPlan();
    expect(mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text).sort()).toEqual([f.country.focal_point.email, f.country.plan_owner.email, 'ar@co.test.example', 'zh@co.test.example'].sort());
    const arabic = mails.find((m) => (m.to as { text: string }).text === 'ar@co.test.example')!;
    expect(arabic.subject).toBe('الموعد اليوم: اعتماد الخطة «Plan de continuité»');
    expect(arabic.text).toContain(`فتح الخطة: https://orms.test/orgs/${f.orgId}/plans/${planId}`);
    expect(arabic.headers.get('content-language')).toBe('ar');
    const chinese = mails.find((m) => (m.to as { text: string }).text === 'zh@co.test.example')!;
    expect(chinese.subject).toBe('今天到期：计划审批“Plan de continuité”');
    expect(mails.find((m) => (m.to as { text: string }).text === f.country.plan_owner.email)!.subject).toBe('Due today: approval of the plan "Plan de continuité"');
  });

  it("remind the office of its own awareness action plan, in the same way", async () => {
    const awareness = sink.received.filter((m) => m.subject === 'Due today: awareness action plan "CO office"');
    expect(awareness.map(recipientOf).sort()).toEqual([f.country.focal_point.email].sort());
    expect(awareness[0]!.text).toContain(`Record it in ORMS: https://orms.test/orgs/${f.orgId}/training`);
    const arabic = sink.received.find((m) => recipientOf(m) === 'ar@co.test.example' && m.subject!.includes('خطة عمل التوعية'))!;
    expect(arabic.subject).toBe('الموعد اليوم: خطة عمل التوعية «CO office»');
  });

  it('send each coordinator one weekly digest of the units they coordinate, on Monday', async () => {
    // 2 March 2026 is a Monday: the headquarters coordinator sees the whole organization, the country's only the country.
    const digests = async () => (await rows()).filter((r) => r.dedupeKey.startsWith('mer-digest:'));
    const sent = await digests();
    expect(sent.map((r) => r.recipient).sort()).toEqual([f.at.bc_coordinator.email, f.country.bc_coordinator.email].sort());
    const whole = sent.find((r) => r.recipient === f.at.bc_coordinator.email)!;
    expect(whole.subject).toMatch(/^Week of 2026-03-02: 0 overdue, \d+ due soon$/);
    expect(whole.body).toContain('approval of the plan "Plan de continuité" (CO office): due 2026-03-02');
    expect(whole.body).toContain('awareness action plan "HQ office"');
    const country = sent.find((r) => r.recipient === f.country.bc_coordinator.email)!;
    expect(country.body).toContain('"Plan de continuité"');
    expect(country.body).not.toContain('HQ office');
    // Later in the same week, no second digest.
    t.clock.advance(DAY);
    await queueObligationReminders(t.services, 'https://orms.test');
    expect(await digests()).toHaveLength(2);
    t.clock.advance(-DAY);
  });

  it("escalate weekly to the responsible people's supervisors and the coordinator once overdue", async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const boss = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Omar Khalil', email: 'omar@co.test.example', preferredLanguage: 'fr' });
    expect((await coordinator.patch(`/api/orgs/${f.orgId}/people/${layla}`, { supervisorId: boss.body.id })).status).toBe(200);
    t.clock.advance(7 * DAY);
    await queueObligationReminders(t.services, 'https://orms.test');
    await dispatchOutbox(t.services, mailer);
    const escalations = ofPlan().filter((m) => m.subject!.includes('Overdue by 7 days') || m.subject!.includes('7 天') || m.subject!.includes('7 يومًا') || m.subject!.includes('7 jours'));
    expect(escalations.map(recipientOf)).toContain(f.country.bc_coordinator.email);
    const toBoss = escalations.find((m) => recipientOf(m) === 'omar@co.test.example')!;
    expect(toBoss.subject).toBe('En retard de 7 jours : approbation du plan « Plan de continuité »');
    expect(escalations).toHaveLength(6);
  });

  it('keep a message when the mail server refuses it, and deliver it on a later attempt', async () => {
    t.clock.advance(7 * DAY);
    sink.refuseMail(true);
    const queued = await queueObligationReminders(t.services, 'https://orms.test');
    expect(await dispatchOutbox(t.services, mailer)).toEqual({ sent: 0, failed: queued });
    const waiting = (await rows()).filter((r) => r.status === 'pending');
    expect(waiting).toHaveLength(queued);
    expect(waiting.filter((r) => r.body.includes(planId) && r.dedupeKey.startsWith('mer:'))).toHaveLength(6);
    expect(waiting[0]!.lastError).toContain('451');
    sink.refuseMail(false);
    // Not before the retry delay…
    expect((await dispatchOutbox(t.services, mailer)).sent).toBe(0);
    t.clock.advance(retryDelayMs(1));
    expect((await dispatchOutbox(t.services, mailer)).sent).toBe(queued);
    const sent = await t.services.db.select().from(outboxMessages).where(eq(outboxMessages.id, waiting[0]!.id));
    expect(sent[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
