import { eq } from 'drizzle-orm';
import type { TOrgRole } from '../../../domain/roles.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Ctx } from '../../context.js';
import { orgNotFound } from '../../http/errors.js';
import { organizations, units } from './orgs.table.js';

export type TUnitRow = typeof units.$inferSelect;

/**
 * The caller's standing in one organization: its units, and which of the caller's roles
 * apply at each unit (a role applies to its unit's whole subtree). Built once per request;
 * an organization the caller has no role in is "not found".
 */
export interface OrgScope {
  org: typeof organizations.$inferSelect;
  units: TUnitRow[];
  unit(id: string): TUnitRow | undefined;
  rolesAt(unitId: string): Set<TOrgRole>;
  /** Units where the caller holds any of `roles`. */
  unitsWithAnyRole(roles: readonly TOrgRole[]): Set<string>;
  /** Installation analysts read every organization but change nothing. */
  readsAll: boolean;
  isAdmin: boolean;
}

export async function loadOrgScope(ctx: Ctx, orgId: string): Promise<OrgScope> {
  const memberships = ctx.actor.memberships.filter((m) => m.orgId === orgId);
  const installationRole = ctx.actor.installationRole;
  if (memberships.length === 0 && installationRole === null) throw orgNotFound();
  // One read after another: ctx.db may be a transaction, whose single connection takes one query at a time.
  const [org] = await ctx.db.select().from(organizations).where(eq(organizations.id, orgId));
  const orgUnits = await ctx.db.select().from(units).where(eq(units.orgId, orgId));
  if (!org) throw orgNotFound();
  const byId = new Map(orgUnits.map((u) => [u.id, u]));
  const rolesByUnit = new Map<string, Set<TOrgRole>>();
  for (const m of memberships) {
    for (const id of subtreeIds(orgUnits, m.unitId)) {
      const set = rolesByUnit.get(id) ?? new Set<TOrgRole>();
      set.add(m.role);
      rolesByUnit.set(id, set);
    }
  }
  return {
    org,
    units: orgUnits,
    unit: (id) => byId.get(id),
    rolesAt: (unitId) => rolesByUnit.get(unitId) ?? new Set(),
    unitsWithAnyRole: (roles) =>
      new Set([...rolesByUnit].filter(([, set]) => roles.some((r) => set.has(r))).map(([id]) => id)),
    readsAll: installationRole !== null,
    isAdmin: installationRole === 'admin',
  };
}
