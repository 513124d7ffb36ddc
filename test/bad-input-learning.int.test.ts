import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import { badName, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, notUuidNorNull, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/** Every write route of the learning slice against whatever arrives: 400 naming the field, never a 500, never a half-written record. */

let t: TestApp;
let f: OrgFixture;
let personId = '';
let reviewId = '';
let lessonId = '';
let managementId = '';
let evaluationId = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const c = client(t, f.at.bc_coordinator);
  const org = `/api/orgs/${f.orgId}`;
  personId = (await c.post(`${org}/people`, { unitId: f.unit.country, fullName: 'Owner One', email: 'owner@bad-learning.test.example' })).body.id;
  reviewId = (await c.post(`${org}/post-incident-reviews`, { title: 'Review', unitId: f.unit.country, ownerPersonId: personId, dueOn: '2026-04-01' })).body.id;
  lessonId = (await c.post(`${org}/lessons`, { kind: 'lesson', title: 'Lesson', narrative: 'Text', category: 'communication', language: 'en' })).body.id;
  managementId = (await c.post(`${org}/management-reviews`, { title: 'MR', heldOn: '2026-04-01', periodFrom: '2026-01-01', periodTo: '2026-03-31' })).body.id;
  evaluationId = (await c.post(`${org}/crisis-evaluations`, { title: 'Evaluation' })).body.id;
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;
const coordinator = () => f.at.bc_coordinator;
const notDate = fc.oneof(notStringOrNull, fc.constantFrom('2026-02-30', '01/04/2026', '2026-4-1', ''));
const notDateNorNull = fc.oneof(notString, fc.constantFrom('2026-02-30', '01/04/2026', '2026-4-1', ''));
const notBool = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
const notTextOrLong = (max: number) => fc.oneof(notStringOrNull, tooLong(max));

const WRITES: WriteRoute[] = [
  {
    name: 'POST post-incident-reviews',
    method: 'POST',
    url: () => `${org()}/post-incident-reviews`,
    caller: coordinator,
    valid: () => ({ title: 'A review', unitId: f.unit.country, ownerPersonId: personId, dueOn: '2026-04-01' }),
    invalid: { title: badName(), unitId: notUuid, ownerPersonId: notUuid, dueOn: notDate, eventType: notIn(['natural_disaster']).filter((v) => v !== null) },
    idsInPath: true,
  },
  {
    name: 'PATCH post-incident-reviews/:id',
    method: 'PATCH',
    url: () => `${org()}/post-incident-reviews/${reviewId}`,
    caller: coordinator,
    valid: () => ({ title: 'Renamed', sections: { whatHappened: { response: 'Text' }, enablers: 'x' } }),
    invalid: {
      title: badName(),
      ownerPersonId: notUuid,
      dueOn: notDate,
      participantPersonIds: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.constant(null), fc.array(notUuid, { minLength: 1, maxLength: 3 })),
      sections: fc.oneof(notString.filter((v) => typeof v !== 'object' || Array.isArray(v)), fc.constant(null), fc.constant({ whatHappened: { lunch: 'x' } }), fc.constant({ enablers: 5 }), fc.constant({ other: 'x' })),
    },
  },
  {
    name: 'POST post-incident-reviews/:id/changes',
    method: 'POST',
    url: () => `${org()}/post-incident-reviews/${reviewId}/changes`,
    caller: coordinator,
    valid: () => ({ title: 'Change', changeTarget: 'policy', ownerPersonId: personId, dueOn: '2026-05-01', evidenceRequired: 'Signed policy' }),
    invalid: { title: badName(), changeTarget: notIn(['plan', 'bia', 'policy', 'framework', 'other']), planId: notUuidNorNull, ownerPersonId: notUuid, dueOn: notDate, evidenceRequired: badName(2000), description: notTextOrLong(5000) },
  },
  {
    name: 'POST lessons',
    method: 'POST',
    url: () => `${org()}/lessons`,
    caller: coordinator,
    valid: () => ({ kind: 'good_practice', title: 'Practice', narrative: 'Narrative', category: 'remote_working', language: 'fr' }),
    invalid: {
      kind: notIn(['lesson', 'good_practice']),
      title: badName(300),
      narrative: badName(20_000),
      category: notIn(['remote_working', 'communication']),
      language: notIn(['en', 'fr', 'es', 'ru', 'zh', 'ar']),
      sharing: notIn(['organization', 'installation']).filter((v) => v !== null),
      anonymized: notBool.filter((v) => v !== null),
      unitId: notUuidNorNull,
      reviewId: notUuidNorNull,
      phase: notIn(['baseline', 'response']).filter((v) => v !== null),
      translations: fc.oneof(fc.constant({ xx: { title: 'a', narrative: 'b' } }), fc.constant({ en: { title: '' } }), fc.constant({ fr: { title: 'a', narrative: 'b' } }), fc.constant([])),
    },
    idsInPath: true,
  },
  {
    name: 'PATCH lessons/:id',
    method: 'PATCH',
    url: () => `${org()}/lessons/${lessonId}`,
    caller: coordinator,
    valid: () => ({ title: 'Renamed lesson' }),
    invalid: { title: badName(300), narrative: badName(20_000), sharing: notIn(['organization', 'installation']), anonymized: notBool, eventType: fc.oneof(notString, fc.constant('flood')) },
  },
  {
    name: 'POST management-reviews',
    method: 'POST',
    url: () => `${org()}/management-reviews`,
    caller: coordinator,
    valid: () => ({ title: 'MR 2', heldOn: '2026-04-01', periodFrom: '2026-01-01', periodTo: '2026-03-31' }),
    invalid: { title: badName(), heldOn: notDate, periodFrom: notDate, periodTo: fc.oneof(notDate, fc.constant('2025-01-01')) },
    idsInPath: true,
  },
  {
    name: 'PATCH management-reviews/:id',
    method: 'PATCH',
    url: () => `${org()}/management-reviews/${managementId}`,
    caller: coordinator,
    valid: () => ({ contextChanges: 'New premises' }),
    invalid: { title: badName(), heldOn: notDate, attendees: notTextOrLong(5000), contextChanges: notTextOrLong(20_000), decisions: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.constant(null), fc.constant(['']), fc.constant([5])) },
  },
  {
    name: 'POST management-reviews/:id/actions',
    method: 'POST',
    url: () => `${org()}/management-reviews/${managementId}/actions`,
    caller: coordinator,
    valid: () => ({ title: 'Decided', ownerPersonId: personId, dueOn: '2026-06-30', evidenceRequired: 'Proof' }),
    invalid: { title: badName(), ownerPersonId: notUuid, dueOn: notDate, evidenceRequired: badName(2000), planId: notUuidNorNull },
  },
  {
    name: 'POST crisis-evaluations',
    method: 'POST',
    url: () => `${org()}/crisis-evaluations`,
    caller: coordinator,
    valid: () => ({ title: 'Evaluation 2', periodFrom: '2020-03-01', periodTo: '2022-06-30' }),
    invalid: { title: badName(), crisis: notTextOrLong(2000), periodFrom: notDateNorNull, periodTo: fc.oneof(notDateNorNull, fc.constant('2019-01-01')) },
    idsInPath: true,
  },
  {
    name: 'PATCH crisis-evaluations/:id',
    method: 'PATCH',
    url: () => `${org()}/crisis-evaluations/${evaluationId}`,
    caller: coordinator,
    valid: () => ({ phases: { adjustment: { hr: 'Rotation' } } }),
    invalid: {
      title: badName(),
      governingBody: notTextOrLong(300),
      phases: fc.oneof(notString.filter((v) => typeof v !== 'object' || Array.isArray(v)), fc.constant(null), fc.constant({ later: { hr: 'x' } }), fc.constant({ baseline: { money: 'x' } }), fc.constant({ baseline: { hr: 5 } })),
      findings: fc.oneof(notString.filter((v) => typeof v !== 'object' || Array.isArray(v)), fc.constant(null), fc.constant({ wishes: 'x' })),
    },
  },
];

describeWriteRoutes(() => t, WRITES);
