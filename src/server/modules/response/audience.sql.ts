import { eq, sql, type SQL } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import type { TAudience, TDirectoryPerson } from '../../../domain/response/audience.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { people, roleAssignments, units } from '../orgs/orgs.table.js';

/**
 * The audience of a broadcast as SQL, so 100,000 recipients are selected and written by the
 * database in one statement (ADR 0014). The pure `audienceMembers` stays the specification:
 * an int test checks both designate the same people. Subtrees are expanded here from the
 * units the request already loaded, and passed as JSON arrays.
 */
export interface TAudienceSqlInput {
  orgId: string;
  audience: TAudience;
  units: readonly { id: string; parentId: string | null }[];
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const inJson = (column: SQL, values: unknown) => sql`${column} IN (SELECT jsonb_array_elements_text(${json(values)}))`;

/** The people the audience designates, as a `WHERE` over `people p JOIN units u`. */
export function audienceCondition({ orgId, audience, units: tree }: TAudienceSqlInput): SQL {
  const inUnits = new Set<string>();
  for (const root of audience.unitIds) for (const id of subtreeIds(tree, root)) inUnits.add(id);
  const roles = audience.roles.map((r) => ({ role: r.role, units: r.withinUnitId === undefined ? null : [...subtreeIds(tree, r.withinUnitId)] }));
  const places = audience.locations.map((l) => l.toLowerCase());
  return sql`p.org_id = ${orgId} AND (
    ${inJson(sql`p.unit_id::text`, [...inUnits])}
    OR ${inJson(sql`p.id::text`, audience.personIds)}
    OR ${inJson(sql`lower(u.country)`, places)} OR ${inJson(sql`lower(u.city)`, places)} OR ${inJson(sql`lower(u.code)`, places)}
    OR p.id IN (
      SELECT usr.person_id FROM role_assignments ra JOIN "user" usr ON usr.id = ra.user_id
      WHERE ra.org_id = ${orgId} AND usr.person_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM jsonb_to_recordset(${json(roles)}) AS w(role text, units jsonb)
        WHERE w.role = ra.role AND (w.units IS NULL OR w.units ? ra.unit_id::text)))
  )`;
}

/** E.164 after removing what people type between digits (audience.ts `normalizePhone`, `isE164`). */
export const normalizedPhone = sql`regexp_replace(coalesce(p.mobile_phone, ''), '[[:space:]().-]', '', 'g')`;
export const phoneOk = sql`${normalizedPhone} ~ '^\\+[1-9][0-9]{6,14}$'`;
export const emailOk = sql`btrim(p.email) <> ''`;
export const languageOf = sql`CASE WHEN p.preferred_language IN (${sql.join(
  LANGUAGES.map((l) => sql`${l}`),
  sql`, `,
)}) THEN p.preferred_language ELSE 'en' END`;

/** Whether any chosen channel reaches the person (push has no subscriptions store yet: never). */
export function reachableSql(channels: readonly string[]): SQL {
  const parts: SQL[] = [];
  if (channels.includes('email')) parts.push(emailOk);
  if (channels.includes('sms') || channels.includes('voice')) parts.push(phoneOk);
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`;
}

/** The directory as the pure rules read it (pre-send check); locations are the unit's country, city and code. */
export async function loadDirectory(db: Db, orgId: string): Promise<TDirectoryPerson[]> {
  const rows = await db
    .select({ p: people, country: units.country, city: units.city, code: units.code })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.orgId, orgId));
  const roles = await db
    .select({ personId: user.personId, role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .where(eq(roleAssignments.orgId, orgId));
  const rolesOf = new Map<string, { role: string; unitId: string }[]>();
  for (const r of roles) if (r.personId) rolesOf.set(r.personId, [...(rolesOf.get(r.personId) ?? []), { role: r.role, unitId: r.unitId }]);
  return rows.map(({ p, country, city, code }) => ({
    id: p.id,
    unitId: p.unitId,
    language: ((LANGUAGES as readonly string[]).includes(p.preferredLanguage) ? p.preferredLanguage : 'en') as TLanguage,
    email: p.email,
    mobilePhone: p.mobilePhone,
    push: false,
    locations: [country, city, code].filter((l): l is string => !!l).map((l) => l.toLowerCase()),
    roles: rolesOf.get(p.id) ?? [],
    supervisorId: p.supervisorId,
    // The directory keeps no separate confirmation date: the last edit of the person stands for it.
    contactConfirmedAt: p.updatedAt,
  }));
}
