import type { TPlanStructure, TPlanStructureKey } from '../../../domain/contract/plan-structure.js';
import { checkStructure } from '../../../domain/plans/structure-rules.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Db } from '../../db/database.js';
import { invalidInput } from '../../http/errors.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { dependencyIdsIn, peopleByIds, riskIdsIn, servicesByIds } from './plan-links.repository.js';
import { ancestorIds } from './plan-units.repository.js';

type TIssue = { path: string; message: string };

/**
 * The structure after `patch` (each part given replaces that part), refused whole with 400
 * and `body.structure.…` paths when it breaks its own rules or points outside the
 * organization. Critical functions come from the BIA of the plan's unit, the units above it
 * (whose services it may carry) or the units beneath it (whose services it coordinates) —
 * never from a sibling office. References in parts the edit leaves alone are not re-checked,
 * so a service deleted from the BIA later does not block unrelated edits (the quality
 * checks flag it instead).
 */
export async function applyStructurePatch(db: Db, scope: OrgScope, plan: { orgId: string; unitId: string }, current: TPlanStructure, patch: Partial<TPlanStructure>): Promise<TPlanStructure> {
  const merged: TPlanStructure = { ...current, ...patch };
  const patched = new Set(Object.keys(patch) as TPlanStructureKey[]);
  const issues: TIssue[] = checkStructure(merged).map((issue) => {
    const part = issue.path.split('.')[0] as TPlanStructureKey;
    if (patched.has(part)) return { path: `body.structure.${issue.path}`, message: issue.message };
    // Only a new list of roles can break references held by parts the edit leaves alone.
    return { path: patched.has('roles') ? 'body.structure.roles' : 'body.structure', message: `${issue.path}: ${issue.message} (after this edit)` };
  });
  issues.push(...(await referenceIssues(db, scope, plan, patch)));
  if (issues.length > 0) throw invalidInput('The plan structure is not valid; see the issues.', issues);
  return merged;
}

async function referenceIssues(db: Db, scope: OrgScope, plan: { orgId: string; unitId: string }, patch: Partial<TPlanStructure>): Promise<TIssue[]> {
  const issues: TIssue[] = [];
  const { orgId } = plan;
  const serviceIds = patch.criticalFunctions?.map((c) => c.serviceId) ?? [];
  const personIds = (patch.roles ?? []).flatMap((r) => [r.primaryPersonId, ...r.alternatePersonIds]).filter((id): id is string => id !== null);
  const [services, persons, riskIds, dependencyIds] = await Promise.all([
    servicesByIds(db, orgId, serviceIds),
    peopleByIds(db, orgId, [...new Set(personIds)]),
    riskIdsIn(db, orgId, patch.riskIds ?? []),
    dependencyIdsIn(db, orgId, patch.ictRecoveries?.map((r) => r.dependencyId) ?? []),
  ]);
  const inLine = new Set([...ancestorIds(scope.units, plan.unitId), ...subtreeIds(scope.units, plan.unitId)]);
  const serviceUnit = new Map(services.map((s) => [s.id, s.unitId]));
  patch.criticalFunctions?.forEach((c, i) => {
    const unitId = serviceUnit.get(c.serviceId);
    if (unitId === undefined) issues.push({ path: `body.structure.criticalFunctions.${i}.serviceId`, message: 'Not a service of the BIA of this organization' });
    else if (!inLine.has(unitId)) issues.push({ path: `body.structure.criticalFunctions.${i}.serviceId`, message: "The service belongs to a unit outside this plan's unit, the units above it and the units beneath it" });
  });
  const known = new Set(persons.map((p) => p.id));
  patch.roles?.forEach((r, i) => {
    if (r.primaryPersonId !== null && !known.has(r.primaryPersonId)) issues.push({ path: `body.structure.roles.${i}.primaryPersonId`, message: 'Not a person of this organization' });
    r.alternatePersonIds.forEach((id, j) => {
      if (!known.has(id)) issues.push({ path: `body.structure.roles.${i}.alternatePersonIds.${j}`, message: 'Not a person of this organization' });
    });
  });
  patch.riskIds?.forEach((id, i) => {
    if (!riskIds.has(id)) issues.push({ path: `body.structure.riskIds.${i}`, message: 'Not a risk of the register of this organization' });
  });
  patch.ictRecoveries?.forEach((r, i) => {
    if (!dependencyIds.has(r.dependencyId)) issues.push({ path: `body.structure.ictRecoveries.${i}.dependencyId`, message: 'Not a dependency of the BIA of this organization' });
  });
  return issues;
}
