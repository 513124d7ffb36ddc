import { and, eq } from 'drizzle-orm';
import type { TManagementInputs, TManagementReviewUpdate, TManagementReviewView } from '../../../domain/contract/learning.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden } from '../../http/errors.js';
import { remedialActions } from '../actions/actions.table.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { managementReviews } from './learning.table.js';
import { learningPolicy as policy, rootOf } from './learning.policy.js';
import { assembleInputs } from './management-inputs.js';
import { recordRemedialAction } from './reviews.usecases.js';

export const managementReviewNotFound = defineError({ code: 'learning.management_review_not_found', status: 404, message: 'Management review not found.' });
const concluded = defineError({ code: 'learning.management_review_concluded', status: 409, message: 'The management review is concluded.' });

async function readable(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!policy.readTop(scope)) throw managementReviewNotFound();
  return scope;
}

export async function listManagementReviews(ctx: Ctx, orgId: string) {
  const scope = await readable(ctx, orgId);
  const rows = await ctx.db.select().from(managementReviews).where(eq(managementReviews.orgId, orgId)).orderBy(managementReviews.heldOn);
  return { items: rows.reverse().map((r) => ({ id: r.id, title: r.title, heldOn: r.heldOn, status: r.status as 'draft' | 'concluded' })), allowedActions: { create: policy.manageTop(scope) } };
}

async function load(ctx: Ctx, orgId: string, id: string) {
  const scope = await readable(ctx, orgId);
  const [row] = await ctx.db.select().from(managementReviews).where(and(eq(managementReviews.orgId, orgId), eq(managementReviews.id, id)));
  if (!row) throw managementReviewNotFound();
  return { scope, row };
}

/** While a draft, the inputs are live; concluding freezes them as they were considered. */
export async function getManagementReview(ctx: Ctx, orgId: string, id: string): Promise<TManagementReviewView> {
  const { scope, row } = await load(ctx, orgId, id);
  const inputs = (row.inputs as TManagementInputs | null) ?? (await assembleInputs(ctx, scope, orgId, { from: row.periodFrom, to: row.periodTo }));
  const actions = await ctx.db
    .select({ a: remedialActions, ownerName: people.fullName })
    .from(remedialActions)
    .leftJoin(people, eq(people.id, remedialActions.ownerPersonId))
    .where(and(eq(remedialActions.orgId, orgId), eq(remedialActions.sourceType, 'management_review'), eq(remedialActions.sourceId, id)))
    .orderBy(remedialActions.dueOn);
  const editable = row.status === 'draft' && policy.manageTop(scope);
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status as 'draft' | 'concluded',
    attendees: row.attendees,
    contextChanges: row.contextChanges,
    auditFindings: row.auditFindings,
    decisions: row.decisions,
    inputs,
    actions: actions.map(({ a, ownerName }) => ({ id: a.id, title: a.title, ownerName: ownerName ?? '', dueOn: a.dueOn, status: a.status as 'open' | 'in_progress' | 'closed' })),
    allowedActions: { edit: editable, conclude: editable },
  };
}

export async function createManagementReview(ctx: Ctx, orgId: string, input: { title: string; heldOn: string; periodFrom: string; periodTo: string }) {
  const scope = await readable(ctx, orgId);
  if (!policy.manageTop(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(managementReviews).values({ orgId, ...input, status: 'draft', decisions: [], createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'management_review.created', entityType: 'management_review', entityId: row!.id, after: input });
    return getManagementReview(t, orgId, row!.id);
  });
}

export async function updateManagementReview(ctx: Ctx, orgId: string, id: string, input: TManagementReviewUpdate) {
  const { scope, row } = await load(ctx, orgId, id);
  if (row.status !== 'draft') throw concluded();
  if (!policy.manageTop(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    await t.db.update(managementReviews).set({ ...input, updatedAt: ctx.clock.now() }).where(eq(managementReviews.id, id));
    await audit(t, { orgId, action: 'management_review.updated', entityType: 'management_review', entityId: id, before: Object.fromEntries(Object.keys(input).map((k) => [k, row[k as keyof typeof row]])), after: input });
    return getManagementReview(t, orgId, id);
  });
}

export async function concludeManagementReview(ctx: Ctx, orgId: string, id: string) {
  const { scope, row } = await load(ctx, orgId, id);
  if (row.status !== 'draft') throw concluded();
  if (!policy.manageTop(scope)) throw forbidden();
  const inputs = await assembleInputs(ctx, scope, orgId, { from: row.periodFrom, to: row.periodTo });
  return inTransaction(ctx, async (t) => {
    await t.db.update(managementReviews).set({ status: 'concluded', inputs: inputs as unknown as Record<string, unknown>, concludedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).where(eq(managementReviews.id, id));
    await audit(t, { orgId, action: 'management_review.concluded', entityType: 'management_review', entityId: id, before: { status: 'draft' }, after: { status: 'concluded', decisions: row.decisions.length } });
    return getManagementReview(t, orgId, id);
  });
}

/** An action the review decides (ISO 22301 9.3.3), tracked with the others. */
export async function addManagementAction(ctx: Ctx, orgId: string, id: string, input: { title: string; description: string; ownerPersonId: string; dueOn: string; evidenceRequired: string; planId: string | null }) {
  const { scope, row } = await load(ctx, orgId, id);
  if (row.status !== 'draft') throw concluded();
  if (!policy.manageTop(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    await recordRemedialAction(t, orgId, { type: 'management_review', id, unitId: rootOf(scope) }, { ...input, changeTarget: input.planId ? 'plan' : 'framework' });
    return getManagementReview(t, orgId, id);
  });
}
