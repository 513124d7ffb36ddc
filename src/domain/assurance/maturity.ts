import { addMonths } from '../mer/calendar.js';

/** The six maturity levels of the review (Annex X), lowest first. */
export const MATURITY_LEVELS = ['ad_hoc', 'initiated', 'planned', 'implemented', 'integrated', 'optimized'] as const;
export type TMaturityLevel = (typeof MATURITY_LEVELS)[number];

/**
 * What the records show about the organization, as of one day, for the criteria of Annex X.
 * `null` means the records cannot say (the criterion then counts as unmet and is listed as unknown).
 */
export interface TMaturityFacts {
  asOf: string;
  policyApprovedByExecutiveHead: boolean;
  coordinatorDesignated: boolean;
  biaConducted: boolean;
  riskAssessmentDone: boolean;
  plansLinkedToRisks: boolean;
  fieldOfficesHavePlans: boolean;
  recoveryObjectivesSet: boolean;
  approvedPlans: number;
  crisisTeamEstablished: boolean;
  responseAndRecoveryPlansApproved: boolean;
  lastAwarenessOn: string | null;
  lastExerciseOn: string | null;
  /** Share of ME&R obligations not overdue, 0–1. */
  merCompliance: number | null;
  /** Share of plans whose functional test is not overdue, 0–1. */
  plansTested: number | null;
  changeTriggeredUpdatesOverdue: number;
  interAgencyCooperation: boolean | null;
  lastManagementReviewOn: string | null;
  lastSelfAssessmentOn: string | null;
  lastAuditOn: string | null;
  managementReviewsInLastTwoYears: number;
  /** Share of remedial actions closed by their due date over the last year, 0–1. */
  actionsClosedOnTime: number | null;
  seamlessDuringDisruptions: boolean | null;
}

interface TCriterion {
  key: string;
  met: (f: TMaturityFacts) => boolean | null;
}

const within = (day: string | null, asOf: string, months: number) => (day === null ? false : day > addMonths(asOf, -months) && day <= asOf);
const atLeast = (share: number | null, floor: number) => (share === null ? null : share >= floor);

/** The criteria each level adds to those below it. */
export const MATURITY_CRITERIA: Record<Exclude<TMaturityLevel, 'ad_hoc'>, readonly TCriterion[]> = {
  initiated: [
    { key: 'policy_approved', met: (f) => f.policyApprovedByExecutiveHead },
    { key: 'coordinator_designated', met: (f) => f.coordinatorDesignated },
  ],
  planned: [
    { key: 'bia_conducted', met: (f) => f.biaConducted },
    { key: 'risk_assessment_done', met: (f) => f.riskAssessmentDone },
    { key: 'plans_linked_to_risks', met: (f) => f.plansLinkedToRisks },
    { key: 'field_offices_in_scope', met: (f) => f.fieldOfficesHavePlans },
    { key: 'recovery_objectives_set', met: (f) => f.recoveryObjectivesSet },
    { key: 'plans_documented', met: (f) => f.approvedPlans > 0 },
  ],
  implemented: [
    { key: 'crisis_team_established', met: (f) => f.crisisTeamEstablished },
    { key: 'response_and_recovery_plans', met: (f) => f.responseAndRecoveryPlansApproved },
    { key: 'awareness_in_last_year', met: (f) => within(f.lastAwarenessOn, f.asOf, 12) },
    { key: 'exercise_in_last_year', met: (f) => within(f.lastExerciseOn, f.asOf, 12) },
  ],
  integrated: [
    { key: 'mer_measured', met: (f) => atLeast(f.merCompliance, 0.75) },
    { key: 'plans_tested_at_intervals', met: (f) => atLeast(f.plansTested, 0.75) },
    { key: 'changes_reflected', met: (f) => f.changeTriggeredUpdatesOverdue === 0 },
    { key: 'inter_agency_cooperation', met: (f) => f.interAgencyCooperation },
    { key: 'management_review_in_last_year', met: (f) => within(f.lastManagementReviewOn, f.asOf, 12) },
    { key: 'self_assessment_in_last_year', met: (f) => within(f.lastSelfAssessmentOn, f.asOf, 12) },
  ],
  optimized: [
    { key: 'audit_in_last_two_years', met: (f) => within(f.lastAuditOn, f.asOf, 24) },
    { key: 'management_reviews_regular', met: (f) => f.managementReviewsInLastTwoYears >= 2 },
    { key: 'continual_improvement', met: (f) => atLeast(f.actionsClosedOnTime, 0.8) },
    { key: 'seamless_during_disruptions', met: (f) => f.seamlessDuringDisruptions },
  ],
};

export interface TMaturitySuggestion {
  level: TMaturityLevel;
  /** The criteria of the next level up still missing; `unknown` when the records cannot say. */
  missing: { level: TMaturityLevel; key: string; unknown: boolean }[];
}

/**
 * The highest level whose criteria, and those of every level below it, are all met. Levels
 * are cumulative as in Annex X: an organization that exercises but has no approved policy is
 * still ad hoc, and is told so.
 */
export function suggestMaturity(facts: TMaturityFacts): TMaturitySuggestion {
  let level: TMaturityLevel = 'ad_hoc';
  for (const next of MATURITY_LEVELS.slice(1) as Exclude<TMaturityLevel, 'ad_hoc'>[]) {
    const missing = MATURITY_CRITERIA[next]
      .map((c) => ({ key: c.key, result: c.met(facts) }))
      .filter((c) => c.result !== true)
      .map((c) => ({ level: next, key: c.key, unknown: c.result === null }));
    if (missing.length > 0) return { level, missing };
    level = next;
  }
  return { level, missing: [] };
}

/** How far apart the raters are, in levels: the review's Figure VII in one number. */
export function raterSpread(levels: readonly TMaturityLevel[]): number {
  if (levels.length === 0) return 0;
  const ranks = levels.map((l) => MATURITY_LEVELS.indexOf(l));
  return Math.max(...ranks) - Math.min(...ranks);
}
