import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { TEventDeclaration, TTimersInput } from '../../../domain/contract/response.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import {
  activatePlan as activatePlanRule,
  availableTransitions,
  deactivateAll,
  deactivatePlan as deactivatePlanRule,
  eventTransition,
  proposedPlans,
  reassessment,
  type TEventState,
  type TEventTransition,
  type TPlanActivation,
  type TProtractedPhase,
} from '../../../domain/response/events.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { planVersions, plans } from '../plans/plans.table.js';
import { schedulePostIncidentReviewFor } from './post-incident-review.js';
import { responsePolicy } from './response.policy.js';
import { responseEvents, responsePhases, responsePlanActivations, responseTeam, type TActivatedPlanCopy } from './response.table.js';

export const eventNotFound = defineError({ code: 'response.event_not_found', status: 404, message: 'Event not found.' });
const invalidTransition = defineError({ code: 'response.invalid_transition', status: 409, message: 'The event cannot make this change in its current state.' });
const planRefused = defineError({ code: 'response.plan_activation_refused', status: 409, message: 'The plan cannot be activated or deactivated now.' });
const planNotProposed = defineError({ code: 'response.plan_not_found', status: 404, message: 'Plan not found among the plans of the affected units.' });

/** Every protracted event is asked for a reassessment at least this often in one phase. */
export const REASSESS_EVERY_DAYS = 30;

export type TEventRow = typeof responseEvents.$inferSelect;

/** The event, if the caller may read it; otherwise "not found", whatever the reason. */
export async function loadEvent(ctx: Ctx, orgId: string, eventId: string, scope?: OrgScope): Promise<{ scope: OrgScope; event: TEventRow }> {
  const s = scope ?? (await loadOrgScope(ctx, orgId));
  const [event] = await ctx.db.select().from(responseEvents).where(and(eq(responseEvents.orgId, orgId), eq(responseEvents.id, eventId)));
  if (!event || !responsePolicy.read(s, event.affectedUnitIds)) throw eventNotFound();
  return { scope: s, event };
}

export async function loadManagedEvent(ctx: Ctx, orgId: string, eventId: string) {
  const loaded = await loadEvent(ctx, orgId, eventId);
  if (!responsePolicy.manage(loaded.scope, loaded.event.affectedUnitIds)) throw forbidden();
  return loaded;
}

export function eventSummary(e: TEventRow) {
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    description: e.description,
    severity: e.severity,
    expectedDuration: e.expectedDuration,
    exercise: e.exercise,
    state: e.state as TEventState,
    affectedUnitIds: e.affectedUnitIds,
    locations: e.locations,
    declaredAt: e.declaredAt.toISOString(),
    activatedAt: e.activatedAt?.toISOString() ?? null,
    stabilizedAt: e.stabilizedAt?.toISOString() ?? null,
    closedAt: e.closedAt?.toISOString() ?? null,
  };
}

export async function listEvents(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = await ctx.db.select().from(responseEvents).where(eq(responseEvents.orgId, orgId)).orderBy(desc(responseEvents.declaredAt));
  const unitName = (id: string) => scope.unit(id)?.name ?? '';
  return {
    items: rows.filter((e) => responsePolicy.read(scope, e.affectedUnitIds)).map((e) => ({ ...eventSummary(e), affectedUnitNames: e.affectedUnitIds.map(unitName) })),
    allowedActions: { declare: responsePolicy.declareAnywhere(scope) },
  };
}

export async function declareEvent(ctx: Ctx, orgId: string, input: TEventDeclaration) {
  const scope = await loadOrgScope(ctx, orgId);
  const issues = input.affectedUnitIds.flatMap((id, i) => (scope.unit(id) ? [] : [{ path: `body.affectedUnitIds.${i}`, message: 'Not a unit of this organization' }]));
  if (issues.length) throw invalidInput('Some affected units are not in this organization.', issues);
  if (!responsePolicy.declare(scope, input.affectedUnitIds)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(responseEvents).values({ orgId, ...input, state: 'declared', declaredAt: now, declaredBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'response_event.declared', entityType: 'response_event', entityId: row!.id, after: input });
    return eventSummary(row!);
  });
}

