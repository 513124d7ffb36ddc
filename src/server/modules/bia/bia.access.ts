import { and, eq, inArray } from 'drizzle-orm';
import type { TBiaListQuery } from '../../../domain/contract/bia.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { people } from '../orgs/orgs.table.js';
import { locked, personNotFound } from './bia.errors.js';
import { biaPolicy } from './bia.policy.js';
import { isLockedState, unitBiaRows } from './bia.repository.js';

/** The units a list covers (a unit and, by default, its subtree; else the organization), narrowed to those the caller may read. */
export function readableUnits(scope: OrgScope, query: Partial<TBiaListQuery>): string[] {
  let wanted = scope.units.map((u) => u.id);
  if (query.unitId) {
    if (!scope.unit(query.unitId)) throw unitNotFound();
    wanted = query.subtree === false ? [query.unitId] : [...subtreeIds(scope.units, query.unitId)];
  }
  return wanted.filter((id) => biaPolicy.read(scope, id));
}

/** Units among `unitIds` whose BIA is submitted or approved. */
export async function lockedUnitsAmong(ctx: Ctx, orgId: string, unitIds: Iterable<string>): Promise<Set<string>> {
  const ids = [...new Set(unitIds)];
  const rows = await unitBiaRows(ctx.db, orgId, ids);
  return new Set(ids.filter((id) => isLockedState(rows.get(id)?.state)));
}

export async function assertUnlocked(ctx: Ctx, orgId: string, unitIds: Iterable<string>) {
  if ((await lockedUnitsAmong(ctx, orgId, unitIds)).size > 0) throw locked();
}

/** A unit of the organization where the caller may enter BIA data: unknown unit 404, no right 403. */
export function assertEditableUnit(scope: OrgScope, unitId: string) {
  if (!scope.unit(unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'body.unitId', message: 'Unknown unit' }]);
  if (!biaPolicy.edit(scope, unitId)) throw forbidden();
}

/** Names of the people of this organization among `ids` (others are simply absent). */
export async function personNames(ctx: Ctx, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** Names of people of this organization; any id of another organization (or none) is refused, naming where it was. */
export async function peopleOfOrg(ctx: Ctx, orgId: string, ids: readonly string[], path: (index: number) => string): Promise<Map<string, string>> {
  const names = await personNames(ctx, orgId, ids);
  const missing = ids.flatMap((id, i) => (names.has(id) ? [] : [{ path: path(i), message: 'No such person in this organization' }]));
  if (missing.length > 0) throw personNotFound(undefined, missing);
  return names;
}
