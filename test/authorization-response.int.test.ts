import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCheckInToken, signingKey } from '../src/server/modules/response/check-in-links.js';
import { insertStaff } from '../src/server/modules/response/response-test-data.js';
import { responseCheckIns, responseRecipients } from '../src/server/modules/response/response.table.js';
import { client, createCallerMatrix, snapshotCounts, type Caller, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Who may do what in an event of the country office. Everyone with a role there (staff
 * included) reads the event and its official updates; responders (executive, coordinator,
 * focal point, CMT member) run it; installation roles read the workspace but change nothing;
 * other organizations are told the event does not exist. A check-in link checks in its own
 * recipient for its own event, and nothing else.
 */

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<string, Caller>;
let eventId = '';
let outsiderEvent = '';
let amal = '';
let boris = '';
beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers, outsiders } = await createCallerMatrix(t));
  amal = (await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Amal Haddad' })).id;
  boris = (await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Boris Ivanov' })).id;
  const cmt = client(t, f.at.cmt_member);
  eventId = (await cmt.post(`/api/orgs/${f.orgId}/events`, { type: 'civil_unrest', title: 'Unrest', severity: 'major', expectedDuration: 'short', affectedUnitIds: [f.unit.country] })).body.id;
  await cmt.post(`/api/orgs/${f.orgId}/events/${eventId}/broadcasts`, { template: 'alert', audience: { unitIds: [f.unit.country] }, channels: ['email'] });
  const theirs = client(t, outsiders.at.cmt_member);
  outsiderEvent = (await theirs.post(`/api/orgs/${outsiders.orgId}/events`, { type: 'accident', title: 'Theirs', severity: 'minor', expectedDuration: 'short', affectedUnitIds: [outsiders.unit.country] })).body.id;
});
afterAll(() => t.close());

type Outcome = 200 | 403 | 404;
type Client = ReturnType<typeof client>;
interface RouteCase {
  route: string;
  call: (c: Client) => ReturnType<Client['get']>;
  expect: (who: string) => Outcome;
}

const RESPONDERS = ['executive', 'bc_coordinator', 'focal_point', 'cmt_member', 'country.focal_point', 'country.bc_coordinator'];
const outsider = (who: string) => who.startsWith('outsider.');
const installation = (who: string) => who === 'analyst' || who === 'admin';
const ev = () => `/api/orgs/${f.orgId}/events/${eventId}`;

const ROUTES: RouteCase[] = [
  { route: 'GET events', call: (c) => c.get(`/api/orgs/${f.orgId}/events`), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET event', call: (c) => c.get(ev()), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET updates', call: (c) => c.get(`${ev()}/updates`), expect: (who) => (outsider(who) ? 404 : 200) },
  { route: 'GET log', call: (c) => c.get(`${ev()}/log`), expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) || installation(who) ? 200 : 403) },
  { route: 'GET accountability', call: (c) => c.get(`${ev()}/accountability`), expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) || installation(who) ? 200 : 403) },
  {
    route: 'POST events (declare at the country office)',
    call: (c) => c.post(`/api/orgs/${f.orgId}/events`, { type: 'accident', title: 'Fire', severity: 'minor', expectedDuration: 'short', affectedUnitIds: [f.unit.country] }),
    expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) ? 200 : 403),
  },
  { route: 'POST decisions', call: (c) => c.post(`${ev()}/decisions`, { decision: 'Close office', rationale: 'Roads blocked' }), expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) ? 200 : 403) },
  {
    route: 'POST broadcasts/preview',
    call: (c) => c.post(`${ev()}/broadcasts/preview`, { template: 'alert', audience: { unitIds: [f.unit.country] }, channels: ['email'] }),
    expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) ? 200 : 403),
  },
  { route: 'POST updates', call: (c) => c.post(`${ev()}/updates`, { title: 'Closed', body: 'Stay home.' }), expect: (who) => (outsider(who) ? 404 : RESPONDERS.includes(who) ? 200 : 403) },
  { route: "GET another organization's event through this organization", call: (c) => c.get(`/api/orgs/${f.orgId}/events/${outsiderEvent}`), expect: () => 404 },
  { route: 'POST transitions to an unknown event', call: (c) => c.post(`/api/orgs/${f.orgId}/events/${crypto.randomUUID()}/transitions`, { transition: 'activate' }), expect: () => 404 },
];

