import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badName, describeWriteRoutes, notIn, notString, notUuid, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let f: OrgFixture;
let feedId = '';
let exerciseId = '';
let personId = '';
let courseId = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  feedId = (await coordinator.post(`/api/orgs/${f.orgId}/mer/calendar-feeds`, { scope: 'mine' })).body.id;
  exerciseId = (await coordinator.post(`/api/orgs/${f.orgId}/exercises`, { unitId: f.unit.country, type: 'tabletop', title: 'Tabletop', scheduledOn: '2026-06-01' })).body.id;
  await coordinator.post(`/api/orgs/${f.orgId}/exercises/${exerciseId}/conduct`, { conductedOn: '2026-06-01' });
  courseId = (await coordinator.post(`/api/orgs/${f.orgId}/training/courses`, { title: 'Course', kind: 'course' })).body.id;
  personId = (await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Owner Person', email: 'owner@bad.test.example' })).body.id;
});
afterAll(() => t.close());

const periods = { plan_update: 6, plan_approval: 12, functional_test: 12, awareness_plan: 12, training_currency: 24 };
/** Not a whole number within [min, max] (plain integers would otherwise slip through `notString`). */
const outside = (min: number, max: number) => fc.oneof(notString.filter((v) => !Number.isInteger(v) || (v as number) < min || (v as number) > max), fc.constantFrom(min - 1, max + 1, min + 0.5));
const badMonths = outside(1, 60);
/** Not a list at all (an empty list would be valid for these fields). */
const notArray = notString.filter((v) => !Array.isArray(v));

const WRITES: WriteRoute[] = [
  {
    name: 'PUT mer policy',
    method: 'PUT',
    url: () => `/api/orgs/${f.orgId}/mer/policy`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ periodMonths: periods, graceDays: 0, dueSoonDays: 30, changeTriggers: ['unit_restructured'] }),
    invalid: {
      periodMonths: fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length > 0), badMonths.map((m) => ({ ...periods, plan_update: m })), fc.constant({ plan_update: 6 })),
      graceDays: outside(0, 180),
      dueSoonDays: outside(0, 180),
      changeTriggers: fc.oneof(notArray, fc.array(notIn(['plan_owner_changed', 'focal_point_changed', 'unit_restructured', 'risk_linked', 'findings_closed']), { minLength: 1, maxLength: 3 }), fc.constant(['unit_restructured', 'unit_restructured'])),
    },
  },
  {
    name: 'POST calendar-feeds',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/mer/calendar-feeds`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ scope: 'unit', unitId: f.unit.country }),
    invalid: { scope: notIn(['mine', 'unit']), unitId: notUuid },
  },
  { name: 'DELETE calendar-feed', method: 'DELETE', url: () => `/api/orgs/${f.orgId}/mer/calendar-feeds/${feedId}`, caller: () => f.at.bc_coordinator, valid: () => ({}), invalid: {} },
  {
    name: 'POST exercises',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/exercises`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ unitId: f.unit.country, type: 'tabletop', title: 'Tabletop', scheduledOn: '2026-06-01' }),
    invalid: {
      unitId: notUuid,
      type: notIn(['walk_through', 'tabletop', 'call_tree_test', 'simulation', 'functional', 'full_scale']),
      title: badName(),
      scheduledOn: fc.oneof(notString, fc.constantFrom('2026-02-30', '01/06/2026', '', 'soon')),
      objectives: fc.oneof(notArray, fc.array(badName(500), { minLength: 1, maxLength: 3 })),
      planIds: fc.oneof(notArray, fc.array(notUuid, { minLength: 1, maxLength: 3 })),
      participants: fc.oneof(notArray, fc.array(fc.record({ personId: notUuid, role: fc.constant('participant') }), { minLength: 1, maxLength: 2 })),
    },
  },
  {
    name: 'POST exercise conduct',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/exercises/${exerciseId}/conduct`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ conductedOn: '2026-06-01' }),
    invalid: {
      conductedOn: fc.oneof(notString, fc.constantFrom('2026-13-01', 'yesterday')),
      results: fc.oneof(notArray, fc.array(fc.record({ serviceId: fc.uuid(), achievedMinutes: fc.oneof(fc.constantFrom(0, -5, 1.5), notString) }), { minLength: 1, maxLength: 2 })),
      summary: fc.oneof(notString, tooLong(20_000)),
    },
  },
  {
    name: 'POST exercise finding',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/exercises/${exerciseId}/findings`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ title: 'Fix it', ownerPersonId: personId, dueOn: '2026-07-01' }),
    invalid: { title: badName(300), ownerPersonId: notUuid, dueOn: fc.oneof(notString, fc.constantFrom('', '2026-00-10')), planId: fc.oneof(notString.filter((v) => v !== null), fc.string()) },
  },
  {
    name: 'POST focal-points',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/focal-points`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ unitId: f.unit.country, personId, kind: 'alternate', appointedOn: '2027-01-01' }),
    invalid: { unitId: notUuid, personId: notUuid, kind: notIn(['focal_point', 'alternate']), appointedOn: fc.oneof(notString, fc.constantFrom('2026-02-29', '')), inJobDescription: fc.oneof(fc.string(), fc.integer()), termsOfReference: fc.oneof(notString, tooLong(10_000)) },
  },
  {
    name: 'POST training course',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/training/courses`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ title: 'Awareness', kind: 'awareness' }),
    invalid: { title: badName(), kind: notIn(['course', 'exercise_briefing', 'awareness']), mandatoryFor: fc.oneof(notArray, fc.array(notIn(['cmt_member', 'focal_point', 'bc_coordinator', 'plan_owner', 'staff']), { minLength: 1, maxLength: 2 })), renewalMonths: fc.oneof(fc.constantFrom(0, 121, 1.5, -3), fc.string()) },
  },
  {
    name: 'POST training session',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/training/sessions`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [personId] }),
    invalid: { courseId: notUuid, unitId: notUuid, heldOn: fc.oneof(notString, fc.constantFrom('2026-02-30')), attendeePersonIds: fc.oneof(notArray, fc.array(notUuid, { minLength: 1, maxLength: 2 }), fc.constant(['11111111-1111-4111-8111-111111111111', '11111111-1111-4111-8111-111111111111'])) },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('obligation queries', () => {
  it.each([
    ['asOf=2026-02-30', 'querystring.asOf'],
    ['asOf=yesterday', 'querystring.asOf'],
    ['unitId=nope', 'querystring.unitId'],
    ['status=late', 'querystring.status'],
    ['subtree=perhaps', 'querystring.subtree'],
  ])('%s → 400 at %s', async (query, path) => {
    const res = await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/mer/obligations?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });
});
