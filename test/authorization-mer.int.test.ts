import { afterAll, beforeAll } from 'vitest';
import { client, createCallerMatrix, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The ME&R routes against every kind of caller: members read the policy, only the
 * coordinator at the root sets it; obligations list only what the caller follows; outsiders
 * get 404; no refusal changes anything.
 */

let t: TestApp;
let f: OrgFixture;
let callers: Map<string, Caller>;
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers } = await createCallerMatrix(t));
});
afterAll(() => t.close());

const policy = { periodMonths: { plan_update: 6, plan_approval: 12, functional_test: 12, awareness_plan: 12, training_currency: 24 }, graceDays: 0, dueSoonDays: 30, changeTriggers: [] };

const ROUTES: RouteCase[] = [
  { route: 'GET policy', call: (c) => c.get(`/api/orgs/${f.orgId}/mer/policy`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  { route: 'PUT policy', call: (c) => c.put(`/api/orgs/${f.orgId}/mer/policy`, policy), expect: (who) => (who.startsWith('outsider.') ? 404 : who === 'bc_coordinator' ? 200 : 403) },
  { route: 'GET obligations', call: (c) => c.get(`/api/orgs/${f.orgId}/mer/obligations`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'GET obligations of a unit',
    call: (c) => c.get(`/api/orgs/${f.orgId}/mer/obligations?unitId=${f.unit.otherCountry}`),
    // Country-scoped callers do not follow the other country; staff and governing-body readers follow no unit.
    expect: (who) => (who.startsWith('outsider.') || who.startsWith('country.') || who === 'staff' || who === 'governing_body_reader' ? 404 : 200),
  },
  { route: 'GET calendar-feeds', call: (c) => c.get(`/api/orgs/${f.orgId}/mer/calendar-feeds`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  { route: 'POST calendar-feeds (mine)', call: (c) => c.post(`/api/orgs/${f.orgId}/mer/calendar-feeds`, { scope: 'mine' }), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'POST calendar-feeds (unit)',
    call: (c) => c.post(`/api/orgs/${f.orgId}/mer/calendar-feeds`, { scope: 'unit', unitId: f.unit.otherCountry }),
    expect: (who) => (who.startsWith('outsider.') || who.startsWith('country.') || who === 'staff' || who === 'governing_body_reader' ? 404 : 200),
  },
  {
    route: "DELETE someone else's calendar feed",
    prepare: async () => (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/mer/calendar-feeds`, { scope: 'mine' })).body.id,
    call: (c, feedId) => c.delete(`/api/orgs/${f.orgId}/mer/calendar-feeds/${feedId}`),
    // The coordinator deletes a feed of their own; everyone else is told it does not exist.
    expect: (who) => (who === 'bc_coordinator' ? 200 : 404),
  },
  { route: 'GET exercises', call: (c) => c.get(`/api/orgs/${f.orgId}/exercises`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'POST exercises',
    call: (c) => c.post(`/api/orgs/${f.orgId}/exercises`, { unitId: f.unit.country, type: 'tabletop', title: 'Tabletop', scheduledOn: '2026-06-01' }),
    expect: (who) => (blind(who) ? 404 : MANAGERS.includes(who.replace('country.', '')) ? 200 : 403),
  },
  {
    route: 'GET exercises/:id',
    prepare: async () => (await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/exercises`, { unitId: f.unit.country, type: 'tabletop', title: 'Tabletop', scheduledOn: '2026-06-01' })).body.id,
    call: (c, id) => c.get(`/api/orgs/${f.orgId}/exercises/${id}`),
    expect: (who) => (blind(who) ? 404 : 200),
  },
  {
    route: 'POST exercises/:id/conduct',
    prepare: async () => (await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/exercises`, { unitId: f.unit.country, type: 'tabletop', title: 'Tabletop', scheduledOn: '2026-06-01' })).body.id,
    call: (c, id) => c.post(`/api/orgs/${f.orgId}/exercises/${id}/conduct`, { conductedOn: '2026-06-01' }),
    expect: (who) => (blind(who) ? 404 : MANAGERS.includes(who.replace('country.', '')) ? 200 : 403),
  },
  { route: 'GET focal-points', call: (c) => c.get(`/api/orgs/${f.orgId}/focal-points`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'POST focal-points',
    prepare: async () => (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Appointee', email: `appointee-${crypto.randomUUID()}@test.example` })).body.id,
    call: (c, personId) => c.post(`/api/orgs/${f.orgId}/focal-points`, { unitId: f.unit.country, personId, kind: 'alternate', appointedOn: '2026-12-01' }),
    expect: (who) => (blind(who) ? 404 : ['bc_coordinator', 'executive', 'country.bc_coordinator'].includes(who) ? 200 : 403),
  },
  { route: 'GET training/courses', call: (c) => c.get(`/api/orgs/${f.orgId}/training/courses`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  { route: 'GET training/currency', call: (c) => c.get(`/api/orgs/${f.orgId}/training/currency`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'POST training/courses',
    call: (c) => c.post(`/api/orgs/${f.orgId}/training/courses`, { title: 'Awareness', kind: 'awareness' }),
    expect: (who) => (who.startsWith('outsider.') ? 404 : who === 'bc_coordinator' ? 200 : 403),
  },
  {
    route: 'POST training/sessions',
    prepare: async () => (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/training/courses`, { title: 'Course', kind: 'course' })).body.id,
    call: (c, courseId) => c.post(`/api/orgs/${f.orgId}/training/sessions`, { courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [] }),
    expect: (who) => (blind(who) ? 404 : ['bc_coordinator', 'focal_point', 'country.bc_coordinator', 'country.focal_point'].includes(who) ? 200 : 403),
  },
  { route: 'GET remedial-actions', call: (c) => c.get(`/api/orgs/${f.orgId}/remedial-actions`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
];

/** Exercise managers of the country office; staff-like roles and outsiders do not see exercises at all. */
const MANAGERS = ['bc_coordinator', 'focal_point', 'plan_owner', 'cmt_member'];
const blind = (who: string) => who.startsWith('outsider.') || ['staff', 'governing_body_reader', 'country.staff'].includes(who);

describeRouteMatrix(ROUTES, () => ({ t, callers }));
