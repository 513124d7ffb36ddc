import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** The secretariat of the organization's governing bodies: the executive and the coordinator at the root. */
const SECRETARIAT: readonly TOrgRole[] = ['executive', 'bc_coordinator'];
const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!.id;

export const governancePolicy = {
  /** Anyone with a role in the organization (representatives hold `governing_body_reader`) reads its bodies and decisions. */
  read: (_scope: OrgScope) => true,
  /** Bodies, members, accreditations, meetings and procedures are kept by the secretariat. */
  manage: (scope: OrgScope) => SECRETARIAT.some((r) => scope.rolesAt(rootOf(scope)).has(r)),
};
