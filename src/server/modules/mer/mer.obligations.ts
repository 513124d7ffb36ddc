import type { TObligationView } from '../../../domain/contract/mer.js';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { explainObligation, obligationState, type TObligationRecord } from '../../../domain/mer/obligations.js';
import type { TMerPolicy } from '../../../domain/mer/policy.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { changeEvents, planRecords } from './mer.repository.js';

type PlanRecord = Awaited<ReturnType<typeof planRecords>>[number];
type ChangeEvent = Awaited<ReturnType<typeof changeEvents>>[number];

/**
 * The plan obligations (update, approval) of the given plans, judged as of `asOf` or, when
 * absent, as of today in each unit's own time zone. Shared by the API, the reminders and
 * the calendar feed so they never disagree.
 */
export function judgePlans(records: readonly PlanRecord[], events: readonly ChangeEvent[], policy: TMerPolicy, now: Date, asOf?: TIsoDate): (TObligationView & { timeZone: string })[] {
  const items: (TObligationView & { timeZone: string })[] = [];
  for (const plan of records) {
    const day = (at: Date) => localDate(at, plan.timeZone);
    const today = asOf ?? day(now);
    const lastApproved = plan.lastApprovedAt ? day(plan.lastApprovedAt) : null;
    const triggers = events.filter((e) => e.unitId === plan.unitId || e.planId === plan.id).map((e) => ({ trigger: e.trigger, on: day(e.at) }));
    const obligations: TObligationRecord[] = [
      // An edit of the plan, or an approval, is an update.
      { kind: 'plan_update', lastDoneOn: laterOf(day(plan.lastEditedAt), lastApproved), startsOn: day(plan.createdAt), triggers },
      { kind: 'plan_approval', lastDoneOn: lastApproved, startsOn: day(plan.createdAt) },
      // A plan's first functional test falls due a full period after the plan is written, not at once.
      { kind: 'functional_test', lastDoneOn: plan.lastTestedOn ?? day(plan.createdAt), startsOn: day(plan.createdAt) },
    ];
    for (const obligation of obligations) {
      const state = obligationState(obligation, policy, today);
      items.push({
        subject: { type: 'plan', id: plan.id, title: plan.title, planType: plan.type as TPlanType },
        unitId: plan.unitId,
        unitName: plan.unitName,
        timeZone: plan.timeZone,
        ...state,
        explanation: explainObligation(state),
      });
    }
  }
  return items;
}

const laterOf = (a: TIsoDate, b: TIsoDate | null) => (b !== null && b > a ? b : a);
