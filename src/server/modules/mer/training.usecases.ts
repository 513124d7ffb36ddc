import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { TCourseInput, TSessionInput } from '../../../domain/contract/training.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { renewalMonthsOf, shareTrained, TRAINED_FUNCTIONS, trainingCurrency, type TTrainedFunction } from '../../../domain/mer/training.js';
import type { TOrgRole } from '../../../domain/roles.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people, roleAssignments } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { focalPointAppointments } from './focal-points.table.js';
import { merPolicy } from './mer.policy.js';
import { currentPolicy } from './mer.usecases.js';
import { trainingAttendance, trainingCourses, trainingSessions } from './training.table.js';

const courseNotFound = defineError({ code: 'mer.course_not_found', status: 404, message: 'Course not found.' });
const rootOf = (scope: OrgScope) => scope.units.find((u) => u.parentId === null)!.id;
const holds = (scope: OrgScope, unitId: string, roles: readonly TOrgRole[]) => roles.some((r) => scope.rolesAt(unitId).has(r));
/** Courses are the organization's programme: set by the coordinator at the root. Sessions are recorded where they happen. */
export const trainingPolicy = {
  manageCourses: (scope: OrgScope) => holds(scope, rootOf(scope), ['bc_coordinator']),
  recordSession: (scope: OrgScope, unitId: string) => holds(scope, unitId, ['bc_coordinator', 'focal_point']),
};
const policy = trainingPolicy;

export async function listCourses(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = await ctx.db
    .select({ course: trainingCourses, sessionCount: count(trainingSessions.id) })
    .from(trainingCourses)
    .leftJoin(trainingSessions, eq(trainingSessions.courseId, trainingCourses.id))
    .where(eq(trainingCourses.orgId, orgId))
    .groupBy(trainingCourses.id)
    .orderBy(trainingCourses.title);
  return {
    items: rows.map(({ course: c, sessionCount }) => ({ id: c.id, title: c.title, kind: c.kind as TCourseInput['kind'], description: c.description, mandatoryFor: c.mandatoryFor as TTrainedFunction[], renewalMonths: c.renewalMonths, sessionCount })),
    allowedActions: { createCourse: policy.manageCourses(scope) },
  };
}

export async function createCourse(ctx: Ctx, orgId: string, input: TCourseInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!policy.manageCourses(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db.insert(trainingCourses).values({ orgId, ...input, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'training_course.created', entityType: 'training_course', entityId: row!.id, after: input });
    return { ...input, id: row!.id, sessionCount: 0 };
  });
}

export async function listSessions(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const sessions = (await ctx.db.select({ s: trainingSessions, courseTitle: trainingCourses.title }).from(trainingSessions).innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId)).where(eq(trainingSessions.orgId, orgId)).orderBy(trainingSessions.heldOn)).filter((r) =>
    merPolicy.readObligations(scope, r.s.unitId),
  );
  const ids = sessions.map((r) => r.s.id);
  const attendance = ids.length ? await ctx.db.select({ sessionId: trainingAttendance.sessionId, personId: people.id, fullName: people.fullName }).from(trainingAttendance).innerJoin(people, eq(people.id, trainingAttendance.personId)).where(inArray(trainingAttendance.sessionId, ids)) : [];
  return {
    items: sessions.map(({ s, courseTitle }) => ({
      id: s.id,
      courseId: s.courseId,
      courseTitle,
      unitId: s.unitId,
      unitName: scope.unit(s.unitId)?.name ?? '',
      heldOn: s.heldOn,
      location: s.location,
      attendees: attendance.filter((a) => a.sessionId === s.id).map((a) => ({ personId: a.personId, fullName: a.fullName })),
    })),
    allowedActions: { recordAtUnitIds: scope.units.filter((u) => merPolicy.readObligations(scope, u.id) && policy.recordSession(scope, u.id)).map((u) => u.id) },
  };
}

