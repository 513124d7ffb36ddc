import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TIsoDate } from '../../../domain/mer/calendar.js';
import type { TChangeTrigger } from '../../../domain/mer/policy.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { people } from '../orgs/orgs.table.js';
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

/** Which records count: with `asOf`, only those made by the end of that day in each unit's own time zone. */
export interface TRecordsCutOff {
  asOf?: TIsoDate;
}

/** Roll-ups count and need no titles: leaving them out spares a read of every plan's current version. */
export interface TPlanRecordsOptions extends TRecordsCutOff {
  titles?: boolean;
}

export interface TPlanRecord {
  id: string;
  type: string;
  unitId: string;
  unitName: string;
  timeZone: string;
  createdAt: Date;
  title: string;
  lastEditedAt: Date;
  lastApprovedAt: Date | null;
  lastTestedOn: string | null;
}

export interface TChangeEvent {
  unitId: string | null;
  planId: string | null;
  at: Date;
  trigger: TChangeTrigger;
}

/**
 * The first instant after the `asOf` day in the time zone of the unit aliased `u`
 * (an office in Kiribati ends its day fourteen hours before Greenwich); no limit without `asOf`.
 */
const endOfDay = (cutOff: TRecordsCutOff): SQL => (cutOff.asOf ? sql`((${cutOff.asOf}::date + 1)::timestamp AT TIME ZONE u.time_zone)` : sql`'infinity'::timestamptz`);

/** All the units of the organization when the list is absent (the cheap path for organization-wide roll-ups). */
const unitFilter = (column: SQL, unitIds: readonly string[] | null): SQL => (unitIds === null ? sql`TRUE` : sql`${column} IN (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})`);

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Runs one of the roll-up's reads without parallel workers or JIT compilation (set locally, so
 * only for this transaction; inside a caller's transaction, until that one ends). Measured on
 * bench/compliance: the planner sends the change-events union to two workers, which on a busy
 * two-core server made it 4–5 times slower (~250 ms against ~50 ms) — the branches are small
 * index scans, too short to pay for starting workers. JIT does not kick in at the benchmark's
 * size, but the estimates of a larger organization would cross jit_above_cost, and compiling
 * costs more than these short queries run.
 */
async function serialRead(db: Db, query: SQL): Promise<unknown> {
  return db.transaction(async (t) => {
    // SET LOCAL of both in one round trip.
    await t.execute(sql`SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`);
    return t.execute(query);
  });
}

const instant = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * What the obligations of each plan are judged on: when it arose, was last edited, last
 * approved and last tested. With `asOf`, records after that day are ignored: a plan created
 * later does not exist yet, a later approval or exercise has not happened, and a version
 * edited later counts from its creation (its last edit before the day is not kept).
 * `unitIds` null means every unit of the organization.
 */
