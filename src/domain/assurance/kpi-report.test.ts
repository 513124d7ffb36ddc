import { describe, expect, it } from 'vitest';
import type { TAssuranceFacts } from './facts.js';
import { assessKpis, MATURITY_RATER_ROLES, tallyByComponent } from './kpi-report.js';
import { MATURITY_RATERS } from './ratings.js';

const facts: TAssuranceFacts = { asOf: '2026-06-30', policyDocuments: [], coordinators: [], crisisTeam: null, courses: [], sessions: [], merPolicy: null, obligations: [], risks: [], plans: [] };

describe('KPI assessment', () => {
  it('gives all 28, derived where a rule applies and the manual rating otherwise', () => {
    const rows = assessKpis(facts, new Map([[3, { rating: 'fully', evidence: 'Policy §4.2' }], [10, { rating: 'fully', evidence: null }]]), new Map());
    expect(rows).toHaveLength(28);
    expect(rows.find((r) => r.definition.number === 3)!.shown).toMatchObject({ rating: 'fully', basis: 'manual' });
    // The data says no meeting: the organization's "fully" is kept beside it, not over it.
    expect(rows.find((r) => r.definition.number === 10)!.shown).toMatchObject({ rating: 'not_completed', basis: 'derived' });
    expect(rows.find((r) => r.definition.number === 27)!.shown.basis).toBe('unrated');
  });

  it('shows a manual fully without evidence as partially until an auditor agrees', () => {
    const manual = new Map([[27, { rating: 'fully' as const, evidence: null }]]);
    expect(assessKpis(facts, manual, new Map()).find((r) => r.definition.number === 27)!.shown).toMatchObject({ rating: 'partially', downgraded: true });
    const agreed = assessKpis(facts, manual, new Map([[27, { verdict: 'agree' as const, comment: '' }]])).find((r) => r.definition.number === 27)!;
    expect(agreed.shown).toMatchObject({ rating: 'fully', verification: 'agree', downgraded: false });
  });

  it('gives every rater its own roles, none shared', () => {
    const all = MATURITY_RATERS.flatMap((r) => MATURITY_RATER_ROLES[r]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('tallies ratings by component, unrated apart', () => {
    const t = tallyByComponent([{ component: 'policy', rating: 'fully' }, { component: 'policy', rating: null }, { component: 'policy', rating: 'fully' }]);
    expect(Object.fromEntries(t.get('policy')!)).toEqual({ fully: 2, unrated: 1 });
  });
});
