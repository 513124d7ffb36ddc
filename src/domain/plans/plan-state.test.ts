import { describe, expect, it } from 'vitest';
import { canOpenRevision, isEditable, nextPlanState, PLAN_STATES, PLAN_TRANSITIONS } from './plan-state.js';

describe('plan version lifecycle', () => {
  it('allows exactly submit from draft, return and approve from review', () => {
    const allowed = PLAN_STATES.flatMap((s) => PLAN_TRANSITIONS.map((t) => [s, t, nextPlanState(s, t)] as const)).filter(([, , n]) => n !== null);
    expect(allowed).toEqual([
      ['draft', 'submit', 'in_review'],
      ['in_review', 'return', 'draft'],
      ['in_review', 'approve', 'approved'],
    ]);
  });

  it('edits only drafts and revises only approved versions', () => {
    expect(PLAN_STATES.filter(isEditable)).toEqual(['draft']);
    expect(PLAN_STATES.filter(canOpenRevision)).toEqual(['approved']);
  });
});
