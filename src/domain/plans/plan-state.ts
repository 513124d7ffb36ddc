/**
 * Lifecycle of one plan version. A plan is a series of versions; at most one version is
 * approved (in force) at a time, and approving a newer one supersedes it.
 */
export const PLAN_STATES = ['draft', 'in_review', 'approved', 'superseded'] as const;
export type TPlanState = (typeof PLAN_STATES)[number];

export const PLAN_TRANSITIONS = ['submit', 'return', 'approve'] as const;
export type TPlanTransition = (typeof PLAN_TRANSITIONS)[number];

const NEXT: Record<TPlanTransition, { from: TPlanState; to: TPlanState }> = {
  submit: { from: 'draft', to: 'in_review' },
  return: { from: 'in_review', to: 'draft' },
  approve: { from: 'in_review', to: 'approved' },
};

/** The state after `transition`, or null when the transition is not allowed from `state`. */
export function nextPlanState(state: TPlanState, transition: TPlanTransition): TPlanState | null {
  const rule = NEXT[transition];
  return rule.from === state ? rule.to : null;
}

/** Only a draft can be edited; an approved version is revised by opening a new draft version. */
export function isEditable(state: TPlanState): boolean {
  return state === 'draft';
}

export function canOpenRevision(state: TPlanState): boolean {
  return state === 'approved';
}
