import { eq } from 'drizzle-orm';
import type { TBiaListQuery, TServiceInput, TServiceUpdate, TServiceView } from '../../../domain/contract/bia.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { assertEditableUnit, assertUnlocked, lockedUnitsAmong, readableUnits } from './bia.access.js';
import { dependencyNotFound, serviceNotFound } from './bia.errors.js';
import { biaPolicy } from './bia.policy.js';
import { presentServices } from './bia.present.js';
import { dependenciesOf, linksOfServices, loadSettings, replaceLinks, servicesOf, type TServiceRow } from './bia.repository.js';
import { checkServiceRules } from './bia.rules.js';
import { biaServices } from './bia.table.js';

/** Services as the caller sees them, with everything the views derive. */
export async function viewServices(ctx: Ctx, scope: OrgScope, orgId: string, rows: TServiceRow[]): Promise<TServiceView[]> {
  // One read after another: ctx.db may be a transaction, whose single connection takes one query at a time.
  const { settings } = await loadSettings(ctx.db, orgId);
  const links = await linksOfServices(ctx.db, orgId, rows.map((r) => r.id));
  const lockedUnits = await lockedUnitsAmong(ctx, orgId, rows.map((r) => r.unitId));
  return presentServices(rows, { scope, settings, links, lockedUnits });
}

export async function listServices(ctx: Ctx, orgId: string, query: TBiaListQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = await servicesOf(ctx.db, orgId, { unitIds: readableUnits(scope, query) });
  return { items: await viewServices(ctx, scope, orgId, rows) };
}

/** The service if the caller may read it; otherwise "not found", whether or not it exists. */
async function loadVisibleService(ctx: Ctx, orgId: string, serviceId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await servicesOf(ctx.db, orgId, { ids: [serviceId] });
  if (!row || !biaPolicy.read(scope, row.unitId)) throw serviceNotFound();
  return { scope, row };
}

export async function getService(ctx: Ctx, orgId: string, serviceId: string) {
  const { scope, row } = await loadVisibleService(ctx, orgId, serviceId);
  return (await viewServices(ctx, scope, orgId, [row]))[0]!;
}

/** Dependencies may belong to any unit of the same organization; an id of another organization is unknown. */
async function assertDependencies(ctx: Ctx, orgId: string, ids: readonly string[]) {
  const found = new Set((await dependenciesOf(ctx.db, orgId, { ids })).map((d) => d.id));
  const missing = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `body.dependencyIds.${i}`, message: 'No such dependency in this organization' }]));
  if (missing.length > 0) throw dependencyNotFound(undefined, missing);
}

export function serviceSnapshot(row: TServiceRow, dependencyIds: readonly string[]) {
  const { orgId: _o, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = row;
  return { ...rest, dependencyIds };
}

export async function createService(ctx: Ctx, orgId: string, input: TServiceInput) {
  const scope = await loadOrgScope(ctx, orgId);
  assertEditableUnit(scope, input.unitId);
  return inTransaction(ctx, async (t) => {
    await assertUnlocked(t, orgId, [input.unitId]);
    const { settings } = await loadSettings(t.db, orgId);
    const { derivedMtpdMinutes } = checkServiceRules(input, settings);
    await assertDependencies(t, orgId, input.dependencyIds);
    const now = ctx.clock.now();
    const [row] = await t.db
      .insert(biaServices)
      .values({
        orgId,
        unitId: input.unitId,
        name: input.name,
        description: input.description,
        priority: input.priority,
        impacts: input.impacts,
        derivedMtpdMinutes,
        mtpdOverrideMinutes: input.mtpdOverride?.minutes ?? null,
        mtpdOverrideJustification: input.mtpdOverride?.justification ?? null,
        rtoMinutes: input.rtoMinutes,
        rpoMinutes: input.rpoMinutes,
        minimumServiceLevels: input.minimumServiceLevels,
        peakPeriods: input.peakPeriods,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      })
      .returning();
    await replaceLinks(t.db, orgId, row!.id, input.dependencyIds);
    await audit(t, { orgId, action: 'bia.service_created', entityType: 'bia_service', entityId: row!.id, after: serviceSnapshot(row!, input.dependencyIds) });
    return (await viewServices(t, scope, orgId, [row!]))[0]!;
  });
}

/** Editing needs the right at the service's unit and an unlocked (draft) BIA. */
async function loadEditableService(t: Ctx, orgId: string, serviceId: string) {
  const { scope, row } = await loadVisibleService(t, orgId, serviceId);
  if (!biaPolicy.edit(scope, row.unitId)) throw forbidden();
  await assertUnlocked(t, orgId, [row.unitId]);
  const links = await linksOfServices(t.db, orgId, [row.id]);
  return { scope, row, dependencyIds: links.map((l) => l.dependency.id) };
}

export async function updateService(ctx: Ctx, orgId: string, serviceId: string, input: TServiceUpdate) {
  return inTransaction(ctx, async (t) => {
    const { scope, row, dependencyIds } = await loadEditableService(t, orgId, serviceId);
    const { settings } = await loadSettings(t.db, orgId);
    const override = input.mtpdOverride !== undefined ? input.mtpdOverride : row.mtpdOverrideMinutes !== null ? { minutes: row.mtpdOverrideMinutes, justification: row.mtpdOverrideJustification ?? '' } : null;
    const merged = {
      impacts: input.impacts ?? row.impacts,
      mtpdOverride: override,
      rtoMinutes: input.rtoMinutes !== undefined ? input.rtoMinutes : row.rtoMinutes,
      rpoMinutes: input.rpoMinutes !== undefined ? input.rpoMinutes : row.rpoMinutes,
      minimumServiceLevels: input.minimumServiceLevels ?? row.minimumServiceLevels,
    };
    const { derivedMtpdMinutes } = checkServiceRules(merged, settings);
    if (input.dependencyIds) await assertDependencies(t, orgId, input.dependencyIds);
    const [after] = await t.db
      .update(biaServices)
      .set({
        name: input.name ?? row.name,
        description: input.description ?? row.description,
        priority: input.priority ?? row.priority,
        impacts: merged.impacts,
        derivedMtpdMinutes,
        mtpdOverrideMinutes: override?.minutes ?? null,
        mtpdOverrideJustification: override?.justification ?? null,
        rtoMinutes: merged.rtoMinutes,
        rpoMinutes: merged.rpoMinutes,
        minimumServiceLevels: merged.minimumServiceLevels,
        peakPeriods: input.peakPeriods ?? row.peakPeriods,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.userId,
      })
      .where(eq(biaServices.id, row.id))
      .returning();
    if (input.dependencyIds) await replaceLinks(t.db, orgId, row.id, input.dependencyIds);
    const before = serviceSnapshot(row, dependencyIds);
    const now = serviceSnapshot(after!, input.dependencyIds ?? dependencyIds);
    await audit(t, { orgId, action: 'bia.service_updated', entityType: 'bia_service', entityId: row.id, ...changed(before, now) });
    return (await viewServices(t, scope, orgId, [after!]))[0]!;
  });
}

export async function deleteService(ctx: Ctx, orgId: string, serviceId: string) {
  await inTransaction(ctx, async (t) => {
    const { row, dependencyIds } = await loadEditableService(t, orgId, serviceId);
    await t.db.delete(biaServices).where(eq(biaServices.id, row.id));
    await audit(t, { orgId, action: 'bia.service_deleted', entityType: 'bia_service', entityId: row.id, before: serviceSnapshot(row, dependencyIds) });
  });
}

/** Only what changed goes into the trail. */
export function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
