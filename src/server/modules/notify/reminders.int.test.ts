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

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  sink = await startSmtpSink();
  mailer = smtpMailer(sink.url, 'ORMS <orms@test.example>');
  const coordinator = client(t, f.at.bc_coordinator);
  // An Arabic-speaking and a Chinese-speaking focal point of the country office, from the directory.
  for (const [name, language] of [['Layla Haddad', 'ar'], ['Wang Fang', 'zh']] as const) {
    const person = await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: name, email: `${language}@co.test.example`, preferredLanguage: language });
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
const ofPlan = () => sink.received.filter((m) => m.text?.includes(planId));

describe('obligation reminders by e-mail', () => {
  it('reach each responsible person once, in their language, however many schedulers and dispatchers run', async () => {
    // The new plan must be approved today: an "on the day" reminder to the country's plan owner and focal points.
    const queued = await Promise.all([queueObligationReminders(t.services, 'https://orms.test'), queueObligationReminders(t.services, 'https://orms.test')]);
    expect(queued[0] + queued[1]).toBe(4);
    expect(await queueObligationReminders(t.services, 'https://orms.test')).toBe(0);
    const results = await Promise.all([dispatchOutbox(t.services, mailer), dispatchOutbox(t.services, mailer)]);
    expect(results[0].sent + results[1].sent).toBe(4);
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

  it('escalate weekly to the coordinator once overdue', async () => {
    t.clock.advance(7 * DAY);
    await queueObligationReminders(t.services, 'https://orms.test');
    await dispatchOutbox(t.services, mailer);
    const escalations = ofPlan().filter((m) => m.subject!.includes('Overdue by 7 days') || m.subject!.includes('7 天') || m.subject!.includes('7 يومًا'));
    expect(escalations.map((m) => (m.to as { text: string }).text)).toContain(f.country.bc_coordinator.email);
    expect(escalations).toHaveLength(5);
  });

  it('keep a message when the mail server refuses it, and deliver it on a later attempt', async () => {
    t.clock.advance(7 * DAY);
    sink.refuseMail(true);
    const queued = await queueObligationReminders(t.services, 'https://orms.test');
    expect(queued).toBe(5);
    expect(await dispatchOutbox(t.services, mailer)).toEqual({ sent: 0, failed: 5 });
    const waiting = (await rows()).filter((r) => r.status === 'pending');
    expect(waiting).toHaveLength(5);
    expect(waiting[0]!.lastError).toContain('451');
    sink.refuseMail(false);
    // Not before the retry delay…
    expect((await dispatchOutbox(t.services, mailer)).sent).toBe(0);
    t.clock.advance(retryDelayMs(1));
    expect((await dispatchOutbox(t.services, mailer)).sent).toBe(5);
    const sent = await t.services.db.select().from(outboxMessages).where(eq(outboxMessages.id, waiting[0]!.id));
    expect(sent[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
