import { eq } from 'drizzle-orm';
import { ZConductRequest, ZExerciseInput, ZFindingInput } from '../../../domain/contract/exercises.js';
import { ZAppointRequest } from '../../../domain/contract/mer.js';
import { ZCourseInput, ZSessionInput } from '../../../domain/contract/training.js';
import { addDays, localDate } from '../../../domain/mer/calendar.js';
import type { Ctx } from '../../context.js';
import { addFinding, closeExercise, conductExercise, createExercise } from '../../modules/mer/exercises.usecases.js';
import { appointFocalPoint } from '../../modules/mer/focal-points.usecases.js';
import { createCourse, recordSession } from '../../modules/mer/training.usecases.js';
import { people } from '../../modules/orgs/orgs.table.js';

interface MerSeed {
  orgId: string;
  hqId: string;
  countryId: string;
  countryPlanId: string;
  services: { cash: string; payroll: string };
  person: { focal: string; head: string; alternate: string; cmt: string; ict: string };
}

/**
 * A year of maintenance, exercise and review at the country office: its focal point and a
 * newly appointed alternate who has not been trained yet, the organization's course and an
 * awareness campaign, and a functional exercise of the country plan whose finding makes the
 * plan due for update — so the compliance page has something true to show.
 */
export async function seedMer(coordinator: Ctx, focalPoint: Ctx, s: MerSeed): Promise<void> {
  const today = localDate(coordinator.clock.now(), 'UTC');
  const ago = (days: number) => addDays(today, -days);
  await coordinator.db.update(people).set({ supervisorId: s.person.head }).where(eq(people.id, s.person.focal));

  await appointFocalPoint(coordinator, s.orgId, ZAppointRequest.parse({ unitId: s.countryId, personId: s.person.focal, kind: 'focal_point', appointedOn: ago(300), termsOfReference: 'Runs BCM for the office: BIA, plan, call tree, exercises; reports to the head of office and the BC coordinator.', inJobDescription: true }));
  await appointFocalPoint(coordinator, s.orgId, ZAppointRequest.parse({ unitId: s.countryId, personId: s.person.alternate, kind: 'alternate', appointedOn: ago(20) }));

  const course = await createCourse(coordinator, s.orgId, ZCourseInput.parse({ title: 'Business continuity for focal points and crisis teams', kind: 'course', description: 'Roles, the plan, the call tree and the first hour of a crisis.', mandatoryFor: ['focal_point', 'cmt_member'], renewalMonths: 24 }));
  await recordSession(coordinator, s.orgId, ZSessionInput.parse({ courseId: course.id, unitId: s.hqId, heldOn: ago(200), location: 'Online', attendeePersonIds: [s.person.focal, s.person.cmt] }));
  const awareness = await createCourse(coordinator, s.orgId, ZCourseInput.parse({ title: 'Be ready: staff awareness campaign', kind: 'awareness', description: 'Town hall, intranet page and a one-page card on what to do when the office cannot open.' }));
  await recordSession(coordinator, s.orgId, ZSessionInput.parse({ courseId: awareness.id, unitId: s.hqId, heldOn: ago(330), location: 'Town hall', attendeePersonIds: [] }));

  const exercise = await createExercise(
    focalPoint,
    s.orgId,
    ZExerciseInput.parse({
      unitId: s.countryId,
      type: 'functional',
      title: 'Office closed by unrest: cash transfers from the alternate site',
      scenario: 'Demonstrations close the office for a week; staff work from the alternate site and from home.',
      objectives: ['Run the call tree within 30 minutes', 'Release cash transfers from the alternate site within 12 hours', 'Pay national staff on time'],
      planIds: [s.countryPlanId],
      scheduledOn: ago(12),
      participants: [
        { personId: s.person.focal, role: 'facilitator' },
        { personId: s.person.head, role: 'participant' },
        { personId: s.person.ict, role: 'participant' },
        { personId: s.person.alternate, role: 'observer' },
      ],
      timeline: [
        { at: '08:00', inject: 'Security advisory: office premises closed until further notice', response: 'Head of office activates the plan; call tree started' },
        { at: '09:30', inject: 'Finance system unreachable from the alternate site', response: 'ICT switches to the fallback connection' },
      ],
    }),
  );
  await conductExercise(focalPoint, s.orgId, exercise.id, ZConductRequest.parse({
    conductedOn: ago(10),
    summary: 'Call tree completed in 25 minutes. Cash transfers released after 10 hours. Payroll needed 7 days: the payroll file could not be produced outside the office.',
    results: [
      { serviceId: s.services.cash, achievedMinutes: 10 * 60, notes: 'Fallback connection worked' },
      { serviceId: s.services.payroll, achievedMinutes: 7 * 24 * 60, notes: 'Payroll file only on the office server' },
    ],
  }));
  await addFinding(focalPoint, s.orgId, exercise.id, ZFindingInput.parse({ title: 'Make the payroll file available from the alternate site', description: 'Copy the payroll export to the regional file share every month and test it.', ownerPersonId: s.person.ict, dueOn: addDays(today, 30), planId: s.countryPlanId }));
  await closeExercise(focalPoint, s.orgId, exercise.id);
}
