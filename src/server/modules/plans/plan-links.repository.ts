import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { biaDependencies, biaServiceDependencies, biaServices } from '../bia/bia.table.js';
import { people } from '../orgs/orgs.table.js';
import { risks } from '../risks/risks.table.js';

/**
 * Read-only look-ups of what a plan links to — BIA services and dependencies, risks, people —
 * always scoped to the organization. The bia and risks slices own these tables; plans only read.
 */

export async function servicesByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: biaServices.id,
      unitId: biaServices.unitId,
      name: biaServices.name,
      rtoMinutes: biaServices.rtoMinutes,
      derivedMtpdMinutes: biaServices.derivedMtpdMinutes,
      mtpdOverrideMinutes: biaServices.mtpdOverrideMinutes,
    })
    .from(biaServices)
    .where(and(eq(biaServices.orgId, orgId), inArray(biaServices.id, [...ids])));
}

export async function peopleByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, fullName: people.fullName, jobTitle: people.jobTitle, email: people.email, mobilePhone: people.mobilePhone, updatedAt: people.updatedAt })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])));
}

export async function riskIdsIn(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: risks.id }).from(risks).where(and(eq(risks.orgId, orgId), inArray(risks.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

export async function dependencyIdsIn(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: biaDependencies.id }).from(biaDependencies).where(and(eq(biaDependencies.orgId, orgId), inArray(biaDependencies.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/**
 * ICT systems the services of `unitIds` depend on, with each service's RTO: the required
 * recovery of a system is the tightest RTO among the services that use it.
 */
export async function ictNeedsOfUnits(db: Db, orgId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: biaServices.unitId, rtoMinutes: biaServices.rtoMinutes, dependencyId: biaDependencies.id, dependencyName: biaDependencies.name })
    .from(biaServiceDependencies)
    .innerJoin(biaServices, eq(biaServices.id, biaServiceDependencies.serviceId))
    .innerJoin(biaDependencies, eq(biaDependencies.id, biaServiceDependencies.dependencyId))
    .where(and(eq(biaServiceDependencies.orgId, orgId), eq(biaDependencies.kind, 'ict_system'), inArray(biaServices.unitId, [...unitIds])));
}

/** Tightest RTO per ICT system, for each unit. */
export function requiredIctRecovery(rows: Awaited<ReturnType<typeof ictNeedsOfUnits>>) {
  const byUnit = new Map<string, Map<string, { id: string; name: string; requiredMinutes: number }>>();
  for (const row of rows) {
    if (row.rtoMinutes === null) continue;
    const systems = byUnit.get(row.unitId) ?? new Map();
    const current = systems.get(row.dependencyId);
    if (!current || row.rtoMinutes < current.requiredMinutes) systems.set(row.dependencyId, { id: row.dependencyId, name: row.dependencyName, requiredMinutes: row.rtoMinutes });
    byUnit.set(row.unitId, systems);
  }
  return byUnit;
}

/** Reference and title of the risks a plan answers, for its export. */
export async function risksByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: risks.id, reference: risks.reference, title: risks.title }).from(risks).where(and(eq(risks.orgId, orgId), inArray(risks.id, [...ids])));
}

export async function dependenciesByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: biaDependencies.id, name: biaDependencies.name }).from(biaDependencies).where(and(eq(biaDependencies.orgId, orgId), inArray(biaDependencies.id, [...ids])));
}
