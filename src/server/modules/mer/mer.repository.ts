import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog } from '../audit/audit.table.js';
import { user } from '../auth/auth.table.js';
import { units } from '../orgs/orgs.table.js';
import { plans, planVersions } from '../plans/plans.table.js';
import { merPolicies } from './mer.table.js';

export async function policyVersions(db: Db, orgId: string) {
  return db
    .select({ versionNumber: merPolicies.versionNumber, policy: merPolicies.policy, createdAt: merPolicies.createdAt, createdByName: sql<string>`coalesce(${user.name}, ${merPolicies.createdBy})` })
    .from(merPolicies)
    .leftJoin(user, eq(user.id, merPolicies.createdBy))
    .where(eq(merPolicies.orgId, orgId))
    .orderBy(desc(merPolicies.versionNumber));
}

/** What the obligations of each plan are judged on: when it arose, was last edited and last approved. */
export async function planRecords(db: Db, orgId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const lastApproval = db
    .select({ planId: planVersions.planId, at: max(planVersions.approvedAt).as('last_approved_at') })
    .from(planVersions)
    .where(eq(planVersions.orgId, orgId))
    .groupBy(planVersions.planId)
    .as('last_approval');
  return db
    .select({
      id: plans.id,
      type: plans.type,
      unitId: plans.unitId,
      unitName: units.name,
      timeZone: units.timeZone,
      createdAt: plans.createdAt,
      title: planVersions.title,
      lastEditedAt: planVersions.updatedAt,
      lastApprovedAt: lastApproval.at,
      // The last exercise that made people recover something with this plan (ISO 22301 8.5).
      lastTestedOn: sql<string | null>`(SELECT max(e.conducted_on)::text FROM exercises e WHERE e.org_id = ${plans.orgId} AND e.plan_ids ? ${plans.id}::text AND e.type IN ('simulation', 'functional', 'full_scale') AND e.state IN ('conducted', 'closed'))`,
    })
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.currentVersion)))
    .leftJoin(lastApproval, eq(lastApproval.planId, plans.id))
    .where(and(eq(plans.orgId, orgId), inArray(plans.unitId, [...unitIds])));
}

/**
 * Changes that make a plan update due, read from the audit trail (which records every
 * change anyway): the plan owner or focal point of a unit granted or withdrawn, a unit moved.
 */
export async function changeEvents(db: Db, orgId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const roleUnit = sql<string>`coalesce(${auditLog.after}->>'unitId', ${auditLog.before}->>'unitId')`;
  const role = sql<string>`coalesce(${auditLog.after}->>'role', ${auditLog.before}->>'role')`;
  const rows = await db
    .select({ action: auditLog.action, at: auditLog.at, unitId: sql<string>`CASE WHEN ${auditLog.entityType} = 'unit' THEN ${auditLog.entityId} ELSE ${roleUnit} END`, role })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, orgId),
        sql`(
          (${auditLog.action} IN ('role.assigned', 'role.revoked', 'focal_point.appointed', 'focal_point.ended') AND ${role} IN ('plan_owner', 'focal_point') AND ${roleUnit} IN ${[...unitIds]})
          OR (${auditLog.action} = 'unit.updated' AND ${auditLog.after} ? 'parentId' AND ${auditLog.entityId} IN ${[...unitIds]})
        )`,
      ),
    );
  const unitEvents = rows.map((r) => ({
    unitId: r.unitId as string | null,
    planId: null as string | null,
    at: r.at,
    trigger: r.action === 'unit.updated' ? ('unit_restructured' as const) : r.role === 'plan_owner' ? ('plan_owner_changed' as const) : ('focal_point_changed' as const),
  }));
  // An exercise closed with findings makes the plans it tested due for update.
  const closed = await db
    .select({ at: auditLog.at, planIds: sql<string[]>`${auditLog.after}->'planIds'` })
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'exercise.closed'), sql`(${auditLog.after}->>'findingCount')::int > 0`));
  const planEvents = closed.flatMap((c) => c.planIds.map((planId) => ({ unitId: null, planId, at: c.at, trigger: 'findings_closed' as const })));
  return [...unitEvents, ...planEvents];
}
