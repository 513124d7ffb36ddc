import { and, eq, inArray } from 'drizzle-orm';
import type { TPlansWithoutRisksReport, TUnansweredReport } from '../../../domain/contract/risks.js';
import { DISRUPTION_CATEGORIES } from '../../../domain/risks/risk-categories.js';
import type { Ctx } from '../../context.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { plansWithRiskLinks, type TPlanWithRisks } from './risks.plan-links.js';
import { risksPolicy } from './risks.policy.js';
import { presentRiskSummary, shownPlanVersion } from './risks.present.js';
import { allVisibleRisks } from './risks.repository.js';
import { risks } from './risks.table.js';

export function visibleRisks(scope: OrgScope) {
  return { unitIds: [...risksPolicy.readableUnits(scope)], organizationWide: risksPolicy.readsOrganizationWide(scope) };
}

function planLinks(scope: OrgScope, plans: TPlanWithRisks[]) {
  return plans.flatMap((plan) => {
    const shown = shownPlanVersion(scope, plan);
    return shown ? [{ plan, link: { id: plan.id, title: shown.title, type: plan.type, state: shown.state, versionNumber: shown.versionNumber }, riskIds: shown.riskIds }] : [];
  });
}

/**
 * Open disruption risks no plan answers: no plan's current or approved version lists them.
 * Grouped by unit with the plans the caller may read there, so the gap has an obvious owner.
 */
export async function unansweredRisks(ctx: Ctx, orgId: string): Promise<TUnansweredReport> {
  const scope = await loadOrgScope(ctx, orgId);
  const [rows, plans] = await Promise.all([
    allVisibleRisks(ctx.db, orgId, visibleRisks(scope), and(eq(risks.status, 'open'), inArray(risks.category, [...DISRUPTION_CATEGORIES]))),
    plansWithRiskLinks(ctx.db, orgId),
  ]);
  // Whether a plan answers a risk is a fact about the register, whoever may read that plan.
  const answered = new Set(plans.flatMap((p) => [...p.current.riskIds, ...(p.approved?.riskIds ?? [])]));
  const readable = planLinks(scope, plans);
  const root = scope.units.find((u) => u.parentId === null)?.id;
  const groups = new Map<string | null, TUnansweredReport['groups'][number]>();
  for (const row of rows) {
    if (answered.has(row.risk.id)) continue;
    const unitId = row.risk.unitId;
    let group = groups.get(unitId);
    if (!group) {
      const planUnit = unitId ?? root;
      group = { unitId, unitName: row.unitName, risks: [], plans: readable.filter((p) => p.plan.unitId === planUnit).map((p) => p.link) };
      groups.set(unitId, group);
    }
    group.risks.push(presentRiskSummary(row));
  }
  const sorted = [...groups.values()].sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? ''));
  for (const g of sorted) g.risks.sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference));
  return { groups: sorted, total: sorted.reduce((n, g) => n + g.risks.length, 0) };
}

/** Plans (the version the caller may read) that link no risk of the register: written without it, the review found. */
export async function plansWithoutRisks(ctx: Ctx, orgId: string): Promise<TPlansWithoutRisksReport> {
  const scope = await loadOrgScope(ctx, orgId);
  const [plans, register] = await Promise.all([plansWithRiskLinks(ctx.db, orgId), ctx.db.select({ id: risks.id }).from(risks).where(eq(risks.orgId, orgId))]);
  const known = new Set(register.map((r) => r.id));
  const items = planLinks(scope, plans)
    .filter((p) => !p.riskIds.some((id) => known.has(id)))
    .map((p) => ({ ...p.link, unitId: p.plan.unitId, unitName: p.plan.unitName }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName) || a.title.localeCompare(b.title));
  return { items, total: items.length };
}
