import { and, desc, eq, sql } from 'drizzle-orm';
import type { TInboundSms } from '../../../domain/contract/response.js';
import { accountability, parseSmsReply, rollUpToOffices, type TCheckIn, type TCheckInStatus, type TRollCallRecipient } from '../../../domain/response/check-in.js';
import { inTransaction, type Ctx, type Services } from '../../context.js';
import type { Db } from '../../db/database.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { organizations, people } from '../orgs/orgs.table.js';
import { parseCheckInToken, signatureValid, signingKey } from './check-in-links.js';
import { loadEvent } from './events.usecases.js';
import { responsePolicy } from './response.policy.js';
import { responseCheckIns, responseEvents, responseRecipients } from './response.table.js';

const linkNotFound = defineError({ code: 'response.link_not_found', status: 404, message: 'This check-in link is not valid.' });
const linkExpired = defineError({ code: 'response.link_expired', status: 410, message: 'This check-in link has expired. Reply to the SMS or call your focal point.' });
const notInRollCall = defineError({ code: 'response.not_in_roll_call', status: 400, message: 'This person was not alerted for this event.' });

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The recipient a link designates, after checking its form, signature and expiry. */
async function recipientOfLink(db: Db, token: string, now: Date) {
  const parsed = parseCheckInToken(token);
  if (!parsed) throw invalidInput('Not a check-in link.', [{ path: 'params.token', message: 'malformed' }]);
  const [row] = await db
    .select({ r: responseRecipients, event: responseEvents, fullName: people.fullName, orgName: organizations.name })
    .from(responseRecipients)
    .innerJoin(responseEvents, eq(responseEvents.id, responseRecipients.eventId))
    .innerJoin(people, eq(people.id, responseRecipients.personId))
    .innerJoin(organizations, eq(organizations.id, responseRecipients.orgId))
    .where(eq(responseRecipients.id, parsed.recipientId));
  // Unknown recipient and forged signature answer alike: a link either works or says nothing.
  if (!row || !signatureValid(await signingKey(db, row.r.orgId, now), parsed)) throw linkNotFound();
  if (parsed.expiresAt <= now || row.event.state === 'closed') throw linkExpired();
  return row;
}

async function latestFor(db: Db, eventId: string, personId: string) {
  const [latest] = await db.select().from(responseCheckIns).where(and(eq(responseCheckIns.eventId, eventId), eq(responseCheckIns.personId, personId), sql`${responseCheckIns.status} IS NOT NULL`)).orderBy(desc(responseCheckIns.at)).limit(1);
  return latest ? { status: latest.status as TCheckInStatus, at: latest.at.toISOString() } : null;
}

/** What the public check-in page shows: whose link, which event, in the recipient's language. */
export async function readCheckInLink(services: Services, token: string) {
  const row = await recipientOfLink(services.db, token, services.clock.now());
  return {
    orgName: row.orgName,
    eventTitle: row.event.title,
    exercise: row.event.exercise,
    language: row.r.language,
    firstName: row.fullName.split(/\s+/)[0] ?? '',
    latest: await latestFor(services.db, row.event.id, row.r.personId),
  };
}

/**
 * One tap, no sign-in: the link's own recipient is checked in for the link's own event. Not
 * in the audit trail (thousands arrive in minutes; the check-in row, with its source and
 * instant, is the record), unlike a colleague's report on someone's behalf.
 */
export async function checkInByLink(services: Services, token: string, input: { status: TCheckInStatus; note: string }) {
  const now = services.clock.now();
  const row = await recipientOfLink(services.db, token, now);
  await services.db.insert(responseCheckIns).values({ orgId: row.r.orgId, eventId: row.event.id, personId: row.r.personId, status: input.status, source: 'link', note: input.note, reportedByPersonId: row.r.personId, reportedByName: row.fullName, at: now });
  return { status: input.status, at: now.toISOString() };
}

