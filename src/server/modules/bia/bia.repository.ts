import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { TBiaSettings } from '../../../domain/contract/bia.js';
import { DEFAULT_BIA_SETTINGS } from '../../../domain/bia/bia-settings.js';
import type { Db } from '../../db/database.js';
import { biaDependencies, biaServiceDependencies, biaServices, biaSettings, unitBias } from './bia.table.js';

export type TServiceRow = typeof biaServices.$inferSelect;
export type TDependencyRow = typeof biaDependencies.$inferSelect;
export type TUnitBiaRow = typeof unitBias.$inferSelect;

/** The organization's scale, or the defaults while it has none of its own. */
export async function loadSettings(db: Db, orgId: string): Promise<{ settings: TBiaSettings; isDefault: boolean }> {
  const [row] = await db.select().from(biaSettings).where(eq(biaSettings.orgId, orgId));
  return row ? { settings: row.scale, isDefault: false } : { settings: DEFAULT_BIA_SETTINGS, isDefault: true };
}

/** Unit BIA rows by unit id; a unit without a row has a first draft not yet started. */
export async function unitBiaRows(db: Db, orgId: string, unitIds?: readonly string[]): Promise<Map<string, TUnitBiaRow>> {
  if (unitIds && unitIds.length === 0) return new Map();
  const where = unitIds ? and(eq(unitBias.orgId, orgId), inArray(unitBias.unitId, [...unitIds])) : eq(unitBias.orgId, orgId);
  const rows = await db.select().from(unitBias).where(where);
  return new Map(rows.map((r) => [r.unitId, r]));
}

export const isLockedState = (state: string | undefined) => state === 'submitted' || state === 'approved';

export async function servicesOf(db: Db, orgId: string, filter: { unitIds?: readonly string[]; ids?: readonly string[] }) {
  const conditions = [eq(biaServices.orgId, orgId)];
  if (filter.unitIds) conditions.push(inArray(biaServices.unitId, [...filter.unitIds]));
  if (filter.ids) conditions.push(inArray(biaServices.id, [...filter.ids]));
  if ((filter.unitIds && filter.unitIds.length === 0) || (filter.ids && filter.ids.length === 0)) return [];
  return db.select().from(biaServices).where(and(...conditions)).orderBy(biaServices.priority, biaServices.name, biaServices.id);
}

export async function dependenciesOf(db: Db, orgId: string, filter: { unitIds?: readonly string[]; ids?: readonly string[] }) {
  const conditions = [eq(biaDependencies.orgId, orgId)];
  if (filter.unitIds) conditions.push(inArray(biaDependencies.unitId, [...filter.unitIds]));
  if (filter.ids) conditions.push(inArray(biaDependencies.id, [...filter.ids]));
  if ((filter.unitIds && filter.unitIds.length === 0) || (filter.ids && filter.ids.length === 0)) return [];
  return db.select().from(biaDependencies).where(and(...conditions)).orderBy(biaDependencies.kind, biaDependencies.name, biaDependencies.id);
}

/** Links of the given services, with the dependency each one names. */
export async function linksOfServices(db: Db, orgId: string, serviceIds: readonly string[]) {
  if (serviceIds.length === 0) return [];
  return db
    .select({ serviceId: biaServiceDependencies.serviceId, dependency: biaDependencies })
    .from(biaServiceDependencies)
    .innerJoin(biaDependencies, eq(biaDependencies.id, biaServiceDependencies.dependencyId))
    .where(and(eq(biaServiceDependencies.orgId, orgId), inArray(biaServiceDependencies.serviceId, [...serviceIds])))
    .orderBy(biaDependencies.name);
}

/** How many services use each dependency, and the units of those services. */
export async function usersOfDependencies(db: Db, orgId: string, dependencyIds: readonly string[]) {
  if (dependencyIds.length === 0) return new Map<string, { count: number; unitIds: Set<string> }>();
  const rows = await db
    .select({ dependencyId: biaServiceDependencies.dependencyId, unitId: biaServices.unitId, n: count() })
    .from(biaServiceDependencies)
    .innerJoin(biaServices, eq(biaServices.id, biaServiceDependencies.serviceId))
    .where(and(eq(biaServiceDependencies.orgId, orgId), inArray(biaServiceDependencies.dependencyId, [...dependencyIds])))
    .groupBy(biaServiceDependencies.dependencyId, biaServices.unitId);
  const out = new Map<string, { count: number; unitIds: Set<string> }>();
  for (const r of rows) {
    const entry = out.get(r.dependencyId) ?? { count: 0, unitIds: new Set<string>() };
    entry.count += Number(r.n);
    entry.unitIds.add(r.unitId);
    out.set(r.dependencyId, entry);
  }
  return out;
}

/** Services per unit, for BIA state and campaign progress. */
export async function serviceCounts(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db.select({ unitId: biaServices.unitId, n: count() }).from(biaServices).where(eq(biaServices.orgId, orgId)).groupBy(biaServices.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

export async function replaceLinks(db: Db, orgId: string, serviceId: string, dependencyIds: readonly string[]) {
  await db.delete(biaServiceDependencies).where(eq(biaServiceDependencies.serviceId, serviceId));
  if (dependencyIds.length > 0) await db.insert(biaServiceDependencies).values([...new Set(dependencyIds)].map((dependencyId) => ({ orgId, serviceId, dependencyId })));
}

/** Stores many re-derived MTPDs in one statement (a scale change touches every service of the organization). */
export async function storeDerivedMtpds(db: Db, orgId: string, values: { id: string; m: number | null }[]) {
  if (values.length === 0) return;
  await db.execute(sql`
    UPDATE bia_services s SET derived_mtpd_minutes = v.m
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, m int)
    WHERE s.id = v.id AND s.org_id = ${orgId}`);
}
