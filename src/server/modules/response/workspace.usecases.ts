import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { TSitrepInput } from '../../../domain/contract/response.js';
import { sitrepSchedule, type TSitrepKind } from '../../../domain/response/sitreps.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { people } from '../orgs/orgs.table.js';
import { loadEvent, loadManagedEvent, type TEventRow } from './events.usecases.js';
import { responsePolicy } from './response.policy.js';
import { responseLog, responseTeam } from './response.table.js';

/**
 * The CMT workspace: who holds which role in this event, the decision log, actions with
 * owners, situation reports and the official updates staff read. Every entry is
 * time-stamped by the server clock, names its author and goes to the audit trail.
 */
export const LOG_KINDS = ['decision', 'action', 'note', 'reassessment', 'sitrep', 'update'] as const;
export type TLogKind = (typeof LOG_KINDS)[number];

const closedEvent = defineError({ code: 'response.event_closed', status: 409, message: 'The event is closed: its log is final.' });
const entryNotFound = defineError({ code: 'response.entry_not_found', status: 404, message: 'Log entry not found.' });

/** Writes one log entry and its audit record; call inside the action's transaction. */
export async function addLogEntry(t: Ctx, event: TEventRow, kind: TLogKind, body: Record<string, unknown>, ownerPersonId: string | null) {
  const [row] = await t.db
    .insert(responseLog)
    .values({ orgId: event.orgId, eventId: event.id, kind, body, ownerPersonId, at: t.clock.now(), by: t.actor.userId, byName: t.actor.name })
    .returning({ id: responseLog.id });
  await audit(t, { orgId: event.orgId, action: `response_log.${kind}`, entityType: 'response_event', entityId: event.id, after: { entryId: row!.id, ...body, ...(ownerPersonId ? { ownerPersonId } : {}) } });
  return row!.id;
}

async function writable(ctx: Ctx, orgId: string, eventId: string) {
  const loaded = await loadManagedEvent(ctx, orgId, eventId);
  if (loaded.event.state === 'closed') throw closedEvent();
  return loaded;
}

async function personOf(ctx: Ctx, orgId: string, personId: string, path: string) {
  const [person] = await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!person) throw invalidInput('Unknown person.', [{ path, message: 'Not a person of this organization' }]);
  return person;
}

export async function assignTeamRole(ctx: Ctx, orgId: string, eventId: string, input: { role: string; personId: string }) {
  const { event } = await writable(ctx, orgId, eventId);
  await personOf(ctx, orgId, input.personId, 'body.personId');
  return inTransaction(ctx, async (t) => {
    await t.db.insert(responseTeam).values({ orgId, eventId, role: input.role, personId: input.personId, assignedAt: ctx.clock.now(), assignedBy: ctx.actor.userId }).onConflictDoNothing();
    await audit(t, { orgId, action: 'response_team.assigned', entityType: 'response_event', entityId: event.id, after: input });
    return input;
  });
}

export async function removeTeamRole(ctx: Ctx, orgId: string, eventId: string, input: { role: string; personId: string }) {
  const { event } = await writable(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => {
    await t.db.delete(responseTeam).where(and(eq(responseTeam.eventId, eventId), eq(responseTeam.role, input.role), eq(responseTeam.personId, input.personId)));
    await audit(t, { orgId, action: 'response_team.removed', entityType: 'response_event', entityId: event.id, before: input });
    return input;
  });
}

export async function logDecision(ctx: Ctx, orgId: string, eventId: string, input: { decision: string; rationale: string; optionsConsidered: string[] }) {
  const { event } = await writable(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => ({ id: await addLogEntry(t, event, 'decision', input, null) }));
}

export async function logAction(ctx: Ctx, orgId: string, eventId: string, input: { title: string; ownerPersonId: string; dueAt: string | null }) {
  const { event } = await writable(ctx, orgId, eventId);
  await personOf(ctx, orgId, input.ownerPersonId, 'body.ownerPersonId');
  return inTransaction(ctx, async (t) => ({ id: await addLogEntry(t, event, 'action', { title: input.title, dueAt: input.dueAt }, input.ownerPersonId) }));
}

