import type { TPlanType } from '../plans/plan-types.js';

/**
 * Disruptive events (BRIEF module 7, ISO 22301 8.4): what happened, how bad, for how long,
 * where it stands, and which plans are in force for it. Pure rules: the use cases load the
 * records, ask these functions, and write what they answer in one transaction.
 */

/** The disruptive event types seen in the review (BRIEF reference lists). */
export const EVENT_TYPES = [
  'natural_disaster',
  'civil_unrest',
  'political_crisis',
  'accident',
  'regional_conflict',
  'security_attack',
  'public_health_emergency',
  'cyber_incident',
  'ict_outage',
  'utility_failure',
] as const;
export type TEventType = (typeof EVENT_TYPES)[number];

/** Lowest to highest; the order is used to compare ("at least major"). */
export const SEVERITIES = ['minor', 'moderate', 'major', 'critical'] as const;
export type TSeverity = (typeof SEVERITIES)[number];

export const atLeast = (severity: TSeverity, floor: TSeverity) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(floor);

/** A short event is handled and closed; a protracted one (COVID-19 lasted two years, review chapter VI) moves through phases. */
export const EXPECTED_DURATIONS = ['short', 'protracted'] as const;
export type TExpectedDuration = (typeof EXPECTED_DURATIONS)[number];

export const EVENT_STATES = ['declared', 'active', 'stabilized', 'closed'] as const;
export type TEventState = (typeof EVENT_STATES)[number];

export const EVENT_TRANSITIONS = ['activate', 'stabilize', 'reactivate', 'stand_down', 'close'] as const;
export type TEventTransition = (typeof EVENT_TRANSITIONS)[number];

/**
 * declared → active → stabilized → closed. A stabilized event can flare up again
 * (aftershock, second wave), and a declaration that proves a false alarm stands down
 * without ever being active. An active event is not closed directly: the CMT first
 * declares it stabilized, which is the moment the review asks to take stock.
 */
const RULES: Record<TEventTransition, { from: readonly TEventState[]; to: TEventState }> = {
  activate: { from: ['declared'], to: 'active' },
  stabilize: { from: ['active'], to: 'stabilized' },
  reactivate: { from: ['stabilized'], to: 'active' },
  stand_down: { from: ['declared'], to: 'closed' },
  close: { from: ['stabilized'], to: 'closed' },
};

export const TRANSITION_REFUSALS = ['event_closed', 'not_allowed_from_state', 'review_not_scheduled'] as const;
export type TTransitionRefusal = (typeof TRANSITION_REFUSALS)[number];

export type TTransitionResult =
  | { ok: true; to: TEventState }
  | { ok: false; reason: TTransitionRefusal; from: TEventState; allowedFrom: readonly TEventState[] };

export interface TTransitionContext {
  /** Closing needs the post-incident review scheduled (issue 5, must have 7; BRIEF module 8). */
  postIncidentReviewScheduled: boolean;
}

/** Whether `transition` may be applied to an event in `from`, and the state it leads to. */
export function eventTransition(from: TEventState, transition: TEventTransition, context: TTransitionContext): TTransitionResult {
  const rule = RULES[transition];
  const refuse = (reason: TTransitionRefusal): TTransitionResult => ({ ok: false, reason, from, allowedFrom: rule.from });
  if (from === 'closed') return refuse('event_closed');
  if (!rule.from.includes(from)) return refuse('not_allowed_from_state');
  // A false alarm (stand down) activated nothing, so there is nothing to review; a closed event always was active.
  if (transition === 'close' && !context.postIncidentReviewScheduled) return refuse('review_not_scheduled');
  return { ok: true, to: rule.to };
}

/** The transitions offered to the user in a state (the presenter's `can…` flags), before context checks. */
export function availableTransitions(state: TEventState): TEventTransition[] {
  return EVENT_TRANSITIONS.filter((t) => RULES[t].from.includes(state));
}

