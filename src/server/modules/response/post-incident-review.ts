import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { schedulePostIncidentReview } from '../learning/reviews.schedule.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { responseTeam, type responseEvents } from './response.table.js';

/** The review is due a month after the event closes (BRIEF module 8: a review after every activation and exercise). */
const REVIEW_DUE_DAYS = 30;

/**
 * Schedules the post-incident review of an event being closed, in the closing transaction
 * (issue 5, must have 7), through the learning slice (idempotent per event). Owner: the CMT
 * lead, else whoever closes; kept at the first affected unit so its people read it.
 */
export async function schedulePostIncidentReviewFor(t: Ctx, scope: OrgScope, event: typeof responseEvents.$inferSelect, now: Date): Promise<string> {
  const [lead] = await t.db.select({ personId: responseTeam.personId }).from(responseTeam).where(and(eq(responseTeam.eventId, event.id), eq(responseTeam.role, 'lead')));
  const review = await schedulePostIncidentReview(t.db, {
    orgId: event.orgId,
    sourceKind: 'event',
    sourceId: event.id,
    title: `${event.exercise ? '[Exercise] ' : ''}${event.title}`,
    ownerPersonId: lead?.personId ?? t.actor.personId ?? null,
    dueOn: new Date(now.getTime() + REVIEW_DUE_DAYS * 86_400_000).toISOString().slice(0, 10),
    actorUserId: t.actor.userId,
    unitId: event.affectedUnitIds.find((id) => scope.unit(id)),
    eventType: event.type,
    now,
  });
  return review.id;
}
