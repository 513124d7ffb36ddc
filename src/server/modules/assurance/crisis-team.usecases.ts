import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { TCrisisTeamMeetingInput, TCrisisTeamMemberInput, TCrisisTeamView, ZCrisisTeamInput } from '../../../domain/contract/assurance.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { people } from '../orgs/orgs.table.js';
import { assurancePolicy, rootOf } from './assurance.policy.js';
import { memberNotFound, noCrisisTeam, readableScope, todayOf } from './assurance.shared.js';
import { crisisTeamMeetings, crisisTeamMembers, crisisTeams } from './assurance.table.js';

/** The organization's standing team: the one at its root unit. */
async function teamOf(ctx: Ctx, orgId: string, rootUnitId: string) {
  const [team] = await ctx.db.select().from(crisisTeams).where(and(eq(crisisTeams.orgId, orgId), eq(crisisTeams.unitId, rootUnitId)));
  return team ?? null;
}

export async function getCrisisTeam(ctx: Ctx, orgId: string): Promise<TCrisisTeamView> {
  const scope = await readableScope(ctx, orgId);
  const allowedActions = { edit: assurancePolicy.editFramework(scope) };
  const today = todayOf(ctx, scope);
  const team = await teamOf(ctx, orgId, rootOf(scope).id);
  if (!team) return { today, team: null, allowedActions };
  const members = await ctx.db.select({ m: crisisTeamMembers, fullName: people.fullName }).from(crisisTeamMembers).innerJoin(people, eq(people.id, crisisTeamMembers.personId)).where(eq(crisisTeamMembers.teamId, team.id)).orderBy(asc(crisisTeamMembers.since), asc(people.fullName));
  const meetings = await ctx.db.select().from(crisisTeamMeetings).where(eq(crisisTeamMeetings.teamId, team.id)).orderBy(asc(crisisTeamMeetings.heldOn));
  const attendeeIds = [...new Set(meetings.flatMap((m) => m.attendeePersonIds))];
  const names = new Map((attendeeIds.length ? await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, attendeeIds))) : []).map((p) => [p.id, p.fullName]));
  return {
    today,
    team: {
      id: team.id,
      name: team.name,
      expectedEntities: team.expectedEntities,
      members: members.map(({ m, fullName }) => ({ id: m.id, personId: m.personId, fullName, role: m.role, entity: m.entity, isChair: m.isChair, senior: m.senior, since: m.since, until: m.until })),
      meetings: meetings.map((m) => ({ id: m.id, heldOn: m.heldOn, minutes: m.minutes, attendees: m.attendeePersonIds.map((personId) => ({ personId, fullName: names.get(personId) ?? '' })) })),
    },
    allowedActions,
  };
}

/** Creates the standing team, or renames it and sets the entities expected at its table. */
export async function saveCrisisTeam(ctx: Ctx, orgId: string, input: z.infer<typeof ZCrisisTeamInput>): Promise<TCrisisTeamView> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  const root = rootOf(scope).id;
  await inTransaction(ctx, async (t) => {
    const existing = await teamOf(t, orgId, root);
    const now = ctx.clock.now();
    if (existing) {
      await t.db.update(crisisTeams).set({ name: input.name, expectedEntities: input.expectedEntities, updatedAt: now, updatedBy: ctx.actor.userId }).where(eq(crisisTeams.id, existing.id));
      await audit(t, { orgId, action: 'crisis_team.updated', entityType: 'crisis_team', entityId: existing.id, before: { name: existing.name, expectedEntities: existing.expectedEntities }, after: input });
    } else {
      const [row] = await t.db.insert(crisisTeams).values({ orgId, unitId: root, ...input, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now, updatedBy: ctx.actor.userId }).returning();
      await audit(t, { orgId, action: 'crisis_team.established', entityType: 'crisis_team', entityId: row!.id, after: input });
    }
  });
  return getCrisisTeam(ctx, orgId);
}

