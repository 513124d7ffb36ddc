import type { TPlanStructure } from '../contract/plan-structure.js';

/**
 * Rules a plan's structure must keep within itself, whatever the database holds: ids are
 * unique, steps are done by roles of this plan, and the call tree has no cycle (a role
 * cannot end up calling itself). Paths are relative to the structure, e.g. `recoverySteps.3.who`.
 */
export interface TStructureIssue {
  path: string;
  message: string;
}

export function checkStructure(structure: TPlanStructure): TStructureIssue[] {
  const issues: TStructureIssue[] = [];
  const roleIds = new Set<string>();
  structure.roles.forEach((role, i) => {
    if (roleIds.has(role.id)) issues.push({ path: `roles.${i}.id`, message: 'Two roles have the same id' });
    roleIds.add(role.id);
    if (role.primaryPersonId !== null && role.alternatePersonIds.includes(role.primaryPersonId)) {
      issues.push({ path: `roles.${i}.alternatePersonIds`, message: 'The primary person cannot also be their own alternate' });
    }
    if (new Set(role.alternatePersonIds).size !== role.alternatePersonIds.length) issues.push({ path: `roles.${i}.alternatePersonIds`, message: 'An alternate is listed twice' });
  });
  structure.roles.forEach((role, i) => {
    if (role.calledByRoleId === null) return;
    if (role.calledByRoleId === role.id) issues.push({ path: `roles.${i}.calledByRoleId`, message: 'A role cannot call itself' });
    else if (!roleIds.has(role.calledByRoleId)) issues.push({ path: `roles.${i}.calledByRoleId`, message: 'Not a role of this plan' });
  });
  for (const i of callTreeCycles(structure.roles)) issues.push({ path: `roles.${i}.calledByRoleId`, message: 'The call tree would go round in a circle' });
  const stepIds = new Set<string>();
  structure.recoverySteps.forEach((step, i) => {
    if (stepIds.has(step.id)) issues.push({ path: `recoverySteps.${i}.id`, message: 'Two steps have the same id' });
    stepIds.add(step.id);
    if (!roleIds.has(step.who)) issues.push({ path: `recoverySteps.${i}.who`, message: 'Not a role of this plan' });
  });
  const duplicates = (path: string, values: string[]) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) issues.push({ path: `${path}.${i}`, message: 'Listed twice' });
      seen.add(v);
    });
  };
  duplicates('criticalFunctions', structure.criticalFunctions.map((c) => c.serviceId));
  duplicates('riskIds', structure.riskIds);
  duplicates('ictRecoveries', structure.ictRecoveries.map((r) => r.dependencyId));
  duplicates('scenarios', structure.scenarios.map((s) => s.scenario));
  return issues;
}

/** Indexes of roles whose chain of callers comes back to them (only the first of each cycle, after a self-call is reported apart). */
function callTreeCycles(roles: TPlanStructure['roles']): number[] {
  const callerOf = new Map(roles.map((r) => [r.id, r.calledByRoleId]));
  const reported = new Set<string>();
  const result: number[] = [];
  roles.forEach((role, i) => {
    if (role.calledByRoleId === role.id) return;
    const seen = new Set<string>([role.id]);
    let current = callerOf.get(role.id) ?? null;
    while (current !== null && callerOf.has(current)) {
      if (current === role.id) {
        if (![...seen].some((id) => reported.has(id))) result.push(i);
        seen.forEach((id) => reported.add(id));
        return;
      }
      if (seen.has(current)) return;
      seen.add(current);
      current = callerOf.get(current) ?? null;
    }
  });
  return result;
}

/** The roles reached from the first caller(s), breadth first: the order the tree is called in. */
export function callTreeOrder(roles: TPlanStructure['roles']): { reached: string[]; roots: string[] } {
  const ids = new Set(roles.map((r) => r.id));
  const roots = roles.filter((r) => r.calledByRoleId === null || !ids.has(r.calledByRoleId)).map((r) => r.id);
  const children = new Map<string, string[]>();
  for (const r of roles) if (r.calledByRoleId !== null) children.set(r.calledByRoleId, [...(children.get(r.calledByRoleId) ?? []), r.id]);
  const reached: string[] = [];
  const queue = roots.slice(0, 1);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    reached.push(id);
    for (const child of children.get(id) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return { reached, roots };
}