/**
 * An SMS reply from the gateway's webhook (signature checked by the route): matched by phone
 * to the latest alert of an event still open, read with `parseSmsReply` (`1`, `2`, words;
 * anything else kept as text), counted once per gateway message id (gateways retry).
 */
export async function ingestSmsReply(services: Services, sms: TInboundSms) {
  const now = services.clock.now();
  const [match] = rowsOf<{ org_id: string; event_id: string; person_id: string; full_name: string }>(
    await services.db.execute(sql`
      SELECT r.org_id, r.event_id, r.person_id, p.full_name
      FROM response_recipients r
      JOIN response_broadcasts b ON b.id = r.broadcast_id AND b.asks_check_in
      JOIN response_events e ON e.id = r.event_id AND e.state <> 'closed'
      JOIN people p ON p.id = r.person_id
      WHERE regexp_replace(coalesce(p.mobile_phone, ''), '[[:space:]().-]', '', 'g') = ${sms.from}
      ORDER BY b.created_at DESC LIMIT 1`),
  );
  if (!match) return { matched: false as const, status: null };
  const parsed = parseSmsReply(sms.body);
  const at = sms.receivedAt ? new Date(Math.min(new Date(sms.receivedAt).getTime(), now.getTime())) : now;
  const inserted = await services.db
    .insert(responseCheckIns)
    .values({ orgId: match.org_id, eventId: match.event_id, personId: match.person_id, status: parsed.status, source: 'sms', note: parsed.text, reportedByPersonId: match.person_id, reportedByName: match.full_name, providerMessageId: sms.id, at })
    .onConflictDoNothing()
    .returning({ id: responseCheckIns.id });
  return { matched: true as const, status: parsed.status, duplicate: inserted.length === 0 };
}

async function inRollCall(db: Db, eventId: string, personId: string) {
  const [row] = await db.select({ id: responseRecipients.id }).from(responseRecipients).where(and(eq(responseRecipients.eventId, eventId), eq(responseRecipients.personId, personId))).limit(1);
  return !!row;
}

/** A colleague who reached someone reports them safe or in need of help; recorded as theirs, with the colleague named. */
export async function checkInOnBehalf(ctx: Ctx, orgId: string, eventId: string, input: { personId: string; status: TCheckInStatus; note: string }) {
  const { scope, event } = await loadEvent(ctx, orgId, eventId);
  const [person] = await ctx.db.select().from(people).where(and(eq(people.orgId, orgId), eq(people.id, input.personId)));
  if (!person) throw invalidInput('Unknown person.', [{ path: 'body.personId', message: 'Not a person of this organization' }]);
  if (!responsePolicy.checkInFor(scope, person.unitId) || scope.readsAll) throw forbidden();
  if (event.state === 'closed') throw invalidInput('The event is closed.', [{ path: 'params.eventId', message: 'closed' }]);
  if (!(await inRollCall(ctx.db, eventId, input.personId))) throw notInRollCall(undefined, [{ path: 'body.personId', message: 'not alerted for this event' }]);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const self = ctx.actor.personId === input.personId;
    await t.db.insert(responseCheckIns).values({ orgId, eventId, personId: input.personId, status: input.status, source: self ? 'app' : 'on_behalf', note: input.note, reportedByPersonId: ctx.actor.personId, reportedByName: ctx.actor.name, at: now });
    await audit(t, { orgId, action: self ? 'response_check_in.self' : 'response_check_in.on_behalf', entityType: 'response_event', entityId: eventId, after: { personId: input.personId, status: input.status, note: input.note } });
    return { status: input.status, at: now.toISOString() };
  });
}

