import { MATURITY_RATER_ROLES } from '../../../domain/assurance/kpi-report.js';
import { MATURITY_RATERS, type TMaturityRater } from '../../../domain/assurance/ratings.js';
import { rolesExcept, type TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/**
 * Assurance speaks for the whole organization, so every right is held at its root unit.
 * Reading: everyone in business continuity work and oversight (governing-body readers too: the
 * KPIs are reported to them), not staff. Recording the framework, the team and the organization's
 * own ratings: the coordinator or the executive head. Verifying a KPI: the internal auditor,
 * whose independence is the point (review para 97). Maturity: each rater only as itself.
 */
const READERS = rolesExcept('staff');
const FRAMEWORK_EDITORS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const VERIFIERS: readonly TOrgRole[] = ['internal_auditor'];

export const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!;
const holdsAtRoot = (scope: OrgScope, roles: readonly TOrgRole[]) => {
  const held = scope.rolesAt(rootOf(scope).id);
  return roles.some((r) => held.has(r));
};

export const assurancePolicy = {
  read: (scope: OrgScope) => scope.readsAll || holdsAtRoot(scope, READERS),
  editFramework: (scope: OrgScope) => holdsAtRoot(scope, FRAMEWORK_EDITORS),
  rateKpis: (scope: OrgScope) => holdsAtRoot(scope, FRAMEWORK_EDITORS),
  verifyKpis: (scope: OrgScope) => holdsAtRoot(scope, VERIFIERS),
  rateMaturityAs: (scope: OrgScope): TMaturityRater[] => MATURITY_RATERS.filter((r) => holdsAtRoot(scope, MATURITY_RATER_ROLES[r])),
};
