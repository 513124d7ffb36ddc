import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { fullSections } from '../plans/plan-test-data.js';

/**
 * The KPIs derived from real records through the API (test clock: 2026-03-02): the standing
 * team and its meetings (KPIs 6–10), its training (15), an approved plan (21), the risk register
 * (16–17), each as of today and as of an earlier day.
 */
let t: TestApp;
let f: OrgFixture;
const person: Record<string, string> = {};
const org = () => `/api/orgs/${f.orgId}`;
type Row = { number: number; derived: { value: number | null; rating: string; evidence: { kind: string; id: string; on?: string }[] } | null; shown: { rating: string | null; basis: string; downgraded: boolean }; trend: { on: string; rating: string | null }[]; verification: unknown };
const kpis = async (asOf?: string) => (await client(t, f.at.bc_coordinator).get(`${org()}/assurance/kpis${asOf ? `?asOf=${asOf}` : ''}`)).body as { asOf: string; items: Row[] };
const kpi = async (n: number, asOf?: string) => (await kpis(asOf)).items.find((i) => i.number === n)!;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  for (const name of ['Ada Chair', 'Ben Ops', 'Cleo Comms', 'Dev Ict']) {
    person[name] = (await coordinator.post(`${org()}/people`, { unitId: f.unit.hq, fullName: name, email: `${name.split(' ')[0]!.toLowerCase()}@assurance.test.example` })).body.id;
  }
});
afterAll(() => t.close());

describe('the standing crisis management team', () => {
  it('reads "not completed" before any team is recorded', async () => {
    expect((await kpi(6)).derived).toMatchObject({ rating: 'not_completed' });
    expect((await kpi(10)).derived).toMatchObject({ rating: 'not_completed', value: 0 });
  });

  it('derives KPIs 6–10 from the team, its chair, roles, entities and meetings', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    expect((await coordinator.post(`${org()}/assurance/crisis-team/members`, { personId: person['Ada Chair'], since: '2025-01-01' })).status).toBe(409);
    expect((await coordinator.put(`${org()}/assurance/crisis-team`, { name: 'HQ CMT', expectedEntities: ['UNDP', 'WFP'] })).status).toBe(200);
    await coordinator.post(`${org()}/assurance/crisis-team/members`, { personId: person['Ada Chair'], role: 'Chair', entity: 'UNDP', isChair: true, senior: true, since: '2025-01-01' });
    await coordinator.post(`${org()}/assurance/crisis-team/members`, { personId: person['Ben Ops'], role: 'Operations', entity: 'WFP', since: '2025-01-01' });
    await coordinator.post(`${org()}/assurance/crisis-team/members`, { personId: person['Cleo Comms'], role: '', since: '2025-01-01' });
    const one = await coordinator.post(`${org()}/assurance/crisis-team/meetings`, { heldOn: '2025-09-15', attendeePersonIds: [person['Ada Chair'], person['Ben Ops']], minutes: 'Reviewed the flood scenario.' });
    expect(one.status).toBe(201);
    expect(one.body.team.meetings[0]).toMatchObject({ heldOn: '2025-09-15', attendees: [{ fullName: 'Ada Chair' }, { fullName: 'Ben Ops' }] });

    const items = (await kpis()).items;
    const by = (n: number) => items.find((i) => i.number === n)!.derived!;
    expect(by(6)).toMatchObject({ rating: 'fully', value: 3 });
    expect(by(7).rating).toBe('fully');
    expect(by(8)).toMatchObject({ rating: 'partially', value: 2 });
    expect(by(9)).toMatchObject({ rating: 'fully', value: 2 });
    expect(by(10)).toMatchObject({ rating: 'partially', value: 1 });

    await coordinator.post(`${org()}/assurance/crisis-team/meetings`, { heldOn: '2026-02-20', attendeePersonIds: [], minutes: '' });
    const ten = await kpi(10);
    expect(ten.derived).toMatchObject({ rating: 'fully', value: 2 });
    expect(ten.derived!.evidence.map((e) => [e.kind, e.on])).toEqual([['cmt_meeting', '2025-09-15'], ['cmt_meeting', '2026-02-20']]);
    // A year on, the September meeting has dropped out of the window: as of any day.
    expect((await kpi(10, '2026-10-01')).derived).toMatchObject({ rating: 'partially', value: 1 });
    expect((await kpi(10, '2025-06-30')).derived).toMatchObject({ rating: 'not_completed', value: 0 });
    // The trend is the same computation at each month-end.
    const trend = (await kpi(10)).trend;
    expect(trend).toHaveLength(12);
    expect(trend.find((p) => p.on === '2025-08-31')!.rating).toBe('not_completed');
    expect(trend.find((p) => p.on === '2025-09-30')!.rating).toBe('partially');
  });

  it('counts a member who left only until the day they left', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const added = await coordinator.post(`${org()}/assurance/crisis-team/members`, { personId: person['Dev Ict'], role: 'ICT', since: '2025-06-01' });
    const member = added.body.team.members.find((m: { personId: string }) => m.personId === person['Dev Ict']);
    expect((await coordinator.post(`${org()}/assurance/crisis-team/members/${member.id}/end`, { until: '2026-01-31' })).status).toBe(200);
    expect((await kpi(6, '2026-01-15')).derived!.value).toBe(4);
    expect((await kpi(6)).derived!.value).toBe(3);
    expect((await coordinator.post(`${org()}/assurance/crisis-team/members/${member.id}/end`, { until: '2026-02-01' })).status).toBe(400);
  });
});

