import { addDays, addMonths, daysBetween, earlier, type TIsoDate } from './calendar.js';
import type { TChangeTrigger, TMerPolicy, TObligationKind } from './policy.js';

/**
 * Whether a recurring obligation is met as of a given day, and why. Pure: the same records,
 * policy and day always give the same answer, so any date can be asked ("as of") and the
 * dashboard, the reminders and the calendar feed agree with each other.
 */
export const OBLIGATION_STATUSES = ['done', 'due_soon', 'due', 'overdue'] as const;
export type TObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export interface TObligationRecord {
  kind: TObligationKind;
  /** The day the obligation was last met (approval, update, test …); null if never. */
  lastDoneOn: TIsoDate | null;
  /** When the obligation arose (plan created, unit opened, role taken up): the clock of a never-met obligation. */
  startsOn: TIsoDate;
  /** Changes since the last time the obligation was met; only plan updates react to them. */
  triggers?: readonly { trigger: TChangeTrigger; on: TIsoDate }[];
}

export type TObligationReason =
  | { reason: 'periodic'; lastDoneOn: TIsoDate; periodMonths: number }
  | { reason: 'never_done'; startsOn: TIsoDate }
  | { reason: 'change'; trigger: TChangeTrigger; on: TIsoDate };

export interface TObligationState {
  kind: TObligationKind;
  status: TObligationStatus;
  dueOn: TIsoDate;
  /** Positive when overdue, negative before the due date. */
  daysLate: number;
  why: TObligationReason;
}

export function obligationState(record: TObligationRecord, policy: TMerPolicy, today: TIsoDate): TObligationState {
  const periodMonths = policy.periodMonths[record.kind];
  let dueOn: TIsoDate;
  let why: TObligationReason;
  if (record.lastDoneOn === null) {
    // A never-met obligation is due from the day it arose: a new plan must be approved, not in a year.
    dueOn = record.startsOn;
    why = { reason: 'never_done', startsOn: record.startsOn };
  } else {
    dueOn = addMonths(record.lastDoneOn, periodMonths);
    why = { reason: 'periodic', lastDoneOn: record.lastDoneOn, periodMonths };
  }
  if (record.kind === 'plan_update') {
    for (const t of record.triggers ?? []) {
      const since = record.lastDoneOn === null || t.on > record.lastDoneOn;
      if (since && policy.changeTriggers.includes(t.trigger) && t.on < dueOn) {
        dueOn = earlier(dueOn, t.on);
        why = { reason: 'change', trigger: t.trigger, on: t.on };
      }
    }
  }
  return stateOn(record.kind, dueOn, why, policy, today);
}

/** The status of an obligation whose due date is known, as of a day. */
export function stateOn(kind: TObligationKind, dueOn: TIsoDate, why: TObligationReason, policy: TMerPolicy, today: TIsoDate): TObligationState {
  const daysLate = daysBetween(dueOn, today);
  return { kind, status: statusOf(daysLate, policy), dueOn, daysLate, why };
}

function statusOf(daysLate: number, policy: TMerPolicy): TObligationStatus {
  if (daysLate > policy.graceDays) return 'overdue';
  if (daysLate >= 0) return 'due';
  if (-daysLate <= policy.dueSoonDays) return 'due_soon';
  return 'done';
}

/** The day reminders go out for a due date: 30 and 7 days before, on the day, then weekly after. */
export function reminderDays(dueOn: TIsoDate, today: TIsoDate): { kind: 'before' | 'on_the_day' | 'escalation'; on: TIsoDate }[] {
  const out: { kind: 'before' | 'on_the_day' | 'escalation'; on: TIsoDate }[] = [
    { kind: 'before', on: addDays(dueOn, -30) },
    { kind: 'before', on: addDays(dueOn, -7) },
    { kind: 'on_the_day', on: dueOn },
  ];
  for (let on = addDays(dueOn, 7); on <= today; on = addDays(on, 7)) out.push({ kind: 'escalation', on });
  return out.filter((r) => r.on <= today);
}

/** An English sentence for logs and e-mails of last resort; the UI words the same facts in the reader's language. */
export function explainObligation(s: TObligationState): string {
  const since =
    s.why.reason === 'periodic'
      ? `last done ${s.why.lastDoneOn}, every ${s.why.periodMonths} months`
      : s.why.reason === 'never_done'
        ? `never done since ${s.why.startsOn}`
        : `${s.why.trigger.replaceAll('_', ' ')} on ${s.why.on}`;
  const when = s.daysLate > 0 ? `${s.daysLate} days overdue` : s.daysLate === 0 ? 'due today' : `due in ${-s.daysLate} days`;
  return `${s.kind.replaceAll('_', ' ')}: ${since}; due ${s.dueOn}, ${when}`;
}
