import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/** Those who run a response at a unit: declare, activate, alert, keep the log. */
export const RESPONDER_ROLES: readonly TOrgRole[] = ['executive', 'bc_coordinator', 'focal_point', 'cmt_member'];

const anyRoleAt = (scope: OrgScope, unitIds: readonly string[]) => unitIds.some((id) => scope.rolesAt(id).size > 0);
const respondsAt = (scope: OrgScope, unitIds: readonly string[]) => unitIds.some((id) => RESPONDER_ROLES.some((r) => scope.rolesAt(id).has(r)));

/**
 * Everyone with a role in an affected unit (staff included) reads the event and its official
 * updates: one source of truth. Only responders there change anything; installation
 * analysts read, never act.
 */
export const responsePolicy = {
  read: (scope: OrgScope, affectedUnitIds: readonly string[]) => scope.readsAll || anyRoleAt(scope, affectedUnitIds),
  /** The CMT workspace (roll call by name, log, sitreps) is for responders, not every staff member. */
  readWorkspace: (scope: OrgScope, affectedUnitIds: readonly string[]) => scope.readsAll || respondsAt(scope, affectedUnitIds),
  manage: (scope: OrgScope, affectedUnitIds: readonly string[]) => respondsAt(scope, affectedUnitIds),
  /** Declaring needs standing at every unit declared affected. */
  declare: (scope: OrgScope, unitIds: readonly string[]) => unitIds.length > 0 && unitIds.every((id) => respondsAt(scope, [id])),
  /** A colleague who can see the person's unit may report them safe or in need of help. */
  checkInFor: (scope: OrgScope, personUnitId: string) => anyRoleAt(scope, [personUnitId]),
  declareAnywhere: (scope: OrgScope) => scope.units.some((u) => respondsAt(scope, [u.id])),
};
