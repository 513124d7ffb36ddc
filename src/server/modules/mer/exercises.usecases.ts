import { and, eq } from 'drizzle-orm';
import type { TConductRequest, TExerciseInput, TExerciseUpdate, TExerciseView, TFindingInput } from '../../../domain/contract/exercises.js';
import { recoveryVerdict } from '../../../domain/mer/exercises.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { remedialActions } from '../actions/actions.table.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { addDays, REVIEW_DUE_DAYS } from '../../../domain/learning/learning.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { schedulePostIncidentReview } from '../learning/reviews.schedule.js';
import { exercisesPolicy } from './exercises.policy.js';
import { exerciseLinks, existingIds, findExercise, servicesWithRto, type TExerciseRow } from './exercises.repository.js';
import { exercises } from './exercises.table.js';

export const exerciseNotFound = defineError({ code: 'mer.exercise_not_found', status: 404, message: 'Exercise not found.' });
const wrongState = defineError({ code: 'mer.exercise_state', status: 409, message: 'The exercise is not in a state that allows this.' });

async function present(ctx: Ctx, scope: OrgScope, orgId: string, rows: TExerciseRow[]): Promise<TExerciseView[]> {
  const links = await exerciseLinks(ctx.db, orgId, rows);
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: scope.unit(r.unitId)?.name ?? '',
    type: r.type as TExerciseView['type'],
    state: r.state as TExerciseView['state'],
    title: r.title,
    scenario: r.scenario,
    objectives: r.objectives,
    plans: r.planIds.map((id) => ({ id, title: links.planTitle.get(id) ?? '' })),
    scheduledOn: r.scheduledOn,
    conductedOn: r.conductedOn,
    participants: r.participants.map((p) => ({ personId: p.personId, fullName: links.personName.get(p.personId) ?? '', role: p.role as 'participant' })),
    timeline: r.timeline,
    summary: r.summary,
    results: r.results.map((x) => ({ ...x, serviceName: links.serviceName.get(x.serviceId) ?? '', verdict: recoveryVerdict(x.achievedMinutes, x.rtoMinutes) })),
    findings: links.findings(r.id).map((a) => ({ id: a.id, title: a.title, status: a.status as 'open', dueOn: a.dueOn, ownerName: a.ownerName })),
    allowedActions: exercisesPolicy.actions(scope, r),
  }));
}

async function loadVisible(ctx: Ctx, orgId: string, exerciseId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const row = await findExercise(ctx.db, orgId, exerciseId);
  if (!row || !exercisesPolicy.read(scope, row.unitId)) throw exerciseNotFound();
  return { scope, row };
}

export async function listExercises(ctx: Ctx, orgId: string, query: { unitId?: string; state?: string }) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = (await ctx.db.select().from(exercises).where(eq(exercises.orgId, orgId)).orderBy(exercises.scheduledOn)).filter(
    (r) => exercisesPolicy.read(scope, r.unitId) && (!query.unitId || r.unitId === query.unitId) && (!query.state || r.state === query.state),
  );
  return {
    items: (await present(ctx, scope, orgId, rows)).map(({ timeline: _t, participants: _p, ...rest }) => rest),
    allowedActions: { create: scope.units.some((u) => exercisesPolicy.manage(scope, u.id)) },
  };
}

export async function getExercise(ctx: Ctx, orgId: string, exerciseId: string) {
  const { scope, row } = await loadVisible(ctx, orgId, exerciseId);
  return (await present(ctx, scope, orgId, [row]))[0]!;
}

/** Plans and people named by an exercise must be the organization's own. */
async function checkReferences(ctx: Ctx, orgId: string, input: Partial<TExerciseInput>) {
  const [knownPlans, knownPeople] = await Promise.all([existingIds(ctx.db, orgId, 'plans', input.planIds ?? []), existingIds(ctx.db, orgId, 'people', (input.participants ?? []).map((p) => p.personId))]);
  const issues = [
    ...(input.planIds ?? []).flatMap((id, i) => (knownPlans.has(id) ? [] : [{ path: `body.planIds.${i}`, message: 'Not a plan of this organization' }])),
    ...(input.participants ?? []).flatMap((p, i) => (knownPeople.has(p.personId) ? [] : [{ path: `body.participants.${i}.personId`, message: 'Not a person of this organization' }])),
  ];
  if (issues.length > 0) throw invalidInput('The exercise names plans or people outside the organization.', issues);
}

export async function createExercise(ctx: Ctx, orgId: string, input: TExerciseInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId) || !exercisesPolicy.read(scope, input.unitId)) throw unitNotFound();
  if (!exercisesPolicy.manage(scope, input.unitId)) throw forbidden();
  await checkReferences(ctx, orgId, input);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(exercises).values({ orgId, ...input, state: 'planned', results: [], createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'exercise.created', entityType: 'exercise', entityId: row!.id, after: { type: input.type, title: input.title, scheduledOn: input.scheduledOn } });
    return (await present(t, scope, orgId, [row!]))[0]!;
  });
}

