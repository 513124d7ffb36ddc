import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { remedialActions } from '../actions/actions.table.js';
import { biaServices } from '../bia/bia.table.js';
import { people } from '../orgs/orgs.table.js';
import { plans, planVersions } from '../plans/plans.table.js';
import { exercises } from './exercises.table.js';

export type TExerciseRow = typeof exercises.$inferSelect;

export async function findExercise(db: Db, orgId: string, id: string) {
  const [row] = await db.select().from(exercises).where(and(eq(exercises.orgId, orgId), eq(exercises.id, id)));
  return row;
}

/** Names of everything an exercise points at, read in a few queries for a whole list. */
export async function exerciseLinks(db: Db, orgId: string, rows: readonly TExerciseRow[]) {
  const planIds = [...new Set(rows.flatMap((r) => r.planIds))];
  const personIds = [...new Set(rows.flatMap((r) => r.participants.map((p) => p.personId)))];
  const serviceIds = [...new Set(rows.flatMap((r) => r.results.map((x) => x.serviceId)))];
  const exerciseIds = rows.map((r) => r.id);
  const [planRows, personRows, serviceRows, findingRows] = await Promise.all([
    planIds.length
      ? db.select({ id: plans.id, title: planVersions.title }).from(plans).innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.versionNumber, plans.currentVersion))).where(and(eq(plans.orgId, orgId), inArray(plans.id, planIds)))
      : [],
    personIds.length ? db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, personIds))) : [],
    serviceIds.length ? db.select({ id: biaServices.id, name: biaServices.name }).from(biaServices).where(and(eq(biaServices.orgId, orgId), inArray(biaServices.id, serviceIds))) : [],
    exerciseIds.length
      ? db
          .select({ id: remedialActions.id, sourceId: remedialActions.sourceId, title: remedialActions.title, status: remedialActions.status, dueOn: remedialActions.dueOn, ownerName: people.fullName })
          .from(remedialActions)
          .leftJoin(people, eq(people.id, remedialActions.ownerPersonId))
          .where(and(eq(remedialActions.orgId, orgId), eq(remedialActions.sourceType, 'exercise'), inArray(remedialActions.sourceId, exerciseIds)))
      : [],
  ]);
  return {
    planTitle: new Map(planRows.map((p) => [p.id, p.title])),
    personName: new Map(personRows.map((p) => [p.id, p.fullName])),
    serviceName: new Map(serviceRows.map((s) => [s.id, s.name])),
    findings: (exerciseId: string) => findingRows.filter((f) => f.sourceId === exerciseId),
  };
}

/** Services of the organization with the RTO a result is judged against. */
export async function servicesWithRto(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: biaServices.id, rtoMinutes: biaServices.rtoMinutes }).from(biaServices).where(and(eq(biaServices.orgId, orgId), inArray(biaServices.id, [...ids])));
}

export async function existingIds(db: Db, orgId: string, kind: 'plans' | 'people', ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const table = kind === 'plans' ? plans : people;
  const rows = await db.select({ id: table.id }).from(table).where(and(eq(table.orgId, orgId), inArray(table.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}
