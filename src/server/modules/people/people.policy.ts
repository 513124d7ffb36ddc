import { localDate } from '../../../domain/mer/calendar.js';
import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';

/**
 * Who does what in the people slice. ORMS has no HR role: the organization's working
 * arrangements are recorded by the BC coordinator or the executive head at the root (on HR's
 * behalf); surveys are run, and their results read, by coordinators and executives covering
 * every unit surveyed; return-to-office plans are kept by the unit's BCM roles. Staff answer
 * the surveys they are invited to and see where they work on a day — never others' answers.
 */
const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => roles.some((r) => scope.rolesAt(unitId).has(r));
export const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!;
export const todayOf = (scope: OrgScope, now: Date) => localDate(now, rootOf(scope).timeZone);

const ARRANGEMENT_EDITORS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const SURVEY_RUNNERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const RETURN_PLANNERS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner'];

export const peoplePolicy = {
  editArrangements: (scope: OrgScope) => holds(scope, rootOf(scope).id, ARRANGEMENT_EDITORS),
  /** Runs a survey of these units (and their subtrees): must cover every one of them. */
  runSurvey: (scope: OrgScope, targetUnitIds: readonly string[]) => targetUnitIds.length > 0 && targetUnitIds.every((id) => holds(scope, id, SURVEY_RUNNERS)),
  /** Suppressed results only; installation analysts read them as they read everything. */
  readResults: (scope: OrgScope, targetUnitIds: readonly string[]) => scope.readsAll || peoplePolicy.runSurvey(scope, targetUnitIds),
  readReturnPlan: (scope: OrgScope, unitId: string) => scope.readsAll || scope.rolesAt(unitId).size > 0,
  editReturnPlan: (scope: OrgScope, unitId: string) => holds(scope, unitId, RETURN_PLANNERS),
};
