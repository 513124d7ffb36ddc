import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { postIncidentReviews } from '../learning/learning.table.js';
import type { OrgScope } from '../orgs/org-scope.js';
import type { responseEvents } from './response.table.js';
import { responseTeam } from './response.table.js';

/** The review is due a month after the event closes (BRIEF module 8: a review after every activation and exercise). */
const REVIEW_DUE_DAYS = 30;

/**
 * Schedules the post-incident review of an event being closed, in the closing transaction
 * (issue 5, must have 7), and answers its id. Owner: the CMT lead, else whoever closes.
 *
 * CALL SITE FOR THE LEARNING SLICE: when `src/server/modules/learning/reviews.schedule.ts`
 * (`schedulePostIncidentReview`) lands, this body becomes a call to it. Until then it writes
 * the placeholder record (owner, due date) into the learning slice's own table, idempotently
 * (one review per source, unique index), which is what that function is specified to do.
 */
export async function schedulePostIncidentReviewFor(t: Ctx, scope: OrgScope, event: typeof responseEvents.$inferSelect, now: Date): Promise<string> {
  const [lead] = await t.db.select({ personId: responseTeam.personId }).from(responseTeam).where(and(eq(responseTeam.eventId, event.id), eq(responseTeam.role, 'lead')));
  const ownerPersonId = lead?.personId ?? t.actor.personId ?? null;
  const dueOn = new Date(now.getTime() + REVIEW_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const unitId = event.affectedUnitIds.find((id) => scope.unit(id)) ?? scope.units.find((u) => u.parentId === null)!.id;
  await t.db
    .insert(postIncidentReviews)
    .values({
      orgId: event.orgId,
      unitId,
      sourceKind: 'event',
      sourceId: event.id,
      title: `${event.exercise ? '[Exercise] ' : ''}${event.title}`,
      eventType: event.type,
      ownerPersonId,
      dueOn,
      status: 'open',
      sections: {},
      participantPersonIds: [],
      createdAt: now,
      createdBy: t.actor.userId,
      updatedAt: now,
    })
    .onConflictDoNothing();
  const [review] = await t.db
    .select({ id: postIncidentReviews.id })
    .from(postIncidentReviews)
    .where(and(eq(postIncidentReviews.orgId, event.orgId), eq(postIncidentReviews.sourceKind, 'event'), eq(postIncidentReviews.sourceId, event.id)));
  return review!.id;
}
