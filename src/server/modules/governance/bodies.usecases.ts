import { and, count, eq, inArray } from 'drizzle-orm';
import type { TAccreditationInput, TBodyInput, TBodyView, TContinuityInput, TMeetingInput } from '../../../domain/contract/governance.js';
import { quarterlyStatistics } from '../../../domain/governance/meetings.js';
import type { TLanguage } from '../../../domain/languages.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { roleAssignments, units } from '../orgs/orgs.table.js';
import { plans } from '../plans/plans.table.js';
import { governancePolicy } from './governance.policy.js';
import { governanceProcedures, governingBodies, governingBodyAccreditations, governingBodyMeetings, governingBodyMembers, type TBodyContinuity } from './governance.table.js';

export const bodyNotFound = defineError({ code: 'governance.body_not_found', status: 404, message: 'Governing body not found.' });
const accreditationNotFound = defineError({ code: 'governance.accreditation_not_found', status: 404, message: 'Accreditation not found.' });
const nameTaken = defineError({ code: 'governance.name_taken', status: 409, message: 'This name is already used.' });

const NO_CONTINUITY: TBodyContinuity = { mtpdDays: null, alternateVenues: [], virtualProvisions: '', interpretationArrangements: '', planId: null };
const OPEN_STATES = ['draft', 'circulated', 'open'];

/** The body, in the caller's organization, or "not found". */
export async function loadBody(ctx: Ctx, orgId: string, bodyId: string) {
  const [body] = await ctx.db.select().from(governingBodies).where(and(eq(governingBodies.id, bodyId), eq(governingBodies.orgId, orgId)));
  if (!body) throw bodyNotFound();
  return body;
}

async function managerScope(ctx: Ctx, orgId: string): Promise<OrgScope> {
  const scope = await loadOrgScope(ctx, orgId);
  if (!governancePolicy.manage(scope)) throw forbidden();
  return scope;
}

export async function listBodies(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [bodies, members, open] = await Promise.all([
    ctx.db.select().from(governingBodies).where(eq(governingBodies.orgId, orgId)).orderBy(governingBodies.name),
    ctx.db.select({ bodyId: governingBodyMembers.bodyId, n: count() }).from(governingBodyMembers).where(eq(governingBodyMembers.orgId, orgId)).groupBy(governingBodyMembers.bodyId),
    ctx.db.select({ bodyId: governanceProcedures.bodyId, n: count() }).from(governanceProcedures).where(and(eq(governanceProcedures.orgId, orgId), inArray(governanceProcedures.state, OPEN_STATES))).groupBy(governanceProcedures.bodyId),
  ]);
  const countOf = (list: { bodyId: string; n: number }[], id: string) => Number(list.find((x) => x.bodyId === id)?.n ?? 0);
  return {
    items: bodies.map((b) => ({ id: b.id, name: b.name, timeZone: b.timeZone, officialLanguages: b.officialLanguages as TLanguage[], memberCount: countOf(members, b.id), openProcedures: countOf(open, b.id) })),
    allowedActions: { create: governancePolicy.manage(scope) },
  };
}

export async function createBody(ctx: Ctx, orgId: string, input: TBodyInput) {
  await managerScope(ctx, orgId);
  return inTransaction(ctx, async (t) => {
    const [taken] = await t.db.select({ id: governingBodies.id }).from(governingBodies).where(and(eq(governingBodies.orgId, orgId), eq(governingBodies.name, input.name)));
    if (taken) throw nameTaken(undefined, [{ path: 'body.name', message: 'A body of this organization already has this name' }]);
    const now = ctx.clock.now();
    const [row] = await t.db.insert(governingBodies).values({ orgId, ...input, continuity: NO_CONTINUITY, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'governing_body.created', entityType: 'governing_body', entityId: row!.id, after: input });
    return { id: row!.id };
  });
}