async function activationRecords(ctx: Ctx, eventId: string) {
  return ctx.db.select().from(responsePlanActivations).where(eq(responsePlanActivations.eventId, eventId)).orderBy(asc(responsePlanActivations.activatedAt));
}

const toRule = (r: typeof responsePlanActivations.$inferSelect): TPlanActivation => ({ planId: r.planId, activatedAt: r.activatedAt, activatedBy: r.activatedBy, deactivatedAt: r.deactivatedAt, deactivatedBy: r.deactivatedBy });

/** The plans proposed for the affected units: approved versions only (the plan in force). */
async function proposals(ctx: Ctx, scope: OrgScope, event: TEventRow) {
  const rows = await ctx.db
    .select({ id: plans.id, unitId: plans.unitId, type: plans.type, title: planVersions.title, versionNumber: planVersions.versionNumber, structure: planVersions.structure })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.approvedVersion)))
    .where(and(eq(plans.orgId, event.orgId), isNotNull(plans.approvedVersion)));
  const proposed = proposedPlans(event.affectedUnitIds, rows.map((r) => ({ id: r.id, unitId: r.unitId, type: r.type as TPlanType })), scope.units);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return proposed.map((p) => ({ ...p, plan: byId.get(p.planId)! }));
}

export async function getEvent(ctx: Ctx, orgId: string, eventId: string) {
  const { scope, event } = await loadEvent(ctx, orgId, eventId);
  const phases = await ctx.db.select().from(responsePhases).where(eq(responsePhases.eventId, eventId)).orderBy(asc(responsePhases.enteredAt));
  const activations = await activationRecords(ctx, eventId);
  const proposed = await proposals(ctx, scope, event);
  const team = await ctx.db.select().from(responseTeam).where(eq(responseTeam.eventId, eventId));
  const manage = responsePolicy.manage(scope, event.affectedUnitIds);
  const now = ctx.clock.now();
  const due = reassessment(
    { expectedDuration: event.expectedDuration as 'short' | 'protracted', state: event.state as TEventState, phases: phases.map((p) => ({ phase: p.phase as TProtractedPhase, enteredAt: p.enteredAt })) },
    event.lastReassessedAt,
    REASSESS_EVERY_DAYS,
    now,
  );
  const active = new Set(activations.filter((a) => a.deactivatedAt === null).map((a) => a.planId));
  return {
    event: { ...eventSummary(event), affectedUnitNames: event.affectedUnitIds.map((id) => scope.unit(id)?.name ?? '') },
    timers: {
      warningAfterMinutes: event.warningAfterMinutes,
      realertEveryMinutes: event.realertEveryMinutes,
      maxRealerts: event.maxRealerts,
      escalateAtRound: event.escalateAtRound,
      sitrepIntervalMinutes: event.sitrepIntervalMinutes,
    },
    phases: phases.map((p) => ({ phase: p.phase, enteredAt: p.enteredAt.toISOString() })),
    reassessment: due && { due: due.due, dueAt: due.dueAt.toISOString(), reason: due.reason },
    proposedPlans: proposed.map((p) => ({ planId: p.planId, unitId: p.unitId, unitName: scope.unit(p.unitId)?.name ?? '', type: p.type, title: p.plan.title, reason: p.reason, active: active.has(p.planId) })),
    activations: activations.map((a) => ({ id: a.id, planId: a.planId, title: a.copy.title, versionNumber: a.copy.versionNumber, roles: a.copy.roles, firstActions: a.copy.firstActions, activatedAt: a.activatedAt.toISOString(), deactivatedAt: a.deactivatedAt?.toISOString() ?? null })),
    team: team.map((m) => ({ role: m.role, personId: m.personId, assignedAt: m.assignedAt.toISOString() })),
    allowedActions: {
      manage: manage && event.state !== 'closed',
      readWorkspace: responsePolicy.readWorkspace(scope, event.affectedUnitIds),
      transitions: manage ? availableTransitions(event.state as TEventState) : [],
    },
  };
}

