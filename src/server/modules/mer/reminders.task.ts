import { eq } from 'drizzle-orm';
import { daysBetween, localDate, mondayOf } from '../../../domain/mer/calendar.js';
import { obligationPath } from '../../../domain/mer/obligation-links.js';
import { reminderDays } from '../../../domain/mer/obligations.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Services } from '../../context.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { roleDirectory, unique, type TRecipient } from '../notify/recipients.js';
import { organizations, people, units } from '../orgs/orgs.table.js';
import { judgeObligations, type TJudgedObligation } from './mer.obligations.js';
import { currentPolicy } from './mer.usecases.js';
import { digestMessage, reminderMessage } from './reminder-messages.js';

/** Reminders missed while no scheduler ran (a restart, a quiet weekend) are still sent this many days late, not older. */
const CATCH_UP_DAYS = 2;
/** Who answers for an obligation, nearest up the tree from its unit. */
const RESPONSIBLE = { plan: ['plan_owner', 'focal_point'], unit: ['focal_point'] } as const;

/**
 * Queues the reminders due today for every obligation: 30 and 7 days before, on the day,
 * then weekly escalation to the responsible people's supervisors and the coordinator; and
 * on Mondays each coordinator's weekly digest. Idempotent: each message has a key, so running
 * it twice, on two nodes at once, or again after a restart mid-run queues each message once.
 */
export async function queueObligationReminders(services: Services, publicUrl: string): Promise<number> {
  const orgs = await services.db.select({ id: organizations.id }).from(organizations);
  let queued = 0;
  for (const { id: orgId } of orgs) queued += await remindOrganization(services, publicUrl, orgId);
  return queued;
}

async function remindOrganization(services: Services, publicUrl: string, orgId: string): Promise<number> {
  const db = services.db;
  const orgUnits = await db.select({ id: units.id, parentId: units.parentId, timeZone: units.timeZone }).from(units).where(eq(units.orgId, orgId));
  const now = services.clock.now();
  const [items, directory, supervisorOf] = await Promise.all([
    currentPolicy(db, orgId).then((policy) => judgeObligations(db, orgId, orgUnits.map((u) => u.id), policy, now)),
    roleDirectory(db, orgId, ['plan_owner', 'focal_point', 'bc_coordinator']),
    supervisors(services, orgId),
  ]);
  const emails: TOutgoingEmail[] = [];
  for (const item of items) {
    if (item.status === 'done') continue;
    const today = localDate(now, item.timeZone);
    for (const reminder of reminderDays(item.dueOn, today)) {
      if (daysBetween(reminder.on, today) > CATCH_UP_DAYS) continue;
      const responsible = directory.nearest(item.unitId, RESPONSIBLE[item.subject.type]);
      const recipients =
        reminder.kind === 'escalation'
          ? unique([...responsible, ...responsible.flatMap((r) => supervisorOf(r)), ...directory.nearest(item.unitId, ['bc_coordinator'])])
          : responsible;
      for (const r of recipients) {
        const message = reminderMessage(r.language, { kind: item.kind, stage: reminder.kind, subjectType: item.subject.type, title: item.subject.title, unitName: item.unitName, dueOn: item.dueOn, daysLate: item.daysLate, link: `${publicUrl}${obligationPath(orgId, item)}` });
        emails.push({ orgId, to: r.email, personId: r.personId, language: r.language, ...message, dedupeKey: `mer:${item.subject.id}:${item.kind}:${item.dueOn}:${reminder.kind}@${reminder.on}:${r.email}` });
      }
    }
  }
  emails.push(...(await weeklyDigests(services, publicUrl, orgId, orgUnits, items, now)));
  return enqueueEmails(db, now, emails);
}

/** A person's supervisor from the directory, as a recipient (overdue reminders escalate to them). */
async function supervisors(services: Services, orgId: string) {
  const rows = await services.db.select({ id: people.id, email: people.email, language: people.preferredLanguage, supervisorId: people.supervisorId }).from(people).where(eq(people.orgId, orgId));
  const byId = new Map(rows.map((p) => [p.id, p]));
  return (r: TRecipient): TRecipient[] => {
    const boss = r.personId ? byId.get(byId.get(r.personId)?.supervisorId ?? '') : undefined;
    return boss ? [{ email: boss.email, personId: boss.id, language: boss.language as TRecipient['language'] }] : [];
  };
}

/**
 * Every Monday (or up to two days later, if no scheduler ran), each coordinator gets one
 * e-mail listing what is overdue and what falls due in the next 30 days in the units they
 * coordinate, in their language. Keyed by the week, so it is sent once a week.
 */
async function weeklyDigests(services: Services, publicUrl: string, orgId: string, orgUnits: { id: string; parentId: string | null; timeZone: string }[], items: TJudgedObligation[], now: Date): Promise<TOutgoingEmail[]> {
  const root = orgUnits.find((u) => u.parentId === null);
  if (!root) return [];
  const today = localDate(now, root.timeZone);
  const monday = mondayOf(today);
  if (daysBetween(monday, today) > CATCH_UP_DAYS) return [];
  const coordinators = await roleDirectory(services.db, orgId, ['bc_coordinator']);
  const emails: TOutgoingEmail[] = [];
  const sentTo = new Set<string>();
  for (const unit of orgUnits) {
    for (const coordinator of coordinators.at(unit.id, ['bc_coordinator'])) {
      if (sentTo.has(`${coordinator.email}:${unit.id}`)) continue;
      sentTo.add(`${coordinator.email}:${unit.id}`);
      const covered = subtreeIds(orgUnits, unit.id);
      const open = items.filter((i) => covered.has(i.unitId) && i.status !== 'done').sort((a, b) => b.daysLate - a.daysLate);
      if (open.length === 0) continue;
      const message = digestMessage(coordinator.language, {
        weekOf: monday,
        items: open.map((i) => ({ kind: i.kind, status: i.status, subjectType: i.subject.type, title: i.subject.title, unitName: i.unitName, dueOn: i.dueOn, daysLate: i.daysLate, link: `${publicUrl}${obligationPath(orgId, i)}` })),
        dashboard: `${publicUrl}/orgs/${orgId}/compliance`,
      });
      emails.push({ orgId, to: coordinator.email, personId: coordinator.personId, language: coordinator.language, ...message, dedupeKey: `mer-digest:${unit.id}:${monday}:${coordinator.email}` });
    }
  }
  return emails;
}
