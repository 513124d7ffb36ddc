import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCallerMatrix, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type Outcome, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Every assurance route against every caller. Assurance speaks for the whole organization, so
 * rights are held at its root: everyone but staff reads (country-scoped callers are refused);
 * the coordinator and the executive record the framework, the team and the organization's own
 * ratings; only the internal auditor verifies a KPI; each maturity rater rates only as itself.
 * Callers of another organization are told it does not exist; no refusal changes anything.
 */

let t: TestApp;
let f: OrgFixture;
let callers: Map<string, Caller>;
let outsiders: OrgFixture;
let documentId = '';
let personId = '';
let theirDocument = '';
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers, outsiders } = await createCallerMatrix(t));
  const coordinator = client(t, f.at.bc_coordinator);
  const base = `/api/orgs/${f.orgId}/assurance`;
  documentId = (await coordinator.post(`${base}/documents`, { title: 'BCM policy', kind: 'policy' })).body.id;
  personId = (await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.hq, fullName: 'Member One', email: 'member.one@authz-assurance.test.example' })).body.id;
  await coordinator.put(`${base}/crisis-team`, { name: 'CMT' });
  theirDocument = (await client(t, outsiders.at.bc_coordinator).post(`/api/orgs/${outsiders.orgId}/assurance/documents`, { title: 'Theirs', kind: 'policy' })).body.id;
});
afterAll(() => t.close());

const outsider = (who: string) => who.startsWith('outsider.');
/** Readers: every role held at the root but staff, and the installation roles. */
const read = (who: string): Outcome => (outsider(who) ? 404 : who === 'staff' || who.startsWith('country.') ? 403 : 200);
const only = (...allowed: string[]) => (who: string): Outcome => (outsider(who) ? 404 : allowed.includes(who) ? 200 : 403);
const EDITORS = ['bc_coordinator', 'executive'];
const base = () => `/api/orgs/${f.orgId}/assurance`;
let nextPerson = 0;
const newPerson = async () => (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.hq, fullName: `Person ${++nextPerson}`, email: `p${nextPerson}@authz-assurance.test.example` })).body.id as string;
const newMember = async () => {
  const id = await newPerson();
  const view = (await client(t, f.at.bc_coordinator).post(`${base()}/crisis-team/members`, { personId: id, since: '2025-01-01' })).body;
  return view.team.members.find((m: { personId: string }) => m.personId === id).id as string;
};