/** Phases of a protracted crisis (review Figure X), from the moment the event is declared protracted. */
export const PROTRACTED_PHASES = ['initial_response', 'adjustment', 'recovery'] as const;
export type TProtractedPhase = (typeof PROTRACTED_PHASES)[number];

export interface TPhaseEntry {
  phase: TProtractedPhase;
  enteredAt: Date;
}

export type TReassessment =
  | { due: false; dueAt: Date; reason: 'phase_changed' | 'periodic' }
  | { due: true; dueAt: Date; reason: 'phase_changed' | 'periodic' };

const DAY_MS = 86_400_000;

/**
 * When the CMT must reassess a protracted event: as soon as it enters a phase (the review's
 * lesson: arrangements made for the first weeks were kept for two years without anyone
 * asking whether they still fitted), then every `everyDays` days in the same phase.
 * Null for a short or closed event, or one with no phase yet. Phases may go back (a second
 * wave returns to initial response): any change of phase asks for a reassessment.
 */
export function reassessment(
  event: { expectedDuration: TExpectedDuration; state: TEventState; phases: readonly TPhaseEntry[] },
  lastReassessedAt: Date | null,
  everyDays: number,
  now: Date,
): TReassessment | null {
  if (event.expectedDuration !== 'protracted' || event.state === 'closed') return null;
  const current = latestPhase(event.phases);
  if (!current) return null;
  const sincePhase = lastReassessedAt === null || lastReassessedAt < current.enteredAt;
  const dueAt = sincePhase ? current.enteredAt : new Date(lastReassessedAt.getTime() + everyDays * DAY_MS);
  return { due: now >= dueAt, dueAt, reason: sincePhase ? 'phase_changed' : 'periodic' };
}

/** The phase entered last (the records may come in any order). */
export function latestPhase(phases: readonly TPhaseEntry[]): TPhaseEntry | null {
  let latest: TPhaseEntry | null = null;
  for (const p of phases) if (!latest || p.enteredAt >= latest.enteredAt) latest = p;
  return latest;
}

/** One plan in force for an event; deactivation closes the record, activating again opens a new one. */
export interface TPlanActivation {
  planId: string;
  activatedAt: Date;
  activatedBy: string;
  deactivatedAt: Date | null;
  deactivatedBy: string | null;
}

export type TActivationResult =
  | { ok: true; records: TPlanActivation[] }
  | { ok: false; reason: 'event_not_active' | 'event_closed' | 'already_active' | 'not_active' };

export const isActive = (record: TPlanActivation) => record.deactivatedAt === null;

export function activePlanIds(records: readonly TPlanActivation[]): string[] {
  return records.filter(isActive).map((r) => r.planId);
}

/**
 * Activates a plan for an event. Only an active or stabilized event has plans in force: a
 * declared event is activated first (in the same action), which keeps "stand down" for a
 * false alarm honest: nothing was activated, so there is nothing to review.
 */
export function activatePlan(records: readonly TPlanActivation[], state: TEventState, planId: string, at: Date, by: string): TActivationResult {
  if (state === 'closed') return { ok: false, reason: 'event_closed' };
  if (state === 'declared') return { ok: false, reason: 'event_not_active' };
  if (records.some((r) => r.planId === planId && isActive(r))) return { ok: false, reason: 'already_active' };
  return { ok: true, records: [...records, { planId, activatedAt: at, activatedBy: by, deactivatedAt: null, deactivatedBy: null }] };
}

export function deactivatePlan(records: readonly TPlanActivation[], planId: string, at: Date, by: string): TActivationResult {
  if (!records.some((r) => r.planId === planId && isActive(r))) return { ok: false, reason: 'not_active' };
  return { ok: true, records: records.map((r) => (r.planId === planId && isActive(r) ? { ...r, deactivatedAt: at, deactivatedBy: by } : r)) };
}

