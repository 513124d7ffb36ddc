import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { TBiaState, TBiaVersionView, TUnitBiaView } from '../../../domain/contract/bia.js';
import { effortTotals } from '../../../domain/bia/campaign-progress.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { biaNotFound, incomplete, invalidTransition, selfApproval, versionNotFound } from './bia.errors.js';
import { biaPolicy, type UnitBiaFacts } from './bia.policy.js';
import { effectiveMtpd } from './bia.present.js';
import { dependenciesOf, servicesOf, unitBiaRows, type TUnitBiaRow } from './bia.repository.js';
import { biaDependencies, biaEffort, biaServices, biaVersions, unitBias } from './bia.table.js';
import { viewDependencies } from './bia.dependencies.usecases.js';
import { viewServices } from './bia.services.usecases.js';

type TTransition = 'submit' | 'approve' | 'revise';
const PAST: Record<TTransition, string> = { submit: 'submitted', approve: 'approved', revise: 'revision_opened' };

/** The unit's BIA if the caller may read it; a unit without a row has a first draft not yet started. */
async function loadUnitBia(ctx: Ctx, orgId: string, unitId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(unitId)) throw unitNotFound();
  if (!biaPolicy.read(scope, unitId)) throw biaNotFound();
  const row = (await unitBiaRows(ctx.db, orgId, [unitId])).get(unitId) ?? null;
  const [services] = await ctx.db.select({ n: count() }).from(biaServices).where(and(eq(biaServices.orgId, orgId), eq(biaServices.unitId, unitId)));
  const facts: UnitBiaFacts = { unitId, state: (row?.state ?? 'draft') as UnitBiaFacts['state'], submittedBy: row?.submittedBy ?? null, servicesCount: Number(services?.n ?? 0) };
  return { scope, row, facts };
}

async function presentUnitBia(ctx: Ctx, scope: OrgScope, orgId: string, unitId: string): Promise<TUnitBiaView> {
  const { row, facts } = await loadUnitBia(ctx, orgId, unitId);
  const names = await userNames(ctx, [row?.submittedBy, row?.approvedBy]);
  const [deps] = await ctx.db.select({ n: count() }).from(biaDependencies).where(and(eq(biaDependencies.orgId, orgId), eq(biaDependencies.unitId, unitId)));
  const effort = await ctx.db.select({ hours: biaEffort.hours, externalCost: biaEffort.externalCost, currency: biaEffort.currency }).from(biaEffort).where(and(eq(biaEffort.orgId, orgId), eq(biaEffort.unitId, unitId)));
  return {
    unitId,
    unitName: scope.unit(unitId)!.name,
    state: facts.state,
    versionNumber: row?.versionNumber ?? 1,
    approvedVersion: row?.approvedVersion ?? null,
    locked: facts.state !== 'draft',
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    submittedByName: (row?.submittedBy && names.get(row.submittedBy)) ?? null,
    approvedAt: row?.approvedAt?.toISOString() ?? null,
    approvedByName: (row?.approvedBy && names.get(row.approvedBy)) ?? null,
    servicesCount: facts.servicesCount,
    dependenciesCount: Number(deps?.n ?? 0),
    effort: effortTotals(effort.map((e) => ({ hours: Number(e.hours), externalCost: Number(e.externalCost), currency: e.currency }))),
    allowedActions: biaPolicy.actions(scope, ctx.actor, facts),
  };
}