const ROUTES: RouteCase[] = [
  { route: 'GET framework', call: (c) => c.get(`${base()}/framework`), expect: read },
  { route: 'GET crisis-team', call: (c) => c.get(`${base()}/crisis-team`), expect: read },
  { route: 'GET kpis', call: (c) => c.get(`${base()}/kpis?asOf=2026-02-28`), expect: read },
  { route: 'GET maturity', call: (c) => c.get(`${base()}/maturity`), expect: read },
  { route: 'POST documents', call: (c) => c.post(`${base()}/documents`, { title: 'Guidance', kind: 'guidance' }), expect: only(...EDITORS) },
  { route: 'PUT documents/:id', call: (c) => c.put(`${base()}/documents/${documentId}`, { title: 'BCM policy v2', kind: 'policy' }), expect: only(...EDITORS) },
  { route: 'PUT another organization’s document, through this organization', call: (c) => c.put(`${base()}/documents/${theirDocument}`, { title: 'Mine now', kind: 'policy' }), expect: (who) => (read(who) === 403 ? 403 : 404) },
  { route: 'POST core-elements/ratings', call: (c) => c.post(`${base()}/core-elements/ratings`, { elementKey: 'governance_structure', rating: 'partially' }), expect: only(...EDITORS) },
  { route: 'PUT crisis-team', call: (c) => c.put(`${base()}/crisis-team`, { name: 'Crisis management team' }), expect: only(...EDITORS) },
  { route: 'POST crisis-team/members', prepare: newPerson, call: (c, id) => c.post(`${base()}/crisis-team/members`, { personId: id, role: 'Ops', since: '2025-01-01' }), expect: only(...EDITORS) },
  { route: 'POST crisis-team/members/:id/end', prepare: newMember, call: (c, id) => c.post(`${base()}/crisis-team/members/${id}/end`, { until: '2026-01-01' }), expect: only(...EDITORS) },
  { route: 'POST crisis-team/meetings', call: (c) => c.post(`${base()}/crisis-team/meetings`, { heldOn: '2026-01-10', attendeePersonIds: [personId] }), expect: only(...EDITORS) },
  { route: 'POST kpis/3/rating', call: (c) => c.post(`${base()}/kpis/3/rating`, { rating: 'partially', evidence: '§4' }), expect: only(...EDITORS) },
  { route: 'POST kpis/3/verification', call: (c) => c.post(`${base()}/kpis/3/verification`, { verdict: 'disagree', comment: 'No clause names the plans.' }), expect: only('internal_auditor') },
  { route: 'POST maturity/ratings as self', call: (c) => c.post(`${base()}/maturity/ratings`, { rater: 'self', level: 'planned', justification: 'J', ratedOn: '2026-01-01' }), expect: only(...EDITORS) },
  { route: 'POST maturity/ratings as internal audit', call: (c) => c.post(`${base()}/maturity/ratings`, { rater: 'internal_audit', level: 'initiated', justification: 'J', ratedOn: '2026-01-01' }), expect: only('internal_auditor') },
  { route: 'POST maturity/ratings as external audit', call: (c) => c.post(`${base()}/maturity/ratings`, { rater: 'external_audit', level: 'initiated', justification: 'J', ratedOn: '2026-01-01' }), expect: only('external_auditor') },
  { route: 'POST maturity/ratings as oversight committee', call: (c) => c.post(`${base()}/maturity/ratings`, { rater: 'oversight_committee', level: 'ad_hoc', justification: 'J', ratedOn: '2026-01-01' }), expect: only('oversight_committee') },
];

describeRouteMatrix(ROUTES, () => ({ t, callers }));

describe('what each caller is told they may do', () => {
  it('names the actions in the views', async () => {
    const kpis = async (c: Caller) => (await client(t, c).get(`${base()}/kpis`)).body.allowedActions;
    expect(await kpis(f.at.bc_coordinator)).toEqual({ rate: true, verify: false });
    expect(await kpis(f.at.internal_auditor)).toEqual({ rate: false, verify: true });
    expect(await kpis(f.at.governing_body_reader)).toEqual({ rate: false, verify: false });
    const rateAs = async (c: Caller) => (await client(t, c).get(`${base()}/maturity`)).body.allowedActions.rateAs;
    expect(await rateAs(f.at.executive)).toEqual(['self']);
    expect(await rateAs(f.at.oversight_committee)).toEqual(['oversight_committee']);
    expect(await rateAs(callers.get('admin')!)).toEqual([]);
  });

  it('writes every change to the audit trail', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    await coordinator.put(`${base()}/documents/${documentId}`, { title: 'BCM policy (revised)', kind: 'policy' });
    await coordinator.post(`${base()}/core-elements/ratings`, { elementKey: 'governance_structure', rating: 'fully' });
    await client(t, f.at.bc_coordinator).post(`${base()}/crisis-team/members/${await newMember()}/end`, { until: '2026-02-01' });
    await coordinator.post(`${base()}/crisis-team/meetings`, { heldOn: '2026-02-10' });
    await coordinator.post(`${base()}/kpis/27/rating`, { rating: 'partially' });
    await client(t, f.at.internal_auditor).post(`${base()}/kpis/27/verification`, { verdict: 'agree' });
    await coordinator.post(`${base()}/maturity/ratings`, { rater: 'self', level: 'initiated', justification: 'J', ratedOn: '2026-01-01' });
    const trail = (await coordinator.get(`/api/orgs/${f.orgId}/audit?limit=500`)).body;
    const actions = new Set((trail.items ?? trail).map((e: { action: string }) => e.action));
    for (const a of ['policy_document.registered', 'policy_document.updated', 'core_element.rated', 'crisis_team.established', 'crisis_team.member_added', 'crisis_team.member_left', 'crisis_team.meeting_recorded', 'kpi.rated', 'kpi.verified', 'maturity.rated']) expect(actions, a).toContain(a);
  });
});
