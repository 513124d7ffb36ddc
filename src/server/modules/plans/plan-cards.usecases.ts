import { readStructure, type TActionCards } from '../../../domain/contract/plan-structure.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { Ctx } from '../../context.js';
import { defineError } from '../../http/errors.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { peopleByIds } from './plan-links.repository.js';
import { planNotFound } from './plans.errors.js';
import { planFacts } from './plans.present.js';
import { plansPolicy } from './plans.policy.js';
import { findPlan, type TPlanRow } from './plans.repository.js';

export const roleNotFound = defineError({ code: 'plans.role_not_found', status: 404, message: 'The plan has no such role.' });

/** The version a caller reads: the one being worked on, or — for readers who see no drafts — the one in force. */
export async function loadReadableVersion(ctx: Ctx, orgId: string, planId: string): Promise<{ scope: OrgScope; row: TPlanRow }> {
  const scope = await loadOrgScope(ctx, orgId);
  const current = await findPlan(ctx.db, orgId, planId);
  if (!current || !plansPolicy.read(scope, planFacts(current))) throw planNotFound();
  if (plansPolicy.readAllStates(scope, current.unitId)) return { scope, row: current };
  return { scope, row: (await findPlan(ctx.db, orgId, planId, 'in_force'))! };
}

/** One card per role (or the one asked for): who holds it, who calls whom, and its steps of the first hour, day and week. */
export async function getActionCards(ctx: Ctx, orgId: string, planId: string, roleId?: string): Promise<TActionCards> {
  const { row } = await loadReadableVersion(ctx, orgId, planId);
  const s = readStructure(row.version.structure);
  const roles = roleId ? s.roles.filter((r) => r.id === roleId) : s.roles;
  if (roleId && roles.length === 0) throw roleNotFound();
  const personIds = s.roles.flatMap((r) => [r.primaryPersonId, ...r.alternatePersonIds]).filter((id): id is string => id !== null);
  const persons = new Map((await peopleByIds(ctx.db, orgId, [...new Set(personIds)])).map(({ updatedAt: _u, ...p }) => [p.id, p]));
  const person = (id: string | null) => (id === null ? null : (persons.get(id) ?? null));
  const byId = new Map(s.roles.map((r) => [r.id, r]));
  const stepsOf = (id: string, phase: 'first_hour' | 'first_day' | 'first_week') =>
    s.recoverySteps.filter((x) => x.who === id && x.phase === phase).map(({ who: _w, ...rest }) => rest);
  return {
    planId: row.id,
    title: row.version.title,
    language: row.version.language as TLanguage,
    unitName: row.unitName,
    versionNumber: row.version.versionNumber,
    state: row.version.state as TPlanState,
    activationCriteria: s.activationCriteria,
    cards: roles.map((r) => {
      const caller = r.calledByRoleId ? byId.get(r.calledByRoleId) : undefined;
      return {
        roleId: r.id,
        title: r.title,
        responsibilities: r.responsibilities,
        primary: person(r.primaryPersonId),
        alternates: r.alternatePersonIds.map(person).filter((p) => p !== null),
        calledBy: caller ? { roleId: caller.id, title: caller.title, primary: person(caller.primaryPersonId) } : null,
        calls: s.roles.filter((x) => x.calledByRoleId === r.id).map((x) => ({ roleId: x.id, title: x.title, primary: person(x.primaryPersonId) })),
        steps: { first_hour: stepsOf(r.id, 'first_hour'), first_day: stepsOf(r.id, 'first_day'), first_week: stepsOf(r.id, 'first_week') },
        keyContacts: s.externalContacts,
      };
    }),
  };
}
