import type { TPlanActions } from '../../../domain/contract/plans.js';
import { canOpenRevision, isEditable, type TPlanState } from '../../../domain/plans/plan-state.js';
import { rolesExcept, type TActor, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** Write and maintain plans for their subtree. */
export const PLAN_AUTHORS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner'];
/** Institutional quality review (core element 10): the BC coordinator, or senior management. */
const PLAN_REVIEWERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
/** See plans in every state, drafts included; other roles see approved plans only. */
const DRAFT_READERS = rolesExcept('staff', 'governing_body_reader');

export interface PlanFacts {
  unitId: string;
  state: TPlanState;
  hasApprovedVersion: boolean;
  submittedBy: string | null;
}

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(unitId);
  return roles.some((r) => held.has(r));
};

export const plansPolicy = {
  readAllStates: (scope: OrgScope, unitId: string) => scope.readsAll || holds(scope, unitId, DRAFT_READERS),
  read: (scope: OrgScope, plan: PlanFacts) =>
    plansPolicy.readAllStates(scope, plan.unitId) || (plan.hasApprovedVersion && scope.rolesAt(plan.unitId).size > 0),
  create: (scope: OrgScope, unitId: string) => holds(scope, unitId, PLAN_AUTHORS),
  actions(scope: OrgScope, actor: TActor, plan: PlanFacts): TPlanActions {
    const author = holds(scope, plan.unitId, PLAN_AUTHORS);
    const reviewer = holds(scope, plan.unitId, PLAN_REVIEWERS);
    const inReview = plan.state === 'in_review';
    return {
      edit: author && isEditable(plan.state),
      submit: author && plan.state === 'draft',
      return: reviewer && inReview,
      // Four eyes: whoever submitted a version cannot approve it.
      approve: reviewer && inReview && plan.submittedBy !== actor.userId,
      revise: author && canOpenRevision(plan.state),
    };
  },
};
