import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_ROLES } from '../src/domain/roles.js';
import { client, createCallerMatrix, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Who may do what in the learning slice, and what crosses organizations: only lessons
 * published installation-wide, and an anonymized one without any trace of its source
 * (organization, unit, review, author) through every route that returns lessons.
 */

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<string, Caller>;
let personId = '';
let reviewId = '';
let managementId = '';
let evaluationId = '';
let orgName = '';
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers, outsiders } = await createCallerMatrix(t));
  const c = client(t, f.at.bc_coordinator);
  personId = (await c.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Leila Nasser', email: 'leila@authz-learning.test.example' })).body.id;
  reviewId = (await c.post(`/api/orgs/${f.orgId}/post-incident-reviews`, { title: 'Country review', unitId: f.unit.country, ownerPersonId: personId, dueOn: '2026-04-01' })).body.id;
  managementId = (await c.post(`/api/orgs/${f.orgId}/management-reviews`, { title: 'MR', heldOn: '2026-04-01', periodFrom: '2026-01-01', periodTo: '2026-03-31' })).body.id;
  evaluationId = (await c.post(`/api/orgs/${f.orgId}/crisis-evaluations`, { title: 'Evaluation' })).body.id;
  orgName = (await c.get(`/api/orgs/${f.orgId}`)).body.name;
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;
const outsider = (who: string) => who.startsWith('outsider.');
const installation = (who: string) => who === 'analyst' || who === 'admin';
/** Not following the country office's reviews. */
const blind = (who: string) => outsider(who) || ['staff', 'governing_body_reader', 'country.staff'].includes(who);
const REVIEW_MANAGERS = ['bc_coordinator', 'focal_point', 'plan_owner', 'cmt_member', 'country.bc_coordinator', 'country.focal_point', 'country.plan_owner'];
const LESSON_WRITERS = [...REVIEW_MANAGERS, 'executive'];
const PUBLISHERS = ['bc_coordinator', 'executive', 'country.bc_coordinator'];
const TOP = ['bc_coordinator', 'executive'];
const TOP_READERS = [...TOP, 'internal_auditor', 'external_auditor', 'oversight_committee', 'governing_body_reader'];

const draftLesson = async () => (await client(t, f.at.bc_coordinator).post(`${org()}/lessons`, { kind: 'lesson', title: 'Draft', narrative: 'Text', category: 'communication', language: 'en', unitId: f.unit.country })).body.id as string;
const freshReview = async () => {
  const c = client(t, f.at.bc_coordinator);
  const id = (await c.post(`${org()}/post-incident-reviews`, { title: 'To complete', unitId: f.unit.country, ownerPersonId: personId, dueOn: '2026-04-01' })).body.id as string;
  await c.patch(`${org()}/post-incident-reviews/${id}`, { sections: { whatHappened: { response: 'x' }, whatWorked: 'y' } });
  return id;
};

const ROUTES: RouteCase[] = [
  { route: 'GET post-incident-reviews', call: (c) => c.get(`${org()}/post-incident-reviews`), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET post-incident-reviews/:id', call: (c) => c.get(`${org()}/post-incident-reviews/${reviewId}`), expect: (who) => (blind(who) ? 404 : 200) },
  {
    route: 'POST post-incident-reviews',
    call: (c) => c.post(`${org()}/post-incident-reviews`, { title: 'By hand', unitId: f.unit.country, ownerPersonId: personId, dueOn: '2026-04-01' }),
    expect: (who) => (blind(who) ? 404 : REVIEW_MANAGERS.includes(who) ? 200 : 403),
  },
  { route: 'PATCH post-incident-reviews/:id', call: (c) => c.patch(`${org()}/post-incident-reviews/${reviewId}`, { sections: { enablers: 'Radios' } }), expect: (who) => (blind(who) ? 404 : REVIEW_MANAGERS.includes(who) ? 200 : 403) },
  {
    route: 'POST post-incident-reviews/:id/changes',
    call: (c) => c.post(`${org()}/post-incident-reviews/${reviewId}/changes`, { title: 'Change', changeTarget: 'policy', ownerPersonId: personId, dueOn: '2026-05-01', evidenceRequired: 'Signed' }),
    expect: (who) => (blind(who) ? 404 : REVIEW_MANAGERS.includes(who) ? 200 : 403),
  },
  { route: 'POST post-incident-reviews/:id/complete', prepare: freshReview, call: (c, id) => c.post(`${org()}/post-incident-reviews/${id}/complete`), expect: (who) => (blind(who) ? 404 : REVIEW_MANAGERS.includes(who) ? 200 : 403) },
  { route: 'GET lessons', call: (c) => c.get(`${org()}/lessons?q=flood`), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET lessons/:id (a draft)', prepare: draftLesson, call: (c, id) => c.get(`${org()}/lessons/${id}`), expect: (who) => (LESSON_WRITERS.includes(who) ? 200 : 404) },
  {
    route: 'POST lessons',
    call: (c) => c.post(`${org()}/lessons`, { kind: 'lesson', title: 'New', narrative: 'Text', category: 'communication', language: 'en', unitId: f.unit.country }),
    expect: (who) => (outsider(who) ? 404 : LESSON_WRITERS.includes(who) ? 200 : 403),
  },
  { route: 'PATCH lessons/:id (a draft)', prepare: draftLesson, call: (c, id) => c.patch(`${org()}/lessons/${id}`, { title: 'Edited' }), expect: (who) => (LESSON_WRITERS.includes(who) ? 200 : 404) },
  {
    route: 'POST lessons/:id/publish (organization)',
    prepare: draftLesson,
    call: (c, id) => c.post(`${org()}/lessons/${id}/publish`),
    expect: (who) => (PUBLISHERS.includes(who) ? 200 : LESSON_WRITERS.includes(who) ? 403 : 404),
  },
  { route: 'GET lesson-suggestions', call: (c) => c.get(`${org()}/lesson-suggestions?eventType=natural_disaster`), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET management-reviews', call: (c) => c.get(`${org()}/management-reviews`), expect: (who) => (TOP_READERS.includes(who) || installation(who) ? 200 : 404) },
  { route: 'GET management-reviews/:id', call: (c) => c.get(`${org()}/management-reviews/${managementId}`), expect: (who) => (TOP_READERS.includes(who) || installation(who) ? 200 : 404) },
  { route: 'GET management-reviews/:id/export', call: (c) => c.get(`${org()}/management-reviews/${managementId}/export?format=docx`), expect: (who) => (TOP_READERS.includes(who) || installation(who) ? 200 : 404) },
  {
    route: 'POST management-reviews',
    call: (c) => c.post(`${org()}/management-reviews`, { title: 'MR', heldOn: '2026-04-01', periodFrom: '2026-01-01', periodTo: '2026-03-31' }),
    expect: (who) => (TOP.includes(who) ? 200 : TOP_READERS.includes(who) || installation(who) ? 403 : 404),
  },
  { route: 'PATCH management-reviews/:id', call: (c) => c.patch(`${org()}/management-reviews/${managementId}`, { decisions: ['Keep going'] }), expect: (who) => (TOP.includes(who) ? 200 : TOP_READERS.includes(who) || installation(who) ? 403 : 404) },
  {
    route: 'POST management-reviews/:id/actions',
    call: (c) => c.post(`${org()}/management-reviews/${managementId}/actions`, { title: 'Do it', ownerPersonId: personId, dueOn: '2026-06-01', evidenceRequired: 'Proof' }),
    expect: (who) => (TOP.includes(who) ? 200 : TOP_READERS.includes(who) || installation(who) ? 403 : 404),
  },
  { route: 'GET crisis-evaluations', call: (c) => c.get(`${org()}/crisis-evaluations`), expect: (who) => (TOP_READERS.includes(who) || installation(who) ? 200 : 404) },
  { route: 'GET crisis-evaluations/:id/export', call: (c) => c.get(`${org()}/crisis-evaluations/${evaluationId}/export?format=docx`), expect: (who) => (TOP_READERS.includes(who) || installation(who) ? 200 : 404) },
  { route: 'PATCH crisis-evaluations/:id', call: (c) => c.patch(`${org()}/crisis-evaluations/${evaluationId}`, { findings: { gaps: 'VPN' } }), expect: (who) => (TOP.includes(who) ? 200 : TOP_READERS.includes(who) || installation(who) ? 403 : 404) },
  {
    route: 'POST crisis-evaluations',
    call: (c) => c.post(`${org()}/crisis-evaluations`, { title: 'Another' }),
    expect: (who) => (TOP.includes(who) ? 200 : TOP_READERS.includes(who) || installation(who) ? 403 : 404),
  },
];

describeRouteMatrix(ROUTES, () => ({ t, callers }));

describe('lessons across organizations', () => {
  let anonymous = '';
  let named = '';
  let internal = '';
  let sharedDraft = '';
  let theirPlan = '';
  const write = async (over: object) => {
    const c = client(t, f.at.bc_coordinator);
    const id = (await c.post(`${org()}/lessons`, { kind: 'lesson', narrative: 'During the floods the call tree failed.', category: 'communication', eventType: 'natural_disaster', language: 'en', unitId: f.unit.country, reviewId, ...over })).body.id as string;
    return id;
  };

  beforeAll(async () => {
    const c = client(t, f.at.bc_coordinator);
    anonymous = await write({ title: 'Floods: anonymous lesson', sharing: 'installation', anonymized: true });
    named = await write({ title: 'Floods: named lesson', sharing: 'installation', anonymized: false });
    internal = await write({ title: 'Floods: internal lesson', sharing: 'organization' });
    sharedDraft = await write({ title: 'Floods: shared draft', sharing: 'installation', anonymized: true });
    for (const id of [anonymous, named, internal]) expect((await c.post(`${org()}/lessons/${id}/publish`)).status).toBe(200);
    const theirs = client(t, outsiders.at.bc_coordinator);
    theirPlan = (await theirs.post(`/api/orgs/${outsiders.orgId}/plans`, { unitId: outsiders.unit.country, type: 'business_continuity', title: 'Their plan' })).body.id;
    await theirs.patch(`/api/orgs/${outsiders.orgId}/plans/${theirPlan}`, { structure: { scenarios: [{ scenario: 'natural_hazard', covered: true }] } });
  });

  /** Every route that returns lessons, called from the other organization. */
  const routes = (id: string) => [
    `/api/orgs/${outsiders.orgId}/lessons`,
    `/api/orgs/${outsiders.orgId}/lessons?q=floods`,
    `/api/orgs/${outsiders.orgId}/lessons?scope=shared&eventType=natural_disaster`,
    `/api/orgs/${outsiders.orgId}/lessons/${id}`,
    `/api/orgs/${outsiders.orgId}/lesson-suggestions?eventType=natural_disaster`,
    `/api/orgs/${outsiders.orgId}/lesson-suggestions?planId=${theirPlan}`,
  ];
  const readers = () => [outsiders.at.staff, outsiders.at.bc_coordinator, outsiders.at.executive, callers.get('analyst')!];

  it('an anonymized lesson is found by every route and shows no trace of its source', async () => {
    const author = f.at.bc_coordinator;
    const traces = [f.orgId, orgName, f.unit.country, 'CO office', reviewId, author.userId, author.email, 'Test bc_coordinator'];
    for (const reader of readers()) {
      for (const url of routes(anonymous)) {
        const res = await client(t, reader).get(url);
        expect(res.status, url).toBe(200);
        // The lesson itself (lists also hold the named lesson, which may say where it comes from).
        const shown = 'items' in res.body ? res.body.items.filter((l: { id: string }) => l.id === anonymous) : [res.body];
        expect(shown, url).toHaveLength(1);
        const text = JSON.stringify(shown);
        for (const trace of traces) expect(text, `${url} reveals ${trace}`).not.toContain(trace);
      }
    }
  });

  it('a named lesson shows its organization and unit, never its author or review', async () => {
    for (const reader of readers()) {
      const res = await client(t, reader).get(`/api/orgs/${outsiders.orgId}/lessons/${named}`);
      expect(res.body.source).toEqual({ orgName, unitName: 'CO office', reviewId: null });
      for (const trace of [f.at.bc_coordinator.userId, f.at.bc_coordinator.email, reviewId]) expect(JSON.stringify(res.body)).not.toContain(trace);
    }
  });

  it('what was not shared, or not yet published, never crosses', async () => {
    for (const reader of readers()) {
      for (const id of [internal, sharedDraft]) {
        for (const url of routes(id)) {
          const res = await client(t, reader).get(url);
          expect(JSON.stringify(res.body), url).not.toContain(id);
        }
        expect((await client(t, reader).get(`/api/orgs/${outsiders.orgId}/lessons/${id}`)).status).toBe(404);
      }
    }
  });

  it('no one outside the organization edits or publishes its lessons', async () => {
    for (const role of ORG_ROLES.filter((r) => ['bc_coordinator', 'executive'].includes(r))) {
      const c = client(t, outsiders.at[role]);
      expect((await c.patch(`/api/orgs/${outsiders.orgId}/lessons/${anonymous}`, { title: 'Hijack' })).status).toBe(404);
      expect((await c.post(`/api/orgs/${outsiders.orgId}/lessons/${sharedDraft}/publish`)).status).toBe(404);
    }
  });
});
