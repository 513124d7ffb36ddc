import { rolesExcept, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from './org-scope.js';

/** Who describes the organization itself (name, BCM arrangement): its leadership and BC coordinator, at the top. */
const PROFILE_EDITORS: readonly TOrgRole[] = ['executive', 'bc_coordinator'];
/** Who shapes the organization's structure and staff directory beneath a unit. */
const STRUCTURE_MANAGERS: readonly TOrgRole[] = ['bc_coordinator'];
/** Who may see the staff directory (contact details are personal data). */
const DIRECTORY_READERS = rolesExcept('oversight_committee', 'governing_body_reader');

const holdsAny = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(unitId);
  return roles.some((r) => held.has(r));
};

export const orgsPolicy = {
  manageStructure: (scope: OrgScope, unitId: string) => scope.isAdmin || holdsAny(scope, unitId, STRUCTURE_MANAGERS),
  manageAnyStructure: (scope: OrgScope) => scope.isAdmin || scope.unitsWithAnyRole(STRUCTURE_MANAGERS).size > 0,
  editProfile: (scope: OrgScope) =>
    scope.isAdmin || scope.units.some((u) => u.parentId === null && holdsAny(scope, u.id, PROFILE_EDITORS)),
  /** Who sees the organization's accounts and roles: whoever manages structure, senior management, installation roles. */
  readMembers: (scope: OrgScope) =>
    scope.readsAll || orgsPolicy.manageAnyStructure(scope) || scope.units.some((u) => u.parentId === null && holdsAny(scope, u.id, ['executive'])),
  readDirectory: (scope: OrgScope, unitId: string) => scope.readsAll || holdsAny(scope, unitId, DIRECTORY_READERS),
};