describe('KPI 15: the share of the team trained', () => {
  it('counts members current on every course mandatory for CMT members', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    expect((await kpi(15)).derived).toMatchObject({ rating: 'not_completed', value: 0 });
    const course = (await coordinator.post(`${org()}/training/courses`, { title: 'CMT essentials', kind: 'course', mandatoryFor: ['cmt_member'], renewalMonths: 12 })).body.id;
    await coordinator.post(`${org()}/training/sessions`, { courseId: course, unitId: f.unit.hq, heldOn: '2025-06-10', attendeePersonIds: [person['Ada Chair'], person['Ben Ops']] });
    const now = await kpi(15);
    expect(now.derived).toMatchObject({ value: 67, rating: 'partially' });
    expect(now.derived!.evidence.map((e) => e.id).sort()).toEqual([person['Ada Chair'], person['Ben Ops']].sort());
    await coordinator.post(`${org()}/training/sessions`, { courseId: course, unitId: f.unit.hq, heldOn: '2026-01-20', attendeePersonIds: [person['Cleo Comms']] });
    expect((await kpi(15)).derived).toMatchObject({ value: 100, rating: 'fully' });
    // Renewed yearly: by July the June attendance has lapsed for two of three.
    expect((await kpi(15, '2026-07-01')).derived).toMatchObject({ value: 33, rating: 'not_completed' });
  });
});

describe('KPIs 16–17: the risk register', () => {
  it('reads the latest assessment and its age in months', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    expect((await kpi(17)).derived).toMatchObject({ rating: 'not_completed', value: null });
    const risk = await coordinator.post(`${org()}/risks`, { reference: 'R-1', title: 'Flood', category: 'security', likelihood: 3, impact: 4, treatment: 'reduce', ownerPersonId: person['Ben Ops'], lastAssessedOn: '2025-11-02' });
    expect(risk.status).toBe(201);
    const seventeen = await kpi(17);
    expect(seventeen.derived).toMatchObject({ rating: 'fully', value: 4 });
    expect(seventeen.derived!.evidence).toEqual([{ kind: 'risk', id: risk.body.id, label: 'Flood', on: '2025-11-02' }]);
    expect((await kpi(16)).derived).toMatchObject({ rating: 'fully', value: 1 });
    expect((await kpi(17, '2027-02-01')).derived).toMatchObject({ rating: 'partially', value: 14 });
  });
});

describe('KPI 21: the crisis management plan', () => {
  it('is partially met by a draft and fully by the approved plan, which is its evidence', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `${org()}/plans`;
    const planId = (await coordinator.post(base, { unitId: f.unit.hq, type: 'crisis_management', title: 'HQ crisis management plan' })).body.id;
    expect((await kpi(21)).derived).toMatchObject({ rating: 'partially', value: 0 });
    await coordinator.patch(`${base}/${planId}`, { sections: fullSections });
    await coordinator.post(`${base}/${planId}/submit`);
    t.clock.advance(60_000);
    expect((await client(t, f.at.executive).post(`${base}/${planId}/approve`)).status).toBe(200);
    const row = await kpi(21);
    expect(row.derived).toMatchObject({ rating: 'fully', value: 1 });
    expect(row.derived!.evidence).toEqual([{ kind: 'plan', id: planId, label: 'HQ crisis management plan', on: '2026-03-02' }]);
    expect((await kpi(21, '2026-03-01')).derived).toMatchObject({ rating: 'not_completed', value: 0 });
  });
});