export async function setContinuity(ctx: Ctx, orgId: string, bodyId: string, input: TContinuityInput) {
  await managerScope(ctx, orgId);
  const body = await loadBody(ctx, orgId, bodyId);
  if (input.planId) {
    const [plan] = await ctx.db.select({ id: plans.id }).from(plans).where(and(eq(plans.id, input.planId), eq(plans.orgId, orgId)));
    if (!plan) throw invalidInput('The plan is not a plan of this organization.', [{ path: 'body.planId', message: 'Unknown plan' }]);
  }
  return inTransaction(ctx, async (t) => {
    await t.db.update(governingBodies).set({ continuity: input, updatedAt: ctx.clock.now() }).where(eq(governingBodies.id, bodyId));
    await audit(t, { orgId, action: 'governing_body.continuity_set', entityType: 'governing_body', entityId: bodyId, before: body.continuity, after: input });
  });
}

export async function addMember(ctx: Ctx, orgId: string, bodyId: string, name: string) {
  await managerScope(ctx, orgId);
  await loadBody(ctx, orgId, bodyId);
  return inTransaction(ctx, async (t) => {
    const [taken] = await t.db.select({ id: governingBodyMembers.id }).from(governingBodyMembers).where(and(eq(governingBodyMembers.bodyId, bodyId), eq(governingBodyMembers.name, name)));
    if (taken) throw nameTaken(undefined, [{ path: 'body.name', message: 'The body already has a member of this name' }]);
    const [row] = await t.db.insert(governingBodyMembers).values({ orgId, bodyId, name, createdAt: ctx.clock.now() }).returning();
    await audit(t, { orgId, action: 'governing_body.member_added', entityType: 'governing_body', entityId: bodyId, after: { memberId: row!.id, name } });
    return { id: row!.id };
  });
}

/** Accounts holding a role in the organization: the people who can sign in to act for a member. */
async function organizationAccounts(ctx: Ctx, orgId: string) {
  const rows = await ctx.db.selectDistinct({ userId: user.id, name: user.name, email: user.email }).from(roleAssignments).innerJoin(user, eq(user.id, roleAssignments.userId)).where(eq(roleAssignments.orgId, orgId));
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * An accreditation is the authority to act for a member: an account of the organization (a
 * representative usually holds only `governing_body_reader`), from one instant, until another.
 */
export async function accredit(ctx: Ctx, orgId: string, bodyId: string, input: TAccreditationInput) {
  await managerScope(ctx, orgId);
  await loadBody(ctx, orgId, bodyId);
  const [member] = await ctx.db.select().from(governingBodyMembers).where(and(eq(governingBodyMembers.id, input.memberId), eq(governingBodyMembers.bodyId, bodyId)));
  if (!member) throw invalidInput('The member is not a member of this body.', [{ path: 'body.memberId', message: 'Unknown member' }]);
  const accounts = await organizationAccounts(ctx, orgId);
  if (!accounts.some((a) => a.userId === input.userId)) throw invalidInput('The person has no account in this organization.', [{ path: 'body.userId', message: 'Not a user of this organization' }]);
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db
      .insert(governingBodyAccreditations)
      .values({ orgId, bodyId, memberId: input.memberId, userId: input.userId, language: input.language, validFrom: new Date(input.validFrom), validUntil: input.validUntil ? new Date(input.validUntil) : null, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId })
      .returning();
    await audit(t, { orgId, action: 'governing_body.representative_accredited', entityType: 'governing_body', entityId: bodyId, after: { accreditationId: row!.id, member: member.name, ...input } });
    return { id: row!.id };
  });
}

/** Ends an accreditation at an instant (never erases it: past statements are re-checked against it). */
export async function endAccreditation(ctx: Ctx, orgId: string, accreditationId: string, validUntil: string) {
  await managerScope(ctx, orgId);
  const [row] = await ctx.db.select().from(governingBodyAccreditations).where(and(eq(governingBodyAccreditations.id, accreditationId), eq(governingBodyAccreditations.orgId, orgId)));
  if (!row) throw accreditationNotFound();
  const until = new Date(validUntil);
  if (until <= row.validFrom) throw invalidInput(undefined, [{ path: 'body.validUntil', message: 'must be after the start of the accreditation' }]);
  return inTransaction(ctx, async (t) => {
    await t.db.update(governingBodyAccreditations).set({ validUntil: until }).where(eq(governingBodyAccreditations.id, accreditationId));
    await audit(t, { orgId, action: 'governing_body.accreditation_ended', entityType: 'governing_body', entityId: row.bodyId, before: { validUntil: row.validUntil }, after: { accreditationId, validUntil } });
  });
}

