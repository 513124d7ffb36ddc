import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from './org-scope.js';

/** Who shapes the organization's structure and staff directory beneath a unit. */
const STRUCTURE_MANAGERS: readonly TOrgRole[] = ['bc_coordinator'];
/** Who may see the staff directory (contact details are personal data). */
const DIRECTORY_READERS: readonly TOrgRole[] = [
  'executive',
  'bc_coordinator',
  'focal_point',
  'plan_owner',
  'cmt_member',
  'risk_officer',
  'internal_auditor',
  'external_auditor',
  'staff',
];

const holdsAny = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(unitId);
  return roles.some((r) => held.has(r));
};

export const orgsPolicy = {
  manageStructure: (scope: OrgScope, unitId: string) => scope.isAdmin || holdsAny(scope, unitId, STRUCTURE_MANAGERS),
  manageAnyStructure: (scope: OrgScope) => scope.isAdmin || scope.unitsWithAnyRole(STRUCTURE_MANAGERS).size > 0,
  readDirectory: (scope: OrgScope, unitId: string) => scope.readsAll || holdsAny(scope, unitId, DIRECTORY_READERS),
};
