import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import { QUESTIONS, staffMember } from '../src/server/modules/people/people.test-support.js';
import { badName, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, notUuidNorNull, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The people slice's write routes against whatever arrives: 400 naming the field, never a 5xx,
 * never a half-written arrangement, survey, answer or plan.
 */
let t: TestApp;
let f: OrgFixture;
let arrangementId = '';
let surveyId = '';
let planId = '';
let member: Awaited<ReturnType<typeof staffMember>>;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  arrangementId = (await coordinator.post(`/api/orgs/${f.orgId}/people/arrangements`, arrangement())).body.id;
  surveyId = (await coordinator.post(`/api/orgs/${f.orgId}/people/surveys`, survey())).body.id;
  await coordinator.post(`/api/orgs/${f.orgId}/people/surveys/${surveyId}/launch`);
  member = await staffMember(t, f.orgId, f.unit.country);
  planId = (await coordinator.post(`/api/orgs/${f.orgId}/people/return-plans`, plan())).body.id;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/people`;
const arrangement = () => ({ level: 'field', kind: 'regular_telework', adoption: 'occasionally', permanence: 'temporary', policyReference: 'IC/2020/1', effectiveFrom: '2020-03-16', effectiveTo: null, notes: '' });
const survey = () => ({ title: { en: 'Pulse' }, intro: {}, questions: QUESTIONS, targetUnitIds: [f.unit.country], opensOn: '2026-03-02', closesOn: '2026-03-30', minimumGroupSize: 5, previousSurveyId: null });
const plan = () => ({
  unitId: f.unit.country,
  title: 'Return',
  phases: [{ key: 'p1', name: 'Phase 1', startsOn: '2026-03-02', endsOn: null, criteria: '', occupancyPercent: 50, teamKeys: ['a'] }],
  sites: [{ key: 'main', name: 'Main', floor: '', capacity: 10 }],
  teams: [{ key: 'a', name: 'A', siteKey: 'main', rotation: 'every_week', weekdays: [1, 2] }],
  members: member ? [{ personId: member.personId, teamKey: 'a' }] : [],
  hygieneMeasures: '',
  meetingRoomMeasures: '',
});
const notDay = fc.oneof(notStringOrNull, fc.constantFrom('2026-02-30', '2026-13-01', 'yesterday', '2026-3-1', ''));
/** Lists may be empty where these fields are concerned: anything else that is not a list. */
const notEmptyList = notStringOrNull.filter((v) => !(Array.isArray(v) && v.length === 0));
const notDayNorNull = fc.oneof(notString, fc.constantFrom('2026-02-30', 'tomorrow', ''));
const badTranslated = fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.constant(null), fc.constant({}), fc.constant({ en: '   ' }), fc.constant({ xx: 'Hello' }), fc.record({ en: tooLong(1000) }));

const WRITES: WriteRoute[] = [
  {
    name: 'POST people/arrangements',
    method: 'POST',
    url: () => `${base()}/arrangements`,
    caller: () => f.at.bc_coordinator,
    valid: arrangement,
    idsInPath: false,
    invalid: {
      level: notIn(['headquarters', 'regional', 'field']),
      kind: notIn(['regular_telework', 'full_time_telework', 'flexible_hours', 'staggered_hours', 'compressed_week', 'telework_away_from_duty_station']),
      adoption: notIn(['widely', 'occasionally', 'certain_functions', 'depends_on_office', 'not_adopted']),
      permanence: notIn(['temporary', 'permanent']),
      policyReference: fc.oneof(notStringOrNull, tooLong(500)),
      effectiveFrom: notDay,
      effectiveTo: fc.oneof(notDayNorNull, fc.constant('2020-01-01')),
      notes: fc.oneof(notStringOrNull, tooLong(5000)),
    },
  },
  {
    name: 'PATCH people/arrangements/:id',
    method: 'PATCH',
    url: () => `${base()}/arrangements/${arrangementId}`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ adoption: 'widely' }),
    invalid: { adoption: notIn(['widely', 'occasionally', 'certain_functions', 'depends_on_office', 'not_adopted']), permanence: notIn(['temporary', 'permanent']), effectiveFrom: notDay, effectiveTo: fc.oneof(notDayNorNull, fc.constant('2001-01-01')) },
  },
  {
    name: 'POST people/surveys',
    method: 'POST',
    url: () => `${base()}/surveys`,
    caller: () => f.at.bc_coordinator,
    valid: survey,
    idsInPath: false,
    invalid: {
      title: badTranslated,
      intro: fc.oneof(fc.constant(null), fc.constant({ xx: 'x' }), fc.integer()),
      questions: fc.oneof(
        notStringOrNull,
        fc.constant([]),
        fc.constant([{ key: 'Bad Key', kind: 'scale', text: { en: 'q' } }]),
        fc.constant([{ key: 'q', kind: 'choice', text: { en: 'q' }, options: [{ key: 'a', text: { en: 'A' } }] }]),
        fc.constant([{ key: 'q', kind: 'scale', text: { en: 'q' }, options: [{ key: 'a', text: { en: 'A' } }, { key: 'b', text: { en: 'B' } }] }]),
        fc.constant([QUESTIONS[0], QUESTIONS[0]]),
        fc.constant([{ key: 'q', kind: 'rating', text: { en: 'q' } }]),
      ),
      targetUnitIds: fc.oneof(notStringOrNull, fc.constant([]), fc.array(notUuid, { minLength: 1, maxLength: 3 }), fc.uuid().map((u) => [u, u])),
      opensOn: notDay,
      closesOn: fc.oneof(notDay, fc.constant('2026-03-01')),
      minimumGroupSize: fc.oneof(notStringOrNull.filter((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 3 || v > 100), fc.integer({ min: -5, max: 2 }), fc.constant(3.5)),
      previousSurveyId: notUuidNorNull,
    },
  },
  {
    name: 'POST people/surveys/:id/responses',
    method: 'POST',
    url: () => `${base()}/surveys/${surveyId}/responses`,
    caller: () => member,
    valid: () => ({ answers: { workload: 3, where: 'home', comment: 'ok' } }),
    invalid: {
      answers: fc.oneof(
        notStringOrNull.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
        fc.constant({ workload: 9 }),
        fc.constant({ workload: 'three' }),
        fc.constant({ workload: 3, where: 'moon' }),
        fc.constant({ workload: 3, nope: 1 }),
        fc.constant({ where: 'home' }),
        fc.constant({ workload: 3, comment: 'é'.repeat(2001) }),
        fc.constant({ workload: 2.5 }),
      ),
    },
  },
  {
    name: 'POST people/surveys/:id/follow-ups',
    method: 'POST',
    url: () => `${base()}/surveys/${surveyId}/follow-ups`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ title: 'Workload talks', description: '', ownerPersonId: member.personId, dueOn: '2026-05-01', questionKey: null, groupUnitId: null }),
    invalid: { title: badName(300), ownerPersonId: fc.oneof(notUuid, fc.uuid()), dueOn: notDay, questionKey: fc.oneof(notString, fc.constant('Not A Key'), fc.constant('missing')), groupUnitId: fc.oneof(notUuidNorNull, fc.uuid()) },
  },
  {
    name: 'POST people/return-plans',
    method: 'POST',
    url: () => `${base()}/return-plans`,
    caller: () => f.at.bc_coordinator,
    valid: plan,
    idsInPath: false,
    invalid: {
      unitId: notUuid,
      title: badName(),
      phases: fc.oneof(
        notStringOrNull,
        fc.constant([]),
        fc.constant([{ key: 'p1', name: 'P', startsOn: '2026-03-10', endsOn: '2026-03-01', occupancyPercent: 50, teamKeys: ['a'] }]),
        fc.constant([{ key: 'p1', name: 'P', startsOn: '2026-03-02', occupancyPercent: 150, teamKeys: ['a'] }]),
        fc.constant([{ key: 'p1', name: 'P', startsOn: '2026-03-02', occupancyPercent: 5, teamKeys: ['a'] }]),
        fc.constant([{ key: 'p1', name: 'P', startsOn: '2026-03-02', occupancyPercent: 50, teamKeys: ['zz'] }]),
      ),
      sites: fc.oneof(notStringOrNull, fc.constant([]), fc.constant([{ key: 'main', name: 'M', capacity: -1 }]), fc.constant([{ key: 'main', name: 'M', capacity: 10 }, { key: 'main', name: 'Again', capacity: 10 }])),
      teams: fc.oneof(notEmptyList, fc.constant([{ key: 'a', name: 'A', siteKey: 'main', rotation: 'monthly', weekdays: [1] }]), fc.constant([{ key: 'a', name: 'A', siteKey: 'main', rotation: 'every_week', weekdays: [0, 8] }]), fc.constant([{ key: 'a', name: 'A', siteKey: 'nowhere', rotation: 'every_week', weekdays: [1] }])),
      members: fc.oneof(notEmptyList, fc.uuid().map((id) => [{ personId: id, teamKey: 'a' }]), fc.constant([{ personId: 'x', teamKey: 'a' }])),
      hygieneMeasures: fc.oneof(notStringOrNull, tooLong(5000)),
    },
  },
  {
    name: 'PUT people/return-plans/:id',
    method: 'PUT',
    url: () => `${base()}/return-plans/${planId}`,
    caller: () => f.at.bc_coordinator,
    valid: plan,
    invalid: { unitId: fc.oneof(notUuid, fc.constant('00000000-0000-4000-8000-000000000000')), title: badName(), meetingRoomMeasures: fc.oneof(notStringOrNull, tooLong(5000)) },
  },
];

describeWriteRoutes(() => t, WRITES);
