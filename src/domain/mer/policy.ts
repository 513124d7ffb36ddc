/**
 * The organization's maintenance, exercise and review (ME&R) policy: how often each
 * obligation recurs and which changes make a plan update due at once. The review found
 * 10 of 23 organizations with no criteria to update plans (para 59–64); these defaults are
 * its recommended practice, and each organization may set its own (versioned).
 */
export const OBLIGATION_KINDS = ['plan_update', 'plan_approval', 'functional_test', 'awareness_plan', 'training_currency'] as const;
export type TObligationKind = (typeof OBLIGATION_KINDS)[number];

export const CHANGE_TRIGGERS = ['plan_owner_changed', 'focal_point_changed', 'unit_restructured', 'risk_linked', 'findings_closed'] as const;
export type TChangeTrigger = (typeof CHANGE_TRIGGERS)[number];

export interface TMerPolicy {
  /** Months between occurrences, per obligation. */
  periodMonths: Record<TObligationKind, number>;
  /** Days after the due date before "due" becomes "overdue". */
  graceDays: number;
  /** Days before the due date from which an obligation shows as "due soon". */
  dueSoonDays: number;
  /** Changes that make a plan update due on the day they happen. */
  changeTriggers: TChangeTrigger[];
}

export const DEFAULT_MER_POLICY: TMerPolicy = {
  periodMonths: { plan_update: 6, plan_approval: 12, functional_test: 12, awareness_plan: 12, training_currency: 24 },
  graceDays: 0,
  dueSoonDays: 30,
  changeTriggers: [...CHANGE_TRIGGERS],
};
