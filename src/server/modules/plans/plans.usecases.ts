import { eq } from 'drizzle-orm';
import type { TCreatePlanRequest, TPlanListQuery, TUpdatePlanRequest } from '../../../domain/contract/plans.js';
import { emptySections } from '../../../domain/plans/plan-template.js';
import { isEditable, type TPlanState } from '../../../domain/plans/plan-state.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { notEditable, planNotFound } from './plans.errors.js';
import { plansPolicy } from './plans.policy.js';
import { planFacts, planSnapshot, presentPlan, presentPlanSummary } from './plans.present.js';
import { readStructure, PLAN_STRUCTURE_KEYS } from '../../../domain/contract/plan-structure.js';
import { qualityOf } from './plan-quality.loader.js';
import { applyStructurePatch } from './plan-structure.validation.js';
import { findPlan, listReviews, searchPlans, type TPlanRow } from './plans.repository.js';
import { plans, planVersions } from './plans.table.js';

/** The plan if the caller may see it; otherwise "not found", whether or not it exists. */
export async function loadVisiblePlan(ctx: Ctx, orgId: string, planId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const row = await findPlan(ctx.db, orgId, planId);
  if (!row || !plansPolicy.read(scope, planFacts(row))) throw planNotFound();
  return { scope, row };
}

export async function viewPlan(ctx: Ctx, scope: OrgScope, orgId: string, planId: string) {
  const row = (await findPlan(ctx.db, orgId, planId))!;
  return presentPlan(row, await listReviews(ctx.db, orgId, planId), scope, ctx.actor, await qualityOfRow(ctx, scope, row));
}

/** Quality is computed on read, from the version shown. */
export function qualityOfRow(ctx: Ctx, scope: OrgScope, row: TPlanRow) {
  return qualityOf(ctx.db, scope, { id: row.id, orgId: row.orgId, unitId: row.unitId, type: row.type, sections: row.version.sections, structure: row.version.structure }, ctx.clock.now(), plansPolicy.readAllStates(scope, row.unitId));
}

export async function getPlan(ctx: Ctx, orgId: string, planId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [current, reviews] = await Promise.all([findPlan(ctx.db, orgId, planId), listReviews(ctx.db, orgId, planId)]);
  if (!current || !plansPolicy.read(scope, planFacts(current))) throw planNotFound();
  if (plansPolicy.readAllStates(scope, current.unitId)) return presentPlan(current, reviews, scope, ctx.actor, await qualityOfRow(ctx, scope, current));
  // Readers who see no drafts get the version in force, and no review comments.
  const inForce = (await findPlan(ctx.db, orgId, planId, 'in_force'))!;
  return presentPlan(inForce, [], scope, ctx.actor, await qualityOfRow(ctx, scope, inForce));
}

export async function listPlans(ctx: Ctx, orgId: string, query: TPlanListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  let wanted = scope.units.map((u) => u.id);
  if (query.unitId) {
    if (!scope.unit(query.unitId)) throw unitNotFound();
    wanted = query.subtree ? [...subtreeIds(scope.units, query.unitId)] : [query.unitId];
  }
  const allStates = wanted.filter((id) => plansPolicy.readAllStates(scope, id));
  const approvedOnly = wanted.filter((id) => !plansPolicy.readAllStates(scope, id) && scope.rolesAt(id).size > 0);
  const { rows, total } = await searchPlans(ctx.db, orgId, { allStates, approvedOnly }, query);
  return { items: rows.map(presentPlanSummary), total };
}

/** A new plan starts as version 1, a draft with the standard template's sections. */
export async function createPlan(ctx: Ctx, orgId: string, input: TCreatePlanRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'unitId', message: 'Unknown unit' }]);
  if (!plansPolicy.create(scope, input.unitId)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const now = ctx.clock.now();
    const [plan] = await tx
      .insert(plans)
      .values({ orgId, unitId: input.unitId, type: input.type, currentVersion: 1, createdAt: now, createdBy: ctx.actor.userId })
      .returning();
    await tx.insert(planVersions).values({
      orgId,
      planId: plan!.id,
      versionNumber: 1,
      state: 'draft',
      title: input.title,
      language: input.language,
      sections: emptySections(),
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
    });
    const row = (await findPlan(tx, orgId, plan!.id))!;
    await audit(t, { orgId, action: 'plan.created', entityType: 'plan', entityId: plan!.id, after: planSnapshot(row) });
    return presentPlan(row, [], scope, ctx.actor, await qualityOfRow(t, scope, row));
  });
}

export async function updatePlan(ctx: Ctx, orgId: string, planId: string, input: TUpdatePlanRequest) {
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const { scope, row } = await loadVisiblePlan(t, orgId, planId);
    if (!plansPolicy.actions(scope, ctx.actor, planFacts(row)).edit) {
      if (!isEditable(row.version.state as TPlanState) && plansPolicy.create(scope, row.unitId)) throw notEditable();
      throw forbidden();
    }
    const structure = input.structure
      ? await applyStructurePatch(tx, scope, row, readStructure(row.version.structure), input.structure)
      : readStructure(row.version.structure);
    await tx
      .update(planVersions)
      .set({
        title: input.title ?? row.version.title,
        language: input.language ?? row.version.language,
        sections: { ...row.version.sections, ...input.sections },
        structure,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(planVersions.id, row.version.id));
    const after = (await findPlan(tx, orgId, planId))!;
    await audit(t, { orgId, action: 'plan.updated', entityType: 'plan', entityId: planId, ...changedFields(row, after) });
    return viewPlan(t, scope, orgId, planId);
  });
}

/** Only what changed goes into the trail, so a one-section edit does not copy the whole plan. */
function changedFields(before: TPlanRow, after: TPlanRow) {
  const b = planSnapshot(before);
  const a = planSnapshot(after);
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of ['title', 'language'] as const) {
    if (a[key] !== b[key]) {
      diff.before[key] = b[key];
      diff.after[key] = a[key];
    }
  }
  for (const key of Object.keys(a.sections) as (keyof typeof a.sections)[]) {
    if (a.sections[key] !== b.sections[key]) {
      diff.before[`sections.${key}`] = b.sections[key];
      diff.after[`sections.${key}`] = a.sections[key];
    }
  }
  for (const key of PLAN_STRUCTURE_KEYS) {
    if (JSON.stringify(a.structure[key]) !== JSON.stringify(b.structure[key])) {
      diff.before[`structure.${key}`] = b.structure[key];
      diff.after[`structure.${key}`] = a.structure[key];
    }
  }
  return { before: { versionNumber: b.versionNumber, ...diff.before }, after: { versionNumber: a.versionNumber, ...diff.after } };
}