/** The roll call: latest recipient row per person over the event's alerts (who is expected to answer). */
export async function rollCall(db: Db, eventId: string): Promise<(TRollCallRecipient & { recipientId: string; broadcastId: string; broadcastAt: Date })[]> {
  return rowsOf<{ person_id: string; unit_id: string; reachable: boolean; supervisor_id: string | null; id: string; broadcast_id: string; created_at: string | Date }>(
    await db.execute(sql`
      SELECT DISTINCT ON (r.person_id) r.person_id, r.unit_id, r.reachable, r.supervisor_id, r.id, r.broadcast_id, b.created_at
      FROM response_recipients r JOIN response_broadcasts b ON b.id = r.broadcast_id AND b.asks_check_in
      WHERE r.event_id = ${eventId}
      ORDER BY r.person_id, b.created_at DESC`),
  ).map((r) => ({ personId: r.person_id, unitId: r.unit_id, reachable: r.reachable, supervisorId: r.supervisor_id, recipientId: r.id, broadcastId: r.broadcast_id, broadcastAt: new Date(r.created_at) }));
}

export async function checkInsOf(db: Db, eventId: string): Promise<(TCheckIn & { id: string; reportedByName: string })[]> {
  const rows = await db.select().from(responseCheckIns).where(and(eq(responseCheckIns.eventId, eventId), sql`${responseCheckIns.status} IS NOT NULL`));
  return rows.map((c) => ({ id: c.id, personId: c.personId, status: c.status as TCheckInStatus, at: c.at, reportedBy: c.reportedByPersonId ?? '', reportedByName: c.reportedByName, source: c.source as TCheckIn['source'], note: c.note }));
}

const LIST_LIMIT = 500;

/** Who is accounted for, per office (the affected units) and overall, with the people the CMT must act on. */
export async function accountabilityBoard(ctx: Ctx, orgId: string, eventId: string) {
  const { scope, event } = await loadEvent(ctx, orgId, eventId);
  if (!responsePolicy.readWorkspace(scope, event.affectedUnitIds)) throw forbidden();
  const recipients = await rollCall(ctx.db, eventId);
  const checkIns = await checkInsOf(ctx.db, eventId);
  const { overall, byUnit } = accountability(recipients, checkIns);
  const offices = rollUpToOffices(byUnit, scope.units, event.affectedUnitIds);
  const latest = new Map<string, (typeof checkIns)[number]>();
  for (const c of checkIns) {
    const held = latest.get(c.personId);
    if (!held || c.at > held.at || (c.at.getTime() === held.at.getTime() && c.status === 'need_help')) latest.set(c.personId, c);
  }
  const names = new Map((await ctx.db.select({ id: people.id, fullName: people.fullName, unitId: people.unitId }).from(people).where(eq(people.orgId, orgId))).map((p) => [p.id, p]));
  const personView = (personId: string) => ({ personId, fullName: names.get(personId)?.fullName ?? '', unitName: scope.unit(names.get(personId)?.unitId ?? '')?.name ?? '' });
  const needHelp = recipients.filter((r) => latest.get(r.personId)?.status === 'need_help').map((r) => ({ ...personView(r.personId), note: latest.get(r.personId)!.note ?? '', at: latest.get(r.personId)!.at.toISOString(), reportedByName: latest.get(r.personId)!.reportedByName }));
  const silent = recipients.filter((r) => !latest.has(r.personId));
  const unrecognized = await ctx.db.select().from(responseCheckIns).where(and(eq(responseCheckIns.eventId, eventId), sql`${responseCheckIns.status} IS NULL`)).orderBy(desc(responseCheckIns.at)).limit(100);
  return {
    exercise: event.exercise,
    overall,
    offices: [...offices].map(([unitId, tally]) => ({ unitId, unitName: scope.unit(unitId)?.name ?? '', ...tally })).sort((a, b) => a.unitName.localeCompare(b.unitName)),
    needHelp,
    noAnswer: silent.slice(0, LIST_LIMIT).map((r) => ({ ...personView(r.personId), reachable: r.reachable })),
    noAnswerTotal: silent.length,
    unrecognizedReplies: unrecognized.map((c) => ({ ...personView(c.personId), text: c.note, at: c.at.toISOString() })),
  };
}