/** A session with who attended; attendance is what training currency is computed from. */
export async function recordSession(ctx: Ctx, orgId: string, input: TSessionInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId) || !merPolicy.readObligations(scope, input.unitId)) throw unitNotFound();
  if (!policy.recordSession(scope, input.unitId)) throw forbidden();
  const [course] = await ctx.db.select().from(trainingCourses).where(and(eq(trainingCourses.orgId, orgId), eq(trainingCourses.id, input.courseId)));
  if (!course) throw courseNotFound('The course does not exist in this organization.', [{ path: 'body.courseId', message: 'Unknown course' }]);
  const known = new Set((input.attendeePersonIds.length ? await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, input.attendeePersonIds))) : []).map((p) => p.id));
  const issues = input.attendeePersonIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.attendeePersonIds.${i}`, message: 'Not a person of this organization' }]));
  if (issues.length > 0) throw invalidInput('Some attendees are not in the directory of this organization.', issues);
  return inTransaction(ctx, async (t) => {
    const [session] = await t.db.insert(trainingSessions).values({ orgId, courseId: input.courseId, unitId: input.unitId, heldOn: input.heldOn, location: input.location, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    if (input.attendeePersonIds.length) await t.db.insert(trainingAttendance).values(input.attendeePersonIds.map((personId) => ({ orgId, sessionId: session!.id, personId })));
    await audit(t, { orgId, action: 'training_session.recorded', entityType: 'training_session', entityId: session!.id, after: { course: course.title, heldOn: input.heldOn, attendees: input.attendeePersonIds.length } });
    return session!.id;
  });
}

/**
 * Who must be trained (holders of the functions courses are mandatory for, in the units the
 * caller follows) and whether each is current, as of today in the organization's root time zone.
 */
export async function trainingCurrencyReport(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const visible = new Set(scope.units.filter((u) => merPolicy.readObligations(scope, u.id)).map((u) => u.id));
  const asOf = localDate(ctx.clock.now(), scope.units.find((u) => u.parentId === null)!.timeZone);
  const [policy, courses, roleHolders, appointees, attended] = await Promise.all([
    currentPolicy(ctx.db, orgId),
    ctx.db.select().from(trainingCourses).where(eq(trainingCourses.orgId, orgId)),
    ctx.db.select({ personId: people.id, fullName: people.fullName, unitId: people.unitId, role: roleAssignments.role }).from(roleAssignments).innerJoin(user, eq(user.id, roleAssignments.userId)).innerJoin(people, eq(people.id, user.personId)).where(eq(roleAssignments.orgId, orgId)),
    ctx.db.select({ personId: people.id, fullName: people.fullName, unitId: focalPointAppointments.unitId }).from(focalPointAppointments).innerJoin(people, eq(people.id, focalPointAppointments.personId)).where(and(eq(focalPointAppointments.orgId, orgId), isNull(focalPointAppointments.endedOn))),
    ctx.db.select({ personId: trainingAttendance.personId, courseId: trainingSessions.courseId, heldOn: trainingSessions.heldOn }).from(trainingAttendance).innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId)).where(eq(trainingAttendance.orgId, orgId)),
  ]);
  const holders = new Map<string, { personId: string; fullName: string; unitId: string; functions: Set<TTrainedFunction> }>();
  const add = (p: { personId: string; fullName: string; unitId: string }, fn: TTrainedFunction) => {
    if (!visible.has(p.unitId)) return;
    const entry = holders.get(p.personId) ?? { ...p, functions: new Set<TTrainedFunction>() };
    entry.functions.add(fn);
    holders.set(p.personId, entry);
  };
  for (const r of roleHolders) if ((TRAINED_FUNCTIONS as readonly string[]).includes(r.role) && r.role !== 'focal_point') add(r, r.role as TTrainedFunction);
  for (const a of appointees) add(a, 'focal_point');
  const result = [...holders.values()].map((h) => {
    const mandatory = courses.filter((c) => c.mandatoryFor.some((fn) => h.functions.has(fn as TTrainedFunction)));
    const perCourse = mandatory.map((c) => ({ courseId: c.id, title: c.title, currency: trainingCurrency(attended.filter((a) => a.personId === h.personId && a.courseId === c.id).map((a) => a.heldOn), renewalMonthsOf(c, policy), asOf) }));
    return { personId: h.personId, fullName: h.fullName, unitId: h.unitId, functions: [...h.functions], courses: perCourse, current: perCourse.every((c) => c.currency.status === 'current') };
  });
  result.sort((a, b) => a.fullName.localeCompare(b.fullName));
  const byFunction = TRAINED_FUNCTIONS.map((fn) => ({ function: fn, ...shareTrained(result.filter((p) => p.functions.includes(fn))) }));
  return { asOf, people: result, byFunction };
}
