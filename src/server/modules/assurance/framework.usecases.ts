import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { TCoreElementRatingInput, TFramework, TPolicyDocumentInput, TPolicyDocumentView } from '../../../domain/contract/assurance.js';
import { CORE_ELEMENTS } from '../../../domain/assurance/core-elements.js';
import { policyReviewDue, type TPolicyDocumentKind } from '../../../domain/assurance/policy-documents.js';
import type { TCoreElementRating } from '../../../domain/assurance/ratings.js';
import type { TMerPolicy } from '../../../domain/mer/policy.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { currentPolicy } from '../mer/mer.usecases.js';
import { assurancePolicy } from './assurance.policy.js';
import { documentNotFound, nextInstant, readableScope, todayOf, userNames } from './assurance.shared.js';
import { coreElementRatings, policyDocuments } from './assurance.table.js';

type DocumentRow = typeof policyDocuments.$inferSelect;

function documentView(d: DocumentRow, policy: TMerPolicy, today: string): TPolicyDocumentView {
  const due = policyReviewDue(d, policy, today);
  return {
    id: d.id,
    title: d.title,
    kind: d.kind as TPolicyDocumentKind,
    adoptedOn: d.adoptedOn,
    lastUpdatedOn: d.lastUpdatedOn,
    approvedByExecutiveHead: d.approvedByExecutiveHead,
    referencesOrms: d.referencesOrms,
    referencesIso22301: d.referencesIso22301,
    promulgatedOn: d.promulgatedOn,
    link: d.link,
    reviewDueOn: due.dueOn,
    reviewOverdue: due.overdue,
  };
}

/** The documents register and the 11 core elements, each with its current rating and its history. */
export async function getFramework(ctx: Ctx, orgId: string): Promise<TFramework> {
  const scope = await readableScope(ctx, orgId);
  const policy = await currentPolicy(ctx.db, orgId);
  const docs = await ctx.db.select().from(policyDocuments).where(eq(policyDocuments.orgId, orgId)).orderBy(asc(policyDocuments.title));
  const ratings = await ctx.db.select().from(coreElementRatings).where(eq(coreElementRatings.orgId, orgId)).orderBy(desc(coreElementRatings.ratedAt), desc(coreElementRatings.id));
  const names = await userNames(ctx.db, ratings.map((r) => r.ratedBy));
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const today = todayOf(ctx, scope);
  const elements = CORE_ELEMENTS.map((e) => {
    const history = ratings
      .filter((r) => r.elementKey === e.key)
      .map((r) => ({ id: r.id, rating: r.rating as TCoreElementRating, reflectedIn: r.reflectedIn, policyDocumentId: r.policyDocumentId, policyDocumentTitle: r.policyDocumentId ? (titles.get(r.policyDocumentId) ?? null) : null, ratedAt: r.ratedAt.toISOString(), ratedByName: names.get(r.ratedBy) ?? r.ratedBy }));
    return { number: e.number, key: e.key, group: e.group, current: history[0] ?? null, history };
  });
  const tally = { fully: 0, partially: 0, not_reflected: 0, unrated: 0 };
  for (const e of elements) tally[e.current?.rating ?? 'unrated']++;
  return { documents: docs.map((d) => documentView(d, policy, today)), elements, tally, allowedActions: { edit: assurancePolicy.editFramework(scope) } };
}

export async function createPolicyDocument(ctx: Ctx, orgId: string, input: TPolicyDocumentInput): Promise<TPolicyDocumentView> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  const policy = await currentPolicy(ctx.db, orgId);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(policyDocuments).values({ orgId, ...input, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now, updatedBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'policy_document.registered', entityType: 'policy_document', entityId: row!.id, after: input });
    return documentView(row!, policy, todayOf(ctx, scope));
  });
}

export async function updatePolicyDocument(ctx: Ctx, orgId: string, documentId: string, input: TPolicyDocumentInput): Promise<TPolicyDocumentView> {
  const scope = await readableScope(ctx, orgId);
  const [before] = await ctx.db.select().from(policyDocuments).where(and(eq(policyDocuments.orgId, orgId), eq(policyDocuments.id, documentId)));
  if (!before) throw documentNotFound();
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  const policy = await currentPolicy(ctx.db, orgId);
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db.update(policyDocuments).set({ ...input, updatedAt: ctx.clock.now(), updatedBy: ctx.actor.userId }).where(eq(policyDocuments.id, documentId)).returning();
    const { id: _id, orgId: _org, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...was } = before;
    await audit(t, { orgId, action: 'policy_document.updated', entityType: 'policy_document', entityId: documentId, before: was, after: input });
    return documentView(row!, policy, todayOf(ctx, scope));
  });
}

/** A new rating of one core element; earlier ones stay as its history. */
export async function rateCoreElement(ctx: Ctx, orgId: string, input: TCoreElementRatingInput): Promise<TFramework> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  if (input.policyDocumentId) {
    const [doc] = await ctx.db.select({ id: policyDocuments.id }).from(policyDocuments).where(and(eq(policyDocuments.orgId, orgId), eq(policyDocuments.id, input.policyDocumentId)));
    if (!doc) throw invalidInput('The document is not in this organization’s register.', [{ path: 'body.policyDocumentId', message: 'Unknown document' }]);
  }
  await inTransaction(ctx, async (t) => {
    const [latest] = await t.db.select({ at: max(coreElementRatings.ratedAt) }).from(coreElementRatings).where(and(eq(coreElementRatings.orgId, orgId), eq(coreElementRatings.elementKey, input.elementKey)));
    const [row] = await t.db.insert(coreElementRatings).values({ orgId, ...input, ratedAt: nextInstant(ctx.clock.now(), latest?.at), ratedBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'core_element.rated', entityType: 'core_element_rating', entityId: row!.id, after: input });
  });
  return getFramework(ctx, orgId);
}
