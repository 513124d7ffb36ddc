import { and, eq, inArray } from 'drizzle-orm';
import type { TActionListQuery, TActionUpdate, TActionView } from '../../../domain/contract/actions.js';
import { localDate } from '../../../domain/mer/calendar.js';
import type { TOrgRole } from '../../../domain/roles.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { exercises } from '../mer/exercises.table.js';
import { merPolicy } from '../mer/mer.policy.js';
import { managementReviews, postIncidentReviews } from '../learning/learning.table.js';
import { remedialActions } from './actions.table.js';

export const actionNotFound = defineError({ code: 'actions.not_found', status: 404, message: 'Remedial action not found.' });
const alreadyClosed = defineError({ code: 'actions.closed', status: 409, message: 'The action is closed.' });
const MANAGERS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner', 'cmt_member'];

type Row = typeof remedialActions.$inferSelect & { ownerName: string | null; sourceTitle: string | null };

/** The owner sees and works on their actions wherever they are; the unit's BCM roles see them all. */
const policy = {
  read: (scope: OrgScope, ctx: Ctx, row: Row) => merPolicy.readObligations(scope, row.unitId) || row.ownerPersonId === ctx.actor.personId,
  edit: (scope: OrgScope, ctx: Ctx, row: Row) => row.status !== 'closed' && (MANAGERS.some((r) => scope.rolesAt(row.unitId).has(r)) || row.ownerPersonId === ctx.actor.personId),
};

async function rows(ctx: Ctx, orgId: string, where = eq(remedialActions.orgId, orgId)): Promise<Row[]> {
  return ctx.db
    .select({ action: remedialActions, ownerName: people.fullName, exerciseTitle: exercises.title, reviewTitle: postIncidentReviews.title, managementReviewTitle: managementReviews.title })
    .from(remedialActions)
    .leftJoin(people, eq(people.id, remedialActions.ownerPersonId))
    .leftJoin(exercises, and(eq(remedialActions.sourceType, 'exercise'), eq(exercises.id, remedialActions.sourceId)))
    .leftJoin(postIncidentReviews, and(eq(remedialActions.sourceType, 'post_incident_review'), eq(postIncidentReviews.id, remedialActions.sourceId)))
    .leftJoin(managementReviews, and(eq(remedialActions.sourceType, 'management_review'), eq(managementReviews.id, remedialActions.sourceId)))
    .where(and(eq(remedialActions.orgId, orgId), where))
    .then((list) => list.map((r) => ({ ...r.action, ownerName: r.ownerName, sourceTitle: r.exerciseTitle ?? r.reviewTitle ?? r.managementReviewTitle })));
}

function present(scope: OrgScope, ctx: Ctx, row: Row): TActionView {
  const today = localDate(ctx.clock.now(), scope.unit(row.unitId)?.timeZone ?? 'UTC');
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: scope.unit(row.unitId)?.name ?? '',
    source: { type: row.sourceType as TActionView['source']['type'], id: row.sourceId, title: row.sourceTitle ?? '' },
    title: row.title,
    description: row.description,
    ownerPersonId: row.ownerPersonId,
    ownerName: row.ownerName ?? '',
    dueOn: row.dueOn,
    status: row.status as TActionView['status'],
    overdue: row.status !== 'closed' && row.dueOn < today,
    evidence: row.evidence,
    evidenceRequired: row.evidenceRequired,
    changeTarget: (row.changeTarget as TActionView['changeTarget']) ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    planId: row.planId,
    allowedActions: { edit: policy.edit(scope, ctx, row), close: policy.edit(scope, ctx, row) },
  };
}

export async function listActions(ctx: Ctx, orgId: string, query: TActionListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  const items = (await rows(ctx, orgId))
    .filter((r) => policy.read(scope, ctx, r))
    .map((r) => present(scope, ctx, r))
    .filter((a) => (!query.status || a.status === query.status) && (!query.unitId || a.unitId === query.unitId) && (!query.mine || a.ownerPersonId === ctx.actor.personId) && (!query.overdue || a.overdue));
  items.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return { items };
}

async function loadVisible(ctx: Ctx, orgId: string, actionId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await rows(ctx, orgId, eq(remedialActions.id, actionId));
  if (!row || !policy.read(scope, ctx, row)) throw actionNotFound();
  return { scope, row };
}

export async function getAction(ctx: Ctx, orgId: string, actionId: string) {
  const { scope, row } = await loadVisible(ctx, orgId, actionId);
  return present(scope, ctx, row);
}

export async function updateAction(ctx: Ctx, orgId: string, actionId: string, input: TActionUpdate) {
  const { scope, row } = await loadVisible(ctx, orgId, actionId);
  if (row.status === 'closed') throw alreadyClosed();
  if (!policy.edit(scope, ctx, row)) throw forbidden();
  if (input.ownerPersonId) {
    const [owner] = await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [input.ownerPersonId])));
    if (!owner) throw invalidInput('The owner is not a person of this organization.', [{ path: 'body.ownerPersonId', message: 'Not a person of this organization' }]);
  }
  return inTransaction(ctx, async (t) => {
    await t.db.update(remedialActions).set({ ...input, updatedAt: ctx.clock.now() }).where(eq(remedialActions.id, actionId));
    const keys = Object.keys(input) as (keyof TActionUpdate)[];
    await audit(t, { orgId, action: 'remedial_action.updated', entityType: 'remedial_action', entityId: actionId, before: Object.fromEntries(keys.map((k) => [k, row[k]])), after: input });
    return getAction(t, orgId, actionId);
  });
}

/** Closing needs the evidence that the change was made; the action then stays as it was. */
export async function closeAction(ctx: Ctx, orgId: string, actionId: string, evidence: string) {
  const { scope, row } = await loadVisible(ctx, orgId, actionId);
  if (row.status === 'closed') throw alreadyClosed();
  if (!policy.edit(scope, ctx, row)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    await t.db.update(remedialActions).set({ status: 'closed', evidence, closedAt: ctx.clock.now(), closedBy: ctx.actor.userId, updatedAt: ctx.clock.now() }).where(eq(remedialActions.id, actionId));
    await audit(t, { orgId, action: 'remedial_action.closed', entityType: 'remedial_action', entityId: actionId, before: { status: row.status }, after: { status: 'closed', evidence, planId: row.planId } });
    return getAction(t, orgId, actionId);
  });
}
