import { describe, expect, it } from 'vitest';
import type { TAssuranceFacts } from './facts.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import { shownKpiRating } from './kpi-rating.js';
import { deriveKpis, hasRule } from './kpi-rules.js';

const AS_OF = '2026-06-30';
const none = (): TAssuranceFacts => ({ asOf: AS_OF, policyDocuments: [], coordinators: [], crisisTeam: null, courses: [], sessions: [], merPolicy: null, obligations: [], risks: [], plans: [] });
const doc = (over: Partial<TAssuranceFacts['policyDocuments'][number]> = {}) => ({ id: 'd1', title: 'BCM policy', adoptedOn: '2025-01-10', promulgatedOn: null, approvedByExecutiveHead: false, referencesOrms: false, referencesIso22301: false, ...over });
const member = (n: number, over: Partial<NonNullable<TAssuranceFacts['crisisTeam']>['members'][number]> = {}) => ({ personId: `p${n}`, name: `Member ${n}`, role: 'lead', entity: null, trainedCurrent: true, ...over });
const team = (over: Partial<NonNullable<TAssuranceFacts['crisisTeam']>> = {}): NonNullable<TAssuranceFacts['crisisTeam']> => ({ id: 't', name: 'CMT', chair: { personId: 'p1', name: 'Member 1', senior: true }, members: [member(1), member(2), member(3)], expectedEntities: [], meetings: [], ...over });
const risk = (id: string, over: Partial<TAssuranceFacts['risks'][number]> = {}): TAssuranceFacts['risks'][number] => ({ id, title: `Risk ${id}`, category: 'security', status: 'open', assessedOn: '2026-03-01', ownerPersonId: 'p1', treatment: 'reduce', ...over });
const plan = (id: string, over: Partial<TAssuranceFacts['plans'][number]> = {}): TAssuranceFacts['plans'][number] => ({ id, title: `Plan ${id}`, type: 'security', state: 'approved', approvedOn: '2026-01-15', overdue: false, ...over });
const course = (id: string, kind: 'course' | 'awareness', mandatory: boolean) => ({ id, title: `Course ${id}`, kind, mandatory });

const kpi = (facts: TAssuranceFacts, number: number) => deriveKpis(facts).find((k) => k.number === number)!;

