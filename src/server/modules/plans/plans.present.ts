import { readStructure } from '../../../domain/contract/plan-structure.js';
import type { TPlanSummary, TPlanView, TQualityCheck } from '../../../domain/contract/plans.js';
import type { TLanguage } from '../../../domain/languages.js';
import { incompleteSections } from '../../../domain/plans/plan-template.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { TActor } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { plansPolicy, type PlanFacts } from './plans.policy.js';
import type { listReviews, TPlanRow } from './plans.repository.js';

export function planFacts(row: TPlanRow): PlanFacts {
  return {
    unitId: row.unitId,
    state: row.version.state as TPlanState,
    hasApprovedVersion: row.approvedVersion !== null,
    submittedBy: row.version.submittedBy,
  };
}

export function presentPlanSummary(row: TPlanRow): TPlanSummary {
  return {
    id: row.id,
    orgId: row.orgId,
    unitId: row.unitId,
    unitName: row.unitName,
    type: row.type as TPlanType,
    title: row.version.title,
    language: row.version.language as TLanguage,
    state: row.version.state as TPlanState,
    versionNumber: row.version.versionNumber,
    approvedVersionNumber: row.approvedVersion,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    updatedAt: row.version.updatedAt.toISOString(),
  };
}

export function presentPlan(
  row: TPlanRow,
  reviews: Awaited<ReturnType<typeof listReviews>>,
  scope: OrgScope,
  actor: TActor,
  quality: TQualityCheck[],
): TPlanView {
  return {
    ...presentPlanSummary(row),
    sections: row.version.sections,
    structure: readStructure(row.version.structure),
    quality,
    incompleteSections: incompleteSections(row.version.sections),
    reviews: reviews.map(({ review, actorName }) => ({
      action: review.action as 'submit' | 'return' | 'approve',
      versionNumber: review.versionNumber,
      comment: review.comment,
      actorName,
      at: review.at.toISOString(),
    })),
    allowedActions: plansPolicy.actions(scope, actor, planFacts(row)),
  };
}

/** What the audit trail keeps of a plan version: enough to see what changed. */
export function planSnapshot(row: TPlanRow) {
  return {
    unitId: row.unitId,
    type: row.type,
    versionNumber: row.version.versionNumber,
    approvedVersionNumber: row.approvedVersion,
    state: row.version.state,
    title: row.version.title,
    language: row.version.language,
    sections: row.version.sections,
    structure: readStructure(row.version.structure),
  };
}
