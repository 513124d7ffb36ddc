import { eq } from 'drizzle-orm';
import type { TBiaListQuery, TDependencyDetails, TDependencyInput, TDependencyUpdate } from '../../../domain/contract/bia.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { assertEditableUnit, assertUnlocked, lockedUnitsAmong, peopleOfOrg, personNames, readableUnits } from './bia.access.js';
import { dependencyNotFound } from './bia.errors.js';
import { biaPolicy } from './bia.policy.js';
import { personIdsOf, presentDependency } from './bia.present.js';
import { dependenciesOf, usersOfDependencies, type TDependencyRow } from './bia.repository.js';
import { changed } from './bia.services.usecases.js';
import { biaDependencies } from './bia.table.js';

export async function viewDependencies(ctx: Ctx, scope: OrgScope, orgId: string, rows: TDependencyRow[]) {
  const personIds = [...new Set(rows.flatMap((r) => personIdsOf(r.details)))];
  // One read after another: ctx.db may be a transaction, whose single connection takes one query at a time.
  const users = await usersOfDependencies(ctx.db, orgId, rows.map((r) => r.id));
  const lockedUnits = await lockedUnitsAmong(ctx, orgId, rows.map((r) => r.unitId));
  // People removed from the directory since are simply not shown.
  const people = await personNames(ctx, orgId, personIds);
  return rows.map((row) => presentDependency(row, { scope, lockedUnits, usedByCount: users.get(row.id)?.count ?? 0, people }));
}

export async function listDependencies(ctx: Ctx, orgId: string, query: TBiaListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = await dependenciesOf(ctx.db, orgId, { unitIds: readableUnits(scope, query) });
  return { items: await viewDependencies(ctx, scope, orgId, rows) };
}

async function loadVisibleDependency(ctx: Ctx, orgId: string, dependencyId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await dependenciesOf(ctx.db, orgId, { ids: [dependencyId] });
  if (!row || !biaPolicy.read(scope, row.unitId)) throw dependencyNotFound();
  return { scope, row };
}

export async function getDependency(ctx: Ctx, orgId: string, dependencyId: string) {
  const { scope, row } = await loadVisibleDependency(ctx, orgId, dependencyId);
  return (await viewDependencies(ctx, scope, orgId, [row]))[0]!;
}

/** Key roles name people of the organization's directory: holders and alternates. */
async function assertPeople(ctx: Ctx, orgId: string, details: TDependencyDetails) {
  if (details.kind !== 'key_role') return;
  await peopleOfOrg(ctx, orgId, details.holderPersonIds, (i) => `body.details.holderPersonIds.${i}`);
  await peopleOfOrg(ctx, orgId, details.alternatePersonIds, (i) => `body.details.alternatePersonIds.${i}`);
}

const snapshot = ({ orgId: _o, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest }: TDependencyRow) => rest;

export async function createDependency(ctx: Ctx, orgId: string, input: TDependencyInput) {
  const scope = await loadOrgScope(ctx, orgId);
  assertEditableUnit(scope, input.unitId);
  return inTransaction(ctx, async (t) => {
    await assertUnlocked(t, orgId, [input.unitId]);
    await assertPeople(t, orgId, input.details);
    const now = ctx.clock.now();
    const [row] = await t.db
      .insert(biaDependencies)
      .values({ orgId, unitId: input.unitId, kind: input.details.kind, name: input.name, description: input.description, achievedMinutes: input.achievedMinutes, details: input.details, createdAt: now, updatedAt: now, updatedBy: ctx.actor.userId })
      .returning();
    await audit(t, { orgId, action: 'bia.dependency_created', entityType: 'bia_dependency', entityId: row!.id, after: snapshot(row!) });
    return (await viewDependencies(t, scope, orgId, [row!]))[0]!;
  });
}

/**
 * Editing needs the right at the owning unit and an unlocked BIA there; deleting also may not
 * pull a dependency out of the locked BIA of another unit whose services use it.
 */
async function loadEditableDependency(t: Ctx, orgId: string, dependencyId: string, forDelete: boolean) {
  const { scope, row } = await loadVisibleDependency(t, orgId, dependencyId);
  if (!biaPolicy.edit(scope, row.unitId)) throw forbidden();
  const users = forDelete ? ((await usersOfDependencies(t.db, orgId, [row.id])).get(row.id)?.unitIds ?? new Set<string>()) : new Set<string>();
  await assertUnlocked(t, orgId, [row.unitId, ...users]);
  return { scope, row };
}

export async function updateDependency(ctx: Ctx, orgId: string, dependencyId: string, input: TDependencyUpdate) {
  return inTransaction(ctx, async (t) => {
    const { scope, row } = await loadEditableDependency(t, orgId, dependencyId, false);
    if (input.details) await assertPeople(t, orgId, input.details);
    const details = input.details ?? row.details;
    const [after] = await t.db
      .update(biaDependencies)
      .set({
        name: input.name ?? row.name,
        description: input.description ?? row.description,
        achievedMinutes: input.achievedMinutes !== undefined ? input.achievedMinutes : row.achievedMinutes,
        kind: details.kind,
        details,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.userId,
      })
      .where(eq(biaDependencies.id, row.id))
      .returning();
    await audit(t, { orgId, action: 'bia.dependency_updated', entityType: 'bia_dependency', entityId: row.id, ...changed(snapshot(row), snapshot(after!)) });
    return (await viewDependencies(t, scope, orgId, [after!]))[0]!;
  });
}

export async function deleteDependency(ctx: Ctx, orgId: string, dependencyId: string) {
  await inTransaction(ctx, async (t) => {
    const { row } = await loadEditableDependency(t, orgId, dependencyId, true);
    await t.db.delete(biaDependencies).where(eq(biaDependencies.id, row.id));
    await audit(t, { orgId, action: 'bia.dependency_deleted', entityType: 'bia_dependency', entityId: row.id, before: snapshot(row) });
  });
}