/** For each rule: records that satisfy it, partially satisfy it, and miss it. */
const CASES: Record<number, { fully: Partial<TAssuranceFacts>; partially: Partial<TAssuranceFacts>; missed: Partial<TAssuranceFacts> }> = {
  1: { fully: { policyDocuments: [doc({ approvedByExecutiveHead: true })] }, partially: { policyDocuments: [doc()] }, missed: { policyDocuments: [doc({ adoptedOn: '2026-07-01' })] } },
  2: {
    fully: { policyDocuments: [doc({ promulgatedOn: '2025-02-01' })], courses: [course('a', 'awareness', false)], sessions: [{ id: 's', courseId: 'a', heldOn: '2026-05-01' }] },
    partially: { policyDocuments: [doc({ promulgatedOn: '2025-02-01' })], courses: [course('a', 'awareness', false)], sessions: [{ id: 's', courseId: 'a', heldOn: '2025-06-30' }] },
    missed: { policyDocuments: [doc()] },
  },
  4: { fully: { policyDocuments: [doc({ referencesOrms: true })] }, partially: { policyDocuments: [doc({ referencesIso22301: true })] }, missed: { policyDocuments: [doc()] } },
  5: { fully: { coordinators: [{ personId: 'c', name: 'C', atRoot: true }] }, partially: { coordinators: [{ personId: 'c', name: 'C', atRoot: false }] }, missed: {} },
  6: { fully: { crisisTeam: team() }, partially: { crisisTeam: team({ chair: null }) }, missed: {} },
  7: { fully: { crisisTeam: team() }, partially: { crisisTeam: team({ chair: { personId: 'p2', name: 'M2', senior: false } }) }, missed: { crisisTeam: team({ chair: null }) } },
  8: { fully: { crisisTeam: team() }, partially: { crisisTeam: team({ members: [member(1), member(2, { role: null })] }) }, missed: { crisisTeam: team({ members: [member(1, { role: ' ' })] }) } },
  9: {
    fully: { crisisTeam: team({ expectedEntities: ['UNDP', 'WFP'], members: [member(1, { entity: 'UNDP' }), member(2, { entity: 'WFP' })] }) },
    partially: { crisisTeam: team({ expectedEntities: ['UNDP', 'WFP'], members: [member(1, { entity: 'UNDP' })] }) },
    missed: { crisisTeam: team({ expectedEntities: ['UNDP', 'WFP'], members: [member(1, { entity: 'UNICEF' })] }) },
  },
  10: {
    fully: { crisisTeam: team({ meetings: [{ id: 'm1', heldOn: '2025-07-01' }, { id: 'm2', heldOn: '2026-06-30' }] }) },
    partially: { crisisTeam: team({ meetings: [{ id: 'm1', heldOn: '2025-06-30' }, { id: 'm2', heldOn: '2026-01-05' }] }) },
    missed: { crisisTeam: team({ meetings: [{ id: 'm1', heldOn: '2026-07-01' }] }) },
  },
  11: { fully: { courses: [course('c', 'course', true)] }, partially: { courses: [course('c', 'course', false)] }, missed: { courses: [course('a', 'awareness', true)] } },
  12: { fully: { courses: [course('a', 'awareness', false)], sessions: [{ id: 's', courseId: 'a', heldOn: '2026-01-01' }] }, partially: { courses: [course('a', 'awareness', false)] }, missed: { courses: [course('c', 'course', true)] } },
  13: {
    fully: { courses: [course('c', 'course', true)], sessions: [{ id: 's', courseId: 'c', heldOn: '2026-02-01' }] },
    partially: { courses: [course('c', 'course', true), course('d', 'course', true)], sessions: [{ id: 's', courseId: 'c', heldOn: '2026-02-01' }] },
    missed: { courses: [course('c', 'course', true)], sessions: [{ id: 's', courseId: 'c', heldOn: '2025-02-01' }] },
  },
  14: {
    fully: { merPolicy: { id: 'mp', inForceSince: '2025-01-01' }, obligations: Array.from({ length: 10 }, (_, i) => ({ id: `o${i}`, label: 'x', status: i === 0 ? 'overdue' : 'done' })) },
    partially: { merPolicy: { id: 'mp', inForceSince: '2025-01-01' }, obligations: [{ id: 'o1', label: 'x', status: 'overdue' }, { id: 'o2', label: 'y', status: 'due' }] },
    missed: { obligations: [{ id: 'o1', label: 'x', status: 'done' }] },
  },
  15: {
    fully: { crisisTeam: team() },
    partially: { crisisTeam: team({ members: [member(1), member(2, { trainedCurrent: false })] }) },
    missed: { crisisTeam: team({ members: [member(1, { trainedCurrent: false }), member(2, { trainedCurrent: false }), member(3)] }) },
  },
  16: { fully: { risks: [risk('r1')] }, partially: { risks: [risk('r1', { assessedOn: null })] }, missed: {} },
  17: { fully: { risks: [risk('r1', { assessedOn: '2025-07-01' })] }, partially: { risks: [risk('r1', { assessedOn: '2025-06-30' })] }, missed: { risks: [risk('r1', { assessedOn: '2024-06-30' })] } },
  18: {
    fully: { risks: [risk('a'), risk('b', { category: 'medical' }), risk('c', { category: 'ict_disaster_recovery' }), risk('d', { category: 'business_continuity' })] },
    partially: { risks: [risk('a'), risk('b', { category: 'medical' }), risk('c', { category: 'ict_disaster_recovery', status: 'closed' })] },
    missed: { risks: [risk('a', { category: 'financial' })] },
  },
  19: { fully: { risks: [risk('a'), risk('b')] }, partially: { risks: [risk('a'), risk('b', { treatment: null })] }, missed: { risks: [risk('a', { ownerPersonId: null }), risk('b', { treatment: null }), risk('c')] } },
  20: { fully: { plans: [plan('p')] }, partially: { plans: [plan('p', { approvedOn: '2025-06-30' })] }, missed: { plans: [plan('p', { type: 'staff_support' })] } },
  21: { fully: { plans: [plan('p', { type: 'crisis_management' })] }, partially: { plans: [plan('p', { type: 'crisis_management', state: 'draft', approvedOn: null })] }, missed: {} },
  22: { fully: { plans: [plan('p', { type: 'business_continuity' })] }, partially: { plans: [plan('p', { type: 'business_continuity', state: 'in_review' })] }, missed: {} },
  23: { fully: { plans: [plan('p', { type: 'ict_disaster_recovery' })] }, partially: { plans: [plan('p', { type: 'ict_disaster_recovery', state: 'superseded' })] }, missed: {} },
  24: { fully: { plans: [plan('p', { type: 'crisis_communications' })] }, partially: { plans: [plan('p', { type: 'crisis_communications', approvedOn: '2024-01-01' })] }, missed: {} },
  25: { fully: { plans: [plan('p', { type: 'mass_casualty_response' })] }, partially: { plans: [plan('p', { type: 'mass_casualty_response', state: 'draft' })] }, missed: {} },
  26: { fully: { plans: [plan('p', { type: 'staff_support' })] }, partially: { plans: [plan('p', { type: 'staff_support', state: 'draft' })] }, missed: {} },
  28: {
    fully: { plans: Array.from({ length: 10 }, (_, i) => plan(`p${i}`, { overdue: i === 0 })) },
    partially: { plans: [plan('a'), plan('b', { overdue: true })] },
    missed: { plans: [plan('a', { overdue: true }), plan('b', { overdue: true }), plan('c')] },
  },
};

