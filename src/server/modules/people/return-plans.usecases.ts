import { and, eq, inArray } from 'drizzle-orm';
import type { TReturnPlanInput, TReturnPlanView } from '../../../domain/contract/people.js';
import { dayRota, phaseOn, planIssues, whereabouts } from '../../../domain/people/return-to-office.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { peoplePolicy, todayOf } from './people.policy.js';
import { returnPlans, returnTeamMembers } from './people.table.js';

export const returnPlanNotFound = defineError({ code: 'people.return_plan_not_found', status: 404, message: 'Return-to-office plan not found.' });
const personNotFound = defineError({ code: 'people.person_not_found', status: 404, message: 'Person not found.' });

type PlanRow = typeof returnPlans.$inferSelect;
type MemberRow = { planId: string; personId: string; fullName: string; teamKey: string };

async function membersOf(ctx: Ctx, planIds: string[]): Promise<MemberRow[]> {
  if (planIds.length === 0) return [];
  return ctx.db
    .select({ planId: returnTeamMembers.planId, personId: returnTeamMembers.personId, fullName: people.fullName, teamKey: returnTeamMembers.teamKey })
    .from(returnTeamMembers)
    .innerJoin(people, eq(people.id, returnTeamMembers.personId))
    .where(inArray(returnTeamMembers.planId, planIds))
    .orderBy(people.fullName);
}

function present(ctx: Ctx, scope: OrgScope, row: PlanRow, members: MemberRow[]): TReturnPlanView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: scope.unit(row.unitId)?.name ?? '',
    title: row.title,
    phases: row.phases,
    sites: row.sites,
    teams: row.teams,
    members: members.filter((m) => m.planId === row.id).map(({ personId, fullName, teamKey }) => ({ personId, fullName, teamKey })),
    hygieneMeasures: row.hygieneMeasures,
    meetingRoomMeasures: row.meetingRoomMeasures,
    currentPhaseKey: phaseOn(row.phases, todayOf(scope, ctx.clock.now()))?.key ?? null,
    allowedActions: { edit: peoplePolicy.editReturnPlan(scope, row.unitId) },
  };
}

export async function listReturnPlans(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = (await ctx.db.select().from(returnPlans).where(eq(returnPlans.orgId, orgId)).orderBy(returnPlans.title)).filter((r) => peoplePolicy.readReturnPlan(scope, r.unitId));
  const members = await membersOf(ctx, rows.map((r) => r.id));
  return { items: rows.map((r) => present(ctx, scope, r, members)), allowedActions: { createAtUnitIds: scope.units.filter((u) => peoplePolicy.editReturnPlan(scope, u.id)).map((u) => u.id) } };
}

async function loadPlan(ctx: Ctx, orgId: string, planId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(returnPlans).where(and(eq(returnPlans.orgId, orgId), eq(returnPlans.id, planId)));
  if (!row || !peoplePolicy.readReturnPlan(scope, row.unitId)) throw returnPlanNotFound();
  return { scope, row };
}

export async function getReturnPlan(ctx: Ctx, orgId: string, planId: string) {
  const { scope, row } = await loadPlan(ctx, orgId, planId);
  return present(ctx, scope, row, await membersOf(ctx, [row.id]));
}

/** Structure, rota and occupancy are checked together: a plan that would ever put more people on a site than allowed is refused. */
async function checkPlan(ctx: Ctx, scope: OrgScope, orgId: string, input: TReturnPlanInput) {
  const issues = planIssues(input, input.members).map((i) => ({ path: `body.${i.path}`, message: i.message }));
  const inUnit = subtreeIds(scope.units, input.unitId);
  const ids = input.members.map((m) => m.personId);
  const found = new Map((ids.length ? await ctx.db.select({ id: people.id, unitId: people.unitId }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, ids))) : []).map((p) => [p.id, p.unitId]));
  input.members.forEach((m, i) => {
    const unitId = found.get(m.personId);
    if (!unitId || !inUnit.has(unitId)) issues.push({ path: `body.members.${i}.personId`, message: 'Not a person of this unit' });
  });
  if (issues.length > 0) throw invalidInput('The return-to-office plan cannot be used as it is.', issues);
}

export async function createReturnPlan(ctx: Ctx, orgId: string, input: TReturnPlanInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId) || !peoplePolicy.readReturnPlan(scope, input.unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'body.unitId', message: 'Unknown unit' }]);
  if (!peoplePolicy.editReturnPlan(scope, input.unitId)) throw forbidden();
  await checkPlan(ctx, scope, orgId, input);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const { members, ...fields } = input;
    const [row] = await t.db.insert(returnPlans).values({ orgId, ...fields, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    if (members.length) await t.db.insert(returnTeamMembers).values(members.map((m) => ({ orgId, planId: row!.id, ...m })));
    await audit(t, { orgId, action: 'return_plan.created', entityType: 'return_plan', entityId: row!.id, after: { ...fields, members: members.length } });
    return present(t, scope, row!, await membersOf(t, [row!.id]));
  });
}

