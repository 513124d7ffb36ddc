import { describe, expect, it } from 'vitest';
import { DEFAULT_MER_POLICY } from '../mer/policy.js';
import { latestOf, policyReviewDue } from './policy-documents.js';

describe('policy review due', () => {
  it('is one approval period after the last update', () => {
    expect(policyReviewDue({ adoptedOn: '2024-01-10', lastUpdatedOn: '2025-03-01' }, DEFAULT_MER_POLICY, '2026-02-28')).toEqual({ dueOn: '2026-03-01', overdue: false });
    expect(policyReviewDue({ adoptedOn: '2024-01-10', lastUpdatedOn: '2025-03-01' }, DEFAULT_MER_POLICY, '2026-03-02')).toEqual({ dueOn: '2026-03-01', overdue: true });
  });
  it('counts from the adoption when never updated, and is not due before adoption', () => {
    expect(policyReviewDue({ adoptedOn: '2024-01-10', lastUpdatedOn: null }, { ...DEFAULT_MER_POLICY, periodMonths: { ...DEFAULT_MER_POLICY.periodMonths, plan_approval: 24 } }, '2025-01-01').dueOn).toBe('2026-01-10');
    expect(policyReviewDue({ adoptedOn: null, lastUpdatedOn: null }, DEFAULT_MER_POLICY, '2025-01-01')).toEqual({ dueOn: null, overdue: false });
  });
});

describe('latest of a history', () => {
  it('takes the last recorded entry, and nothing from nothing', () => {
    expect(latestOf([{ at: '2026-01-02T00:00:00Z', v: 1 }, { at: '2026-03-01T00:00:00Z', v: 2 }, { at: '2026-02-01T00:00:00Z', v: 3 }])?.v).toBe(2);
    expect(latestOf([])).toBeNull();
  });
});
