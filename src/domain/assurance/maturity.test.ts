import { describe, expect, it } from 'vitest';
import { raterSpread, suggestMaturity, type TMaturityFacts } from './maturity.js';

const adHoc: TMaturityFacts = {
  asOf: '2026-06-30',
  policyApprovedByExecutiveHead: false,
  coordinatorDesignated: false,
  biaConducted: false,
  riskAssessmentDone: false,
  plansLinkedToRisks: false,
  fieldOfficesHavePlans: false,
  recoveryObjectivesSet: false,
  approvedPlans: 0,
  crisisTeamEstablished: false,
  responseAndRecoveryPlansApproved: false,
  lastAwarenessOn: null,
  lastExerciseOn: null,
  merCompliance: null,
  plansTested: null,
  changeTriggeredUpdatesOverdue: 0,
  interAgencyCooperation: null,
  lastManagementReviewOn: null,
  lastSelfAssessmentOn: null,
  lastAuditOn: null,
  managementReviewsInLastTwoYears: 0,
  actionsClosedOnTime: null,
  seamlessDuringDisruptions: null,
};
const initiated = { ...adHoc, policyApprovedByExecutiveHead: true, coordinatorDesignated: true };
const planned = { ...initiated, biaConducted: true, riskAssessmentDone: true, plansLinkedToRisks: true, fieldOfficesHavePlans: true, recoveryObjectivesSet: true, approvedPlans: 4 };
const implemented = { ...planned, crisisTeamEstablished: true, responseAndRecoveryPlansApproved: true, lastAwarenessOn: '2026-02-01', lastExerciseOn: '2025-11-20' };
const integrated = { ...implemented, merCompliance: 0.8, plansTested: 0.9, interAgencyCooperation: true, lastManagementReviewOn: '2026-01-10', lastSelfAssessmentOn: '2026-03-01' };
const optimized = { ...integrated, lastAuditOn: '2025-03-01', managementReviewsInLastTwoYears: 2, actionsClosedOnTime: 0.85, seamlessDuringDisruptions: true };

describe('suggested maturity', () => {
  it('climbs one level for each set of criteria met', () => {
    expect(suggestMaturity(adHoc).level).toBe('ad_hoc');
    expect(suggestMaturity(initiated).level).toBe('initiated');
    expect(suggestMaturity(planned).level).toBe('planned');
    expect(suggestMaturity(implemented).level).toBe('implemented');
    expect(suggestMaturity(integrated).level).toBe('integrated');
    expect(suggestMaturity(optimized)).toEqual({ level: 'optimized', missing: [] });
  });

  it('is cumulative: exercising without an approved policy is still ad hoc, and says what is missing', () => {
    const result = suggestMaturity({ ...implemented, policyApprovedByExecutiveHead: false });
    expect(result.level).toBe('ad_hoc');
    expect(result.missing).toEqual([{ level: 'initiated', key: 'policy_approved', unknown: false }]);
  });

  it('lists what the records cannot say as unknown, not as met', () => {
    const result = suggestMaturity({ ...integrated, interAgencyCooperation: null });
    expect(result.level).toBe('implemented');
    expect(result.missing).toEqual([{ level: 'integrated', key: 'inter_agency_cooperation', unknown: true }]);
  });

  it('lets an exercise age out: more than twelve months ago no longer counts', () => {
    expect(suggestMaturity({ ...implemented, lastExerciseOn: '2025-06-30' }).missing).toContainEqual({ level: 'implemented', key: 'exercise_in_last_year', unknown: false });
  });

  it('measures how far the raters disagree', () => {
    expect(raterSpread(['initiated', 'integrated', 'planned'])).toBe(3);
    expect(raterSpread([])).toBe(0);
  });
});
