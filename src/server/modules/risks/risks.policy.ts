import { rolesExcept, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** Keep the register: at the risk's unit, or at the root for organization-wide risks and imports. */
const RISK_EDITORS: readonly TOrgRole[] = ['risk_officer', 'bc_coordinator'];
/** Read the register; staff and governing-body readers see plans in force only, not the register. */
const RISK_READERS = rolesExcept('staff', 'governing_body_reader');

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(unitId);
  return roles.some((r) => held.has(r));
};

const rootId = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)?.id ?? '';

/** Where a risk sits: its unit, or the root for an organization-wide risk (unitId null). */
const placeOf = (scope: OrgScope, unitId: string | null) => unitId ?? rootId(scope);

export const risksPolicy = {
  /** A unit's risk is read by readers at that unit (roles apply down the subtree); an organization-wide one by readers anywhere. */
  read(scope: OrgScope, unitId: string | null) {
    if (scope.readsAll) return true;
    if (unitId !== null) return holds(scope, unitId, RISK_READERS);
    return scope.unitsWithAnyRole(RISK_READERS).size > 0;
  },
  /** Units whose risks the caller reads (installation roles: all). */
  readableUnits(scope: OrgScope): Set<string> {
    if (scope.readsAll) return new Set(scope.units.map((u) => u.id));
    return scope.unitsWithAnyRole(RISK_READERS);
  },
  readsOrganizationWide: (scope: OrgScope) => risksPolicy.read(scope, null),
  /** Installation analysts and administrators read everything and change nothing. */
  edit: (scope: OrgScope, unitId: string | null) => holds(scope, placeOf(scope, unitId), RISK_EDITORS),
  createAnywhere: (scope: OrgScope) => scope.unitsWithAnyRole(RISK_EDITORS).size > 0,
  import: (scope: OrgScope) => holds(scope, rootId(scope), RISK_EDITORS),
  actions: (scope: OrgScope, unitId: string | null) => ({ edit: risksPolicy.edit(scope, unitId), delete: risksPolicy.edit(scope, unitId) }),
};
