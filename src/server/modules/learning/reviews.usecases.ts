import { and, eq, inArray } from 'drizzle-orm';
import type { TRequiredChange, TReviewInput, TReviewListQuery, TReviewUpdate, TReviewView } from '../../../domain/contract/learning.js';
import { emptySections, isOverdue, missingForCompletion, type TChangeTarget, type TReviewSections } from '../../../domain/learning/learning.js';
import { localDate } from '../../../domain/mer/calendar.js';
import type { TEventType } from '../../../domain/response/events.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { remedialActions } from '../actions/actions.table.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { plans } from '../plans/plans.table.js';
import { postIncidentReviews } from './learning.table.js';
import { learningPolicy as policy } from './learning.policy.js';

export const reviewNotFound = defineError({ code: 'learning.review_not_found', status: 404, message: 'Review not found.' });
const reviewCompleted = defineError({ code: 'learning.review_completed', status: 409, message: 'The review is completed.' });
const reviewIncomplete = defineError({ code: 'learning.review_incomplete', status: 409, message: 'Write what happened and what worked or did not before completing the review.' });

type ReviewRow = typeof postIncidentReviews.$inferSelect;

const todayAt = (ctx: Ctx, scope: OrgScope, unitId: string) => localDate(ctx.clock.now(), scope.unit(unitId)?.timeZone ?? 'UTC');

/** People of the organization among `ids`, by id; the rest are named as issues at `path`. */
export async function checkPeople(ctx: Ctx, orgId: string, ids: readonly (string | null | undefined)[], path: (i: number) => string) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const rows = wanted.length ? await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, wanted))) : [];
  const known = new Map(rows.map((r) => [r.id, r.fullName]));
  return { known, issues: ids.flatMap((id, i) => (id && !known.has(id) ? [{ path: path(i), message: 'Not a person of this organization' }] : [])) };
}

async function peopleNames(ctx: Ctx, orgId: string, ids: string[]) {
  return (await checkPeople(ctx, orgId, ids, () => '')).known;
}

function summary(ctx: Ctx, scope: OrgScope, r: ReviewRow, names: Map<string, string>) {
  return {
    id: r.id,
    title: r.title,
    source: { kind: r.sourceKind as 'event' | 'exercise' | 'manual', id: r.sourceId },
    unitId: r.unitId,
    unitName: scope.unit(r.unitId)?.name ?? '',
    eventType: (r.eventType as TEventType | null) ?? null,
    owner: r.ownerPersonId ? { personId: r.ownerPersonId, fullName: names.get(r.ownerPersonId) ?? '' } : null,
    dueOn: r.dueOn,
    status: r.status as 'open' | 'completed',
    overdue: isOverdue(r, todayAt(ctx, scope, r.unitId)),
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}

export async function listReviews(ctx: Ctx, orgId: string, query: TReviewListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  const me = ctx.actor.personId;
  const rows = (await ctx.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.orgId, orgId))).filter((r) => policy.readReview(scope, r.unitId, me, r));
  const names = await peopleNames(ctx, orgId, rows.flatMap((r) => (r.ownerPersonId ? [r.ownerPersonId] : [])));
  const items = rows
    .map((r) => summary(ctx, scope, r, names))
    .filter((r) => (!query.status || r.status === query.status) && (!query.mine || (me !== null && r.owner?.personId === me)) && (!query.overdue || r.overdue));
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return { items, allowedActions: { createAtUnitIds: scope.units.filter((u) => policy.manageReviews(scope, u.id)).map((u) => u.id) } };
}

async function loadVisible(ctx: Ctx, orgId: string, reviewId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(postIncidentReviews).where(and(eq(postIncidentReviews.orgId, orgId), eq(postIncidentReviews.id, reviewId)));
  if (!row || !policy.readReview(scope, row.unitId, ctx.actor.personId, row)) throw reviewNotFound();
  return { scope, row };
}

export async function getReview(ctx: Ctx, orgId: string, reviewId: string): Promise<TReviewView> {
  const { scope, row } = await loadVisible(ctx, orgId, reviewId);
  const changes = await ctx.db
    .select({ a: remedialActions, ownerName: people.fullName })
    .from(remedialActions)
    .leftJoin(people, eq(people.id, remedialActions.ownerPersonId))
    .where(and(eq(remedialActions.orgId, orgId), eq(remedialActions.sourceType, 'post_incident_review'), eq(remedialActions.sourceId, reviewId)))
    .orderBy(remedialActions.dueOn);
  const names = await peopleNames(ctx, orgId, [...(row.ownerPersonId ? [row.ownerPersonId] : []), ...row.participantPersonIds]);
  const today = todayAt(ctx, scope, row.unitId);
  const editable = policy.editReview(scope, row.unitId, ctx.actor.personId, row);
  return {
    ...summary(ctx, scope, row, names),
    sections: { ...emptySections(), ...(row.sections as Partial<TReviewSections>) },
    participants: row.participantPersonIds.map((personId) => ({ personId, fullName: names.get(personId) ?? '' })),
    changes: changes.map(({ a, ownerName }) => ({
      id: a.id,
      title: a.title,
      changeTarget: (a.changeTarget as TChangeTarget | null) ?? null,
      planId: a.planId,
      ownerName: ownerName ?? '',
      dueOn: a.dueOn,
      status: a.status as 'open' | 'in_progress' | 'closed',
      overdue: isOverdue(a, today, 'closed'),
      evidenceRequired: a.evidenceRequired,
    })),
    allowedActions: { edit: editable, complete: editable, addChange: editable },
  };
}

