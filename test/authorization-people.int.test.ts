import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS, staffMember } from '../src/server/modules/people/people.test-support.js';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type Outcome, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Every route of the people slice against every kind of caller. Outsiders are told nothing
 * exists; arrangements are read by all members and recorded by the coordinator or executive at
 * the root; surveys are run (and their results read) by coordinators and executives covering
 * the surveyed units — staff answer but never read results; return-to-office plans are kept by
 * the unit's BCM roles and read by anyone with a role there. No refusal changes anything.
 */
let t: TestApp;
let f: OrgFixture;
let callers: Map<string, Caller>;
let arrangementId = '';
let launchedSurvey = '';
let planId = '';
let member: Caller & { personId: string };
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers } = await createCallerMatrix(t));
  const coordinator = client(t, f.at.bc_coordinator);
  arrangementId = (await coordinator.post(`/api/orgs/${f.orgId}/people/arrangements`, { level: 'headquarters', kind: 'flexible_hours', adoption: 'widely', permanence: 'permanent', effectiveFrom: '2019-01-01' })).body.id;
  launchedSurvey = await newSurvey(true);
  member = await staffMember(t, f.orgId, f.unit.country);
  planId = (await coordinator.post(`/api/orgs/${f.orgId}/people/return-plans`, plan())).body.id;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/people`;
const plan = () => ({
  unitId: f.unit.country,
  title: 'Return',
  phases: [{ key: 'p1', name: 'Phase 1', startsOn: '2026-03-02', occupancyPercent: 50, teamKeys: ['a'] }],
  sites: [{ key: 'main', name: 'Main', capacity: 10 }],
  teams: [{ key: 'a', name: 'A', siteKey: 'main', rotation: 'every_week', weekdays: [1, 2, 3] }],
  members: member ? [{ personId: member.personId, teamKey: 'a' }] : [],
});
async function newSurvey(launch: boolean) {
  const coordinator = client(t, f.at.bc_coordinator);
  const id = (await coordinator.post(`/api/orgs/${f.orgId}/people/surveys`, { title: { en: 'Pulse' }, questions: QUESTIONS, targetUnitIds: [f.unit.country], opensOn: '2026-03-02', closesOn: '2026-03-30' })).body.id as string;
  if (launch) await coordinator.post(`/api/orgs/${f.orgId}/people/surveys/${id}/launch`);
  return id;
}

const outsider = (who: string) => who.startsWith('outsider.');
const INSTALLATION = ['analyst', 'admin'];
/** Coordinators and executives covering the country office (and so the survey). */
const RUNNERS = ['bc_coordinator', 'executive', 'country.bc_coordinator'];
const ROOT_EDITORS = ['bc_coordinator', 'executive'];
const PLANNERS = ['bc_coordinator', 'focal_point', 'plan_owner', 'country.bc_coordinator', 'country.focal_point', 'country.plan_owner'];
/** Every caller of the organization, and the installation roles. */
const anyMember = (who: string): Outcome => (outsider(who) ? 404 : 200);
const orMember = (allowed: string[]) => (who: string): Outcome => (outsider(who) ? 404 : allowed.includes(who) ? 200 : 403);
/** Survey routes: not found unless the caller runs the survey or reads everything (none of these callers is invited). */
const survey = (allowed: string[]) => (who: string): Outcome => (outsider(who) || !(RUNNERS.includes(who) || INSTALLATION.includes(who)) ? 404 : allowed.includes(who) ? 200 : 403);

const ROUTES: RouteCase[] = [
  { route: 'GET arrangements', call: (c) => c.get(`${base()}/arrangements`), expect: anyMember },
  { route: 'POST arrangements', call: (c) => c.post(`${base()}/arrangements`, { level: 'field', kind: 'regular_telework', adoption: 'occasionally', permanence: 'temporary', effectiveFrom: '2020-03-16' }), expect: orMember(ROOT_EDITORS) },
  { route: 'PATCH arrangements/:id', call: (c) => c.patch(`${base()}/arrangements/${arrangementId}`, { notes: `n${Math.random()}` }), expect: orMember(ROOT_EDITORS) },
  { route: 'GET surveys', call: (c) => c.get(`${base()}/surveys`), expect: anyMember },
  { route: 'POST surveys', call: (c) => c.post(`${base()}/surveys`, { title: { en: 'Pulse' }, questions: QUESTIONS, targetUnitIds: [f.unit.country], opensOn: '2026-03-02', closesOn: '2026-03-30' }), expect: orMember(RUNNERS) },
  { route: 'GET surveys/:id', call: (c) => c.get(`${base()}/surveys/${launchedSurvey}`), expect: survey([...RUNNERS, ...INSTALLATION]) },
  { route: 'POST surveys/:id/launch', prepare: () => newSurvey(false), call: (c, id) => c.post(`${base()}/surveys/${id}/launch`), expect: survey(RUNNERS) },
  { route: 'POST surveys/:id/close', prepare: () => newSurvey(true), call: (c, id) => c.post(`${base()}/surveys/${id}/close`), expect: survey(RUNNERS) },
  { route: 'POST surveys/:id/responses', call: (c) => c.post(`${base()}/surveys/${launchedSurvey}/responses`, { answers: { workload: 3 } }), expect: survey([]) },
  { route: 'GET surveys/:id/results', call: (c) => c.get(`${base()}/surveys/${launchedSurvey}/results`), expect: survey([...RUNNERS, ...INSTALLATION]) },
  { route: 'GET surveys/:id/trend', call: (c) => c.get(`${base()}/surveys/${launchedSurvey}/trend`), expect: survey([...RUNNERS, ...INSTALLATION]) },
  { route: 'GET surveys/:id/follow-ups', call: (c) => c.get(`${base()}/surveys/${launchedSurvey}/follow-ups`), expect: survey([...RUNNERS, ...INSTALLATION]) },
  { route: 'POST surveys/:id/follow-ups', call: (c) => c.post(`${base()}/surveys/${launchedSurvey}/follow-ups`, { title: 'Act', ownerPersonId: member.personId, dueOn: '2026-05-01' }), expect: survey(RUNNERS) },
  { route: 'GET return-plans', call: (c) => c.get(`${base()}/return-plans`), expect: anyMember },
  { route: 'POST return-plans', call: (c) => c.post(`${base()}/return-plans`, { ...plan(), members: [] }), expect: (who) => (outsider(who) ? 404 : PLANNERS.includes(who) ? 200 : 403) },
  { route: 'GET return-plans/:id', call: (c) => c.get(`${base()}/return-plans/${planId}`), expect: anyMember },
  { route: 'PUT return-plans/:id', call: (c) => c.put(`${base()}/return-plans/${planId}`, plan()), expect: (who) => (outsider(who) ? 404 : PLANNERS.includes(who) ? 200 : 403) },
  { route: 'GET return-plans/:id/rota', call: (c) => c.get(`${base()}/return-plans/${planId}/rota?date=2026-03-03`), expect: anyMember },
  { route: 'GET whereabouts of a plan member', call: (c) => c.get(`${base()}/whereabouts?date=2026-03-03&personId=${member.personId}`), expect: anyMember },
  { route: 'GET whereabouts of oneself, without a directory entry', call: (c) => c.get(`${base()}/whereabouts?date=2026-03-03`), expect: () => 404 },
];


describeRouteMatrix(ROUTES, () => ({ t, callers }));

describe('staff and surveys', () => {
  it('an invited staff member answers once and never reads results; staff elsewhere do not see the survey', async () => {
    const invited = await staffMember(t, f.orgId, f.unit.country);
    const elsewhere = await staffMember(t, f.orgId, f.unit.otherCountry);
    const url = `${base()}/surveys/${launchedSurvey}`;
    expect((await client(t, invited).get(url)).body.allowedActions).toEqual({ launch: false, close: false, answer: true, results: false });
    expect((await client(t, invited).post(`${url}/responses`, { answers: { workload: 4 } })).status).toBe(201);
    const before = await snapshotCounts(t);
    expect((await client(t, invited).post(`${url}/responses`, { answers: { workload: 4 } })).status).toBe(409);
    for (const path of ['/results', '/trend', '/follow-ups']) expect((await client(t, invited).get(`${url}${path}`)).status).toBe(403);
    expect((await client(t, invited).post(`${url}/close`)).status).toBe(403);
    expect((await client(t, elsewhere).get(url)).status).toBe(404);
    expect((await client(t, elsewhere).post(`${url}/responses`, { answers: { workload: 1 } })).status).toBe(404);
    expect(await snapshotCounts(t)).toEqual(before);
    const mine = (await client(t, invited).get(`${base()}/surveys`)).body.items.map((s: { id: string; mine: { answered: boolean } }) => [s.id, s.mine.answered]);
    expect(mine).toContainEqual([launchedSurvey, true]);
    expect((await client(t, elsewhere).get(`${base()}/surveys`)).body.items).toEqual([]);
  });

  it('an outsider cannot reach a survey through this organization or their own', async () => {
    const theirs = callers.get('outsider.bc_coordinator')!;
    expect((await client(t, theirs).get(`${base()}/surveys/${launchedSurvey}/results`)).status).toBe(404);
  });
});
