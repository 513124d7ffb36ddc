import { and, eq } from 'drizzle-orm';
import { incompleteSections } from '../../../domain/plans/plan-template.js';
import { nextPlanState, type TPlanState, type TPlanTransition } from '../../../domain/plans/plan-state.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { incomplete, invalidTransition, selfApproval } from './plans.errors.js';
import { plansPolicy, type PlanFacts } from './plans.policy.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { planFacts, planSnapshot } from './plans.present.js';
import { findPlan } from './plans.repository.js';
import { loadVisiblePlan, viewPlan } from './plans.usecases.js';
import { planReviews, plans, planVersions } from './plans.table.js';

const PAST: Record<TPlanTransition, string> = { submit: 'submitted', return: 'returned', approve: 'approved' };

/**
 * Submit for quality review, return for changes, or approve. Approval freezes the version
 * and supersedes the version that was in force before it.
 */
export async function reviewPlan(ctx: Ctx, orgId: string, planId: string, transition: TPlanTransition, comment: string) {
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const { scope, row } = await loadVisiblePlan(t, orgId, planId);
    const state = row.version.state as TPlanState;
    const next = nextPlanState(state, transition);
    if (!plansPolicy.actions(scope, ctx.actor, planFacts(row))[transition]) throw refusal(transition, scope, ctx, planFacts(row));
    if (transition === 'submit') {
      const missing = incompleteSections(row.version.sections);
      if (missing.length > 0) throw incomplete(undefined, missing.map((key) => ({ path: `sections.${key}`, message: 'Section is empty' })));
    }
    const now = ctx.clock.now();
    await tx
      .update(planVersions)
      .set({
        state: next!,
        updatedAt: now,
        ...(transition === 'submit' ? { submittedBy: ctx.actor.userId } : {}),
        ...(transition === 'approve' ? { approvedAt: now, approvedBy: ctx.actor.userId } : {}),
      })
      .where(eq(planVersions.id, row.version.id));
    if (transition === 'approve') {
      if (row.approvedVersion !== null) {
        await tx
          .update(planVersions)
          .set({ state: 'superseded', updatedAt: now })
          .where(and(eq(planVersions.planId, planId), eq(planVersions.versionNumber, row.approvedVersion)));
      }
      await tx.update(plans).set({ approvedVersion: row.currentVersion }).where(eq(plans.id, planId));
    }
    await tx.insert(planReviews).values({ orgId, planId, versionNumber: row.currentVersion, action: transition, comment, actorId: ctx.actor.userId, at: now });
    const after = (await findPlan(tx, orgId, planId))!;
    await audit(t, {
      orgId,
      action: `plan.${PAST[transition]}`,
      entityType: 'plan',
      entityId: planId,
      before: { versionNumber: row.currentVersion, state, approvedVersionNumber: row.approvedVersion },
      after: { versionNumber: after.currentVersion, state: after.version.state, approvedVersionNumber: after.approvedVersion, comment },
    });
    return viewPlan(t, scope, orgId, planId);
  });
}

/** Why the policy refused: the caller's role, the plan's state, or the four-eyes rule. */
function refusal(transition: TPlanTransition, scope: OrgScope, ctx: Ctx, facts: PlanFacts) {
  const from: TPlanState = transition === 'submit' ? 'draft' : 'in_review';
  const allowedWhenReady = plansPolicy.actions(scope, ctx.actor, { ...facts, state: from, submittedBy: null })[transition];
  if (!allowedWhenReady) return forbidden();
  if (facts.state !== from) return invalidTransition(`A plan in state "${facts.state}" cannot be ${PAST[transition]}.`);
  return selfApproval();
}

/** Opens a new draft version from the approved one; the approved version stays in force until the new one is approved. */
export async function revisePlan(ctx: Ctx, orgId: string, planId: string) {
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const { scope, row } = await loadVisiblePlan(t, orgId, planId);
    if (!plansPolicy.actions(scope, ctx.actor, planFacts(row)).revise) {
      if (plansPolicy.create(scope, row.unitId)) throw invalidTransition('Only an approved plan can be revised; this one already has a version in progress.');
      throw forbidden();
    }
    const now = ctx.clock.now();
    const versionNumber = row.currentVersion + 1;
    await tx.insert(planVersions).values({
      orgId,
      planId,
      versionNumber,
      state: 'draft',
      title: row.version.title,
      language: row.version.language,
      sections: row.version.sections,
      structure: row.version.structure,
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
    });
    await tx.update(plans).set({ currentVersion: versionNumber }).where(eq(plans.id, planId));
    const after = (await findPlan(tx, orgId, planId))!;
    await audit(t, { orgId, action: 'plan.revision_opened', entityType: 'plan', entityId: planId, before: { versionNumber: row.currentVersion }, after: planSnapshot(after) });
    return viewPlan(t, scope, orgId, planId);
  });
}
