import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { plans, planVersions } from './plans.table.js';

const inForce = alias(planVersions, 'in_force_version');

/**
 * Every plan of `unitIds` with its current version and the version in force: what the suite
 * and the coherence checks compare across a unit's plans.
 */
export async function plansOfUnits(db: Db, orgId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({
      id: plans.id,
      unitId: plans.unitId,
      type: plans.type,
      current: { versionNumber: planVersions.versionNumber, state: planVersions.state, title: planVersions.title, structure: planVersions.structure, updatedAt: planVersions.updatedAt },
      inForceVersion: inForce.versionNumber,
      inForceTitle: inForce.title,
      inForceStructure: inForce.structure,
      inForceApprovedAt: inForce.approvedAt,
    })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.currentVersion)))
    .leftJoin(inForce, and(eq(inForce.planId, plans.id), eq(inForce.versionNumber, plans.approvedVersion)))
    .where(and(eq(plans.orgId, orgId), inArray(plans.unitId, [...unitIds])));
  return rows.map(({ inForceVersion, inForceTitle, inForceStructure, inForceApprovedAt, ...row }) => ({
    ...row,
    inForce: { versionNumber: inForceVersion, title: inForceTitle, structure: inForceStructure, approvedAt: inForceApprovedAt },
  }));
}
export type TUnitPlanRow = Awaited<ReturnType<typeof plansOfUnits>>[number];

/** Ids of `unitId` and the units above it, nearest first. */
export function ancestorIds(units: readonly { id: string; parentId: string | null }[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result: string[] = [];
  let current = byId.get(unitId);
  while (current && !result.includes(current.id)) {
    result.push(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return result;
}
