import { rolesExcept, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** Who follows compliance: everyone in business continuity work, not staff or governing-body readers. */
const OBLIGATION_READERS = rolesExcept('staff', 'governing_body_reader');
const POLICY_SETTERS: readonly TOrgRole[] = ['bc_coordinator'];

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => roles.some((r) => scope.rolesAt(unitId).has(r));
const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!.id;

export const merPolicy = {
  readObligations: (scope: OrgScope, unitId: string) => scope.readsAll || holds(scope, unitId, OBLIGATION_READERS),
  /** The policy binds the whole organization, so only the coordinator at its root sets it. */
  setPolicy: (scope: OrgScope) => holds(scope, rootOf(scope), POLICY_SETTERS),
};
