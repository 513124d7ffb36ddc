import { and, eq } from 'drizzle-orm';
import { ZLessonInput, ZRequiredChange, ZReviewUpdate } from '../../../domain/contract/learning.js';
import { addDays, localDate } from '../../../domain/mer/calendar.js';
import type { Ctx } from '../../context.js';
import { postIncidentReviews } from '../../modules/learning/learning.table.js';
import { createLesson, publishLesson } from '../../modules/learning/lessons.usecases.js';
import { addRequiredChange, completeReview, updateReview } from '../../modules/learning/reviews.usecases.js';

interface LearningSeed {
  orgId: string;
  countryId: string;
  countryPlanId: string;
  person: { focal: string; head: string; ict: string };
}

/**
 * After seedMer closed the demo exercise, its after-action review is waiting: the focal point
 * completes it with one required change to the country plan; the coordinator publishes two
 * lessons, one kept in the organization and one shared installation-wide without its name.
 */
export async function seedLearning(coordinator: Ctx, focalPoint: Ctx, s: LearningSeed): Promise<void> {
  const today = localDate(coordinator.clock.now(), 'UTC');
  const [review] = await coordinator.db
    .select({ id: postIncidentReviews.id })
    .from(postIncidentReviews)
    .where(and(eq(postIncidentReviews.orgId, s.orgId), eq(postIncidentReviews.sourceKind, 'exercise')));
  if (review) {
    await updateReview(
      focalPoint,
      s.orgId,
      review.id,
      ZReviewUpdate.parse({
        eventType: 'civil_unrest',
        participantPersonIds: [s.person.focal, s.person.head, s.person.ict],
        sections: {
          whatHappened: {
            detection_and_alert: 'The security advisory reached the head of office at 08:00; the call tree reached 41 of 48 staff within 30 minutes.',
            activation: 'The head of office activated the plan at 08:20 and moved the crisis team to the alternate site.',
            response: 'Cash transfers were released from the alternate site after 14 hours, two hours beyond the objective.',
          },
          enablers: 'Laptops issued the month before; a signed agreement with the bank for remote authorisation.',
          temporaryMeasures: 'Two-person payment approval by phone instead of in person.',
          measuresToKeep: 'A monthly copy of the payroll export on the regional file share.',
          whatWorked: 'The call tree and the crisis team briefing.',
          whatDidNotWork: 'The payroll file was only reachable from the office network.',
        },
      }),
    );
    await addRequiredChange(
      focalPoint,
      s.orgId,
      review.id,
      ZRequiredChange.parse({
        title: 'Add the alternate-site payroll procedure to the country plan',
        changeTarget: 'plan',
        planId: s.countryPlanId,
        ownerPersonId: s.person.focal,
        dueOn: addDays(today, 45),
        evidenceRequired: 'Approved plan version with the procedure, and a test log',
      }),
    );
    await completeReview(focalPoint, s.orgId, review.id);
  }
  const internal = await createLesson(
    coordinator,
    s.orgId,
    ZLessonInput.parse({
      kind: 'lesson',
      title: 'Keep the payroll export where the alternate site can reach it',
      narrative: 'During the exercise the payroll file was only on the office network. A monthly copy on the regional share removed a two-hour delay.',
      category: 'ict_service_delivery',
      eventType: 'civil_unrest',
      phase: 'response',
      unitId: s.countryId,
      reviewId: review?.id ?? null,
      language: 'en',
      sharing: 'organization',
    }),
  );
  await publishLesson(coordinator, s.orgId, internal.id);
  const shared = await createLesson(
    coordinator,
    s.orgId,
    ZLessonInput.parse({
      kind: 'good_practice',
      title: 'Agree remote payment authorisation with the bank before a closure',
      narrative: 'A signed agreement allowing two-person authorisation by phone kept cash transfers running while the office was closed by unrest.',
      category: 'inter_agency_cooperation',
      eventType: 'civil_unrest',
      phase: 'response',
      unitId: s.countryId,
      language: 'en',
      translations: {
        fr: { title: 'Convenir avec la banque d’une autorisation de paiement à distance avant une fermeture', narrative: 'Un accord signé autorisant une double validation par téléphone a permis de poursuivre les transferts monétaires pendant la fermeture du bureau.' },
        ar: { title: 'الاتفاق مع المصرف على تفويض الدفع عن بُعد قبل أي إغلاق', narrative: 'أتاح اتفاق موقّع يسمح بتفويض ثنائي عبر الهاتف استمرار التحويلات النقدية أثناء إغلاق المكتب بسبب الاضطرابات.' },
      },
      sharing: 'installation',
      anonymized: true,
    }),
  );
  await publishLesson(coordinator, s.orgId, shared.id);
}
