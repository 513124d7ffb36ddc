import { and, eq, isNull } from 'drizzle-orm';
import type { TAppointRequest } from '../../../domain/contract/mer.js';
import { networkCoverage, networkLevel } from '../../../domain/mer/focal-points.js';
import type { TOrgRole } from '../../../domain/roles.js';
import type { TUnitKind } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { focalPointAppointments } from './focal-points.table.js';
import { merPolicy } from './mer.policy.js';

const appointmentNotFound = defineError({ code: 'mer.appointment_not_found', status: 404, message: 'Appointment not found.' });
const endsBeforeStart = defineError({ code: 'mer.appointment_ends_before_start', status: 422, message: 'An appointment cannot end before it began.' });
/** The coordinator (for the subtree) and the unit's executive appoint focal points. */
const APPOINTERS: readonly TOrgRole[] = ['bc_coordinator', 'executive'];
const canManage = (scope: OrgScope, unitId: string) => APPOINTERS.some((r) => scope.rolesAt(unitId).has(r));

/** Every unit the caller follows, with its current focal point and alternate, vacancies, and coverage per level. */
export async function getFocalPointNetwork(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const visible = scope.units.filter((u) => merPolicy.readObligations(scope, u.id));
  const current = await ctx.db
    .select({ a: focalPointAppointments, fullName: people.fullName, email: people.email })
    .from(focalPointAppointments)
    .innerJoin(people, eq(people.id, focalPointAppointments.personId))
    .where(and(eq(focalPointAppointments.orgId, orgId), isNull(focalPointAppointments.endedOn)));
  const view = (unitId: string, kind: string) => {
    const found = current.find((c) => c.a.unitId === unitId && c.a.kind === kind);
    return found ? { id: found.a.id, personId: found.a.personId, fullName: found.fullName, email: found.email, appointedOn: found.a.appointedOn, termsOfReference: found.a.termsOfReference, inJobDescription: found.a.inJobDescription } : null;
  };
  const units = visible.map((u) => {
    const focalPoint = view(u.id, 'focal_point');
    const alternate = view(u.id, 'alternate');
    return {
      unitId: u.id,
      unitName: u.name,
      kind: u.kind,
      level: networkLevel(u.kind as TUnitKind),
      focalPoint,
      alternate,
      vacancies: [...(focalPoint ? [] : ['focal_point' as const]), ...(alternate ? [] : ['alternate' as const])],
      canManage: canManage(scope, u.id),
    };
  });
  const coverage = networkCoverage(units.map((u) => ({ kind: u.kind as TUnitKind, hasFocalPoint: u.focalPoint !== null, hasAlternate: u.alternate !== null })));
  return { units, coverage };
}

/** Appointing ends the previous holder's appointment on the same day: a unit has one of each at a time. */
export async function appointFocalPoint(ctx: Ctx, orgId: string, input: TAppointRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId) || !merPolicy.readObligations(scope, input.unitId)) throw unitNotFound();
  if (!canManage(scope, input.unitId)) throw forbidden();
  const [person] = await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, input.personId)));
  if (!person) throw invalidInput('The person is not in the directory of this organization.', [{ path: 'body.personId', message: 'Not a person of this organization' }]);
  return inTransaction(ctx, async (t) => {
    const open = and(eq(focalPointAppointments.orgId, orgId), eq(focalPointAppointments.unitId, input.unitId), eq(focalPointAppointments.kind, input.kind), isNull(focalPointAppointments.endedOn));
    const [previous] = await t.db.select().from(focalPointAppointments).where(open);
    if (previous && previous.appointedOn > input.appointedOn) throw endsBeforeStart('The new appointment starts before the current one began.');
    if (previous) await t.db.update(focalPointAppointments).set({ endedOn: input.appointedOn }).where(eq(focalPointAppointments.id, previous.id));
    const [row] = await t.db.insert(focalPointAppointments).values({ orgId, ...input, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    // `unitId` and `role` let the ME&R engine read this as "focal point changed" for the unit's plans.
    await audit(t, { orgId, action: 'focal_point.appointed', entityType: 'focal_point_appointment', entityId: row!.id, before: previous ? { personId: previous.personId } : undefined, after: { unitId: input.unitId, role: 'focal_point', kind: input.kind, personId: input.personId, appointedOn: input.appointedOn } });
    return getFocalPointNetwork(t, orgId);
  });
}

export async function endAppointment(ctx: Ctx, orgId: string, appointmentId: string, endedOn: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(focalPointAppointments).where(and(eq(focalPointAppointments.orgId, orgId), eq(focalPointAppointments.id, appointmentId), isNull(focalPointAppointments.endedOn)));
  if (!row || !merPolicy.readObligations(scope, row.unitId)) throw appointmentNotFound();
  if (!canManage(scope, row.unitId)) throw forbidden();
  if (endedOn < row.appointedOn) throw endsBeforeStart();
  return inTransaction(ctx, async (t) => {
    await t.db.update(focalPointAppointments).set({ endedOn }).where(eq(focalPointAppointments.id, appointmentId));
    await audit(t, { orgId, action: 'focal_point.ended', entityType: 'focal_point_appointment', entityId: appointmentId, before: { personId: row.personId }, after: { unitId: row.unitId, role: 'focal_point', kind: row.kind, endedOn } });
    return getFocalPointNetwork(t, orgId);
  });
}