/** Replaces the plan as a whole (the editor sends it all); the unit stays. */
export async function replaceReturnPlan(ctx: Ctx, orgId: string, planId: string, input: TReturnPlanInput) {
  const { scope, row } = await loadPlan(ctx, orgId, planId);
  if (!peoplePolicy.editReturnPlan(scope, row.unitId)) throw forbidden();
  if (input.unitId !== row.unitId) throw invalidInput('A plan stays with its unit.', [{ path: 'body.unitId', message: 'Must be the unit of the plan' }]);
  await checkPlan(ctx, scope, orgId, input);
  return inTransaction(ctx, async (t) => {
    const { members, ...fields } = input;
    const [updated] = await t.db.update(returnPlans).set({ ...fields, updatedAt: ctx.clock.now() }).where(eq(returnPlans.id, planId)).returning();
    await t.db.delete(returnTeamMembers).where(eq(returnTeamMembers.planId, planId));
    if (members.length) await t.db.insert(returnTeamMembers).values(members.map((m) => ({ orgId, planId, ...m })));
    await audit(t, { orgId, action: 'return_plan.updated', entityType: 'return_plan', entityId: planId, before: { title: row.title, phases: row.phases, sites: row.sites, teams: row.teams }, after: { ...fields, members: members.length } });
    return present(t, scope, updated!, await membersOf(t, [planId]));
  });
}

/** Who is on site where on a day (never above a site's limit: plans that would be are refused), and who works remotely. */
export async function rotaOn(ctx: Ctx, orgId: string, planId: string, date: string) {
  const { row } = await loadPlan(ctx, orgId, planId);
  const members = await membersOf(ctx, [planId]);
  const rota = dayRota(row, members, date);
  const name = new Map(members.map((m) => [m.personId, m]));
  const phase = row.phases.find((p) => p.key === rota.phaseKey);
  return {
    planId,
    date,
    phase: phase ? { key: phase.key, name: phase.name } : null,
    sites: rota.sites.map((s) => {
      const site = row.sites.find((x) => x.key === s.siteKey)!;
      return { key: site.key, name: site.name, floor: site.floor, limit: s.limit, people: s.personIds.map((id) => ({ personId: id, fullName: name.get(id)!.fullName, teamKey: name.get(id)!.teamKey })) };
    }),
    remote: rota.remote.map((id) => ({ personId: id, fullName: name.get(id)!.fullName })),
  };
}

/**
 * Where a person works on a day, under every plan that names them. One's own whereabouts are
 * always readable; someone else's only through plans the caller may read.
 */
export async function whereaboutsOf(ctx: Ctx, orgId: string, date: string, personId?: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const id = personId ?? ctx.actor.personId;
  if (!id) throw personNotFound('You are not in the staff directory of this organization.');
  const [person] = await ctx.db.select({ id: people.id, fullName: people.fullName, unitId: people.unitId }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, id)));
  if (!person) throw personNotFound();
  const self = id === ctx.actor.personId;
  const memberships = await ctx.db.select().from(returnTeamMembers).where(and(eq(returnTeamMembers.orgId, orgId), eq(returnTeamMembers.personId, id)));
  const plans = memberships.length ? await ctx.db.select().from(returnPlans).where(inArray(returnPlans.id, memberships.map((m) => m.planId))) : [];
  const readable = plans.filter((p) => self || peoplePolicy.readReturnPlan(scope, p.unitId));
  if (!self && readable.length === 0 && !peoplePolicy.readReturnPlan(scope, person.unitId)) throw personNotFound();
  const results = readable.map((p) => {
    const w = whereabouts(p, memberships.find((m) => m.planId === p.id)!, date);
    const phase = p.phases.find((x) => x.key === w.phaseKey);
    return { planId: p.id, title: p.title, unitName: scope.unit(p.unitId)?.name ?? '', where: w.where, siteName: w.where === 'on_site' ? (p.sites.find((s) => s.key === w.siteKey)?.name ?? '') : null, reason: w.where === 'remote' ? w.reason : null, phaseName: phase?.name ?? null };
  });
  return { personId: person.id, fullName: person.fullName, date, where: results.some((r) => r.where === 'on_site') ? ('on_site' as const) : ('remote' as const), plans: results };
}