export async function updateExercise(ctx: Ctx, orgId: string, exerciseId: string, input: TExerciseUpdate) {
  const { scope, row } = await loadVisible(ctx, orgId, exerciseId);
  if (!exercisesPolicy.manage(scope, row.unitId)) throw forbidden();
  if (row.state !== 'planned') throw wrongState('Only a planned exercise can be edited; record what happened instead.');
  await checkReferences(ctx, orgId, input);
  return inTransaction(ctx, async (t) => {
    const [after] = await t.db.update(exercises).set({ ...input, updatedAt: ctx.clock.now() }).where(eq(exercises.id, exerciseId)).returning();
    await audit(t, { orgId, action: 'exercise.updated', entityType: 'exercise', entityId: exerciseId, before: pick(row, Object.keys(input)), after: pick(after!, Object.keys(input)) });
    return (await present(t, scope, orgId, [after!]))[0]!;
  });
}

/** Records what happened; each result is judged against the service's RTO as it stands today, and kept. */
export async function conductExercise(ctx: Ctx, orgId: string, exerciseId: string, input: TConductRequest) {
  const { scope, row } = await loadVisible(ctx, orgId, exerciseId);
  if (!exercisesPolicy.manage(scope, row.unitId)) throw forbidden();
  if (row.state === 'closed') throw wrongState('A closed exercise cannot be changed.');
  const services = new Map((await servicesWithRto(ctx.db, orgId, input.results.map((r) => r.serviceId))).map((s) => [s.id, s.rtoMinutes]));
  const issues = input.results.flatMap((r, i) => (services.has(r.serviceId) ? [] : [{ path: `body.results.${i}.serviceId`, message: 'Not a service of the BIA of this organization' }]));
  if (issues.length > 0) throw invalidInput('The results name services outside the organization.', issues);
  const results = input.results.map((r) => ({ ...r, rtoMinutes: services.get(r.serviceId) ?? null }));
  return inTransaction(ctx, async (t) => {
    const [after] = await t.db.update(exercises).set({ state: 'conducted', conductedOn: input.conductedOn, summary: input.summary, results, updatedAt: ctx.clock.now() }).where(eq(exercises.id, exerciseId)).returning();
    await audit(t, { orgId, action: 'exercise.conducted', entityType: 'exercise', entityId: exerciseId, before: { state: row.state }, after: { state: 'conducted', conductedOn: input.conductedOn, results } });
    return (await present(t, scope, orgId, [after!]))[0]!;
  });
}

/**
 * Closing an exercise with findings makes the update of the plans it tested due at once
 * (an ME&R change trigger, read back from this audit entry).
 */
export async function closeExercise(ctx: Ctx, orgId: string, exerciseId: string) {
  const { scope, row } = await loadVisible(ctx, orgId, exerciseId);
  if (!exercisesPolicy.manage(scope, row.unitId)) throw forbidden();
  if (row.state !== 'conducted') throw wrongState('Record what happened before closing the exercise.');
  return inTransaction(ctx, async (t) => {
    const findings = await t.db.select({ id: remedialActions.id }).from(remedialActions).where(and(eq(remedialActions.sourceType, 'exercise'), eq(remedialActions.sourceId, exerciseId)));
    const [after] = await t.db.update(exercises).set({ state: 'closed', closedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).where(eq(exercises.id, exerciseId)).returning();
    await audit(t, { orgId, action: 'exercise.closed', entityType: 'exercise', entityId: exerciseId, before: { state: 'conducted' }, after: { state: 'closed', findingCount: findings.length, planIds: row.planIds } });
    // Every exercise is followed by its after-action review (BRIEF module 8), owned by whoever closed it.
    const today = localDate(ctx.clock.now(), scope.unit(row.unitId)?.timeZone ?? 'UTC');
    await schedulePostIncidentReview(t.db, { orgId, sourceKind: 'exercise', sourceId: exerciseId, title: row.title, ownerPersonId: ctx.actor.personId, dueOn: addDays(today, REVIEW_DUE_DAYS), actorUserId: ctx.actor.userId, unitId: row.unitId, now: ctx.clock.now() });
    return (await present(t, scope, orgId, [after!]))[0]!;
  });
}

export async function addFinding(ctx: Ctx, orgId: string, exerciseId: string, input: TFindingInput) {
  const { scope, row } = await loadVisible(ctx, orgId, exerciseId);
  if (!exercisesPolicy.manage(scope, row.unitId)) throw forbidden();
  if (row.state !== 'conducted') throw wrongState('Findings are recorded after the exercise ran and before it is closed.');
  const [owners, planIds] = await Promise.all([existingIds(ctx.db, orgId, 'people', [input.ownerPersonId]), existingIds(ctx.db, orgId, 'plans', input.planId ? [input.planId] : [])]);
  const issues = [
    ...(owners.size === 0 ? [{ path: 'body.ownerPersonId', message: 'Not a person of this organization' }] : []),
    ...(input.planId && planIds.size === 0 ? [{ path: 'body.planId', message: 'Not a plan of this organization' }] : []),
  ];
  if (issues.length > 0) throw invalidInput('The finding names people or plans outside the organization.', issues);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [action] = await t.db
      .insert(remedialActions)
      .values({ orgId, unitId: row.unitId, sourceType: 'exercise', sourceId: exerciseId, ...input, status: 'open', createdAt: now, createdBy: ctx.actor.userId, updatedAt: now })
      .returning();
    await audit(t, { orgId, action: 'remedial_action.created', entityType: 'remedial_action', entityId: action!.id, after: { source: `exercise:${exerciseId}`, title: input.title, dueOn: input.dueOn, ownerPersonId: input.ownerPersonId } });
    return (await present(t, scope, orgId, [row]))[0]!;
  });
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