/** declared → active → stabilized → closed (events.ts); closing stands down every plan and schedules the post-incident review. */
export async function transitionEvent(ctx: Ctx, orgId: string, eventId: string, input: { transition: TEventTransition; note: string }) {
  const { scope, event } = await loadManagedEvent(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    let reviewId: string | null = null;
    if (input.transition === 'close' && event.state === 'stabilized') {
      reviewId = await schedulePostIncidentReviewFor(t, scope, event, now);
    }
    const result = eventTransition(event.state as TEventState, input.transition, { postIncidentReviewScheduled: reviewId !== null });
    if (!result.ok) throw invalidTransition(`Cannot ${input.transition} an event that is ${event.state}.`, [{ path: 'body.transition', message: result.reason }]);
    const patch: Partial<TEventRow> = { state: result.to };
    if (result.to === 'active' && !event.activatedAt) patch.activatedAt = now;
    if (result.to === 'stabilized') patch.stabilizedAt = now;
    if (result.to === 'closed') {
      patch.closedAt = now;
      patch.closedBy = ctx.actor.userId;
      const records = await activationRecords(t, eventId);
      const after = deactivateAll(records.map(toRule), now, ctx.actor.userId);
      for (const [i, r] of records.entries()) if (r.deactivatedAt === null && after[i]!.deactivatedAt) await t.db.update(responsePlanActivations).set({ deactivatedAt: now, deactivatedBy: ctx.actor.userId }).where(eq(responsePlanActivations.id, r.id));
    }
    await t.db.update(responseEvents).set(patch).where(eq(responseEvents.id, eventId));
    if (result.to === 'active' && event.expectedDuration === 'protracted' && event.state === 'declared') await enterPhaseRow(t, orgId, eventId, 'initial_response', now);
    await audit(t, { orgId, action: `response_event.${input.transition}`, entityType: 'response_event', entityId: eventId, before: { state: event.state }, after: { state: result.to, note: input.note, postIncidentReviewId: reviewId } });
    return { state: result.to, postIncidentReviewId: reviewId };
  });
}

async function enterPhaseRow(t: Ctx, orgId: string, eventId: string, phase: TProtractedPhase, now: Date) {
  await t.db.insert(responsePhases).values({ orgId, eventId, phase, enteredAt: now, enteredBy: t.actor.userId });
}

/** A protracted event moves through phases, in either direction (a second wave); each change asks for a reassessment. */
export async function enterPhase(ctx: Ctx, orgId: string, eventId: string, phase: TProtractedPhase) {
  const { event } = await loadManagedEvent(ctx, orgId, eventId);
  if (event.expectedDuration !== 'protracted') throw invalidInput('Only a protracted event has phases.', [{ path: 'body.phase', message: 'the event is expected to be short' }]);
  if (event.state === 'closed' || event.state === 'declared') throw invalidTransition('Phases apply to an active or stabilized event.', [{ path: 'body.phase', message: `event is ${event.state}` }]);
  return inTransaction(ctx, async (t) => {
    await enterPhaseRow(t, orgId, eventId, phase, ctx.clock.now());
    await audit(t, { orgId, action: 'response_event.phase_entered', entityType: 'response_event', entityId: eventId, after: { phase } });
    return { phase };
  });
}

/** The CMT took stock: recorded in the log and in the audit trail; the next reassessment is a period away. */
export async function recordReassessment(ctx: Ctx, orgId: string, eventId: string, note: string) {
  const { event } = await loadManagedEvent(ctx, orgId, eventId);
  if (event.state === 'closed') throw invalidTransition('The event is closed.');
  const { addLogEntry } = await import('./workspace.usecases.js');
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    await t.db.update(responseEvents).set({ lastReassessedAt: now }).where(eq(responseEvents.id, eventId));
    const id = await addLogEntry(t, event, 'reassessment', { note }, null);
    return { id, at: now.toISOString() };
  });
}

