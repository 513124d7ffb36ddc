import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { emptySections } from '../../../domain/learning/learning.js';
import { systemClock } from '../../clock.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { units } from '../orgs/orgs.table.js';
import { postIncidentReviews } from './learning.table.js';

export interface TScheduleReviewInput {
  orgId: string;
  sourceKind: 'event' | 'exercise';
  sourceId: string;
  title: string;
  ownerPersonId: string | null;
  /** yyyy-mm-dd */
  dueOn: string;
  actorUserId: string | null;
  /** Where the review is kept (its readers); default: the organization's top unit. */
  unitId?: string;
  /** The disruptive event type (EVENT_TYPES), so the review's page can suggest lessons. */
  eventType?: string | null;
  /** The caller's clock (pass ctx.clock.now()); default the wall clock. */
  now?: Date;
}

/**
 * Schedules the post-incident review of a closed event or exercise, in the caller's
 * transaction. Idempotent per source: a second call returns the review already there
 * (whatever its state), so closing, reopening and closing again leaves one review.
 */
export async function schedulePostIncidentReview(tx: Db, input: TScheduleReviewInput): Promise<{ id: string }> {
  const existing = await reviewOf(tx, input.orgId, input.sourceKind, input.sourceId);
  if (existing) return { id: existing.id };
  const now = input.now ?? systemClock.now();
  const unitId = input.unitId ?? (await tx.select({ id: units.id }).from(units).where(and(eq(units.orgId, input.orgId), isNull(units.parentId))))[0]!.id;
  const [row] = await tx
    .insert(postIncidentReviews)
    .values({
      orgId: input.orgId,
      unitId,
      sourceKind: input.sourceKind,
      sourceId: input.sourceId,
      title: input.title,
      eventType: input.eventType ?? null,
      ownerPersonId: input.ownerPersonId,
      dueOn: input.dueOn,
      status: 'open',
      sections: emptySections() as unknown as Record<string, unknown>,
      participantPersonIds: [],
      createdAt: now,
      createdBy: input.actorUserId,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: postIncidentReviews.id });
  // A concurrent caller won the race: theirs is the review.
  if (!row) return { id: (await reviewOf(tx, input.orgId, input.sourceKind, input.sourceId))!.id };
  const actorName = input.actorUserId ? ((await tx.select({ name: user.name }).from(user).where(eq(user.id, input.actorUserId)))[0]?.name ?? '') : 'ORMS';
  await recordAudit(
    tx,
    { clock: { now: () => now }, actorId: input.actorUserId, actorName },
    { orgId: input.orgId, action: 'post_incident_review.scheduled', entityType: 'post_incident_review', entityId: row.id, after: { source: `${input.sourceKind}:${input.sourceId}`, title: input.title, dueOn: input.dueOn, ownerPersonId: input.ownerPersonId } },
  );
  return { id: row.id };
}

async function reviewOf(db: Db, orgId: string, sourceKind: string, sourceId: string) {
  const [row] = await db
    .select({ id: postIncidentReviews.id, title: postIncidentReviews.title, dueOn: postIncidentReviews.dueOn, status: postIncidentReviews.status })
    .from(postIncidentReviews)
    .where(and(eq(postIncidentReviews.orgId, orgId), eq(postIncidentReviews.sourceKind, sourceKind), eq(postIncidentReviews.sourceId, sourceId)));
  return row;
}

/** The open review of an event or exercise, if any: an event is not archived while it has one. */
export async function openReviewFor(db: Db, orgId: string, sourceKind: 'event' | 'exercise', sourceId: string): Promise<{ id: string; title: string; dueOn: string } | null> {
  const row = await reviewOf(db, orgId, sourceKind, sourceId);
  return row && row.status === 'open' ? { id: row.id, title: row.title, dueOn: row.dueOn } : null;
}