describe('ratings beside the data, and the auditor', () => {
  it('keeps the organization’s rating beside a derived one, downgrades an unevidenced manual fully, and lets the auditor agree', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    expect((await coordinator.post(`${org()}/assurance/kpis/17/rating`, { rating: 'not_completed' })).body).toMatchObject({ organizationRating: { rating: 'not_completed' }, shown: { rating: 'fully', basis: 'derived' } });
    const manual = await coordinator.post(`${org()}/assurance/kpis/27/rating`, { rating: 'fully', evidence: '' });
    expect(manual.body.shown).toEqual({ rating: 'partially', basis: 'manual', verification: null, downgraded: true });
    const before = await snapshotCounts(t);
    expect((await client(t, f.at.external_auditor).post(`${org()}/assurance/kpis/27/verification`, { verdict: 'agree' })).status).toBe(403);
    expect(await snapshotCounts(t)).toEqual(before);
    const agreed = await client(t, f.at.internal_auditor).post(`${org()}/assurance/kpis/27/verification`, { verdict: 'agree', comment: 'Seen the cross-reference table.' });
    expect(agreed.status).toBe(201);
    expect(agreed.body.shown).toMatchObject({ rating: 'fully', verification: 'agree', downgraded: false });
    expect(agreed.body.verification).toMatchObject({ verdict: 'agree', shownRating: 'partially', asOf: '2026-03-02' });
    // History: a second rating becomes current, the first stays.
    const again = await coordinator.post(`${org()}/assurance/kpis/27/rating`, { rating: 'partially', evidence: 'Review record 2026/4' });
    expect(again.body.ratingHistory.map((r: { rating: string }) => r.rating)).toEqual(['partially', 'fully']);
  });
});

describe('framework and maturity', () => {
  it('keeps core-element history, derives KPI 1 from an approved policy, and shows raters apart', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const doc = await coordinator.post(`${org()}/assurance/documents`, { title: 'BCM policy', kind: 'policy', adoptedOn: '2025-04-01', approvedByExecutiveHead: true, referencesOrms: true, link: 'https://intranet.example/bcm-policy' });
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ reviewDueOn: '2026-04-01', reviewOverdue: false });
    expect((await kpi(1)).derived).toMatchObject({ rating: 'fully', evidence: [{ kind: 'policy_document', id: doc.body.id }] });
    await coordinator.post(`${org()}/assurance/core-elements/ratings`, { elementKey: 'approach_and_scope', rating: 'partially', reflectedIn: '§2', policyDocumentId: doc.body.id });
    const second = await coordinator.post(`${org()}/assurance/core-elements/ratings`, { elementKey: 'approach_and_scope', rating: 'fully', reflectedIn: '§2.1 and §2.2' });
    const element = second.body.elements.find((e: { key: string }) => e.key === 'approach_and_scope');
    expect(element.current).toMatchObject({ rating: 'fully', reflectedIn: '§2.1 and §2.2' });
    expect(element.history.map((h: { rating: string }) => h.rating)).toEqual(['fully', 'partially']);
    expect(second.body.tally).toEqual({ fully: 1, partially: 0, not_reflected: 0, unrated: 10 });

    await coordinator.post(`${org()}/assurance/maturity/ratings`, { rater: 'self', level: 'integrated', justification: 'Our view', ratedOn: '2026-02-01' });
    const view = (await client(t, f.at.internal_auditor).post(`${org()}/assurance/maturity/ratings`, { rater: 'internal_audit', level: 'initiated', justification: 'Plans untested', ratedOn: '2026-02-15' })).body;
    expect(view.spread).toBe(3);
    expect(view.raters.map((r: { current: { level: string } | null }) => r.current?.level ?? null)).toEqual(['integrated', 'initiated', null, null]);
    // Policy approved and a coordinator designated (the fixture's): initiated; planned still misses a BIA, among others.
    expect(view.suggestion.level).toBe('initiated');
    expect(view.suggestion.missing).toContainEqual({ level: 'planned', key: 'bia_conducted', unknown: false });
    expect(view.allowedActions.rateAs).toEqual(['internal_audit']);
  });
});
