import { and, eq } from 'drizzle-orm';
import type { TRiskInput, TRiskListQuery, TUpdateRiskRequest } from '../../../domain/contract/risks.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { linkedToPlan, referenceTaken, riskNotFound, unknownOwner, unknownService, unknownUnit } from './risks.errors.js';
import { plansWithRiskLinks, versionsListingRisk } from './risks.plan-links.js';
import { risksPolicy } from './risks.policy.js';
import { presentRisk, presentRiskSummary, riskSnapshot } from './risks.present.js';
import { findRisk, linkedServices, personInOrg, referenceInUse, replaceServiceLinks, searchRisks, servicesInOrg, serviceOptions } from './risks.repository.js';
import { risks } from './risks.table.js';

export async function listRisks(ctx: Ctx, orgId: string, query: TRiskListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  let unitIds = [...risksPolicy.readableUnits(scope)];
  if (query.unitId) {
    if (!scope.unit(query.unitId)) throw unknownUnit(undefined, [{ path: 'querystring.unitId', message: 'Unknown unit' }]);
    const wanted = query.subtree ? subtreeIds(scope.units, query.unitId) : new Set([query.unitId]);
    unitIds = unitIds.filter((id) => wanted.has(id));
  }
  const organizationWide = !query.unitId && risksPolicy.readsOrganizationWide(scope);
  const { rows, total, cells } = await searchRisks(ctx.db, orgId, { unitIds, organizationWide }, query);
  const heatMap = [1, 2, 3, 4, 5].map(() => [0, 0, 0, 0, 0]);
  for (const c of cells) heatMap[c.likelihood - 1]![c.impact - 1] = Number(c.n);
  return {
    items: rows.map(presentRiskSummary),
    total,
    heatMap,
    allowedActions: { create: risksPolicy.createAnywhere(scope), import: risksPolicy.import(scope) },
  };
}

async function loadVisibleRisk(ctx: Ctx, orgId: string, riskId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const row = await findRisk(ctx.db, orgId, riskId);
  if (!row || !risksPolicy.read(scope, row.risk.unitId)) throw riskNotFound();
  return { scope, row };
}

async function viewRisk(ctx: Ctx, scope: OrgScope, orgId: string, riskId: string) {
  // In sequence: inside a transaction the queries share one connection.
  const row = await findRisk(ctx.db, orgId, riskId);
  const services = await linkedServices(ctx.db, orgId, riskId);
  const plans = await plansWithRiskLinks(ctx.db, orgId);
  return presentRisk(row!, services, plans, scope);
}

export async function getRisk(ctx: Ctx, orgId: string, riskId: string) {
  const { scope } = await loadVisibleRisk(ctx, orgId, riskId);
  return viewRisk(ctx, scope, orgId, riskId);
}

export async function listServiceOptions(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!risksPolicy.createAnywhere(scope) && !scope.readsAll) throw forbidden();
  return { items: await serviceOptions(ctx.db, orgId) };
}

