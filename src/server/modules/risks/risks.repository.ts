import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { TRiskListQuery } from '../../../domain/contract/risks.js';
import type { Db } from '../../db/database.js';
import { biaServices } from '../bia/bia.table.js';
import { people, units } from '../orgs/orgs.table.js';
import { risks, riskServiceLinks } from './risks.table.js';

const score = sql<number>`(${risks.likelihood} * ${risks.impact})`;

function selectRisks(db: Db) {
  return db
    .select({ risk: risks, unitName: units.name, ownerName: people.fullName })
    .from(risks)
    .leftJoin(units, eq(units.id, risks.unitId))
    .leftJoin(people, eq(people.id, risks.ownerPersonId));
}

export type TRiskRow = NonNullable<Awaited<ReturnType<typeof findRisk>>>;

export async function findRisk(db: Db, orgId: string, riskId: string) {
  const [row] = await selectRisks(db).where(and(eq(risks.orgId, orgId), eq(risks.id, riskId)));
  return row;
}

/** References are unique per organization regardless of case ("r-1" and "R-1" would confuse everyone). */
export async function referenceInUse(db: Db, orgId: string, reference: string, exceptId?: string) {
  const conditions = [eq(risks.orgId, orgId), sql`lower(${risks.reference}) = lower(${reference})`];
  if (exceptId) conditions.push(ne(risks.id, exceptId));
  const [row] = await db.select({ id: risks.id }).from(risks).where(and(...conditions)).limit(1);
  return row !== undefined;
}

export interface TVisibleRisks {
  unitIds: string[];
  organizationWide: boolean;
}

function visibility(visible: TVisibleRisks): SQL | undefined {
  const parts: SQL[] = [];
  if (visible.unitIds.length > 0) parts.push(inArray(risks.unitId, visible.unitIds));
  if (visible.organizationWide) parts.push(isNull(risks.unitId));
  return parts.length === 0 ? undefined : or(...parts);
}

const ORDER = {
  score_desc: [desc(score), asc(risks.reference)],
  score_asc: [asc(score), asc(risks.reference)],
  reference: [asc(risks.reference)],
  updated: [desc(risks.updatedAt), asc(risks.reference)],
} as const;

/** The register as the caller may see it, filtered, sorted and paged, with the heat map of the filtered set. */
export async function searchRisks(db: Db, orgId: string, visible: TVisibleRisks, query: Omit<TRiskListQuery, 'unitId' | 'subtree'>) {
  const empty = { rows: [], total: 0, cells: [] as { likelihood: number; impact: number; n: number }[] };
  const seen = visibility(visible);
  if (!seen) return empty;
  const base: SQL[] = [eq(risks.orgId, orgId), seen];
  if (query.category) base.push(eq(risks.category, query.category));
  if (query.status) base.push(eq(risks.status, query.status));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    base.push(or(ilike(risks.title, like), ilike(risks.reference, like), ilike(risks.description, like))!);
  }
  const cell: SQL[] = [];
  if (query.likelihood) cell.push(eq(risks.likelihood, query.likelihood));
  if (query.impact) cell.push(eq(risks.impact, query.impact));
  const where = and(...base, ...cell);
  const [[totalRow], rows, cells] = await Promise.all([
    db.select({ n: count() }).from(risks).where(where),
    selectRisks(db).where(where).orderBy(...ORDER[query.sort]).limit(query.limit).offset(query.offset),
    db.select({ likelihood: risks.likelihood, impact: risks.impact, n: count() }).from(risks).where(and(...base)).groupBy(risks.likelihood, risks.impact),
  ]);
  return { rows, total: totalRow?.n ?? 0, cells };
}

/** Every risk of the organization the caller may see, in reference order (export, reports). */
export async function allVisibleRisks(db: Db, orgId: string, visible: TVisibleRisks, extra?: SQL) {
  const seen = visibility(visible);
  if (!seen) return [];
  return selectRisks(db).where(and(eq(risks.orgId, orgId), seen, extra)).orderBy(asc(risks.reference));
}

export async function linkedServices(db: Db, orgId: string, riskId: string) {
  return db
    .select({ id: biaServices.id, name: biaServices.name, unitId: biaServices.unitId, unitName: units.name })
    .from(riskServiceLinks)
    .innerJoin(biaServices, eq(biaServices.id, riskServiceLinks.serviceId))
    .innerJoin(units, eq(units.id, biaServices.unitId))
    .where(and(eq(riskServiceLinks.orgId, orgId), eq(riskServiceLinks.riskId, riskId)))
    .orderBy(asc(biaServices.name));
}

export async function serviceOptions(db: Db, orgId: string) {
  return db
    .select({ id: biaServices.id, name: biaServices.name, unitId: biaServices.unitId, unitName: units.name })
    .from(biaServices)
    .innerJoin(units, eq(units.id, biaServices.unitId))
    .where(eq(biaServices.orgId, orgId))
    .orderBy(asc(units.name), asc(biaServices.name));
}

/** Which of `ids` are services of the organization. */
export async function servicesInOrg(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.select({ id: biaServices.id }).from(biaServices).where(and(eq(biaServices.orgId, orgId), inArray(biaServices.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

export async function replaceServiceLinks(db: Db, orgId: string, riskId: string, serviceIds: readonly string[]) {
  await db.delete(riskServiceLinks).where(and(eq(riskServiceLinks.orgId, orgId), eq(riskServiceLinks.riskId, riskId)));
  const unique = [...new Set(serviceIds)];
  if (unique.length > 0) await db.insert(riskServiceLinks).values(unique.map((serviceId) => ({ orgId, riskId, serviceId })));
}

export async function personInOrg(db: Db, orgId: string, personId: string) {
  const [row] = await db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row !== undefined;
}

/** Lookups for an import: unit codes and names, people's emails and names (a shared name maps to null). */
export async function importLookups(db: Db, orgId: string) {
  const [unitRows, peopleRows] = await Promise.all([
    db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.orgId, orgId)),
    db.select({ id: people.id, email: people.email, fullName: people.fullName }).from(people).where(eq(people.orgId, orgId)),
  ]);
  const unitMap = new Map<string, string>();
  for (const u of unitRows) if (!unitMap.has(u.name.toLowerCase())) unitMap.set(u.name.toLowerCase(), u.id);
  for (const u of unitRows) unitMap.set(u.code.toLowerCase(), u.id);
  const peopleMap = new Map<string, string | null>();
  for (const p of peopleRows) {
    const name = p.fullName.toLowerCase();
    peopleMap.set(name, peopleMap.has(name) ? null : p.id);
  }
  for (const p of peopleRows) peopleMap.set(p.email.toLowerCase(), p.id);
  return { units: unitMap, people: peopleMap, unitCodes: new Map(unitRows.map((u) => [u.id, u.code])), emails: new Map(peopleRows.map((p) => [p.id, p.email])) };
}

/** Existing risks by lower-cased reference: an imported row with a known reference updates that risk. */
export async function risksByReference(db: Db, orgId: string) {
  const rows = await db.select().from(risks).where(eq(risks.orgId, orgId));
  return new Map(rows.map((r) => [r.reference.toLowerCase(), r]));
}
