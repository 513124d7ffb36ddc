import { and, eq, inArray } from 'drizzle-orm';
import { daysBetween, localDate } from '../../../domain/mer/calendar.js';
import { reminderDays } from '../../../domain/mer/obligations.js';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import type { Services } from '../../context.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { organizations, people, roleAssignments, units } from '../orgs/orgs.table.js';
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
  const orgUnits = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.orgId, orgId));
  const unitIds = orgUnits.map((u) => u.id);
  const [policy, records, events, holders] = await Promise.all([currentPolicy(db, orgId), planRecords(db, orgId, unitIds), changeEvents(db, orgId, unitIds), roleHolders(db, orgId)]);
  const parentOf = new Map(orgUnits.map((u) => [u.id, u.parentId]));
  // The nearest unit, from this one up, where someone holds one of the roles.
  const nearest = (unitId: string, roles: readonly string[]) => {
    for (let at: string | null | undefined = unitId; at; at = parentOf.get(at)) {
      const found = holders.filter((h) => h.unitId === at && roles.includes(h.role));
      if (found.length > 0) return found;
    }
    return [];
  };
  const now = services.clock.now();
  const emails: TOutgoingEmail[] = [];
  for (const item of judgePlans(records, events, policy, now)) {
    if (item.status === 'done') continue;
    const today = localDate(now, item.timeZone);
    for (const reminder of reminderDays(item.dueOn, today)) {
      if (daysBetween(reminder.on, today) > CATCH_UP_DAYS) continue;
      const responsible = nearest(item.unitId, ['plan_owner', 'focal_point']);
      const recipients = reminder.kind === 'escalation' ? [...responsible, ...nearest(item.unitId, ['bc_coordinator'])] : responsible;
      for (const r of unique(recipients)) {
        const language = (LANGUAGES as readonly string[]).includes(r.language) ? (r.language as TLanguage) : 'en';
        const message = reminderMessage(language, { kind: item.kind, stage: reminder.kind, planTitle: item.subject.title, unitName: item.unitName, dueOn: item.dueOn, daysLate: item.daysLate, link: `${publicUrl}/orgs/${orgId}/plans/${item.subject.id}` });
        emails.push({ orgId, to: r.email, personId: r.personId, language, ...message, dedupeKey: `mer:${item.subject.id}:${item.kind}:${item.dueOn}:${reminder.kind}@${reminder.on}:${r.email}` });
      }
    }
  }
  return enqueueEmails(db, now, emails);
}

async function roleHolders(db: Db, orgId: string) {
  const rows = await db
    .select({ unitId: roleAssignments.unitId, role: roleAssignments.role, email: user.email, personId: people.id, personEmail: people.email, language: people.preferredLanguage })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .leftJoin(people, and(eq(people.id, user.personId), eq(people.orgId, orgId)))
    .where(and(eq(roleAssignments.orgId, orgId), inArray(roleAssignments.role, ['plan_owner', 'focal_point', 'bc_coordinator'])));
  // The directory's address is the one people keep current; the sign-in address is the fallback.
  return rows.map((r) => ({ unitId: r.unitId, role: r.role, email: r.personEmail ?? r.email, personId: r.personId, language: r.language ?? 'en' }));
}

const unique = <T extends { email: string }>(list: T[]) => [...new Map(list.map((r) => [r.email, r])).values()];
