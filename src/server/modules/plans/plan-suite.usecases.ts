import { readStructure } from '../../../domain/contract/plan-structure.js';
import type { TPlanSuite, TSuiteUnit } from '../../../domain/contract/plans.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import { PLAN_TYPES } from '../../../domain/plans/plan-types.js';
import { monthsBefore } from '../../../domain/plans/quality.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Ctx } from '../../context.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { ictNeedsOfUnits, requiredIctRecovery } from './plan-links.repository.js';
import { ictRecoveriesOf } from './plan-quality.loader.js';
import { ancestorIds, plansOfUnits, type TUnitPlanRow } from './plan-units.repository.js';
import { plansPolicy } from './plans.policy.js';

/** An approval older than this is flagged: plans are reviewed at least yearly. */
const APPROVAL_VALID_MONTHS = 12;

/** Units in tree order (parents before children), with their depth. */
function treeOrder(scope: OrgScope, wanted: Set<string>) {
  const children = new Map<string | null, typeof scope.units>();
  for (const u of [...scope.units].sort((a, b) => a.name.localeCompare(b.name))) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: { unit: (typeof scope.units)[number]; depth: number }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const u of children.get(parentId) ?? []) {
      if (wanted.has(u.id)) out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * Per unit the caller may read: for each of the seven plan types the plan shown (the one in
 * force if any, else the latest), and the coherence warnings of the unit. Readers who see no
 * drafts see only plans with a version in force, as that version. Whether a crisis management
 * plan exists above the unit is a fact about the unit and is used even where the caller cannot
 * read that plan; nothing else about it is shown.
 */
export async function getPlanSuite(ctx: Ctx, orgId: string, query: { unitId?: string; subtree: boolean }): Promise<TPlanSuite> {
  const scope = await loadOrgScope(ctx, orgId);
  let wanted = scope.units.map((u) => u.id);
  if (query.unitId) {
    if (!scope.unit(query.unitId)) throw unitNotFound();
    wanted = query.subtree ? [...subtreeIds(scope.units, query.unitId)] : [query.unitId];
  }
  const visible = new Set(wanted.filter((id) => scope.readsAll || scope.rolesAt(id).size > 0));
  const chains = new Set([...visible].flatMap((id) => ancestorIds(scope.units, id)));
  const [rows, ictNeeds] = await Promise.all([plansOfUnits(ctx.db, orgId, [...chains]), ictNeedsOfUnits(ctx.db, orgId, [...visible])]);
  const required = requiredIctRecovery(ictNeeds);
  const cutoff = monthsBefore(ctx.clock.now(), APPROVAL_VALID_MONTHS);
  const byUnit = new Map<string, TUnitPlanRow[]>();
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);

  const units = treeOrder(scope, visible).map(({ unit, depth }): TSuiteUnit => {
    const allStates = plansPolicy.readAllStates(scope, unit.id);
    const readable = (byUnit.get(unit.id) ?? []).filter((p) => allStates || p.inForce.versionNumber !== null);
    const shown = (p: TUnitPlanRow) => ({
      title: allStates ? p.current.title : p.inForce.title!,
      state: (allStates ? p.current.state : 'approved') as TPlanState,
      versionNumber: allStates ? p.current.versionNumber : p.inForce.versionNumber!,
      structure: readStructure(allStates ? p.current.structure : p.inForce.structure),
    });
    const plans = PLAN_TYPES.map((type) => {
      const ofType = readable
        .filter((p) => p.type === type)
        .sort((a, b) => Number(b.inForce.versionNumber !== null) - Number(a.inForce.versionNumber !== null) || b.current.updatedAt.getTime() - a.current.updatedAt.getTime());
      const pick = ofType[0];
      if (!pick) return { type, plan: null, others: 0 };
      const s = shown(pick);
      return {
        type,
        plan: { id: pick.id, title: s.title, state: s.state, versionNumber: s.versionNumber, approvedVersionNumber: pick.inForce.versionNumber, approvedAt: pick.inForce.approvedAt?.toISOString() ?? null, riskCount: s.structure.riskIds.length },
        others: ofType.length - 1,
      };
    });
    const warnings: TSuiteUnit['warnings'] = [];
    const chainPlans = ancestorIds(scope.units, unit.id).flatMap((id) => byUnit.get(id) ?? []);
    if (!chainPlans.some((p) => p.type === 'crisis_management')) warnings.push({ code: 'missing_crisis_management_plan', params: {} });
    const systems = [...(required.get(unit.id)?.values() ?? [])];
    if (systems.length > 0) {
      const planned = new Map<string, number>();
      for (const r of ictRecoveriesOf(byUnit.get(unit.id) ?? [], unit.id, allStates) ?? []) planned.set(r.dependencyId, Math.min(planned.get(r.dependencyId) ?? Infinity, r.recoveryMinutes));
      const late = systems.filter((x) => planned.has(x.id) && planned.get(x.id)! > x.requiredMinutes).map((x) => x.name);
      const missing = systems.filter((x) => !planned.has(x.id)).map((x) => x.name);
      if (late.length > 0 || missing.length > 0) warnings.push({ code: 'ict_recovery_gap', params: { late, missing } });
    }
    const outdated = readable.filter((p) => p.inForce.approvedAt !== null && p.inForce.approvedAt < cutoff).map((p) => shown(p).title);
    if (outdated.length > 0) warnings.push({ code: 'approval_outdated', params: { plans: outdated, months: APPROVAL_VALID_MONTHS } });
    const riskless = readable.filter((p) => shown(p).structure.riskIds.length === 0).map((p) => shown(p).title);
    if (riskless.length > 0) warnings.push({ code: 'plan_without_risks', params: { plans: riskless } });
    return { unitId: unit.id, unitName: unit.name, parentId: unit.parentId, depth, plans, warnings };
  });
  return { units };
}
