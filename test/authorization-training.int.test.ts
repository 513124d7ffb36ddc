import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCallerMatrix, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The training routes this file adds to the ME&R ones (test/authorization-mer.int.test.ts):
 * the session list and the attendance import. Whoever records the unit's sessions imports
 * their attendance; callers who do not follow the unit are told the session does not exist;
 * no refusal changes anything.
 */

let t: TestApp;
let f: OrgFixture;
let callers: Map<string, Caller>;
let courseId = '';
let outsiders: OrgFixture;
let outsiderSession = '';
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers, outsiders } = await createCallerMatrix(t));
  const coordinator = client(t, f.at.bc_coordinator);
  courseId = (await coordinator.post(`/api/orgs/${f.orgId}/training/courses`, { title: 'Induction', kind: 'course', mandatoryFor: ['cmt_member'] })).body.id;
  const theirs = client(t, outsiders.at.bc_coordinator);
  const theirCourse = (await theirs.post(`/api/orgs/${outsiders.orgId}/training/courses`, { title: 'Theirs', kind: 'course' })).body.id;
  outsiderSession = (await theirs.post(`/api/orgs/${outsiders.orgId}/training/sessions`, { courseId: theirCourse, unitId: outsiders.unit.country, heldOn: '2026-03-02', attendeePersonIds: [] })).body.id;
  await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: 'Attendee One', email: 'attendee.one@authz-training.test.example' });
});
afterAll(() => t.close());

/** Who records sessions of the country office: the coordinator and focal point, at the root or the country. */
const RECORDERS = ['bc_coordinator', 'focal_point', 'country.bc_coordinator', 'country.focal_point'];
/** Callers who do not follow the country office's obligations. */
const blind = (who: string) => who.startsWith('outsider.') || ['staff', 'governing_body_reader', 'country.staff'].includes(who);
const sheet = Buffer.from('Name;Email\nAttendee One;attendee.one@authz-training.test.example\nSomeone Else;someone@elsewhere.example\n').toString('base64');
const newSession = async () => (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/training/sessions`, { courseId, unitId: f.unit.country, heldOn: '2026-03-02', attendeePersonIds: [] })).body.id as string;

const ROUTES: RouteCase[] = [
  { route: 'GET training/sessions', call: (c) => c.get(`/api/orgs/${f.orgId}/training/sessions`), expect: (who) => (who.startsWith('outsider.') ? 404 : 200) },
  {
    route: 'POST attendance/import (commit)',
    prepare: newSession,
    call: (c, sessionId) => c.post(`/api/orgs/${f.orgId}/training/sessions/${sessionId}/attendance/import`, { format: 'csv', fileName: 'sheet.csv', contentBase64: sheet, mode: 'commit', leaveOutUnmatched: true }),
    expect: (who) => (blind(who) ? 404 : RECORDERS.includes(who) ? 200 : 403),
  },
  {
    route: 'POST attendance/import (preview)',
    prepare: newSession,
    call: (c, sessionId) => c.post(`/api/orgs/${f.orgId}/training/sessions/${sessionId}/attendance/import`, { format: 'csv', fileName: 'sheet.csv', contentBase64: sheet, mode: 'preview' }),
    expect: (who) => (blind(who) ? 404 : RECORDERS.includes(who) ? 200 : 403),
  },
  {
    route: 'POST attendance/import of a session that does not exist',
    call: (c) => c.post(`/api/orgs/${f.orgId}/training/sessions/${crypto.randomUUID()}/attendance/import`, { format: 'csv', fileName: 'sheet.csv', contentBase64: sheet, mode: 'commit', leaveOutUnmatched: true }),
    expect: () => 404,
  },
  {
    route: 'POST attendance/import of another organization’s session, through this organization',
    call: (c) => c.post(`/api/orgs/${f.orgId}/training/sessions/${outsiderSession}/attendance/import`, { format: 'csv', fileName: 'sheet.csv', contentBase64: sheet, mode: 'commit', leaveOutUnmatched: true }),
    expect: () => 404,
  },
];

describeRouteMatrix(ROUTES, () => ({ t, callers }));

describe('an import by someone allowed', () => {
  it('tells each caller where they may record sessions', async () => {
    const at = async (caller: Caller) => (await client(t, caller).get(`/api/orgs/${f.orgId}/training/sessions`)).body.allowedActions.recordAtUnitIds as string[];
    expect(await at(f.at.internal_auditor)).toEqual([]);
    expect(await at(f.at.bc_coordinator)).toEqual(expect.arrayContaining([f.unit.hq, f.unit.country, f.unit.otherCountry]));
    const countryOnly = await at(f.country.focal_point);
    expect(countryOnly).toContain(f.unit.country);
    expect(countryOnly).not.toContain(f.unit.otherCountry);
    expect(countryOnly).not.toContain(f.unit.hq);
  });

  it('adds the attendee and the audit entry', async () => {
    const sessionId = await newSession();
    const res = await client(t, f.country.focal_point).post(`/api/orgs/${f.orgId}/training/sessions/${sessionId}/attendance/import`, { format: 'csv', fileName: 'sheet.csv', contentBase64: sheet, mode: 'commit', leaveOutUnmatched: true });
    expect(res.status).toBe(200);
    const session = (await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/training/sessions`)).body.items.find((s: { id: string }) => s.id === sessionId);
    expect(session.attendees.map((a: { fullName: string }) => a.fullName)).toEqual(['Attendee One']);
  });
});