export async function planRecords(db: Db, orgId: string, unitIds: readonly string[] | null, cutOff: TPlanRecordsOptions = {}): Promise<TPlanRecord[]> {
  if (unitIds !== null && unitIds.length === 0) return [];
  const testedBy = cutOff.asOf ? sql`AND e.conducted_on <= ${cutOff.asOf}::date` : sql``;
  const tested = sql`
      -- The last exercise that made people recover something with the plan (ISO 22301 8.5).
      SELECT pid AS plan_id, max(e.conducted_on)::text AS tested_on
      FROM exercises e CROSS JOIN LATERAL jsonb_array_elements_text(e.plan_ids) AS pid
      WHERE e.org_id = ${orgId} AND e.type IN ('simulation', 'functional', 'full_scale') AND e.state IN ('conducted', 'closed') ${testedBy}
      GROUP BY pid`;
  const title = (plan: 'p' | 'k') =>
    cutOff.titles === false ? sql`''` : sql`(SELECT cv.title FROM plan_versions cv WHERE cv.plan_id = ${sql.raw(plan)}.id AND cv.version_number = ${sql.raw(plan)}.current_version)`;
  const result = await serialRead(
    db,
    !cutOff.asOf && unitIds === null
      ? // Today, the whole organization: no cut-off, so the history is one pass over the
        // organization's versions in plan order (an index-only scan, grouped as it streams,
        // merge-joined to the plans) rather than one index probe per plan.
        sql`
    WITH history AS (
      SELECT v.plan_id, max(v.updated_at) AS last_edited_at, max(v.approved_at) AS last_approved_at
      FROM plan_versions v
      WHERE v.org_id = ${orgId}
      GROUP BY v.plan_id
    ), tested AS (${tested})
    SELECT p.id, p.type, p.unit_id, u.name AS unit_name, u.time_zone, p.created_at, h.last_edited_at, h.last_approved_at, t.tested_on, ${title('p')} AS title
    FROM plans p
    JOIN units u ON u.id = p.unit_id AND u.org_id = ${orgId}
    JOIN history h ON h.plan_id = p.id
    LEFT JOIN tested t ON t.plan_id = p.id::text
    WHERE p.org_id = ${orgId}`
      : sql`
    WITH scoped AS (
      SELECT p.id, p.type, p.unit_id, p.created_at, p.current_version, u.name AS unit_name, u.time_zone, ${endOfDay(cutOff)} AS cut
      FROM plans p JOIN units u ON u.id = p.unit_id AND u.org_id = ${orgId}
      WHERE p.org_id = ${orgId} AND ${unitFilter(sql`p.unit_id`, unitIds)}
    ), kept AS (
      SELECT * FROM scoped WHERE created_at < cut
    ), history AS (
      SELECT v.plan_id,
             max(CASE WHEN v.updated_at < k.cut THEN v.updated_at ELSE v.created_at END) AS last_edited_at,
             max(v.approved_at) FILTER (WHERE v.approved_at < k.cut) AS last_approved_at
      FROM plan_versions v JOIN kept k ON k.id = v.plan_id
      WHERE v.org_id = ${orgId} AND v.created_at < k.cut
      GROUP BY v.plan_id
    ), tested AS (${tested})
    SELECT k.id, k.type, k.unit_id, k.unit_name, k.time_zone, k.created_at, h.last_edited_at, h.last_approved_at, t.tested_on, ${title('k')} AS title
    FROM kept k
    JOIN history h ON h.plan_id = k.id
    LEFT JOIN tested t ON t.plan_id = k.id::text`,
  );
  type Row = { id: string; type: string; unit_id: string; unit_name: string; time_zone: string; created_at: Date | string; title: string; last_edited_at: Date | string; last_approved_at: Date | string | null; tested_on: string | null };
  return rowsOf<Row>(result).map((r) => ({
    id: r.id,
    type: r.type,
    unitId: r.unit_id,
    unitName: r.unit_name,
    timeZone: r.time_zone,
    createdAt: instant(r.created_at),
    title: r.title,
    lastEditedAt: instant(r.last_edited_at),
    lastApprovedAt: r.last_approved_at === null ? null : instant(r.last_approved_at),
    lastTestedOn: r.tested_on,
  }));
}

/**
 * Changes that make a plan update due, read from the audit trail (which records every
 * change anyway): the plan owner or focal point of a unit granted or withdrawn, a unit
 * moved, a risk linked to the unit or to one of its services (created, edited or imported),
 * an exercise closed with findings (for the plans it tested), a remedial action recorded against
 * a plan (its audit entry names the plan). With `asOf`, changes after
 * that day in the unit's time zone are ignored. `unitIds` null means every unit.
 */
