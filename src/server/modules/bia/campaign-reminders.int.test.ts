import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { smtpMailer, type Mailer } from '../notify/mailer.js';
import { dispatchOutbox } from '../notify/outbox.usecases.js';
import { startSmtpSink } from '../notify/smtp-sink.test-support.js';
import { queueCampaignReminders } from './campaign-reminders.task.js';

let t: TestApp;
let f: OrgFixture;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mailer: Mailer;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  sink = await startSmtpSink();
  mailer = smtpMailer(sink.url, 'ORMS <orms@test.example>');
});
afterAll(async () => {
  mailer.close();
  await sink.close();
  await t.close();
});

describe('BIA campaign reminders', () => {
  it('go to the units whose BIA is not submitted, once, a week before the due date', async () => {
    const org = `/api/orgs/${f.orgId}`;
    expect((await client(t, f.at.bc_coordinator).post(`${org}/bia/campaigns`, { rootUnitId: f.unit.region, title: 'BIA 2026', dueDate: '2026-03-09' })).status).toBe(201);
    // The country office has already submitted its BIA: it is not reminded.
    const fp = client(t, f.country.focal_point);
    await fp.post(`${org}/bia/services`, { unitId: f.unit.country, name: 'Payments', priority: 1 });
    expect((await fp.post(`${org}/bia/units/${f.unit.country}/submit`)).status).toBe(200);

    const queued = await queueCampaignReminders(t.services, 'https://orms.test');
    expect(await queueCampaignReminders(t.services, 'https://orms.test')).toBe(0);
    // The region and the other country office have no focal point of their own: headquarters' are reminded for each.
    expect(queued).toBe(4);
    expect((await dispatchOutbox(t.services, mailer)).sent).toBe(4);
    const subjects = sink.received.map((m) => m.subject).sort();
    expect(subjects).toEqual(['BIA due 2026-03-09: CO2 office', 'BIA due 2026-03-09: CO2 office', 'BIA due 2026-03-09: RO office', 'BIA due 2026-03-09: RO office']);
    expect(new Set(sink.received.map((m) => (m.to as { text: string }).text))).toEqual(new Set([f.at.focal_point.email, f.at.plan_owner.email]));
    expect(sink.received[0]!.text).toContain(`https://orms.test/orgs/${f.orgId}/bia?unitId=`);
  });
});