export async function recordMeeting(ctx: Ctx, orgId: string, bodyId: string, input: TMeetingInput) {
  await managerScope(ctx, orgId);
  await loadBody(ctx, orgId, bodyId);
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db.insert(governingBodyMeetings).values({ orgId, bodyId, ...input, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'governing_body.meeting_recorded', entityType: 'governing_body', entityId: bodyId, after: { meetingId: row!.id, ...input } });
    return { id: row!.id };
  });
}

/** Past its deadline a procedure is decided even before the scheduler writes the closing (ADR 0013). */
function shownState(p: { state: string; deadline: Date | null }, now: number): string {
  const past = p.deadline !== null && p.deadline.getTime() <= now;
  if (past && p.state === 'circulated') return 'adopted';
  if (past && p.state === 'open') return 'closed';
  return p.state;
}

export async function bodyView(ctx: Ctx, orgId: string, bodyId: string): Promise<TBodyView> {
  const scope = await loadOrgScope(ctx, orgId);
  const body = await loadBody(ctx, orgId, bodyId);
  const manage = governancePolicy.manage(scope);
  const [members, accreditations, meetings, procedures, orgPlans] = await Promise.all([
    ctx.db.select().from(governingBodyMembers).where(eq(governingBodyMembers.bodyId, bodyId)).orderBy(governingBodyMembers.name),
    ctx.db.select({ a: governingBodyAccreditations, name: user.name, email: user.email }).from(governingBodyAccreditations).innerJoin(user, eq(user.id, governingBodyAccreditations.userId)).where(eq(governingBodyAccreditations.bodyId, bodyId)).orderBy(governingBodyAccreditations.validFrom),
    ctx.db.select().from(governingBodyMeetings).where(eq(governingBodyMeetings.bodyId, bodyId)).orderBy(governingBodyMeetings.scheduledOn),
    ctx.db.select().from(governanceProcedures).where(eq(governanceProcedures.bodyId, bodyId)).orderBy(governanceProcedures.createdAt),
    ctx.db.select({ id: plans.id, type: plans.type, unitName: units.name }).from(plans).innerJoin(units, eq(units.id, plans.unitId)).where(eq(plans.orgId, orgId)),
  ]);
  const now = ctx.clock.now().getTime();
  const planTitle = (p: { type: string; unitName: string }) => `${p.unitName} — ${p.type}`;
  const continuity = body.continuity;
  const linked = orgPlans.find((p) => p.id === continuity.planId);
  return {
    id: body.id,
    name: body.name,
    timeZone: body.timeZone,
    officialLanguages: body.officialLanguages as TLanguage[],
    silenceMinimumHours: body.silenceMinimumHours,
    continuity: { ...continuity, planTitle: linked ? planTitle(linked) : null },
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      representatives: accreditations
        .filter((r) => r.a.memberId === m.id)
        .map(({ a, name, email }) => ({
          accreditationId: a.id,
          userId: a.userId,
          name,
          email,
          language: a.language as TLanguage,
          validFrom: a.validFrom.toISOString(),
          validUntil: a.validUntil?.toISOString() ?? null,
          current: a.validFrom.getTime() <= now && (a.validUntil === null || now < a.validUntil.getTime()),
        })),
    })),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, scheduledOn: m.scheduledOn, mode: m.mode as TMeetingInput['mode'], outcome: m.outcome as TMeetingInput['outcome'], reason: m.reason })),
    quarters: quarterlyStatistics(meetings.map((m) => ({ scheduledOn: m.scheduledOn, mode: m.mode as TMeetingInput['mode'], outcome: m.outcome as TMeetingInput['outcome'] }))).map(({ quarter, total, held, counts, percents }) => ({ quarter, total, held, counts, percents })),
    procedures: procedures.map((p) => ({ id: p.id, kind: p.kind as 'silence' | 'written_vote', title: p.title, state: shownState(p, now), deadline: p.deadline?.toISOString() ?? null, createdAt: p.createdAt.toISOString() })),
    candidates: manage ? await organizationAccounts(ctx, orgId) : [],
    plans: manage ? orgPlans.map((p) => ({ id: p.id, title: planTitle(p) })) : [],
    allowedActions: { manage },
  };
}
