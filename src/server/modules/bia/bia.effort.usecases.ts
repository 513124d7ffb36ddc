import { and, desc, eq, inArray } from 'drizzle-orm';
import type { TEffortInput, TEffortList } from '../../../domain/contract/bia.js';
import { effortTotals } from '../../../domain/bia/campaign-progress.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { assertEditableUnit, readableUnits } from './bia.access.js';
import { campaignNotFound, campaignOutsideUnit } from './bia.errors.js';
import { biaCampaigns, biaEffort } from './bia.table.js';

/** Effort the caller may read (units they may read), optionally of one unit's subtree or one campaign, with totals per currency. */
export async function listEffort(ctx: Ctx, orgId: string, query: { unitId?: string; campaignId?: string }): Promise<TEffortList> {
  const scope = await loadOrgScope(ctx, orgId);
  const unitIds = readableUnits(scope, { unitId: query.unitId, subtree: true });
  if (unitIds.length === 0) return { items: [], totals: effortTotals([]) };
  const conditions = [eq(biaEffort.orgId, orgId), inArray(biaEffort.unitId, unitIds)];
  if (query.campaignId) conditions.push(eq(biaEffort.campaignId, query.campaignId));
  const rows = await ctx.db
    .select({ effort: biaEffort, recordedByName: user.name })
    .from(biaEffort)
    .leftJoin(user, eq(user.id, biaEffort.recordedBy))
    .where(and(...conditions))
    .orderBy(desc(biaEffort.recordedAt), biaEffort.id);
  const items = rows.map(({ effort: e, recordedByName }) => ({
    id: e.id,
    unitId: e.unitId,
    unitName: scope.unit(e.unitId)?.name ?? '',
    campaignId: e.campaignId,
    hours: Number(e.hours),
    externalCost: Number(e.externalCost),
    currency: e.currency,
    note: e.note,
    recordedAt: e.recordedAt.toISOString(),
    recordedByName: recordedByName ?? null,
  }));
  return { items, totals: effortTotals(items) };
}

/** Hours and external cost of analysis for a unit, optionally within a campaign that covers it. */
export async function recordEffort(ctx: Ctx, orgId: string, input: TEffortInput) {
  const scope = await loadOrgScope(ctx, orgId);
  assertEditableUnit(scope, input.unitId);
  return inTransaction(ctx, async (t) => {
    if (input.campaignId) {
      const [campaign] = await t.db.select().from(biaCampaigns).where(and(eq(biaCampaigns.orgId, orgId), eq(biaCampaigns.id, input.campaignId)));
      if (!campaign) throw campaignNotFound(undefined, [{ path: 'body.campaignId', message: 'No such campaign in this organization' }]);
      if (!subtreeIds(scope.units, campaign.rootUnitId).has(input.unitId)) throw campaignOutsideUnit(undefined, [{ path: 'body.campaignId', message: 'The campaign does not cover this unit' }]);
    }
    const [row] = await t.db
      .insert(biaEffort)
      .values({ orgId, unitId: input.unitId, campaignId: input.campaignId, hours: String(input.hours), externalCost: String(input.externalCost), currency: input.currency, note: input.note, recordedAt: ctx.clock.now(), recordedBy: ctx.actor.userId })
      .returning();
    await audit(t, { orgId, action: 'bia.effort_recorded', entityType: 'bia_effort', entityId: row!.id, after: input });
    return {
      id: row!.id,
      unitId: row!.unitId,
      unitName: scope.unit(row!.unitId)?.name ?? '',
      campaignId: row!.campaignId,
      hours: Number(row!.hours),
      externalCost: Number(row!.externalCost),
      currency: row!.currency,
      note: row!.note,
      recordedAt: row!.recordedAt.toISOString(),
      recordedByName: ctx.actor.name,
    };
  });
}