export async function setTimers(ctx: Ctx, orgId: string, eventId: string, input: TTimersInput) {
  const { event } = await loadManagedEvent(ctx, orgId, eventId);
  if (event.state === 'closed') throw invalidTransition('The event is closed.');
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const chosen = input.sitrepIntervalMinutes !== event.sitrepIntervalMinutes ? now : event.sitrepIntervalChosenAt;
    await t.db.update(responseEvents).set({ ...input, sitrepIntervalChosenAt: input.sitrepIntervalMinutes === null ? null : chosen }).where(eq(responseEvents.id, eventId));
    await audit(t, { orgId, action: 'response_event.timers_set', entityType: 'response_event', entityId: eventId, after: input });
    return input;
  });
}

/** What the live event keeps of a plan: roles with their people, the call tree, the first hour's and day's actions. */
function copyOf(plan: { title: string; versionNumber: number; structure: Record<string, unknown> | null }): TActivatedPlanCopy {
  const structure = (plan.structure ?? {}) as { roles?: TActivatedPlanCopy['roles']; steps?: { id: string; phase: string; who: string; does: string; what?: string }[] };
  return {
    title: plan.title,
    versionNumber: plan.versionNumber,
    roles: (structure.roles ?? []).map((r) => ({ id: r.id, title: r.title, primaryPersonId: r.primaryPersonId ?? null, alternatePersonIds: r.alternatePersonIds ?? [], calledByRoleId: r.calledByRoleId ?? null })),
    firstActions: (structure.steps ?? []).filter((s) => s.phase === 'first_hour' || s.phase === 'first_day').map((s) => ({ id: s.id, phase: s.phase, who: s.who, does: s.does, what: s.what ?? '' })),
  };
}

/** Activating a plan of a declared event activates the event in the same action (events.ts). */
export async function activatePlan(ctx: Ctx, orgId: string, eventId: string, planId: string) {
  const { scope, event } = await loadManagedEvent(ctx, orgId, eventId);
  const proposal = (await proposals(ctx, scope, event)).find((p) => p.planId === planId);
  if (!proposal) throw planNotProposed();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    let state = event.state as TEventState;
    if (state === 'declared') {
      const step = eventTransition(state, 'activate', { postIncidentReviewScheduled: false });
      if (step.ok) {
        state = step.to;
        await t.db.update(responseEvents).set({ state, activatedAt: now }).where(eq(responseEvents.id, eventId));
        if (event.expectedDuration === 'protracted') await enterPhaseRow(t, orgId, eventId, 'initial_response', now);
        await audit(t, { orgId, action: 'response_event.activate', entityType: 'response_event', entityId: eventId, before: { state: 'declared' }, after: { state } });
      }
    }
    const records = await activationRecords(t, eventId);
    const result = activatePlanRule(records.map(toRule), state, planId, now, ctx.actor.userId);
    if (!result.ok) throw planRefused(undefined, [{ path: 'params.planId', message: result.reason }]);
    const [row] = await t.db.insert(responsePlanActivations).values({ orgId, eventId, planId, copy: copyOf(proposal.plan), activatedAt: now, activatedBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'response_plan.activated', entityType: 'response_event', entityId: eventId, after: { planId, title: proposal.plan.title, version: proposal.plan.versionNumber } });
    return { id: row!.id, activatedAt: now.toISOString(), eventState: state };
  });
}

export async function deactivatePlan(ctx: Ctx, orgId: string, eventId: string, planId: string) {
  await loadManagedEvent(ctx, orgId, eventId);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const records = await activationRecords(t, eventId);
    const result = deactivatePlanRule(records.map(toRule), planId, now, ctx.actor.userId);
    if (!result.ok) throw planRefused(undefined, [{ path: 'params.planId', message: result.reason }]);
    await t.db
      .update(responsePlanActivations)
      .set({ deactivatedAt: now, deactivatedBy: ctx.actor.userId })
      .where(and(eq(responsePlanActivations.eventId, eventId), eq(responsePlanActivations.planId, planId), isNull(responsePlanActivations.deactivatedAt)));
    await audit(t, { orgId, action: 'response_plan.deactivated', entityType: 'response_event', entityId: eventId, after: { planId } });
    return { deactivatedAt: now.toISOString() };
  });
}