async function userNames(ctx: Ctx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await ctx.db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getUnitBia(ctx: Ctx, orgId: string, unitId: string) {
  const { scope } = await loadUnitBia(ctx, orgId, unitId);
  return presentUnitBia(ctx, scope, orgId, unitId);
}

/** Why the policy refused: the caller's role, the BIA's state, or the four-eyes rule. */
function refusal(transition: TTransition, scope: OrgScope, ctx: Ctx, facts: UnitBiaFacts) {
  const from = transition === 'submit' ? 'draft' : transition === 'approve' ? 'submitted' : 'approved';
  const allowedWhenReady = biaPolicy.actions(scope, ctx.actor, { ...facts, state: from, submittedBy: null, servicesCount: Math.max(1, facts.servicesCount) })[transition];
  if (!allowedWhenReady) return forbidden();
  if (facts.state !== from) return invalidTransition(`A BIA in state "${facts.state}" cannot be ${transition === 'revise' ? 'revised' : PAST[transition]}.`);
  if (transition === 'submit') return incomplete('Enter at least one service before submitting the BIA.', [{ path: 'services', message: 'No services yet' }]);
  return selfApproval();
}

/**
 * Submit for approval, approve (freezing a snapshot and locking the unit's services and
 * dependencies), or revise (open version n+1 as a draft; version n stays recorded).
 */
export async function transitionUnitBia(ctx: Ctx, orgId: string, unitId: string, transition: TTransition, comment = '') {
  return inTransaction(ctx, async (t) => {
    const { scope, row: existing, facts } = await loadUnitBia(t, orgId, unitId);
    if (!biaPolicy.actions(scope, ctx.actor, facts)[transition]) throw refusal(transition, scope, ctx, facts);
    const now = ctx.clock.now();
    const row = existing ?? (await t.db.insert(unitBias).values({ orgId, unitId, state: 'draft', versionNumber: 1, createdAt: now, updatedAt: now }).returning())[0]!;
    if (transition === 'submit') {
      const services = await servicesOf(t.db, orgId, { unitIds: [unitId] });
      const missing = services.filter((s) => effectiveMtpd(s) !== null && s.rtoMinutes === null);
      if (missing.length > 0) throw incomplete('Every service that becomes intolerable needs a recovery time objective.', missing.map((s) => ({ path: `services.${s.id}.rtoMinutes`, message: `${s.name}: no recovery time objective` })));
      await t.db.update(unitBias).set({ state: 'submitted', submittedAt: now, submittedBy: ctx.actor.userId, updatedAt: now }).where(eq(unitBias.id, row.id));
    } else if (transition === 'approve') {
      const snapshot = await versionSnapshot(t, scope, orgId, unitId);
      await t.db.insert(biaVersions).values({ orgId, unitBiaId: row.id, versionNumber: row.versionNumber, approvedAt: now, approvedBy: ctx.actor.userId, snapshot });
      await t.db.update(unitBias).set({ state: 'approved', approvedVersion: row.versionNumber, approvedAt: now, approvedBy: ctx.actor.userId, updatedAt: now }).where(eq(unitBias.id, row.id));
    } else {
      await t.db.update(unitBias).set({ state: 'draft', versionNumber: row.versionNumber + 1, submittedAt: null, submittedBy: null, updatedAt: now }).where(eq(unitBias.id, row.id));
    }
    await audit(t, {
      orgId,
      action: `bia.${PAST[transition]}`,
      entityType: 'unit_bia',
      entityId: row.id,
      before: { unitId, state: row.state, versionNumber: row.versionNumber },
      after: { unitId, state: transition === 'submit' ? 'submitted' : transition === 'approve' ? 'approved' : 'draft', versionNumber: row.versionNumber + (transition === 'revise' ? 1 : 0), comment },
    });
    return presentUnitBia(t, scope, orgId, unitId);
  });
}

/** What approval freezes: the unit's services and dependencies as the views show them. */
async function versionSnapshot(ctx: Ctx, scope: OrgScope, orgId: string, unitId: string) {
  const services = await viewServices(ctx, scope, orgId, await servicesOf(ctx.db, orgId, { unitIds: [unitId] }));
  const dependencies = await viewDependencies(ctx, scope, orgId, await dependenciesOf(ctx.db, orgId, { unitIds: [unitId] }));
  const strip = <T extends { allowedActions: unknown; locked: unknown }>({ allowedActions: _a, locked: _l, ...rest }: T) => rest;
  return { services: services.map(strip), dependencies: dependencies.map(strip) };
}

export async function listBiaVersions(ctx: Ctx, orgId: string, unitId: string) {
  const { row } = await loadUnitBia(ctx, orgId, unitId);
  const recorded = row ? await recordedVersions(ctx, row) : [];
  const names = await userNames(ctx, recorded.map((v) => v.approvedBy));
  const items: { versionNumber: number; state: TBiaState; approvedAt: string | null; approvedByName: string | null }[] = recorded.map((v) => ({
    versionNumber: v.versionNumber,
    state: 'approved',
    approvedAt: v.approvedAt.toISOString(),
    approvedByName: names.get(v.approvedBy) ?? null,
  }));
  const current = row?.versionNumber ?? 1;
  if (!items.some((v) => v.versionNumber === current)) items.unshift({ versionNumber: current, state: (row?.state ?? 'draft') as TBiaState, approvedAt: null, approvedByName: null });
  return { items };
}

function recordedVersions(ctx: Ctx, row: TUnitBiaRow) {
  return ctx.db.select().from(biaVersions).where(and(eq(biaVersions.orgId, row.orgId), eq(biaVersions.unitBiaId, row.id))).orderBy(desc(biaVersions.versionNumber));
}

export async function getBiaVersion(ctx: Ctx, orgId: string, unitId: string, versionNumber: number): Promise<TBiaVersionView> {
  const { row } = await loadUnitBia(ctx, orgId, unitId);
  const version = row ? (await recordedVersions(ctx, row)).find((v) => v.versionNumber === versionNumber) : undefined;
  if (!version) throw versionNotFound();
  const names = await userNames(ctx, [version.approvedBy]);
  const snapshot = version.snapshot as Pick<TBiaVersionView, 'services' | 'dependencies'>;
  return { versionNumber, approvedAt: version.approvedAt.toISOString(), approvedByName: names.get(version.approvedBy) ?? null, services: snapshot.services, dependencies: snapshot.dependencies };
}