/** Closing the event stands down every plan still in force, at the same instant and by the same person. */
export function deactivateAll(records: readonly TPlanActivation[], at: Date, by: string): TPlanActivation[] {
  return records.map((r) => (isActive(r) ? { ...r, deactivatedAt: at, deactivatedBy: by } : r));
}

/**
 * Plans whose scope is the whole subtree of their unit: the crisis management plan at
 * headquarters steers a crisis in any country office, and staff support (counselling) and
 * crisis communications are run centrally. Business continuity, ICT recovery, security and
 * mass-casualty plans are about one site's own processes, systems and premises.
 */
export const SUBTREE_PLAN_TYPES: ReadonlySet<TPlanType> = new Set(['crisis_management', 'crisis_communications', 'staff_support']);

export interface TPlanCandidate {
  id: string;
  unitId: string;
  type: TPlanType;
  /** Overrides the default scope of the plan's type, when a plan says otherwise. */
  coversSubtree?: boolean;
}

export interface TProposedPlan {
  planId: string;
  unitId: string;
  type: TPlanType;
  /** `own_unit`: the plan of an affected unit; `covering_unit`: a plan above that covers it. */
  reason: 'own_unit' | 'covering_unit';
  /** The affected units this plan is proposed for. */
  forUnitIds: string[];
}

/**
 * The plans to propose when `affectedUnitIds` are hit: each affected unit's own plans, and
 * the subtree-wide plans of every unit above it. Pass the plans in force (approved
 * versions), and the affected set as the coordinator chose it (expand with `subtreeIds`
 * when a whole country is hit). Closest plans first, so
 * the office's own plan comes before the regional and headquarters ones.
 */
export function proposedPlans(
  affectedUnitIds: readonly string[],
  plans: readonly TPlanCandidate[],
  units: readonly { id: string; parentId: string | null }[],
): TProposedPlan[] {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const plansAt = new Map<string, TPlanCandidate[]>();
  for (const p of plans) plansAt.set(p.unitId, [...(plansAt.get(p.unitId) ?? []), p]);
  const affected = new Set(affectedUnitIds);
  const found = new Map<string, TProposedPlan & { distance: number }>();
  const propose = (plan: TPlanCandidate, forUnit: string, distance: number) => {
    const reason = affected.has(plan.unitId) ? 'own_unit' : 'covering_unit';
    const existing = found.get(plan.id);
    if (existing) {
      if (!existing.forUnitIds.includes(forUnit)) existing.forUnitIds.push(forUnit);
      existing.distance = Math.min(existing.distance, distance);
    } else found.set(plan.id, { planId: plan.id, unitId: plan.unitId, type: plan.type, reason, forUnitIds: [forUnit], distance });
  };
  for (const unitId of affected) {
    if (!parentOf.has(unitId)) continue;
    for (const plan of plansAt.get(unitId) ?? []) propose(plan, unitId, 0);
    const seen = new Set([unitId]);
    let distance = 1;
    for (let at = parentOf.get(unitId) ?? null; at !== null && !seen.has(at); at = parentOf.get(at) ?? null, distance++) {
      seen.add(at);
      for (const plan of plansAt.get(at) ?? []) if (plan.coversSubtree ?? SUBTREE_PLAN_TYPES.has(plan.type)) propose(plan, unitId, distance);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.distance - b.distance || a.unitId.localeCompare(b.unitId) || a.type.localeCompare(b.type) || a.planId.localeCompare(b.planId))
    .map(({ distance: _distance, ...plan }) => ({ ...plan, forUnitIds: [...plan.forUnitIds].sort() }));
}

/** What the declaration of an event records; the exercise flag watermarks every screen and message. */
export interface TDisruptiveEvent {
  id: string;
  type: TEventType;
  title: string;
  severity: TSeverity;
  expectedDuration: TExpectedDuration;
  exercise: boolean;
  state: TEventState;
  affectedUnitIds: string[];
  locations: string[];
  declaredAt: Date;
  phases: TPhaseEntry[];
}