/** A review opened by hand (events and exercises schedule theirs when they close). */
export async function createReview(ctx: Ctx, orgId: string, input: TReviewInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId) || !policy.readReview(scope, input.unitId, null, { ownerPersonId: null, participantPersonIds: [] })) throw unitNotFound();
  if (!policy.manageReviews(scope, input.unitId)) throw forbidden();
  const { issues } = await checkPeople(ctx, orgId, [input.ownerPersonId], () => 'body.ownerPersonId');
  if (issues.length) throw invalidInput('The owner is not a person of this organization.', issues);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db
      .insert(postIncidentReviews)
      .values({ orgId, unitId: input.unitId, sourceKind: 'manual', sourceId: null, title: input.title, eventType: input.eventType, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, status: 'open', sections: emptySections() as unknown as Record<string, unknown>, participantPersonIds: [], createdAt: now, createdBy: ctx.actor.userId, updatedAt: now })
      .returning();
    await audit(t, { orgId, action: 'post_incident_review.created', entityType: 'post_incident_review', entityId: row!.id, after: input });
    return getReview(t, orgId, row!.id);
  });
}

export async function updateReview(ctx: Ctx, orgId: string, reviewId: string, input: TReviewUpdate) {
  const { scope, row } = await loadVisible(ctx, orgId, reviewId);
  if (row.status !== 'open') throw reviewCompleted();
  if (!policy.editReview(scope, row.unitId, ctx.actor.personId, row)) throw forbidden();
  const owner = await checkPeople(ctx, orgId, [input.ownerPersonId], () => 'body.ownerPersonId');
  const participants = await checkPeople(ctx, orgId, input.participantPersonIds ?? [], (i) => `body.participantPersonIds.${i}`);
  const issues = [...owner.issues, ...participants.issues];
  if (issues.length) throw invalidInput('Some people are not in the directory of this organization.', issues);
  return inTransaction(ctx, async (t) => {
    const { sections, ...rest } = input;
    await t.db
      .update(postIncidentReviews)
      .set({ ...rest, ...(sections ? { sections: sections as unknown as Record<string, unknown> } : {}), updatedAt: ctx.clock.now() })
      .where(eq(postIncidentReviews.id, reviewId));
    const keys = Object.keys(input) as (keyof TReviewUpdate)[];
    await audit(t, { orgId, action: 'post_incident_review.updated', entityType: 'post_incident_review', entityId: reviewId, before: Object.fromEntries(keys.map((k) => [k, row[k as keyof ReviewRow]])), after: input });
    return getReview(t, orgId, reviewId);
  });
}

export async function completeReview(ctx: Ctx, orgId: string, reviewId: string) {
  const { scope, row } = await loadVisible(ctx, orgId, reviewId);
  if (row.status !== 'open') throw reviewCompleted();
  if (!policy.editReview(scope, row.unitId, ctx.actor.personId, row)) throw forbidden();
  const missing = missingForCompletion({ ...emptySections(), ...(row.sections as Partial<TReviewSections>) });
  if (missing.length) throw reviewIncomplete(undefined, missing.map((m) => ({ path: `sections.${m}`, message: 'Required to complete the review' })));
  return inTransaction(ctx, async (t) => {
    await t.db.update(postIncidentReviews).set({ status: 'completed', completedAt: ctx.clock.now(), completedBy: ctx.actor.userId, updatedAt: ctx.clock.now() }).where(eq(postIncidentReviews.id, reviewId));
    await audit(t, { orgId, action: 'post_incident_review.completed', entityType: 'post_incident_review', entityId: reviewId, before: { status: 'open' }, after: { status: 'completed' } });
    return getReview(t, orgId, reviewId);
  });
}

/**
 * A change the review requires becomes a remedial action. A change to a plan names the plan,
 * and the audit entry carries it: that makes the plan's update due (ME&R change trigger).
 */
export async function recordRemedialAction(
  ctx: Ctx,
  orgId: string,
  source: { type: 'post_incident_review' | 'management_review'; id: string; unitId: string },
  input: { title: string; description: string; changeTarget: TChangeTarget | null; planId: string | null; ownerPersonId: string; dueOn: string; evidenceRequired: string },
) {
  const { issues } = await checkPeople(ctx, orgId, [input.ownerPersonId], () => 'body.ownerPersonId');
  if (input.planId) {
    const [plan] = await ctx.db.select({ id: plans.id }).from(plans).where(and(eq(plans.orgId, orgId), eq(plans.id, input.planId)));
    if (!plan) issues.push({ path: 'body.planId', message: 'Not a plan of this organization' });
  }
  if (issues.length) throw invalidInput('The change names people or plans outside the organization.', issues);
  const now = ctx.clock.now();
  const [action] = await ctx.db
    .insert(remedialActions)
    .values({ orgId, unitId: source.unitId, sourceType: source.type, sourceId: source.id, ...input, status: 'open', createdAt: now, createdBy: ctx.actor.userId, updatedAt: now })
    .returning();
  await audit(ctx, {
    orgId,
    action: 'remedial_action.created',
    entityType: 'remedial_action',
    entityId: action!.id,
    after: { source: `${source.type}:${source.id}`, title: input.title, dueOn: input.dueOn, ownerPersonId: input.ownerPersonId, changeTarget: input.changeTarget, ...(input.planId ? { planId: input.planId } : {}) },
  });
  return action!;
}

export async function addRequiredChange(ctx: Ctx, orgId: string, reviewId: string, input: TRequiredChange) {
  const { scope, row } = await loadVisible(ctx, orgId, reviewId);
  if (row.status !== 'open') throw reviewCompleted();
  if (!policy.editReview(scope, row.unitId, ctx.actor.personId, row)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    await recordRemedialAction(t, orgId, { type: 'post_incident_review', id: reviewId, unitId: row.unitId }, input);
    return getReview(t, orgId, reviewId);
  });
}
