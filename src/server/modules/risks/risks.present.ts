import type { TRiskSummary, TRiskView } from '../../../domain/contract/risks.js';
import type { TRiskCategory, TRiskStatus, TRiskTreatment } from '../../../domain/risks/risk-categories.js';
import { riskScore } from '../../../domain/risks/risk-score.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { plansPolicy } from '../plans/plans.policy.js';
import type { TPlanWithRisks } from './risks.plan-links.js';
import { risksPolicy } from './risks.policy.js';
import type { linkedServices, TRiskRow } from './risks.repository.js';

export function presentRiskSummary({ risk, unitName, ownerName }: TRiskRow): TRiskSummary {
  return {
    id: risk.id,
    orgId: risk.orgId,
    reference: risk.reference,
    title: risk.title,
    category: risk.category as TRiskCategory,
    unitId: risk.unitId,
    unitName,
    likelihood: risk.likelihood,
    impact: risk.impact,
    score: riskScore(risk.likelihood, risk.impact),
    ownerPersonId: risk.ownerPersonId,
    ownerName,
    treatment: risk.treatment as TRiskTreatment,
    lastAssessedOn: risk.lastAssessedOn,
    status: risk.status as TRiskStatus,
    updatedAt: risk.updatedAt.toISOString(),
  };
}

/** The plan as this caller may see it: the current version, or the one in force for readers who see no drafts. */
export function shownPlanVersion(scope: OrgScope, plan: TPlanWithRisks) {
  const facts = { unitId: plan.unitId, state: plan.current.state as never, hasApprovedVersion: plan.approved !== null, submittedBy: plan.current.submittedBy };
  if (!plansPolicy.read(scope, facts)) return null;
  return plansPolicy.readAllStates(scope, plan.unitId) ? plan.current : plan.approved;
}

export function presentRisk(row: TRiskRow, services: Awaited<ReturnType<typeof linkedServices>>, plans: TPlanWithRisks[], scope: OrgScope): TRiskView {
  const answeredBy = plans.flatMap((plan) => {
    const shown = shownPlanVersion(scope, plan);
    const lists = plan.current.riskIds.includes(row.risk.id) || (plan.approved?.riskIds.includes(row.risk.id) ?? false);
    return shown && lists ? [{ id: plan.id, title: shown.title, type: plan.type, state: shown.state, unitId: plan.unitId }] : [];
  });
  return {
    ...presentRiskSummary(row),
    description: row.risk.description,
    treatmentPlan: row.risk.treatmentPlan,
    services,
    answeredBy,
    allowedActions: risksPolicy.actions(scope, row.risk.unitId),
  };
}

/** What the audit trail keeps of a risk. */
export function riskSnapshot(risk: TRiskRow['risk'], serviceIds?: string[]) {
  return {
    reference: risk.reference,
    title: risk.title,
    description: risk.description,
    category: risk.category,
    unitId: risk.unitId,
    likelihood: risk.likelihood,
    impact: risk.impact,
    ownerPersonId: risk.ownerPersonId,
    treatment: risk.treatment,
    treatmentPlan: risk.treatmentPlan,
    lastAssessedOn: risk.lastAssessedOn,
    status: risk.status,
    ...(serviceIds ? { serviceIds } : {}),
  };
}
