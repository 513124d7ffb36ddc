import { desc, eq, sql } from 'drizzle-orm';
import type { TBroadcastInput } from '../../../domain/contract/response.js';
import { resolveAudience, type TAudience, type TReachIssue } from '../../../domain/response/audience.js';
import { inTransaction, type Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { defineError, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { people } from '../orgs/orgs.table.js';
import { audienceCondition, emailOk, languageOf, loadDirectory, normalizedPhone, phoneOk, reachableSql } from './audience.sql.js';
import { loadManagedEvent, type TEventRow } from './events.usecases.js';
import { responseBroadcasts } from './response.table.js';

const eventClosed = defineError({ code: 'response.event_closed', status: 409, message: 'The event is closed: nothing more is sent for it.' });

/** Contact details not edited for this long are flagged before the broadcast goes out. */
export const STALE_AFTER_MONTHS = 12;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

function normalizeAudience(input: TBroadcastInput['audience']): TAudience {
  return { unitIds: input.unitIds, roles: input.roles, personIds: input.personIds, locations: input.locations.map((l) => l.toLowerCase()) };
}

function checkUnits(scopeUnits: readonly { id: string }[], audience: TAudience) {
  const known = new Set(scopeUnits.map((u) => u.id));
  const issues = [
    ...audience.unitIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.audience.unitIds.${i}`, message: 'Not a unit of this organization' }])),
    ...audience.roles.flatMap((r, i) => (r.withinUnitId === undefined || known.has(r.withinUnitId) ? [] : [{ path: `body.audience.roles.${i}.withinUnitId`, message: 'Not a unit of this organization' }])),
  ];
  if (issues.length) throw invalidInput('The audience names units outside this organization.', issues);
}

/**
 * The pre-send check: who the broadcast would reach and who it cannot (no channel, no
 * phone, invalid number, stale details, shared phone), before anything goes out.
 */
export async function previewBroadcast(ctx: Ctx, orgId: string, eventId: string, input: TBroadcastInput) {
  const { scope } = await loadManagedEvent(ctx, orgId, eventId);
  const audience = normalizeAudience(input.audience);
  checkUnits(scope.units, audience);
  const directory = await loadDirectory(ctx.db, orgId);
  const resolved = resolveAudience(audience, directory, scope.units, { channels: input.channels, staleAfterMonths: STALE_AFTER_MONTHS, now: ctx.clock.now() });
  const names = new Map((await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(eq(people.orgId, orgId))).map((p) => [p.id, p.fullName]));
  const byProblem: Record<string, number> = {};
  for (const issue of resolved.issues) byProblem[issue.problem] = (byProblem[issue.problem] ?? 0) + 1;
  const byChannel: Record<string, number> = {};
  for (const target of resolved.targets) byChannel[target.channel] = (byChannel[target.channel] ?? 0) + 1;
  return {
    recipients: resolved.recipients.length,
    unreachable: resolved.unreachableIds.length,
    byChannel,
    byProblem,
    issues: resolved.issues.slice(0, 200).map((i) => ({ ...i, fullName: names.get(i.personId) ?? '', confirmedAt: i.confirmedAt === undefined ? undefined : (i.confirmedAt?.toISOString() ?? null) })),
    issuesShown: Math.min(resolved.issues.length, 200),
    issuesTotal: resolved.issues.length,
  };
}

/**
 * Writes the broadcast, its roll call and one notification per recipient and channel, in
 * the caller's transaction (ADR 0014): either the CMT's action happened and every
 * notification exists, or neither. Two set-based statements, whatever the audience's size.
 */
export async function writeBroadcast(
  t: Pick<Ctx, 'db' | 'clock'>,
  event: TEventRow,
  units: readonly { id: string; parentId: string | null }[],
  input: { template: 'alert' | 'update'; audience: TAudience; channels: readonly string[]; message: string },
  createdBy: string,
) {
  const now = t.clock.now();
  const [broadcast] = await t.db
    .insert(responseBroadcasts)
    .values({
      orgId: event.orgId,
      eventId: event.id,
      template: input.template,
      audience: input.audience,
      channels: [...input.channels],
      message: input.message,
      exercise: event.exercise,
      asksCheckIn: input.template === 'alert',
      recipientCount: 0,
      issues: [],
      createdAt: now,
      createdBy,
    })
    .returning();
  const b = broadcast!.id;
  const condition = audienceCondition({ orgId: event.orgId, audience: input.audience, units });
  const [written] = rowsOf<{ n: number }>(
    await t.db.execute(sql`
      WITH ins AS (
        INSERT INTO response_recipients (org_id, event_id, broadcast_id, person_id, unit_id, supervisor_id, language, reachable)
        SELECT p.org_id, ${event.id}, ${b}, p.id, p.unit_id, p.supervisor_id, ${languageOf}, ${reachableSql(input.channels)}
        FROM people p JOIN units u ON u.id = p.unit_id
        WHERE ${condition}
        ON CONFLICT DO NOTHING RETURNING 1)
      SELECT count(*)::int AS n FROM ins`),
  );
  const channels = JSON.stringify(input.channels.filter((c) => c !== 'push'));
  const kind = input.template;
  const [sent] = rowsOf<{ n: number }>(
    await t.db.execute(sql`
      WITH ins AS (
        INSERT INTO response_notifications (org_id, broadcast_id, recipient_id, person_id, kind, channel, round, address, language, key, status, next_attempt_at, created_at)
        SELECT r.org_id, r.broadcast_id, r.id, r.person_id, ${kind}, c.channel, 0,
          CASE WHEN c.channel = 'email' THEN btrim(p.email) ELSE ${normalizedPhone} END,
          r.language, 'n:' || r.broadcast_id || ':' || r.person_id || ':' || c.channel || ':0', 'pending', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
        FROM response_recipients r JOIN people p ON p.id = r.person_id
        CROSS JOIN (SELECT jsonb_array_elements_text(${channels}::jsonb) AS channel) c
        WHERE r.broadcast_id = ${b} AND ((c.channel = 'email' AND ${emailOk}) OR (c.channel IN ('sms', 'voice') AND ${phoneOk}))
        ON CONFLICT (key) DO NOTHING RETURNING 1)
      SELECT count(*)::int AS n FROM ins`),
  );
  const staleBefore = new Date(now.getTime() - STALE_AFTER_MONTHS * 30.4 * 86_400_000);
  // The pre-send problems kept with the broadcast: "who could not be reached" is a record, not a recollection.
  const issues = rowsOf<{ person_id: string; problem: TReachIssue['problem'] }>(
    await t.db.execute(sql`
      SELECT r.person_id, CASE WHEN NOT r.reachable THEN 'no_channel' ELSE 'stale_contact' END AS problem
      FROM response_recipients r JOIN people p ON p.id = r.person_id
      WHERE r.broadcast_id = ${b} AND (NOT r.reachable OR p.updated_at < ${staleBefore.toISOString()}::timestamptz)
      ORDER BY 2, 1 LIMIT 5000`),
  ).map((r) => ({ personId: r.person_id, problem: r.problem }));
  await t.db.update(responseBroadcasts).set({ recipientCount: written!.n, issues }).where(eq(responseBroadcasts.id, b));
  return { id: b, recipients: written!.n, notifications: sent!.n, unreachable: issues.filter((i) => i.problem === 'no_channel').length };
}

export async function sendBroadcast(ctx: Ctx, orgId: string, eventId: string, input: TBroadcastInput) {
  const { scope, event } = await loadManagedEvent(ctx, orgId, eventId);
  if (event.state === 'closed') throw eventClosed();
  const audience = normalizeAudience(input.audience);
  checkUnits(scope.units, audience);
  return inTransaction(ctx, async (t) => {
    const result = await writeBroadcast(t, event, scope.units, { template: input.template, audience, channels: input.channels, message: input.message }, ctx.actor.userId);
    await audit(t, {
      orgId,
      action: `response_broadcast.${input.template}`,
      entityType: 'response_event',
      entityId: eventId,
      after: { broadcastId: result.id, audience, channels: input.channels, recipients: result.recipients, notifications: result.notifications, unreachable: result.unreachable },
    });
    return result;
  });
}

/** Per broadcast: how many notifications are waiting, sent, failed, per channel. */
export async function broadcastProgress(db: Db, eventId: string) {
  const list = await db.select().from(responseBroadcasts).where(eq(responseBroadcasts.eventId, eventId)).orderBy(desc(responseBroadcasts.createdAt));
  const counts = rowsOf<{ broadcast_id: string; channel: string; status: string; n: number }>(
    await db.execute(sql`SELECT n.broadcast_id, n.channel, n.status, count(*)::int AS n FROM response_notifications n JOIN response_broadcasts b ON b.id = n.broadcast_id WHERE b.event_id = ${eventId} GROUP BY 1, 2, 3`),
  );
  return list.map((b) => ({
    id: b.id,
    template: b.template,
    channels: b.channels,
    message: b.message,
    recipients: b.recipientCount,
    unreachable: b.issues.filter((i) => i.problem === 'no_channel').length,
    stale: b.issues.filter((i) => i.problem === 'stale_contact').length,
    createdAt: b.createdAt.toISOString(),
    delivery: counts.filter((c) => c.broadcast_id === b.id).map((c) => ({ channel: c.channel, status: c.status, count: c.n })),
  }));
}
