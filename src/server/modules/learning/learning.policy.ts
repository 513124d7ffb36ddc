import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { merPolicy } from '../mer/mer.policy.js';

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => roles.some((r) => scope.rolesAt(unitId).has(r));
export const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!.id;

/** Those who run reviews at a unit: the people who ran the response or the exercise. */
const REVIEW_MANAGERS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner', 'cmt_member'];
/** An organization's word to the others (sharing a lesson) is given by its coordinator or executive. */
const PUBLISHERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
/** Management review and crisis evaluation are top management's (ISO 22301 9.3). */
const TOP_MANAGEMENT: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const TOP_READERS: readonly TOrgRole[] = ['bc_coordinator', 'executive', 'internal_auditor', 'external_auditor', 'oversight_committee', 'governing_body_reader'];

export const learningPolicy = {
  readReview: (scope: OrgScope, unitId: string, personId: string | null, r: { ownerPersonId: string | null; participantPersonIds: string[] }) =>
    merPolicy.readObligations(scope, unitId) || (personId !== null && (r.ownerPersonId === personId || r.participantPersonIds.includes(personId))),
  manageReviews: (scope: OrgScope, unitId: string) => holds(scope, unitId, REVIEW_MANAGERS),
  editReview: (scope: OrgScope, unitId: string, personId: string | null, r: { ownerPersonId: string | null; status: string }) =>
    r.status === 'open' && (holds(scope, unitId, REVIEW_MANAGERS) || (personId !== null && r.ownerPersonId === personId)),
  /** Any role of the organization reads its published lessons; drafts are their editors'. */
  readPublishedLessons: (scope: OrgScope) => scope.readsAll || scope.units.some((u) => scope.rolesAt(u.id).size > 0),
  writeLessons: (scope: OrgScope, unitId: string) => holds(scope, unitId, [...REVIEW_MANAGERS, 'executive']),
  publishLesson: (scope: OrgScope, unitId: string, sharing: string) => holds(scope, sharing === 'installation' ? rootOf(scope) : unitId, PUBLISHERS),
  readTop: (scope: OrgScope) => scope.readsAll || holds(scope, rootOf(scope), TOP_READERS),
  manageTop: (scope: OrgScope) => holds(scope, rootOf(scope), TOP_MANAGEMENT),
};