export async function completeAction(ctx: Ctx, orgId: string, eventId: string, entryId: string) {
  const { event } = await writable(ctx, orgId, eventId);
  const [entry] = await ctx.db.select().from(responseLog).where(and(eq(responseLog.eventId, eventId), eq(responseLog.id, entryId), eq(responseLog.kind, 'action')));
  if (!entry) throw entryNotFound();
  if (entry.doneAt) return { doneAt: entry.doneAt.toISOString() };
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    await t.db.update(responseLog).set({ doneAt: now }).where(eq(responseLog.id, entryId));
    await audit(t, { orgId, action: 'response_log.action_done', entityType: 'response_event', entityId: event.id, after: { entryId } });
    return { doneAt: now.toISOString() };
  });
}

export async function submitSitrep(ctx: Ctx, orgId: string, eventId: string, input: TSitrepInput) {
  const { event } = await writable(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => ({ id: await addLogEntry(t, event, 'sitrep', { ...input }, null) }));
}

export async function publishUpdate(ctx: Ctx, orgId: string, eventId: string, input: { title: string; body: string }) {
  const { event } = await writable(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => ({ id: await addLogEntry(t, event, 'update', input, null) }));
}

const present = (r: typeof responseLog.$inferSelect, names: Map<string, string>) => ({
  id: r.id,
  kind: r.kind as TLogKind,
  body: r.body,
  ownerPersonId: r.ownerPersonId,
  ownerName: r.ownerPersonId ? (names.get(r.ownerPersonId) ?? '') : null,
  doneAt: r.doneAt?.toISOString() ?? null,
  at: r.at.toISOString(),
  byName: r.byName,
});

/** The log for the CMT; the sitrep schedule of each kind is shown with it (reminders follow the same rule). */
export async function readLog(ctx: Ctx, orgId: string, eventId: string) {
  const { scope, event } = await loadEvent(ctx, orgId, eventId);
  if (!responsePolicy.readWorkspace(scope, event.affectedUnitIds)) throw forbidden();
  const rows = await ctx.db.select().from(responseLog).where(eq(responseLog.eventId, eventId)).orderBy(desc(responseLog.at));
  const owners = [...new Set(rows.map((r) => r.ownerPersonId).filter((id): id is string => id !== null))];
  const names = new Map((owners.length ? await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(inArray(people.id, owners)) : []).map((p) => [p.id, p.fullName]));
  return { items: rows.map((r) => present(r, names)), sitreps: sitrepDue(event, rows, ctx.clock.now()) };
}

/** Official updates: what every staff member of the affected units reads. */
export async function readUpdates(ctx: Ctx, orgId: string, eventId: string) {
  const { event } = await loadEvent(ctx, orgId, eventId);
  const rows = await ctx.db.select().from(responseLog).where(and(eq(responseLog.eventId, eventId), eq(responseLog.kind, 'update'))).orderBy(desc(responseLog.at));
  return { exercise: event.exercise, title: event.title, items: rows.map((r) => ({ id: r.id, title: String(r.body.title ?? ''), body: String(r.body.body ?? ''), at: r.at.toISOString(), byName: r.byName })) };
}

export function sitrepDue(event: TEventRow, rows: readonly (typeof responseLog.$inferSelect)[], now: Date) {
  if (event.sitrepIntervalMinutes === null || event.state === 'closed') return [];
  return (['tactical', 'executive'] as TSitrepKind[]).map((kind) => {
    const last = rows.filter((r) => r.kind === 'sitrep' && r.body.kind === kind).reduce<Date | null>((at, r) => (at === null || r.at > at ? r.at : at), null);
    const schedule = sitrepSchedule(
      { eventId: event.id, kind, intervalMs: event.sitrepIntervalMinutes! * 60_000, chosenAt: event.sitrepIntervalChosenAt ?? event.declaredAt, lastSubmittedAt: last, remindBeforeMs: Math.min(15, event.sitrepIntervalMinutes! / 4) * 60_000 },
      now,
    );
    return { kind, dueAt: schedule.dueAt.toISOString(), overdue: schedule.overdue, reminder: schedule.reminder };
  });
}

export async function logRowsFor(ctx: Pick<Ctx, 'db'>, eventId: string) {
  return ctx.db.select().from(responseLog).where(eq(responseLog.eventId, eventId)).orderBy(asc(responseLog.at));
}
