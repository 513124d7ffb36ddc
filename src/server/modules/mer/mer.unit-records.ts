import { and, eq, inArray } from 'drizzle-orm';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import type { TMerPolicy } from '../../../domain/mer/policy.js';
import { renewalMonthsOf, TRAINED_FUNCTIONS, type TTrainedFunction } from '../../../domain/mer/training.js';
import type { TTrainee, TUnitFacts } from '../../../domain/mer/unit-obligations.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { people, roleAssignments, units } from '../orgs/orgs.table.js';
import { plans } from '../plans/plans.table.js';
import { focalPointAppointments } from './focal-points.table.js';
import { trainingAttendance, trainingCourses, trainingSessions } from './training.table.js';

export type TUnitRecord = TUnitFacts & { unitId: string; unitName: string; timeZone: string };

/**
 * What the unit obligations (awareness plan, training currency) are judged on, for the given
 * units: whether each runs BCM itself, the awareness activities held for it or above it, and
 * who at it must be trained for which courses, with the days they attended.
 */
export async function unitRecords(db: Db, orgId: string, unitIds: readonly string[] | null, policy: TMerPolicy): Promise<TUnitRecord[]> {
  if (unitIds !== null && unitIds.length === 0) return [];
  const [orgUnits, planUnits, courses, awareness, roleHolders, appointees, attended] = await Promise.all([
    db.select({ id: units.id, parentId: units.parentId, name: units.name, timeZone: units.timeZone, createdAt: units.createdAt }).from(units).where(eq(units.orgId, orgId)),
    db.selectDistinct({ unitId: plans.unitId }).from(plans).where(eq(plans.orgId, orgId)),
    db.select({ id: trainingCourses.id, mandatoryFor: trainingCourses.mandatoryFor, renewalMonths: trainingCourses.renewalMonths }).from(trainingCourses).where(eq(trainingCourses.orgId, orgId)),
    db
      .select({ unitId: trainingSessions.unitId, heldOn: trainingSessions.heldOn })
      .from(trainingSessions)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
      .where(and(eq(trainingSessions.orgId, orgId), eq(trainingCourses.kind, 'awareness'))),
    db
      .select({ personId: people.id, unitId: roleAssignments.unitId, role: roleAssignments.role, since: roleAssignments.createdAt })
      .from(roleAssignments)
      .innerJoin(user, eq(user.id, roleAssignments.userId))
      .innerJoin(people, and(eq(people.id, user.personId), eq(people.orgId, orgId)))
      .where(and(eq(roleAssignments.orgId, orgId), inArray(roleAssignments.role, TRAINED_FUNCTIONS.filter((f) => f !== 'focal_point')))),
    db
      .select({ personId: focalPointAppointments.personId, unitId: focalPointAppointments.unitId, appointedOn: focalPointAppointments.appointedOn, endedOn: focalPointAppointments.endedOn })
      .from(focalPointAppointments)
      .where(eq(focalPointAppointments.orgId, orgId)),
    db
      .select({ personId: trainingAttendance.personId, courseId: trainingSessions.courseId, heldOn: trainingSessions.heldOn })
      .from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(eq(trainingAttendance.orgId, orgId)),
  ]);
  const byId = new Map(orgUnits.map((u) => [u.id, u]));
  const withPlans = new Set(planUnits.map((p) => p.unitId));
  const attendedBy = new Map<string, TIsoDate[]>();
  for (const a of attended) attendedBy.set(`${a.personId}:${a.courseId}`, [...(attendedBy.get(`${a.personId}:${a.courseId}`) ?? []), a.heldOn]); // a handful per person

  // Functions held at each unit, per person, from the day taken up (and until, for appointments that ended).
  const holders = new Map<string, Map<string, { since: TIsoDate; until: TIsoDate | null; functions: Set<TTrainedFunction> }>>();
  const hold = (unitId: string, personId: string, fn: TTrainedFunction, since: TIsoDate, until: TIsoDate | null) => {
    const atUnit = holders.get(unitId) ?? new Map();
    holders.set(unitId, atUnit);
    const entry = atUnit.get(personId);
    if (!entry) atUnit.set(personId, { since, until, functions: new Set([fn]) });
    else {
      entry.functions.add(fn);
      if (since < entry.since) entry.since = since;
      if (entry.until !== null && (until === null || until > entry.until)) entry.until = until;
    }
  };
  for (const r of roleHolders) hold(r.unitId, r.personId, r.role as TTrainedFunction, localDate(r.since, byId.get(r.unitId)?.timeZone ?? 'UTC'), null);
  for (const a of appointees) hold(a.unitId, a.personId, 'focal_point', a.appointedOn, a.endedOn);

  const awarenessAt = new Map<string, TIsoDate[]>();
  for (const s of awareness) awarenessAt.set(s.unitId, [...(awarenessAt.get(s.unitId) ?? []), s.heldOn]); // a few a year per unit
  // An activity held for a unit covers every unit below it.
  const awarenessFor = (unitId: string) => {
    const out: TIsoDate[] = [];
    for (let at: string | null | undefined = unitId; at; at = byId.get(at)?.parentId) out.push(...(awarenessAt.get(at) ?? []));
    return out;
  };
  return (unitIds ?? orgUnits.map((u) => u.id)).flatMap((unitId) => {
    const unit = byId.get(unitId);
    if (!unit) return [];
    const trainees: TTrainee[] = [...(holders.get(unitId) ?? new Map()).entries()].flatMap(([personId, h]) => {
      const mandatory = courses.filter((c) => c.mandatoryFor.some((fn) => h.functions.has(fn as TTrainedFunction)));
      if (mandatory.length === 0) return [];
      return [{ personId, since: h.since, until: h.until, courses: mandatory.map((c) => ({ courseId: c.id, renewalMonths: renewalMonthsOf(c, policy), attendedOn: attendedBy.get(`${personId}:${c.id}`) ?? [] })) }];
    });
    return [
      {
        unitId,
        unitName: unit.name,
        timeZone: unit.timeZone,
        openedOn: localDate(unit.createdAt, unit.timeZone),
        owesAwareness: unit.parentId === null || withPlans.has(unitId),
        awarenessOn: awarenessFor(unitId),
        trainees,
      },
    ];
  });
}
