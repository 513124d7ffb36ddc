import { and, desc, eq } from 'drizzle-orm';
import type { TCampaignDetail, TCampaignInput, TCampaignView } from '../../../domain/contract/bia.js';
import { campaignUnitStatus, effortTotals, isOverdue } from '../../../domain/bia/campaign-progress.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { campaignClosed, campaignNotFound } from './bia.errors.js';
import { biaPolicy } from './bia.policy.js';
import { serviceCounts, unitBiaRows } from './bia.repository.js';
import { biaCampaigns, biaEffort } from './bia.table.js';

type TCampaignRow = typeof biaCampaigns.$inferSelect;

/** A campaign is visible to whoever may read the BIA of any unit it covers. */
const coveredReadable = (scope: OrgScope, row: TCampaignRow) => [...subtreeIds(scope.units, row.rootUnitId)].filter((id) => biaPolicy.read(scope, id));

/** The facts progress is computed from, fetched once for any number of campaigns. */
async function progressFacts(ctx: Ctx, orgId: string) {
  // One read after another: ctx.db may be a transaction, whose single connection takes one query at a time.
  const states = await unitBiaRows(ctx.db, orgId);
  const counts = await serviceCounts(ctx.db, orgId);
  const effort = await ctx.db.select({ unitId: biaEffort.unitId, campaignId: biaEffort.campaignId, hours: biaEffort.hours, externalCost: biaEffort.externalCost, currency: biaEffort.currency }).from(biaEffort).where(eq(biaEffort.orgId, orgId));
  return { states, counts, effort: effort.map((e) => ({ ...e, hours: Number(e.hours), externalCost: Number(e.externalCost) })) };
}

function presentCampaign(ctx: Ctx, scope: OrgScope, row: TCampaignRow, facts: Awaited<ReturnType<typeof progressFacts>>): TCampaignDetail {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const open = row.state === 'open';
  const unitIds = coveredReadable(scope, row);
  const effort = facts.effort.filter((e) => e.campaignId === row.id);
  const units = unitIds
    .map((unitId) => {
      const servicesCount = facts.counts.get(unitId) ?? 0;
      const status = campaignUnitStatus((facts.states.get(unitId)?.state ?? null) as 'draft' | null, servicesCount);
      const effortHours = effortTotals(effort.filter((e) => e.unitId === unitId)).hours;
      return { unitId, unitName: scope.unit(unitId)?.name ?? '', status, servicesCount, overdue: isOverdue(status, row.dueDate, today, open), effortHours };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName));
  const tally = (status: string) => units.filter((u) => u.status === status).length;
  return {
    id: row.id,
    orgId: row.orgId,
    rootUnitId: row.rootUnitId,
    rootUnitName: scope.unit(row.rootUnitId)?.name ?? '',
    title: row.title,
    instructions: row.instructions,
    dueDate: row.dueDate,
    state: row.state as 'open' | 'closed',
    launchedAt: row.launchedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    progress: { units: units.length, notStarted: tally('not_started'), inProgress: tally('in_progress'), submitted: tally('submitted'), approved: tally('approved'), overdue: units.filter((u) => u.overdue).length },
    effort: effortTotals(effort),
    allowedActions: { close: open && biaPolicy.manageCampaign(scope, row.rootUnitId) },
    units,
    overdueUnits: units.filter((u) => u.overdue).map((u) => ({ unitId: u.unitId, unitName: u.unitName })),
  };
}

const summary = ({ units: _u, overdueUnits: _o, ...rest }: TCampaignDetail): TCampaignView => rest;

export async function listCampaigns(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = (await ctx.db.select().from(biaCampaigns).where(eq(biaCampaigns.orgId, orgId)).orderBy(desc(biaCampaigns.launchedAt))).filter((r) => coveredReadable(scope, r).length > 0);
  // A coordinator anywhere may launch one for their own subtree.
  const allowedActions = { launch: scope.unitsWithAnyRole(['bc_coordinator']).size > 0 };
  if (rows.length === 0) return { items: [], allowedActions };
  const facts = await progressFacts(ctx, orgId);
  return { items: rows.map((r) => summary(presentCampaign(ctx, scope, r, facts))), allowedActions };
}

async function loadVisibleCampaign(ctx: Ctx, orgId: string, campaignId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(biaCampaigns).where(and(eq(biaCampaigns.orgId, orgId), eq(biaCampaigns.id, campaignId)));
  if (!row || coveredReadable(scope, row).length === 0) throw campaignNotFound();
  return { scope, row };
}

export async function getCampaign(ctx: Ctx, orgId: string, campaignId: string) {
  const { scope, row } = await loadVisibleCampaign(ctx, orgId, campaignId);
  return presentCampaign(ctx, scope, row, await progressFacts(ctx, orgId));
}

export async function launchCampaign(ctx: Ctx, orgId: string, input: TCampaignInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.rootUnitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'body.rootUnitId', message: 'Unknown unit' }]);
  if (!biaPolicy.manageCampaign(scope, input.rootUnitId)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db
      .insert(biaCampaigns)
      .values({ orgId, rootUnitId: input.rootUnitId, title: input.title, instructions: input.instructions, dueDate: input.dueDate, state: 'open', launchedAt: ctx.clock.now(), launchedBy: ctx.actor.userId })
      .returning();
    await audit(t, { orgId, action: 'bia.campaign_launched', entityType: 'bia_campaign', entityId: row!.id, after: input });
    return presentCampaign(t, scope, row!, await progressFacts(t, orgId));
  });
}

export async function closeCampaign(ctx: Ctx, orgId: string, campaignId: string) {
  return inTransaction(ctx, async (t) => {
    const { scope, row } = await loadVisibleCampaign(t, orgId, campaignId);
    if (!biaPolicy.manageCampaign(scope, row.rootUnitId)) throw forbidden();
    if (row.state !== 'open') throw campaignClosed();
    const [after] = await t.db.update(biaCampaigns).set({ state: 'closed', closedAt: ctx.clock.now() }).where(eq(biaCampaigns.id, row.id)).returning();
    await audit(t, { orgId, action: 'bia.campaign_closed', entityType: 'bia_campaign', entityId: row.id, before: { state: 'open' }, after: { state: 'closed' } });
    return presentCampaign(t, scope, after!, await progressFacts(t, orgId));
  });
}
