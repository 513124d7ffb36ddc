import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TPlanListQuery } from '../../../domain/contract/plans.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { units } from '../orgs/orgs.table.js';
import { planReviews, plans, planVersions } from './plans.table.js';

const approved = alias(planVersions, 'approved_version');

const planColumns = {
  id: plans.id,
  orgId: plans.orgId,
  unitId: plans.unitId,
  unitName: units.name,
  type: plans.type,
  currentVersion: plans.currentVersion,
  approvedVersion: plans.approvedVersion,
  approvedAt: approved.approvedAt,
  version: planVersions,
};

/**
 * Which version a row shows: the current one (being worked on), or — in units listed in
 * `approvedOnlyUnits`, for readers who see no drafts — the one in force. A plan with no
 * approved version then has no row at all.
 */
function shownVersion(approvedOnlyUnits: readonly string[] | 'all') {
  if (approvedOnlyUnits === 'all') return plans.approvedVersion;
  if (approvedOnlyUnits.length === 0) return plans.currentVersion;
  return sql`CASE WHEN ${inArray(plans.unitId, [...approvedOnlyUnits])} THEN ${plans.approvedVersion} ELSE ${plans.currentVersion} END`;
}

function selectPlans(db: Db, approvedOnlyUnits: readonly string[] | 'all' = []) {
  return db
    .select(planColumns)
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, shownVersion(approvedOnlyUnits))))
    .leftJoin(approved, and(eq(approved.planId, plans.id), eq(approved.versionNumber, plans.approvedVersion)));
}

export type TPlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** One plan with its current version, or the version in force; always scoped to the organization. */
export async function findPlan(db: Db, orgId: string, planId: string, shown: 'current' | 'in_force' = 'current') {
  const [row] = await selectPlans(db, shown === 'in_force' ? 'all' : []).where(and(eq(plans.orgId, orgId), eq(plans.id, planId)));
  return row;
}

/**
 * Plans of the organization in `unitIds` (already narrowed to what the caller may see).
 * `approvedOnly` limits to plans with a version in force, for readers who see no drafts.
 */
export async function searchPlans(
  db: Db,
  orgId: string,
  visible: { allStates: string[]; approvedOnly: string[] },
  query: Omit<TPlanListQuery, 'unitId' | 'subtree'>,
) {
  const units = [...visible.allStates, ...visible.approvedOnly];
  if (units.length === 0) return { rows: [], total: 0 };
  const conditions: SQL[] = [eq(plans.orgId, orgId), inArray(plans.unitId, units)];
  if (query.type) conditions.push(eq(plans.type, query.type));
  if (query.state) conditions.push(eq(planVersions.state, query.state));
  if (query.q) conditions.push(ilike(planVersions.title, `%${query.q.replace(/[\\%_]/g, '\\$&')}%`));
  const where = and(...conditions);
  const [totalRow] = await db
    .select({ n: count() })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, shownVersion(visible.approvedOnly))))
    .where(where);
  const rows = await selectPlans(db, visible.approvedOnly).where(where).orderBy(desc(planVersions.updatedAt), asc(plans.id)).limit(query.limit).offset(query.offset);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function listVersions(db: Db, orgId: string, planId: string) {
  const approver = alias(user, 'approver');
  return db
    .select({ version: planVersions, createdByName: user.name, approvedByName: approver.name })
    .from(planVersions)
    .innerJoin(user, eq(user.id, planVersions.createdBy))
    .leftJoin(approver, eq(approver.id, planVersions.approvedBy))
    .where(and(eq(planVersions.orgId, orgId), eq(planVersions.planId, planId)))
    .orderBy(desc(planVersions.versionNumber));
}

export async function findVersion(db: Db, orgId: string, planId: string, versionNumber: number) {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.orgId, orgId), eq(planVersions.planId, planId), eq(planVersions.versionNumber, versionNumber)));
  return row;
}

export async function listReviews(db: Db, orgId: string, planId: string) {
  return db
    .select({ review: planReviews, actorName: user.name })
    .from(planReviews)
    .innerJoin(user, eq(user.id, planReviews.actorId))
    .where(and(eq(planReviews.orgId, orgId), eq(planReviews.planId, planId)))
    .orderBy(asc(planReviews.at));
}