/** The links and people a risk names must belong to the same organization; refused before anything is written. */
async function checkReferences(ctx: Ctx, orgId: string, input: { reference?: string; ownerPersonId?: string | null; serviceIds?: string[] }, riskId?: string) {
  if (input.ownerPersonId && !(await personInOrg(ctx.db, orgId, input.ownerPersonId))) {
    throw unknownOwner(undefined, [{ path: 'body.ownerPersonId', message: 'Not a person of this organization' }]);
  }
  if (input.serviceIds && input.serviceIds.length > 0) {
    const known = await servicesInOrg(ctx.db, orgId, input.serviceIds);
    const issues = input.serviceIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.serviceIds.${i}`, message: 'Not a service of this organization' }]));
    if (issues.length > 0) throw unknownService(undefined, issues);
  }
  if (input.reference !== undefined && (await referenceInUse(ctx.db, orgId, input.reference, riskId))) {
    throw referenceTaken(undefined, [{ path: 'body.reference', message: 'Already used by another risk' }]);
  }
}

function checkUnit(scope: OrgScope, unitId: string | null) {
  if (unitId !== null && !scope.unit(unitId)) throw unknownUnit(undefined, [{ path: 'body.unitId', message: 'Unknown unit' }]);
  if (!risksPolicy.edit(scope, unitId)) throw forbidden();
}

/** Two writers racing for one reference: the unique index decides, and the loser hears why. */
async function uniqueReference<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw referenceTaken(undefined, [{ path: 'body.reference', message: 'Already used by another risk' }]);
    throw error;
  }
}

export async function createRisk(ctx: Ctx, orgId: string, input: TRiskInput) {
  const scope = await loadOrgScope(ctx, orgId);
  checkUnit(scope, input.unitId);
  return uniqueReference(() =>
    inTransaction(ctx, async (t) => {
      await checkReferences(t, orgId, input);
      const now = ctx.clock.now();
      const { serviceIds, ...fields } = input;
      const [risk] = await t.db.insert(risks).values({ orgId, ...fields, createdAt: now, updatedAt: now, updatedBy: ctx.actor.userId }).returning();
      await replaceServiceLinks(t.db, orgId, risk!.id, serviceIds);
      await audit(t, { orgId, action: 'risk.created', entityType: 'risk', entityId: risk!.id, after: riskSnapshot(risk!, [...new Set(serviceIds)]) });
      return viewRisk(t, scope, orgId, risk!.id);
    }),
  );
}

export async function updateRisk(ctx: Ctx, orgId: string, riskId: string, input: TUpdateRiskRequest) {
  return uniqueReference(() =>
    inTransaction(ctx, async (t) => {
      const { scope, row } = await loadVisibleRisk(t, orgId, riskId);
      if (!risksPolicy.edit(scope, row.risk.unitId)) throw forbidden();
      if (input.unitId !== undefined && input.unitId !== row.risk.unitId) checkUnit(scope, input.unitId);
      await checkReferences(t, orgId, input, riskId);
      const { serviceIds, ...fields } = input;
      const beforeServices = (await linkedServices(t.db, orgId, riskId)).map((s) => s.id).sort();
      const afterServices = serviceIds ? [...new Set(serviceIds)].sort() : beforeServices;
      const before = riskSnapshot(row.risk, beforeServices);
      const after = { ...before, ...fields, serviceIds: afterServices };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      // An edit that changes nothing writes nothing, not even an audit entry.
      if (changed.length === 0) return viewRisk(t, scope, orgId, riskId);
      await t.db.update(risks).set({ ...fields, updatedAt: ctx.clock.now(), updatedBy: ctx.actor.userId }).where(and(eq(risks.orgId, orgId), eq(risks.id, riskId)));
      if (serviceIds) await replaceServiceLinks(t.db, orgId, riskId, afterServices);
      await audit(t, {
        orgId,
        action: 'risk.updated',
        entityType: 'risk',
        entityId: riskId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
      return viewRisk(t, scope, orgId, riskId);
    }),
  );
}

/** A risk a live plan answers is not deleted (409 risks.linked_to_plan): close it instead, so the plan's link stays meaningful. */
export async function deleteRisk(ctx: Ctx, orgId: string, riskId: string) {
  await inTransaction(ctx, async (t) => {
    const { scope, row } = await loadVisibleRisk(t, orgId, riskId);
    if (!risksPolicy.edit(scope, row.risk.unitId)) throw forbidden();
    if (await versionsListingRisk(t.db, orgId, riskId)) throw linkedToPlan();
    const services = (await linkedServices(t.db, orgId, riskId)).map((s) => s.id);
    await t.db.delete(risks).where(and(eq(risks.orgId, orgId), eq(risks.id, riskId)));
    await audit(t, { orgId, action: 'risk.deleted', entityType: 'risk', entityId: riskId, before: riskSnapshot(row.risk, services) });
  });
}
