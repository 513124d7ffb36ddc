import { eq } from 'drizzle-orm';
import { daysBetween, localDate } from '../../../domain/mer/calendar.js';
import { reminderDays } from '../../../domain/mer/obligations.js';
import type { Services } from '../../context.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { roleDirectory, unique } from '../notify/recipients.js';
import { organizations, units } from '../orgs/orgs.table.js';
import { judgePlans } from './mer.obligations.js';
import { changeEvents, planRecords } from './mer.repository.js';
import { currentPolicy } from './mer.usecases.js';
import { reminderMessage } from './reminder-messages.js';

/** Reminders missed while no scheduler ran (a restart, a quiet weekend) are still sent this many days late, not older. */
const CATCH_UP_DAYS = 2;

/**
 * Queues the reminders due today for every plan obligation: 30 and 7 days before, on the
 * day, then weekly escalation to the coordinator as well. Idempotent: each reminder has a
 * key, so running it twice, or on two nodes at once, queues each message once.
 */
export async function queueObligationReminders(services: Services, publicUrl: string): Promise<number> {
  const orgs = await services.db.select({ id: organizations.id }).from(organizations);
  let queued = 0;
  for (const { id: orgId } of orgs) queued += await remindOrganization(services, publicUrl, orgId);
  return queued;
}

async function remindOrganization(services: Services, publicUrl: string, orgId: string): Promise<number> {
  const db = services.db;
  const unitIds = (await db.select({ id: units.id }).from(units).where(eq(units.orgId, orgId))).map((u) => u.id);
  const [policy, records, events, directory] = await Promise.all([currentPolicy(db, orgId), planRecords(db, orgId, unitIds), changeEvents(db, orgId, unitIds), roleDirectory(db, orgId, ['plan_owner', 'focal_point', 'bc_coordinator'])]);
  const now = services.clock.now();
  const emails: TOutgoingEmail[] = [];
  for (const item of judgePlans(records, events, policy, now)) {
    if (item.status === 'done') continue;
    const today = localDate(now, item.timeZone);
    for (const reminder of reminderDays(item.dueOn, today)) {
      if (daysBetween(reminder.on, today) > CATCH_UP_DAYS) continue;
      const responsible = directory.nearest(item.unitId, ['plan_owner', 'focal_point']);
      const recipients = reminder.kind === 'escalation' ? unique([...responsible, ...directory.nearest(item.unitId, ['bc_coordinator'])]) : responsible;
      for (const r of recipients) {
        const message = reminderMessage(r.language, { kind: item.kind, stage: reminder.kind, planTitle: item.subject.title, unitName: item.unitName, dueOn: item.dueOn, daysLate: item.daysLate, link: `${publicUrl}/orgs/${orgId}/plans/${item.subject.id}` });
        emails.push({ orgId, to: r.email, personId: r.personId, language: r.language, ...message, dedupeKey: `mer:${item.subject.id}:${item.kind}:${item.dueOn}:${reminder.kind}@${reminder.on}:${r.email}` });
      }
    }
  }
  return enqueueEmails(db, now, emails);
}
