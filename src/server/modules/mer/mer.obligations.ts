import type { TObligationView } from '../../../domain/contract/mer.js';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { explainObligation, obligationState, type TObligationRecord, type TObligationState } from '../../../domain/mer/obligations.js';
import type { TMerPolicy } from '../../../domain/mer/policy.js';
import { awarenessObligation, trainingObligation } from '../../../domain/mer/unit-obligations.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { Db } from '../../db/database.js';
import { changeEvents, planRecords, type TChangeEvent as ChangeEvent, type TPlanRecord as PlanRecord } from './mer.repository.js';
import { unitRecords, type TUnitRecord } from './mer.unit-records.js';

export type TJudgedObligation = TObligationView & { timeZone: string };

/**
 * Every obligation of the given units, of their plans and of the units themselves, judged
 * as of `asOf` (or today in each unit's zone) from the records of that day. The one entry
 * point of the API, the dashboard, the reminders and the calendar feed, so they never disagree.
 */
export async function judgeObligations(db: Db, orgId: string, unitIds: readonly string[] | null, policy: TMerPolicy, now: Date, asOf?: TIsoDate): Promise<TJudgedObligation[]> {
  const [records, events, unitFacts] = await Promise.all([planRecords(db, orgId, unitIds, { asOf }), changeEvents(db, orgId, unitIds, { asOf }), unitRecords(db, orgId, unitIds, policy)]);
  return [...judgePlans(records, events, policy, now, asOf), ...judgeUnits(unitFacts, policy, now, asOf)];
}

/** The awareness plan and training currency a unit owes, where it owes them. */
export function judgeUnits(records: readonly TUnitRecord[], policy: TMerPolicy, now: Date, asOf?: TIsoDate, explain = true): TJudgedObligation[] {
  return records.flatMap((unit) => {
    const today = asOf ?? localDate(now, unit.timeZone);
    const states = [awarenessObligation(unit, policy, today), trainingObligation(unit, policy, today)].filter((s): s is TObligationState => s !== null);
    return states.map((state) => ({
      subject: { type: 'unit' as const, id: unit.unitId, title: unit.unitName },
      unitId: unit.unitId,
      unitName: unit.unitName,
      timeZone: unit.timeZone,
      ...state,
      explanation: explain ? explainObligation(state) : '',
    }));
  });
}

/**
 * The plan obligations (update, approval, functional test), as of `asOf` or today in each unit's own time zone.
 * `explain` false leaves the English explanation empty: roll-ups count thousands of obligations and show none
 * (the dashboard explains the overdue ones it lists with explainObligation).
 */
export function judgePlans(records: readonly PlanRecord[], events: readonly ChangeEvent[], policy: TMerPolicy, now: Date, asOf?: TIsoDate, explain = true): TJudgedObligation[] {
  const items: TJudgedObligation[] = [];
  // Indexed once, so the cost grows with plans + changes rather than plans × changes.
  const changesOf = new Map<string, ChangeEvent[]>();
  for (const e of events) {
    for (const key of [e.unitId, e.planId]) {
      if (!key) continue;
      const list = changesOf.get(key);
      if (list) list.push(e);
      else changesOf.set(key, [e]);
    }
  }
  for (const plan of records) {
    const day = (at: Date) => localDate(at, plan.timeZone);
    const today = asOf ?? day(now);
    const lastApproved = plan.lastApprovedAt ? day(plan.lastApprovedAt) : null;
    const relevant = [...(changesOf.get(plan.unitId) ?? []), ...(changesOf.get(plan.id) ?? [])];
    const triggers = relevant.map((e) => ({ trigger: e.trigger, on: day(e.at) }));
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
        subject: { type: 'plan' as const, id: plan.id, title: plan.title, planType: plan.type as TPlanType },
        unitId: plan.unitId,
        unitName: plan.unitName,
        timeZone: plan.timeZone,
        ...state,
        explanation: explain ? explainObligation(state) : '',
      });
    }
  }
  return items;
}

const laterOf = (a: TIsoDate, b: TIsoDate | null) => (b !== null && b > a ? b : a);