describe('KPI derivation', () => {
  it('covers every KPI the catalogue says is derived, and only those', () => {
    const derived = KPI_CATALOGUE.filter((k) => k.derived).map((k) => k.number);
    expect(Object.keys(CASES).map(Number)).toEqual(derived);
    expect(KPI_CATALOGUE.map((k) => k.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    for (const k of KPI_CATALOGUE) expect(hasRule(k.number)).toBe(k.derived);
  });

  for (const [number, cases] of Object.entries(CASES)) {
    describe(`KPI ${number}`, () => {
      it('is fully met by records that satisfy it, and names them', () => {
        const result = kpi({ ...none(), ...cases.fully }, Number(number));
        expect(result.rating).toBe('fully');
        expect(result.evidence.length).toBeGreaterThan(0);
      });
      it('is partially met by records that partly satisfy it', () => {
        expect(kpi({ ...none(), ...cases.partially }, Number(number)).rating).toBe('partially');
      });
      it('is not completed when the records miss it', () => {
        expect(kpi({ ...none(), ...cases.missed }, Number(number)).rating).toBe('not_completed');
      });
    });
  }

  it('never says fully without evidence, whatever the records', () => {
    for (const cases of Object.values(CASES)) {
      for (const facts of [cases.fully, cases.partially, cases.missed, {}]) {
        for (const k of deriveKpis({ ...none(), ...facts })) if (k.rating === 'fully') expect(k.evidence.length, `KPI ${k.number}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives the figures the review asks for: meetings counted, share trained, months since the last assessment', () => {
    const facts: TAssuranceFacts = { ...none(), crisisTeam: team({ members: [member(1), member(2), member(3), member(4, { trainedCurrent: false }), member(5)], meetings: [{ id: 'a', heldOn: '2025-09-01' }, { id: 'b', heldOn: '2026-03-01' }, { id: 'c', heldOn: '2026-05-01' }] }), risks: [risk('r', { assessedOn: '2026-02-15' })] };
    expect(kpi(facts, 10)).toMatchObject({ value: 3, unit: 'count' });
    expect(kpi(facts, 15)).toMatchObject({ value: 80, unit: 'percent', rating: 'partially' });
    expect(kpi(facts, 17)).toMatchObject({ value: 4, unit: 'months', rating: 'fully' });
  });

  it('says not applicable to entities represented when the team serves one entity only', () => {
    expect(kpi({ ...none(), crisisTeam: team() }, 9).rating).toBe('not_applicable');
  });
});

describe('the rating shown', () => {
  const derived = { number: 3, value: 1, unit: 'count' as const, rating: 'partially' as const, evidence: [] };
  it('is the data where a rule applies, whatever the organization rated', () => {
    expect(shownKpiRating(derived, { rating: 'fully', evidence: 'clause 4' }, null)).toMatchObject({ rating: 'partially', basis: 'derived' });
  });
  it('is a manual "fully" only with evidence or an agreeing auditor', () => {
    expect(shownKpiRating(null, { rating: 'fully', evidence: null }, null)).toMatchObject({ rating: 'partially', downgraded: true });
    expect(shownKpiRating(null, { rating: 'fully', evidence: 'Policy §3.2' }, null)).toMatchObject({ rating: 'fully', downgraded: false });
    expect(shownKpiRating(null, { rating: 'fully', evidence: '' }, { verdict: 'agree', comment: 'seen' })).toMatchObject({ rating: 'fully', verification: 'agree' });
    expect(shownKpiRating(null, { rating: 'fully', evidence: '' }, { verdict: 'disagree', comment: 'no' })).toMatchObject({ rating: 'partially', verification: 'disagree' });
  });
  it('is nothing when nobody rated and no rule applies', () => {
    expect(shownKpiRating(null, null, null)).toMatchObject({ rating: null, basis: 'unrated' });
  });
});
