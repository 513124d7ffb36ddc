import { inArray } from 'drizzle-orm';
import type { TMeView } from '../../../domain/contract/orgs.js';
import type { Ctx } from '../../context.js';
import { organizations, units } from './orgs.table.js';

export async function describeMe(ctx: Ctx): Promise<TMeView> {
  const { actor } = ctx;
  const orgIds = [...new Set(actor.memberships.map((m) => m.orgId))];
  const unitIds = [...new Set(actor.memberships.map((m) => m.unitId))];
  const [orgs, unitRows] = await Promise.all([
    orgIds.length ? ctx.db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, orgIds)) : [],
    unitIds.length ? ctx.db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : [],
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, personId: actor.personId, installationRole: actor.installationRole },
    memberships: actor.memberships.map((m) => ({ ...m, orgName: orgName.get(m.orgId) ?? '', unitName: unitName.get(m.unitId) ?? '' })),
  };
}
