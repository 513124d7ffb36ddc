import type { TUnitBiaActions } from '../../../domain/contract/bia.js';
import { rolesExcept, type TActor, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** See a unit's BIA: every role but staff and governing-body readers (installation roles read all). */
const READERS = rolesExcept('staff', 'governing_body_reader');
/** Enter services and dependencies, submit, revise, record effort. */
export const BIA_EDITORS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner'];
/** Approve a unit's BIA (never the submitter: four eyes). */
const APPROVERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(unitId);
  return roles.some((r) => held.has(r));
};

export interface UnitBiaFacts {
  unitId: string;
  state: 'draft' | 'submitted' | 'approved';
  submittedBy: string | null;
  servicesCount: number;
}

export const biaPolicy = {
  read: (scope: OrgScope, unitId: string) => scope.readsAll || holds(scope, unitId, READERS),
  /** Installation roles read everything and change nothing. */
  edit: (scope: OrgScope, unitId: string) => holds(scope, unitId, BIA_EDITORS),
  approve: (scope: OrgScope, unitId: string) => holds(scope, unitId, APPROVERS),
  /** The scale is the organization's: its coordinator at the top unit words it. */
  editSettings: (scope: OrgScope) => {
    const root = scope.units.find((u) => u.parentId === null);
    return root !== undefined && holds(scope, root.id, ['bc_coordinator']);
  },
  /** Launch and close campaigns: the coordinator at the campaign's root unit. */
  manageCampaign: (scope: OrgScope, rootUnitId: string) => holds(scope, rootUnitId, ['bc_coordinator']),
  actions(scope: OrgScope, actor: TActor, bia: UnitBiaFacts): TUnitBiaActions {
    const editor = biaPolicy.edit(scope, bia.unitId);
    return {
      edit: editor && bia.state === 'draft',
      submit: editor && bia.state === 'draft' && bia.servicesCount > 0,
      approve: biaPolicy.approve(scope, bia.unitId) && bia.state === 'submitted' && bia.submittedBy !== actor.userId,
      revise: editor && bia.state === 'approved',
      recordEffort: editor,
    };
  },
};