describe.each(ROUTES.map((r) => [r.route, r] as const))('%s', (_name, route) => {
  it('gives every caller the expected outcome and refusals change nothing', async () => {
    const problems: string[] = [];
    for (const [who, caller] of callers) {
      const before = await snapshotCounts(t);
      const res = await route.call(client(t, caller));
      const want = route.expect(who);
      const ok = want === 200 ? res.status >= 200 && res.status < 300 : res.status === want;
      if (!ok) problems.push(`${who}: ${res.status} (expected ${want})`);
      if (want !== 200 && JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`${who}: the database changed`);
    }
    expect(problems).toEqual([]);
  });

  it('answers 401 without credentials', async () => {
    expect((await route.call(client(t, 'orms_garbage'))).status).toBe(401);
  });
});

describe('check-in links', () => {
  const recipientOf = async (personId: string) => (await t.services.db.select().from(responseRecipients).where(and(eq(responseRecipients.eventId, eventId), eq(responseRecipients.personId, personId))))[0]!;
  const link = (token: string) => `/api-public/response/check-in/${token}`;
  const expires = () => new Date(t.clock.now().getTime() + 86_400_000);

  it("checks in the link's own recipient for the link's own event, and nobody else", async () => {
    const key = await signingKey(t.services.db, f.orgId, t.clock.now());
    const token = signCheckInToken(key, (await recipientOf(amal)).id, expires());
    expect((await client(t).post(link(token), { status: 'safe' })).status).toBe(201);
    const rows = await t.services.db.select().from(responseCheckIns).where(eq(responseCheckIns.eventId, eventId));
    expect(rows.map((r) => r.personId)).toEqual([amal]);
    // The body cannot name anyone else: extra fields are refused.
    expect((await client(t).post(link(token), { status: 'safe', personId: boris })).status).toBe(400);
  });

  it("refuses a link re-pointed at another recipient, or signed with another organization's key", async () => {
    const key = await signingKey(t.services.db, f.orgId, t.clock.now());
    const good = signCheckInToken(key, (await recipientOf(amal)).id, expires());
    const [, exp, sig] = good.split('.');
    const repointed = `${(await recipientOf(boris)).id}.${exp}.${sig}`;
    const otherKey = await signingKey(t.services.db, outsiders.orgId, t.clock.now());
    const before = await snapshotCounts(t);
    expect((await client(t).post(link(repointed), { status: 'safe' })).status).toBe(404);
    expect((await client(t).post(link(signCheckInToken(otherKey, (await recipientOf(boris)).id, expires())), { status: 'safe' })).status).toBe(404);
    expect((await client(t).get(link(repointed))).status).toBe(404);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('refuses an expired link', async () => {
    const key = await signingKey(t.services.db, f.orgId, t.clock.now());
    const token = signCheckInToken(key, (await recipientOf(boris)).id, new Date(t.clock.now().getTime() - 1000));
    const res = await client(t).post(link(token), { status: 'need_help' });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('response.link_expired');
  });

  it("a link answers for its event only: another event's roll call is untouched", async () => {
    const cmt = client(t, f.at.cmt_member);
    const second = (await cmt.post(`/api/orgs/${f.orgId}/events`, { type: 'accident', title: 'Second', severity: 'minor', expectedDuration: 'short', affectedUnitIds: [f.unit.country] })).body.id;
    await cmt.post(`/api/orgs/${f.orgId}/events/${second}/broadcasts`, { template: 'alert', audience: { personIds: [boris] }, channels: ['email'] });
    const key = await signingKey(t.services.db, f.orgId, t.clock.now());
    await client(t).post(link(signCheckInToken(key, (await recipientOf(boris)).id, expires())), { status: 'safe' });
    const board = (await cmt.get(`/api/orgs/${f.orgId}/events/${second}/accountability`)).body;
    expect(board.overall).toMatchObject({ total: 1, safe: 0, noAnswer: 1 });
  });
});
