import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { units } from '../orgs/orgs.table.js';
import { plans, planVersions } from '../plans/plans.table.js';

/**
 * Read-only queries on plans for the risk register: plans link the risks they answer in
 * their versioned structure (`structure.riskIds`); the plans slice owns writing them.
 */

const riskIdsOf = (structure: unknown): string[] => {
  const ids = (structure as { riskIds?: unknown } | null)?.riskIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
};

/** Versions still in play (draft, in review, approved) that list the risk: such a risk is not deleted. */
export async function versionsListingRisk(db: Db, orgId: string, riskId: string) {
  const rows = await db
    .select({ planId: planVersions.planId })
    .from(planVersions)
    .where(
      and(
        eq(planVersions.orgId, orgId),
        inArray(planVersions.state, ['draft', 'in_review', 'approved']),
        sql`coalesce(${planVersions.structure}->'riskIds', '[]'::jsonb) @> ${JSON.stringify([riskId])}::jsonb`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

const approvedVersion = alias(planVersions, 'approved_version');

export interface TPlanWithRisks {
  id: string;
  unitId: string;
  unitName: string;
  type: string;
  current: { versionNumber: number; state: string; title: string; submittedBy: string | null; riskIds: string[] };
  approved: { versionNumber: number; state: string; title: string; riskIds: string[] } | null;
}

/** Every plan of the organization with the risks its current and approved versions list. */
export async function plansWithRiskLinks(db: Db, orgId: string): Promise<TPlanWithRisks[]> {
  const rows = await db
    .select({
      id: plans.id,
      unitId: plans.unitId,
      unitName: units.name,
      type: plans.type,
      current: { versionNumber: planVersions.versionNumber, state: planVersions.state, title: planVersions.title, submittedBy: planVersions.submittedBy, structure: planVersions.structure },
      approvedNumber: approvedVersion.versionNumber,
      approvedState: approvedVersion.state,
      approvedTitle: approvedVersion.title,
      approvedStructure: approvedVersion.structure,
    })
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.currentVersion)))
    .leftJoin(approvedVersion, and(eq(approvedVersion.planId, plans.id), eq(approvedVersion.versionNumber, plans.approvedVersion)))
    .where(eq(plans.orgId, orgId));
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    type: r.type,
    current: { versionNumber: r.current.versionNumber, state: r.current.state, title: r.current.title, submittedBy: r.current.submittedBy, riskIds: riskIdsOf(r.current.structure) },
    approved:
      r.approvedNumber === null
        ? null
        : { versionNumber: r.approvedNumber, state: r.approvedState!, title: r.approvedTitle!, riskIds: riskIdsOf(r.approvedStructure) },
  }));
}