async function knownPeople(ctx: Ctx, orgId: string, ids: readonly string[]) {
  return new Set((ids.length ? await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [...ids]))) : []).map((p) => p.id));
}

/** A person of the directory joins the team; naming a new chair makes the previous one an ordinary member. */
export async function addCrisisTeamMember(ctx: Ctx, orgId: string, input: TCrisisTeamMemberInput): Promise<TCrisisTeamView> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  const team = await teamOf(ctx, orgId, rootOf(scope).id);
  if (!team) throw noCrisisTeam();
  if (!(await knownPeople(ctx, orgId, [input.personId])).has(input.personId)) throw invalidInput('Not a person of this organization.', [{ path: 'body.personId', message: 'Not in the directory of this organization' }]);
  const current = await ctx.db.select().from(crisisTeamMembers).where(eq(crisisTeamMembers.teamId, team.id));
  if (current.some((m) => m.personId === input.personId && m.until === null)) throw invalidInput('Already a member of the team.', [{ path: 'body.personId', message: 'Already a member' }]);
  await inTransaction(ctx, async (t) => {
    if (input.isChair) await t.db.update(crisisTeamMembers).set({ isChair: false }).where(and(eq(crisisTeamMembers.teamId, team.id), eq(crisisTeamMembers.isChair, true)));
    const [row] = await t.db.insert(crisisTeamMembers).values({ orgId, teamId: team.id, ...input, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'crisis_team.member_added', entityType: 'crisis_team_member', entityId: row!.id, after: input });
  });
  return getCrisisTeam(ctx, orgId);
}

/** A member leaves the team on a day; the row stays, so past months still show who sat on it. */
export async function endCrisisTeamMembership(ctx: Ctx, orgId: string, memberId: string, until: string): Promise<TCrisisTeamView> {
  const scope = await readableScope(ctx, orgId);
  const [member] = await ctx.db.select().from(crisisTeamMembers).where(and(eq(crisisTeamMembers.orgId, orgId), eq(crisisTeamMembers.id, memberId)));
  if (!member) throw memberNotFound();
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  if (member.until !== null) throw invalidInput('This membership has already ended.', [{ path: 'body.until', message: 'Already ended' }]);
  if (until < member.since) throw invalidInput('A member cannot leave before joining.', [{ path: 'body.until', message: 'Before the member joined' }]);
  await inTransaction(ctx, async (t) => {
    await t.db.update(crisisTeamMembers).set({ until, isChair: false }).where(eq(crisisTeamMembers.id, memberId));
    await audit(t, { orgId, action: 'crisis_team.member_left', entityType: 'crisis_team_member', entityId: memberId, before: { until: null, isChair: member.isChair }, after: { until } });
  });
  return getCrisisTeam(ctx, orgId);
}

/** A regular meeting of the team, with who attended and the minutes (KPI 10). */
export async function recordCrisisTeamMeeting(ctx: Ctx, orgId: string, input: TCrisisTeamMeetingInput): Promise<TCrisisTeamView> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.editFramework(scope)) throw forbidden();
  const team = await teamOf(ctx, orgId, rootOf(scope).id);
  if (!team) throw noCrisisTeam();
  const known = await knownPeople(ctx, orgId, input.attendeePersonIds);
  const issues = input.attendeePersonIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.attendeePersonIds.${i}`, message: 'Not a person of this organization' }]));
  if (issues.length > 0) throw invalidInput('Some attendees are not in the directory of this organization.', issues);
  await inTransaction(ctx, async (t) => {
    const [row] = await t.db.insert(crisisTeamMeetings).values({ orgId, teamId: team.id, ...input, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'crisis_team.meeting_recorded', entityType: 'crisis_team_meeting', entityId: row!.id, after: { heldOn: input.heldOn, attendees: input.attendeePersonIds.length } });
  });
  return getCrisisTeam(ctx, orgId);
}