export async function changeEvents(db: Db, orgId: string, unitIds: readonly string[] | null, cutOff: TRecordsCutOff = {}): Promise<TChangeEvent[]> {
  if (unitIds !== null && unitIds.length === 0) return [];
  const inOrg = sql`a.org_id = ${orgId}`;
  const result = await serialRead(db, sql`
    -- Ids compared as uuids (every id in the trail was validated as one): the planner then
    -- estimates the joins from the tables' statistics and keeps the query cheap.
    WITH events AS (
      SELECT a.at, coalesce(a.after->>'unitId', a.before->>'unitId') AS unit_id, NULL::text AS plan_id,
             CASE WHEN coalesce(a.after->>'role', a.before->>'role') = 'plan_owner' THEN 'plan_owner_changed' ELSE 'focal_point_changed' END AS trigger
      FROM audit_log a
      WHERE ${inOrg} AND a.action IN ('role.assigned', 'role.revoked', 'focal_point.appointed', 'focal_point.ended')
        AND coalesce(a.after->>'role', a.before->>'role') IN ('plan_owner', 'focal_point')
      UNION ALL
      SELECT a.at, a.entity_id, NULL, 'unit_restructured'
      FROM audit_log a
      WHERE ${inOrg} AND a.action = 'unit.updated' AND a.after ? 'parentId'
      UNION ALL
      -- A risk placed at a unit (created there or moved there).
      SELECT a.at, a.after->>'unitId', NULL, 'risk_linked'
      FROM audit_log a
      WHERE ${inOrg} AND a.action IN ('risk.created', 'risk.updated') AND a.after->>'unitId' IS NOT NULL
      UNION ALL
      -- A risk linked to a service it did not threaten before: the plans of the service's unit.
      SELECT a.at, s.unit_id::text, NULL, 'risk_linked'
      FROM audit_log a
      CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.after->'serviceIds') = 'array' THEN a.after->'serviceIds' ELSE '[]'::jsonb END) AS sid
      JOIN bia_services s ON s.id = sid::uuid AND s.org_id = ${orgId}
      WHERE ${inOrg} AND a.action IN ('risk.created', 'risk.updated')
        AND NOT (CASE WHEN jsonb_typeof(a.before->'serviceIds') = 'array' THEN a.before->'serviceIds' ELSE '[]'::jsonb END) ? sid
      UNION ALL
      -- Imported risks: the created ones where they stand, the updated ones where they were moved.
      SELECT a.at, r.unit_id::text, NULL, 'risk_linked'
      FROM audit_log a
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.after->'created') = 'array' THEN a.after->'created' ELSE '[]'::jsonb END) AS c
      JOIN risks r ON r.id = (c->>'id')::uuid AND r.org_id = ${orgId}
      WHERE ${inOrg} AND a.action = 'risks.imported' AND r.unit_id IS NOT NULL
      UNION ALL
      SELECT a.at, c->'after'->>'unitId', NULL, 'risk_linked'
      FROM audit_log a
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.after->'updated') = 'array' THEN a.after->'updated' ELSE '[]'::jsonb END) AS c
      WHERE ${inOrg} AND a.action = 'risks.imported' AND c->'after'->>'unitId' IS NOT NULL
      UNION ALL
      -- An exercise closed with findings makes the plans it tested due for update.
      SELECT a.at, p.unit_id::text, p.id::text, 'findings_closed'
      FROM audit_log a
      CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.after->'planIds') = 'array' THEN a.after->'planIds' ELSE '[]'::jsonb END) AS pid
      JOIN plans p ON p.id = pid::uuid AND p.org_id = ${orgId}
      WHERE ${inOrg} AND a.action = 'exercise.closed' AND (a.after->>'findingCount')::int > 0
      UNION ALL
      -- A remedial action that changes a plan (from a post-incident review, a management review…) makes it due.
      SELECT a.at, p.unit_id::text, p.id::text, 'findings_closed'
      FROM audit_log a
      JOIN plans p ON p.id = (a.after->>'planId')::uuid AND p.org_id = ${orgId}
      WHERE ${inOrg} AND a.action = 'remedial_action.created' AND a.after ? 'planId'
    )
    SELECT e.at, e.unit_id, e.plan_id, e.trigger
    FROM events e JOIN units u ON u.org_id = ${orgId} AND u.id = e.unit_id::uuid
    WHERE ${unitFilter(sql`u.id`, unitIds)} AND e.at < ${endOfDay(cutOff)}`,
  );
  type Row = { at: Date | string; unit_id: string; plan_id: string | null; trigger: TChangeTrigger };
  return rowsOf<Row>(result).map((r) => ({
    // A plan's own event names the plan, not its whole unit.
    unitId: r.plan_id === null ? r.unit_id : null,
    planId: r.plan_id,
    at: instant(r.at),
    trigger: r.trigger,
  }));
}

/** Names of the people holding roles (the directory's, else the account's), for the owners shown beside overdue obligations. */
export async function ownerNames(db: Db, orgId: string, personIds: readonly string[], emails: readonly string[]): Promise<{ byPerson: Map<string, string>; byEmail: Map<string, string> }> {
  const [persons, accounts] = await Promise.all([
    personIds.length === 0 ? [] : db.select({ id: people.id, name: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [...personIds]))),
    emails.length === 0 ? [] : db.select({ email: user.email, name: user.name }).from(user).where(inArray(user.email, [...emails])),
  ]);
  return { byPerson: new Map(persons.map((r) => [r.id, r.name])), byEmail: new Map(accounts.map((r) => [r.email, r.name])) };
}

/** The titles of some plans (their current version's). */
export async function planTitles(db: Db, orgId: string, planIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // In slices: a query carries at most 65,535 parameters.
  for (let i = 0; i < planIds.length; i += 5000) {
    const rows = await db
      .select({ id: plans.id, title: planVersions.title })
      .from(plans)
      .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.currentVersion)))
      .where(and(eq(plans.orgId, orgId), inArray(plans.id, planIds.slice(i, i + 5000))));
    for (const r of rows) out.set(r.id, r.title);
  }
  return out;
}
