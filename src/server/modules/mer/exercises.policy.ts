import type { TOrgRole } from '../../../domain/roles.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { merPolicy } from './mer.policy.js';

/** Those who run exercises of a unit: its BCM roles and its crisis management team. */
const EXERCISE_MANAGERS: readonly TOrgRole[] = ['bc_coordinator', 'focal_point', 'plan_owner', 'cmt_member'];

const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => roles.some((r) => scope.rolesAt(unitId).has(r));

export const exercisesPolicy = {
  read: (scope: OrgScope, unitId: string) => merPolicy.readObligations(scope, unitId),
  manage: (scope: OrgScope, unitId: string) => holds(scope, unitId, EXERCISE_MANAGERS),
  actions: (scope: OrgScope, exercise: { unitId: string; state: string }) => {
    const manage = exercisesPolicy.manage(scope, exercise.unitId);
    return {
      edit: manage && exercise.state === 'planned',
      conduct: manage && exercise.state !== 'closed',
      close: manage && exercise.state === 'conducted',
      addFinding: manage && exercise.state === 'conducted',
    };
  },
};
