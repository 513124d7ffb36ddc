import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badName, blank, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, notUuidNorNull, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createCaller, createOrgFixture, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The governance write routes against whatever arrives: 400 naming the field, never a 5xx, and
 * a refused request writes nothing — above all nothing in a procedure's chained record.
 */

let t: TestApp;
let f: OrgFixture;
let rep: Caller;
let bodyId = '';
let memberId = '';
let accreditationId = '';
let draftId = '';
let circulatedId = '';
let voteId = '';
const ALL = { en: 'Draft', fr: 'Projet', es: 'Proyecto', ru: 'Проект', zh: '草案', ar: 'مشروع' };
const api = (path: string) => `/api/orgs/${f.orgId}/governance${path}`;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const s = client(t, f.at.bc_coordinator);
  bodyId = (await s.post(api('/bodies'), { name: 'Board', timeZone: 'America/New_York', officialLanguages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'] })).body.id;
  memberId = (await s.post(api(`/bodies/${bodyId}/members`), { name: 'Chile' })).body.id;
  rep = await createCaller(t, { orgId: f.orgId, role: 'governing_body_reader', unitId: f.unit.hq });
  accreditationId = (await s.post(api(`/bodies/${bodyId}/accreditations`), { memberId, userId: rep.userId, language: 'es', validFrom: '2026-01-01T00:00:00Z' })).body.id;
  draftId = (await s.post(api(`/bodies/${bodyId}/silence-procedures`), { title: 'Draft', texts: ALL })).body.id;
  circulatedId = (await s.post(api(`/bodies/${bodyId}/silence-procedures`), { title: 'Circulated', texts: ALL })).body.id;
  await s.post(api(`/procedures/${circulatedId}/circulate`), { deadline: { instant: '2026-03-09T00:00:00Z' } });
  voteId = (await s.post(api(`/bodies/${bodyId}/written-votes`), { title: 'Vote', texts: { en: 'Agree?' } })).body.id;
});
afterAll(() => t.close());

const notInstant = fc.oneof(notStringOrNull, fc.constantFrom('2026-03-06T18:00:00', '2026-02-30T10:00:00Z', 'tomorrow', '2026-03-06'));
const notInstantNorNull = fc.oneof(notString, fc.constantFrom('2026-03-06T18:00:00', 'tomorrow', ''));
const notLanguage = notIn(['en', 'fr', 'es', 'ru', 'zh', 'ar']);
const secretariat = () => f.at.bc_coordinator;

const WRITES: WriteRoute[] = [
  {
    name: 'POST governance/bodies',
    method: 'POST',
    url: () => api('/bodies'),
    caller: secretariat,
    idsInPath: false,
    valid: () => ({ name: `Body ${Math.random()}`, timeZone: 'UTC', officialLanguages: ['en'] }),
    invalid: {
      name: badName(),
      timeZone: fc.oneof(notStringOrNull, fc.constantFrom('Mars/Olympus', 'GMT+25', ''), tooLong(64)),
      officialLanguages: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.constant([]), fc.constant(['en', 'en']), fc.array(notLanguage, { minLength: 1, maxLength: 3 })),
      silenceMinimumHours: fc.oneof(fc.integer({ max: 71 }), fc.integer({ min: 721 }), fc.double({ min: 72.1, max: 100, noNaN: true }), fc.string()),
    },
  },
  {
    name: 'PUT governance/bodies/:id/continuity',
    method: 'PUT',
    url: () => api(`/bodies/${bodyId}/continuity`),
    caller: secretariat,
    valid: () => ({ mtpdDays: 14, alternateVenues: [{ name: 'Geneva', city: 'Geneva', notes: '' }], virtualProvisions: 'Online platform', interpretationArrangements: 'Remote', planId: null }),
    invalid: {
      mtpdDays: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 366 }), fc.string(), fc.boolean()),
      alternateVenues: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.constant([{ city: 'x' }]), fc.constant([{ name: '', city: '', notes: '' }]), fc.constant(Array.from({ length: 21 }, (_, i) => ({ name: `v${i}` })))),
      virtualProvisions: fc.oneof(notStringOrNull, tooLong(5000)),
      interpretationArrangements: fc.oneof(notStringOrNull, tooLong(5000)),
      planId: notUuidNorNull,
    },
  },
  { name: 'POST governance/bodies/:id/members', method: 'POST', url: () => api(`/bodies/${bodyId}/members`), caller: secretariat, valid: () => ({ name: `Member ${Math.random()}` }), invalid: { name: badName() } },
  {
    name: 'POST governance/bodies/:id/accreditations',
    method: 'POST',
    url: () => api(`/bodies/${bodyId}/accreditations`),
    caller: secretariat,
    valid: () => ({ memberId, userId: rep.userId, language: 'en', validFrom: '2026-01-01T00:00:00Z', validUntil: null }),
    invalid: { memberId: notUuid, userId: fc.oneof(notStringOrNull, blank, tooLong(100)), language: notLanguage, validFrom: notInstant, validUntil: fc.oneof(notInstantNorNull, fc.constant('2025-01-01T00:00:00Z')) },
  },
  { name: 'POST governance/accreditations/:id/end', method: 'POST', url: () => api(`/accreditations/${accreditationId}/end`), caller: secretariat, valid: () => ({ validUntil: '2027-01-01T00:00:00Z' }), invalid: { validUntil: notInstant } },
  {
    name: 'POST governance/bodies/:id/meetings',
    method: 'POST',
    url: () => api(`/bodies/${bodyId}/meetings`),
    caller: secretariat,
    valid: () => ({ title: 'Session', scheduledOn: '2026-02-02', mode: 'hybrid', outcome: 'postponed', reason: 'Travel restrictions' }),
    invalid: { title: badName(), scheduledOn: fc.oneof(notStringOrNull, fc.constantFrom('2026-02-30', '02/02/2026', '')), mode: notIn(['in_person', 'virtual', 'hybrid']), outcome: notIn(['held_as_planned', 'postponed', 'cancelled']), reason: fc.oneof(notStringOrNull, tooLong(2000), blank) },
  },
  {
    name: 'POST governance/bodies/:id/silence-procedures',
    method: 'POST',
    url: () => api(`/bodies/${bodyId}/silence-procedures`),
    caller: secretariat,
    valid: () => ({ title: 'Draft', texts: ALL }),
    invalid: { title: badName(300), texts: fc.oneof(notString.filter((v) => typeof v !== 'object' || Array.isArray(v)), fc.constant({ de: 'Entwurf' }), fc.constant({ en: 5 }), fc.constant({ en: 'x'.repeat(50_001) })) },
  },
  {
    name: 'POST governance/bodies/:id/written-votes',
    method: 'POST',
    url: () => api(`/bodies/${bodyId}/written-votes`),
    caller: secretariat,
    valid: () => ({ title: 'Vote', texts: { en: 'Agree?' }, rule: { kind: 'majority_of_voting', majority: 'simple' } }),
    invalid: {
      title: badName(300),
      texts: fc.oneof(notString.filter((v) => typeof v !== 'object' || Array.isArray(v)), fc.constant({}), fc.constant({ en: '   ' }), fc.constant({ xx: 'text' })),
      rule: fc.oneof(notStringOrNull, fc.constant({ kind: 'majority_of_voting', majority: 'most' }), fc.constant({ kind: 'affirmative_votes', required: 0 }), fc.constant({ kind: 'unanimity' })),
    },
  },
  { name: 'PUT governance/procedures/:id/texts/en', method: 'PUT', url: () => api(`/procedures/${draftId}/texts/en`), caller: secretariat, valid: () => ({ text: 'Revised draft' }), invalid: { text: fc.oneof(notStringOrNull, fc.constant(''), fc.constant('   '), tooLong(50_000)) } },
  {
    name: 'POST governance/procedures/:id/circulate',
    method: 'POST',
    url: () => api(`/procedures/${draftId}/circulate`),
    caller: secretariat,
    valid: () => ({ deadline: { date: '2026-03-09', time: '18:00' } }),
    invalid: { deadline: fc.oneof(notStringOrNull, fc.constant({}), fc.constant({ date: '2026-03-09' }), fc.constant({ date: '2026-03-09', time: '25:00' }), fc.constant({ date: '2026-02-30', time: '18:00' }), fc.constant({ instant: 'Friday' }), fc.record({ instant: notInstant })) },
  },
  { name: 'POST governance/procedures/:id/withdraw', method: 'POST', url: () => api(`/procedures/${circulatedId}/withdraw`), caller: secretariat, valid: () => ({ reason: 'Superseded' }), invalid: { reason: badName(2000) } },
  {
    name: 'POST governance/procedures/:id/break-silence',
    method: 'POST',
    url: () => api(`/procedures/${circulatedId}/break-silence`),
    caller: () => rep,
    valid: () => ({ memberId, language: 'es', statement: 'Chile rompe el silencio.' }),
    invalid: { memberId: notUuid, language: notLanguage, statement: fc.oneof(notStringOrNull, blank, tooLong(10_000)) },
  },
  { name: 'POST governance/procedures/:id/votes', method: 'POST', url: () => api(`/procedures/${voteId}/votes`), caller: () => rep, valid: () => ({ memberId, choice: 'yes' }), invalid: { memberId: notUuid, choice: notIn(['yes', 'no', 'abstain']) } },
];

describeWriteRoutes(() => t, WRITES);

describe('governance refusals of the rules', () => {
  const { expectSafe } = safetyNet(() => t);
  it('a deadline at a time the clocks skip in the body’s zone is 400 on the time, and writes nothing', async () => {
    const res = await client(t, f.at.bc_coordinator).post(api(`/procedures/${draftId}/circulate`), { deadline: { date: '2026-03-08', time: '02:30' } });
    await expectSafe(res, 'skipped time');
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('body.deadline.time');
  });

  it('a language the body does not use is refused on the path', async () => {
    const s = client(t, f.at.bc_coordinator);
    const english = (await s.post(api('/bodies'), { name: 'English only', timeZone: 'UTC', officialLanguages: ['en'] })).body.id;
    const draft = (await s.post(api(`/bodies/${english}/silence-procedures`), { title: 'Draft', texts: { en: 'Draft' } })).body.id;
    const before = await snapshotCounts(t);
    const res = await s.put(api(`/procedures/${draft}/texts/fr`), { text: 'Projet' });
    expect(await snapshotCounts(t)).toEqual(before);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('params.language');
  });
});
