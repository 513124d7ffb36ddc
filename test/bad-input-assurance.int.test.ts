import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badName, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, notUuidNorNull, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The assurance write routes against whatever arrives: a malformed request is a 400 naming the
 * field, never a 5xx, and a refusal writes nothing (no half-recorded rating, member or meeting).
 */

let t: TestApp;
let f: OrgFixture;
let documentId = '';
let memberId = '';
let personId = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = client(t, f.at.bc_coordinator);
  const base = `/api/orgs/${f.orgId}/assurance`;
  documentId = (await coordinator.post(`${base}/documents`, { title: 'BCM policy', kind: 'policy', adoptedOn: '2025-01-01' })).body.id;
  personId = (await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.hq, fullName: 'Ana Chair', email: 'ana@bad-assurance.test.example' })).body.id;
  await coordinator.put(`${base}/crisis-team`, { name: 'CMT' });
  memberId = (await coordinator.post(`${base}/crisis-team/members`, { personId, role: 'Chair', isChair: true, senior: true, since: '2025-01-01' })).body.team.members[0].id;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/assurance`;
const notDay = fc.oneof(notString, fc.string(), fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026-1-1'));
const notDayOrNull = fc.oneof(notDay.filter((v) => v !== null));
const notBool = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.boolean(), { maxLength: 2 }));
const documentBody = () => ({ title: 'Guidance', kind: 'guidance', adoptedOn: '2025-02-01', lastUpdatedOn: '2025-06-01', approvedByExecutiveHead: true, referencesOrms: false, referencesIso22301: true, promulgatedOn: '2025-02-10', link: 'https://intranet.example/g' });
const documentInvalid = {
  title: badName(300),
  kind: notIn(['policy', 'guidance', 'procedure', 'terms_of_reference', 'other']),
  adoptedOn: notDayOrNull,
  lastUpdatedOn: fc.oneof(notDayOrNull, fc.constant('2025-01-01')),
  promulgatedOn: fc.oneof(notDayOrNull, fc.constant('2024-12-31')),
  approvedByExecutiveHead: notBool,
  referencesOrms: notBool,
  referencesIso22301: notBool,
  link: fc.oneof(notStringOrNull, fc.constantFrom('javascript:alert(1)', 'not a link', 'ftp://x.example/a')),
};

const WRITES: WriteRoute[] = [
  { name: 'POST assurance/documents', method: 'POST', url: () => `${base()}/documents`, caller: () => f.at.bc_coordinator, valid: documentBody, invalid: documentInvalid },
  { name: 'PUT assurance/documents/:id', method: 'PUT', url: () => `${base()}/documents/${documentId}`, caller: () => f.at.bc_coordinator, valid: documentBody, invalid: documentInvalid },
  {
    name: 'POST assurance/core-elements/ratings',
    method: 'POST',
    url: () => `${base()}/core-elements/ratings`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ elementKey: 'approach_and_scope', rating: 'partially', reflectedIn: '§2', policyDocumentId: documentId }),
    invalid: { elementKey: notIn(['approach_and_scope']).filter((v) => typeof v !== 'string' || !v.includes('_')), rating: notIn(['fully', 'partially', 'not_reflected']), reflectedIn: fc.oneof(notStringOrNull, tooLong(2000)), policyDocumentId: fc.oneof(notUuidNorNull, fc.uuid()) },
  },
  { name: 'PUT assurance/crisis-team', method: 'PUT', url: () => `${base()}/crisis-team`, caller: () => f.at.bc_coordinator, valid: () => ({ name: 'CMT', expectedEntities: ['UNDP'] }), invalid: { name: badName(200), expectedEntities: fc.oneof(notStringOrNull, fc.constant(['A', 'A']), fc.constant([''])) } },
  {
    name: 'POST assurance/crisis-team/members',
    method: 'POST',
    url: () => `${base()}/crisis-team/members`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ personId: crypto.randomUUID(), role: 'Ops', entity: 'WFP', isChair: false, senior: false, since: '2025-03-01' }),
    invalid: { personId: fc.oneof(notUuid, fc.constant(personId).map(() => crypto.randomUUID())), role: fc.oneof(notStringOrNull, tooLong(200)), entity: fc.oneof(notString, tooLong(100)), isChair: notBool, senior: notBool, since: notDay },
  },
  { name: 'POST assurance/crisis-team/members/:id/end', method: 'POST', url: () => `${base()}/crisis-team/members/${memberId}/end`, caller: () => f.at.bc_coordinator, valid: () => ({ until: '2024-01-01' }), invalid: { until: fc.oneof(notDay, fc.constant('2024-12-31')) } },
  {
    name: 'POST assurance/crisis-team/meetings',
    method: 'POST',
    url: () => `${base()}/crisis-team/meetings`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ heldOn: '2025-05-01', attendeePersonIds: [personId], minutes: 'Met.' }),
    invalid: { heldOn: notDay, attendeePersonIds: fc.oneof(notStringOrNull, fc.array(notUuid, { minLength: 1, maxLength: 3 }), fc.constant([crypto.randomUUID()])), minutes: fc.oneof(notStringOrNull, tooLong(20000)) },
  },
  { name: 'POST assurance/kpis/:n/rating', method: 'POST', url: () => `${base()}/kpis/27/rating`, caller: () => f.at.bc_coordinator, valid: () => ({ rating: 'fully', evidence: '§3' }), invalid: { rating: notIn(['fully', 'partially', 'not_completed', 'not_applicable']), evidence: fc.oneof(notString, tooLong(4000)) } },
  { name: 'POST assurance/kpis/:n/verification', method: 'POST', url: () => `${base()}/kpis/3/verification`, caller: () => f.at.internal_auditor, valid: () => ({ verdict: 'disagree', comment: 'No clause.', asOf: '2026-01-31' }), invalid: { verdict: notIn(['agree', 'disagree']), comment: fc.oneof(notStringOrNull, tooLong(4000), fc.constant('')), asOf: notDay } },
  {
    name: 'POST assurance/maturity/ratings',
    method: 'POST',
    url: () => `${base()}/maturity/ratings`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ rater: 'self', level: 'planned', justification: 'Plans documented.', ratedOn: '2026-01-15' }),
    invalid: { rater: notIn(['self', 'internal_audit', 'external_audit', 'oversight_committee']), level: notIn(['ad_hoc', 'initiated', 'planned', 'implemented', 'integrated', 'optimized']), justification: badName(4000), ratedOn: fc.oneof(notDay, fc.constant('2027-01-01')) },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('reads with a bad as-of day', () => {
  it('answers 400 naming the query field', async () => {
    for (const path of ['kpis', 'maturity']) {
      for (const asOf of ['yesterday', '2026-02-30', '']) {
        const res = await client(t, f.at.bc_coordinator).get(`${base()}/${path}?asOf=${encodeURIComponent(asOf)}`);
        expect(res.status, `${path} ${asOf}`).toBe(400);
        expect(res.body.error.issues[0].path).toMatch(/^querystring\.asOf/);
      }
    }
    expect((await client(t, f.at.bc_coordinator).get(`${base()}/kpis/29/rating`)).status).toBe(404);
    expect((await client(t, f.at.bc_coordinator).post(`${base()}/kpis/29/rating`, { rating: 'fully' })).status).toBe(400);
  });
});
