import { and, eq, sql } from 'drizzle-orm';
import { manualClock } from '../../clock.js';
import type { Ctx } from '../../context.js';
import { sendBroadcast } from '../../modules/response/broadcast.usecases.js';
import { checkInOnBehalf } from '../../modules/response/check-in.usecases.js';
import { declareEvent, transitionEvent } from '../../modules/response/events.usecases.js';
import { responseCheckIns, responseNotifications, responseRecipients } from '../../modules/response/response.table.js';
import { assignTeamRole, logAction, logDecision, publishUpdate, submitSitrep } from '../../modules/response/workspace.usecases.js';

interface ResponseSeed {
  orgId: string;
  /** The country office the drill is held in. */
  countryId: string;
}

const MINUTE = 60_000;

/**
 * A closed earthquake drill at the country office, as the response slice records it: the
 * alert to everyone there (its messages shown as delivered, so no node sends them again),
 * a few check-ins (one by SMS, one needing help then reported safe by a colleague), the
 * CMT's decision, action, sitrep and official update, then stabilized and closed, which
 * schedules its post-incident review. Run with the coordinator's context.
 */
export async function seedResponse(coordinator: Ctx, s: ResponseSeed): Promise<void> {
  const clock = manualClock(coordinator.clock.now());
  const ctx: Ctx = { ...coordinator, clock };
  const event = await declareEvent(ctx, s.orgId, {
    type: 'natural_disaster',
    title: 'Earthquake drill — Kampala',
    description: 'Annual drill: a magnitude 6.1 earthquake near Kampala during office hours.',
    severity: 'major',
    expectedDuration: 'short',
    exercise: true,
    affectedUnitIds: [s.countryId],
    locations: ['Kampala'],
  });
  clock.advance(5 * MINUTE);
  await transitionEvent(ctx, s.orgId, event.id, { transition: 'activate', note: 'Drill started' });
  if (coordinator.actor.personId) await assignTeamRole(ctx, s.orgId, event.id, { role: 'lead', personId: coordinator.actor.personId });
  clock.advance(2 * MINUTE);
  const alert = await sendBroadcast(ctx, s.orgId, event.id, { template: 'alert', audience: { unitIds: [s.countryId], roles: [], personIds: [], locations: [] }, channels: ['email', 'sms'], message: '' });
  // A past drill: its messages went out at the time. Marked delivered so no worker sends them today.
  await ctx.db
    .update(responseNotifications)
    .set({ status: 'sent', attempts: 1, sentAt: new Date(clock.now().getTime() + MINUTE), providerId: sql`'demo:' || ${responseNotifications.key}` })
    .where(eq(responseNotifications.broadcastId, alert.id));
  const recipients = await ctx.db.select().from(responseRecipients).where(and(eq(responseRecipients.broadcastId, alert.id)));
  const [first, second, third] = recipients;
  if (first) {
    clock.advance(4 * MINUTE);
    await ctx.db.insert(responseCheckIns).values({ orgId: s.orgId, eventId: event.id, personId: first.personId, status: 'safe', source: 'link', reportedByPersonId: first.personId, at: clock.now() });
  }
  if (second) {
    clock.advance(3 * MINUTE);
    await ctx.db.insert(responseCheckIns).values({ orgId: s.orgId, eventId: event.id, personId: second.personId, status: 'safe', source: 'sms', note: '1', reportedByPersonId: second.personId, providerMessageId: `demo-${event.id}`, at: clock.now() });
  }
  if (third) {
    clock.advance(2 * MINUTE);
    await ctx.db.insert(responseCheckIns).values({ orgId: s.orgId, eventId: event.id, personId: third.personId, status: 'need_help', source: 'sms', note: '2 stuck in the lift', reportedByPersonId: third.personId, at: clock.now() });
    clock.advance(20 * MINUTE);
    await checkInOnBehalf(ctx, s.orgId, event.id, { personId: third.personId, status: 'safe', note: 'Freed by building security, unhurt' });
  }
  clock.advance(5 * MINUTE);
  await logDecision(ctx, s.orgId, event.id, { decision: 'Evacuate the building to the assembly point', rationale: 'Structural check pending after the shock', optionsConsidered: ['Shelter in place', 'Evacuate'] });
  if (third) await logAction(ctx, s.orgId, event.id, { title: 'Ask facilities to inspect the lift', ownerPersonId: third.personId, dueAt: null });
  clock.advance(30 * MINUTE);
  await submitSitrep(ctx, s.orgId, event.id, { kind: 'tactical', conditions: 'Building evacuated; no structural damage seen.', actions: 'Roll call by link and SMS; one person freed from the lift.', needs: 'Structural engineer before re-entry.' });
  await publishUpdate(ctx, s.orgId, event.id, { title: 'Drill: return to the office at 14:00', body: 'The building has been checked. Staff may return at 14:00. Thank you for checking in.' });
  clock.advance(60 * MINUTE);
  await transitionEvent(ctx, s.orgId, event.id, { transition: 'stabilize', note: '' });
  clock.advance(30 * MINUTE);
  await transitionEvent(ctx, s.orgId, event.id, { transition: 'close', note: 'Drill over' });
}
