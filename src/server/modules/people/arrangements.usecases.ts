import { and, eq } from 'drizzle-orm';
import type { TArrangementInput, TArrangementPatch, TArrangementView } from '../../../domain/contract/people.js';
import { ARRANGEMENT_LEVELS, arrangementMatrix, levelOfUnitKind, type TAdoption, type TArrangementKind, type TArrangementLevel, type TPermanence } from '../../../domain/people/working-arrangements.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { peoplePolicy, todayOf } from './people.policy.js';
import { workingArrangements } from './people.table.js';

export const arrangementNotFound = defineError({ code: 'people.arrangement_not_found', status: 404, message: 'Working arrangement not found.' });
type Row = typeof workingArrangements.$inferSelect;

function present(row: Row, today: string): TArrangementView {
  return {
    id: row.id,
    level: row.level as TArrangementLevel,
    kind: row.kind as TArrangementKind,
    adoption: row.adoption as TAdoption,
    permanence: row.permanence as TPermanence,
    policyReference: row.policyReference,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    notes: row.notes,
    inForce: row.effectiveFrom <= today && (row.effectiveTo === null || row.effectiveTo >= today),
  };
}

/** The register and its Annex XIII matrix as of today; every member of the organization may read the policy. */
export async function listArrangements(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const today = todayOf(scope, ctx.clock.now());
  const rows = await ctx.db.select().from(workingArrangements).where(eq(workingArrangements.orgId, orgId)).orderBy(workingArrangements.level, workingArrangements.kind, workingArrangements.effectiveFrom);
  const items = rows.map((r) => present(r, today));
  return {
    asOf: today,
    items,
    matrix: arrangementMatrix(items, today),
    levels: ARRANGEMENT_LEVELS.map((level) => ({ level, unitCount: scope.units.filter((u) => levelOfUnitKind(u.kind) === level).length })),
    allowedActions: { edit: peoplePolicy.editArrangements(scope) },
  };
}

export async function createArrangement(ctx: Ctx, orgId: string, input: TArrangementInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!peoplePolicy.editArrangements(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(workingArrangements).values({ orgId, ...input, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'working_arrangement.created', entityType: 'working_arrangement', entityId: row!.id, after: input });
    return present(row!, todayOf(scope, now));
  });
}

export async function updateArrangement(ctx: Ctx, orgId: string, arrangementId: string, patch: TArrangementPatch) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(workingArrangements).where(and(eq(workingArrangements.orgId, orgId), eq(workingArrangements.id, arrangementId)));
  if (!row) throw arrangementNotFound();
  if (!peoplePolicy.editArrangements(scope)) throw forbidden();
  const from = patch.effectiveFrom ?? row.effectiveFrom;
  const to = patch.effectiveTo === undefined ? row.effectiveTo : patch.effectiveTo;
  if (to !== null && to < from) throw invalidInput('The arrangement would end before it takes effect.', [{ path: 'body.effectiveTo', message: 'ends before it takes effect' }]);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [updated] = await t.db.update(workingArrangements).set({ ...patch, updatedAt: now }).where(eq(workingArrangements.id, arrangementId)).returning();
    const keys = Object.keys(patch) as (keyof TArrangementPatch)[];
    await audit(t, { orgId, action: 'working_arrangement.updated', entityType: 'working_arrangement', entityId: arrangementId, before: Object.fromEntries(keys.map((k) => [k, row[k]])), after: patch });
    return present(updated!, todayOf(scope, now));
  });
}
