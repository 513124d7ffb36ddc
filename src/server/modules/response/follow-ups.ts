import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { dueFollowUps } from '../../../domain/response/check-in.js';
import type { Services } from '../../context.js';
import { enqueueEmails } from '../notify/outbox.usecases.js';
import { people } from '../orgs/orgs.table.js';
import { checkInsOf, rollCall } from './check-in.usecases.js';
import { sitrepReminderText } from './follow-up-texts.js';
import { responseBroadcasts, responseEvents, responseTeam } from './response.table.js';
import { logRowsFor, sitrepDue } from './workspace.usecases.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Re-alerts and escalations for non-responders of every open event (check-in.ts
 * `dueFollowUps`), as notification rows: round-N re-alerts on the broadcast's channels and
 * one e-mail to the supervisor. Their keys sit under the unique index, so running this every
 * minute, on any number of nodes, inserts each round once.
 */
export async function queueFollowUps(services: Services) {
  const now = services.clock.now();
  const events = await services.db.select().from(responseEvents).where(ne(responseEvents.state, 'closed'));
  let realerts = 0;
  let escalations = 0;
  for (const event of events) {
    const recipients = await rollCall(services.db, event.id);
    if (recipients.length === 0) continue;
    const checkIns = await checkInsOf(services.db, event.id);
    const byBroadcast = new Map<string, typeof recipients>();
    for (const r of recipients) byBroadcast.set(r.broadcastId, [...(byBroadcast.get(r.broadcastId) ?? []), r]);
    for (const [broadcastId, group] of byBroadcast) {
      const due = dueFollowUps(
        { broadcastId, broadcastAt: group[0]!.broadcastAt, warningAfterMs: event.warningAfterMinutes * 60_000, realertEveryMs: event.realertEveryMinutes * 60_000, maxRealerts: event.maxRealerts, escalateAtRound: event.escalateAtRound },
        group,
        checkIns,
        now,
      );
      if (due.realerts.length > 0) {
        const round = due.realerts[0]!.round;
        const [b] = await services.db.select({ channels: responseBroadcasts.channels }).from(responseBroadcasts).where(eq(responseBroadcasts.id, broadcastId));
        const ids = JSON.stringify(due.realerts.map((r) => r.personId));
        const channels = JSON.stringify((b?.channels ?? []).filter((c) => c !== 'push'));
        const [n] = rowsOf<{ n: number }>(
          await services.db.execute(sql`
            WITH ins AS (
              INSERT INTO response_notifications (org_id, broadcast_id, recipient_id, person_id, kind, channel, round, address, language, key, status, next_attempt_at, created_at)
              SELECT org_id, broadcast_id, recipient_id, person_id, 'realert', channel, ${round}, address, language,
                'n:' || broadcast_id || ':' || person_id || ':' || channel || ':' || ${round}, 'pending', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
              FROM response_notifications
              WHERE broadcast_id = ${broadcastId} AND round = 0 AND kind = 'alert'
                AND person_id::text IN (SELECT jsonb_array_elements_text(${ids}::jsonb))
                AND channel IN (SELECT jsonb_array_elements_text(${channels}::jsonb))
              ON CONFLICT (key) DO NOTHING RETURNING 1)
            SELECT count(*)::int AS n FROM ins`),
        );
        realerts += n!.n;
      }
      const toSupervisors = due.escalations.filter((e) => e.supervisorId !== null);
      if (toSupervisors.length > 0) {
        const payload = JSON.stringify(toSupervisors.map((e) => ({ person: e.personId, supervisor: e.supervisorId, key: e.key })));
        const [n] = rowsOf<{ n: number }>(
          await services.db.execute(sql`
            WITH ins AS (
              INSERT INTO response_notifications (org_id, broadcast_id, recipient_id, person_id, kind, channel, round, address, language, key, status, next_attempt_at, created_at)
              SELECT r.org_id, r.broadcast_id, r.id, s.id, 'escalation', 'email', 0, btrim(s.email),
                CASE WHEN s.preferred_language IN ('en','fr','es','ru','zh','ar') THEN s.preferred_language ELSE 'en' END,
                x.key, 'pending', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
              FROM jsonb_to_recordset(${payload}::jsonb) AS x(person uuid, supervisor uuid, key text)
              JOIN response_recipients r ON r.broadcast_id = ${broadcastId} AND r.person_id = x.person
              JOIN people s ON s.id = x.supervisor AND btrim(s.email) <> ''
              ON CONFLICT (key) DO NOTHING RETURNING 1)
            SELECT count(*)::int AS n FROM ins`),
        );
        escalations += n!.n;
      }
    }
  }
  return { realerts, escalations };
}

/** Reminds the event's lead and scribe of the next situation report at the interval the CMT chose (through the mail outbox). */
export async function queueSitrepReminders(services: Services, publicUrl: string) {
  const now = services.clock.now();
  const events = await services.db.select().from(responseEvents).where(and(ne(responseEvents.state, 'closed'), sql`${responseEvents.sitrepIntervalMinutes} IS NOT NULL`));
  let queued = 0;
  for (const event of events) {
    const reminders = sitrepDue(event, await logRowsFor(services, event.id), now).filter((s) => s.reminder !== null);
    if (reminders.length === 0) continue;
    const team = await services.db.select({ personId: responseTeam.personId }).from(responseTeam).where(and(eq(responseTeam.eventId, event.id), inArray(responseTeam.role, ['lead', 'scribe'])));
    if (team.length === 0) continue;
    const members = await services.db.select().from(people).where(inArray(people.id, [...new Set(team.map((m) => m.personId))]));
    const link = `${publicUrl.replace(/\/$/, '')}/orgs/${event.orgId}/events/${event.id}`;
    queued += await enqueueEmails(
      services.db,
      now,
      reminders.flatMap((s) =>
        members.map((p) => {
          const language = ((LANGUAGES as readonly string[]).includes(p.preferredLanguage) ? p.preferredLanguage : 'en') as TLanguage;
          const { subject, text } = sitrepReminderText(language, event.exercise, s.kind, event.title, s.reminder!.stage, link);
          return { orgId: event.orgId, to: p.email, personId: p.id, language, subject, text, dedupeKey: `${s.reminder!.key}:${p.id}` };
        }),
      ),
    );
  }
  return { queued };
}
