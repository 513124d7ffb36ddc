import fc from 'fast-check';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../src/server/modules/notify/channels/signing.js';
import { signCheckInToken, signingKey } from '../src/server/modules/response/check-in-links.js';
import { insertStaff } from '../src/server/modules/response/response-test-data.js';
import { responseCheckIns, responseRecipients } from '../src/server/modules/response/response.table.js';
import { badName, blank, describeWriteRoutes, notIn, notString, notStringOrNull, notUuid, RUNS, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The response routes against whatever arrives: malformed requests are 400 naming the field,
 * never a 5xx nor a half-written record. Forged, re-pointed and expired check-in links are
 * refused; the SMS webhook refuses unsigned or stale requests and keeps any reply text,
 * however odd, without ever reading it as "safe" by accident.
 */

const SECRET = 'bad-input-gateway-secret-0123456789';
process.env.SMS_GATEWAY_SECRET = SECRET;

let t: TestApp;
let f: OrgFixture;
let eventId = '';
let personId = '';
let phone = '';
let token = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const person = await insertStaff(t, f.orgId, f.unit.country, { fullName: 'Ana Lima', phone: '+41791234567' });
  personId = person.id;
  phone = person.mobilePhone!;
  const cmt = client(t, f.at.cmt_member);
  eventId = (await cmt.post(`/api/orgs/${f.orgId}/events`, { type: 'natural_disaster', title: 'Flood', severity: 'major', expectedDuration: 'protracted', affectedUnitIds: [f.unit.country] })).body.id;
  await cmt.post(`/api/orgs/${f.orgId}/events/${eventId}/transitions`, { transition: 'activate' });
  await cmt.post(`/api/orgs/${f.orgId}/events/${eventId}/broadcasts`, { template: 'alert', audience: { unitIds: [f.unit.country] }, channels: ['email', 'sms'] });
  const [recipient] = await t.services.db.select().from(responseRecipients).where(and(eq(responseRecipients.eventId, eventId), eq(responseRecipients.personId, personId)));
  token = signCheckInToken(await signingKey(t.services.db, f.orgId, t.clock.now()), recipient!.id, new Date(t.clock.now().getTime() + 86_400_000));
});
afterAll(() => t.close());

const ev = () => `/api/orgs/${f.orgId}/events/${eventId}`;
const cmt = () => f.at.cmt_member;
/** Neither a number nor null: strings, booleans, fractions, arrays, objects. */
const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.double({ min: 0.1, max: 0.9 }), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
/** Wrong for a count of minutes or rounds that must be at least 1 and at most a week. */
const notInt = fc.oneof(notNumber, fc.constant(null), fc.integer({ min: -1000, max: 0 }), fc.integer({ min: 7 * 24 * 60 + 1, max: 1_000_000 }));

const WRITES: WriteRoute[] = [
  {
    name: 'POST events',
    method: 'POST',
    url: () => `/api/orgs/${f.orgId}/events`,
    caller: cmt,
    idsInPath: true,
    valid: () => ({ type: 'accident', title: 'Fire', severity: 'minor', expectedDuration: 'short', affectedUnitIds: [f.unit.country] }),
    invalid: {
      type: notIn(['accident', 'natural_disaster']).filter((v) => !['civil_unrest', 'political_crisis', 'regional_conflict', 'security_attack', 'public_health_emergency', 'cyber_incident', 'ict_outage', 'utility_failure'].includes(v as string)),
      title: badName(200),
      severity: notIn(['minor', 'moderate', 'major', 'critical']),
      expectedDuration: notIn(['short', 'protracted']),
      exercise: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      affectedUnitIds: fc.oneof(notStringOrNull, fc.constant([]), fc.array(notUuid, { minLength: 1, maxLength: 3 }), fc.constant([crypto.randomUUID()])),
      locations: fc.oneof(notStringOrNull.filter((v) => !Array.isArray(v)), fc.array(fc.oneof(blank, tooLong(120)), { minLength: 1, maxLength: 2 })),
    },
  },
  {
    name: 'POST transitions',
    method: 'POST',
    url: () => `${ev()}/transitions`,
    caller: cmt,
    valid: () => ({ transition: 'stand_down' }),
    invalid: { transition: notIn(['activate', 'stabilize', 'reactivate', 'stand_down', 'close']), note: fc.oneof(notString, tooLong(2000)) },
  },
  {
    name: 'POST phases',
    method: 'POST',
    url: () => `${ev()}/phases`,
    caller: cmt,
    valid: () => ({ phase: 'adjustment' }),
    invalid: { phase: notIn(['initial_response', 'adjustment', 'recovery']) },
  },
  {
    name: 'PUT timers',
    method: 'PUT',
    url: () => `${ev()}/timers`,
    caller: cmt,
    valid: () => ({ warningAfterMinutes: 30, realertEveryMinutes: 30, maxRealerts: 3, escalateAtRound: 2, sitrepIntervalMinutes: 240 }),
    invalid: { warningAfterMinutes: notInt, realertEveryMinutes: notInt, maxRealerts: fc.oneof(notNumber, fc.constant(null), fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 11, max: 1000 })), escalateAtRound: notInt, sitrepIntervalMinutes: fc.oneof(notNumber, fc.integer({ min: -5, max: 14 }), fc.integer({ min: 7 * 24 * 60 + 1, max: 100_000 })) },
  },
  {
    name: 'POST broadcasts',
    method: 'POST',
    url: () => `${ev()}/broadcasts`,
    caller: cmt,
    valid: () => ({ template: 'update', audience: { personIds: [personId] }, channels: ['email'], message: 'Stay home' }),
    invalid: {
      template: notIn(['alert', 'update']),
      audience: fc.oneof(notStringOrNull.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.constant({}), fc.constant({ unitIds: [crypto.randomUUID()] }), fc.constant({ personIds: ['nope'] })),
      channels: fc.oneof(notStringOrNull, fc.constant([]), fc.constant(['email', 'email']), fc.constant(['fax'])),
      message: fc.oneof(notString, tooLong(1000)),
    },
  },
  {
    name: 'POST check-ins (on behalf)',
    method: 'POST',
    url: () => `${ev()}/check-ins`,
    caller: cmt,
    valid: () => ({ personId, status: 'safe', note: 'Reached by phone' }),
    invalid: { personId: fc.oneof(notUuid, fc.constant(crypto.randomUUID())), status: notIn(['safe', 'need_help']), note: fc.oneof(notString, tooLong(1000)) },
  },
  {
    name: 'POST decisions',
    method: 'POST',
    url: () => `${ev()}/decisions`,
    caller: cmt,
    valid: () => ({ decision: 'Relocate', rationale: 'Unsafe building', optionsConsidered: ['Stay'] }),
    invalid: { decision: fc.oneof(notStringOrNull, blank, tooLong(2000)), rationale: fc.oneof(notStringOrNull, blank, tooLong(5000)), optionsConsidered: fc.oneof(notStringOrNull.filter((v) => !Array.isArray(v)), fc.constant(['']), fc.constant(Array(11).fill('x'))) },
  },
  {
    name: 'POST actions',
    method: 'POST',
    url: () => `${ev()}/actions`,
    caller: cmt,
    valid: () => ({ title: 'Book buses', ownerPersonId: personId }),
    invalid: { title: badName(300), ownerPersonId: fc.oneof(notUuid, fc.constant(crypto.randomUUID())), dueAt: fc.oneof(notString, fc.constantFrom('tomorrow', '2026-13-01T00:00:00Z', '2026-03-02')) },
  },
  {
    name: 'POST sitreps',
    method: 'POST',
    url: () => `${ev()}/sitreps`,
    caller: cmt,
    valid: () => ({ kind: 'tactical', conditions: 'Rain', actions: 'Sandbags', needs: 'Pumps' }),
    invalid: { kind: notIn(['tactical', 'executive']), conditions: fc.oneof(notStringOrNull, blank, tooLong(5000)), needs: fc.oneof(notStringOrNull, blank) },
  },
  {
    name: 'POST updates',
    method: 'POST',
    url: () => `${ev()}/updates`,
    caller: cmt,
    valid: () => ({ title: 'Office closed', body: 'Work from home.' }),
    invalid: { title: badName(200), body: fc.oneof(notStringOrNull, blank, tooLong(10_000)) },
  },
  {
    name: 'POST public check-in',
    method: 'POST',
    url: () => `/api-public/response/check-in/${token}`,
    caller: cmt,
    idsInPath: false,
    valid: () => ({ status: 'safe' }),
    invalid: { status: notIn(['safe', 'need_help']), note: fc.oneof(notString, tooLong(1000)) },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('check-in links that are not', () => {
  const { expectSafe } = safetyNet(() => t);
  it('malformed tokens are 400 naming the path, forged ones 404; nothing is written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1 }), fc.constant(token.slice(0, -2) + 'AA'), fc.constant(token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))), fc.constant(`${token}.x`)), async (forged) => {
        const res = await client(t).post(`/api-public/response/check-in/${encodeURIComponent(forged)}`, { status: 'safe' });
        await expectSafe(res, forged);
        expect([400, 404]).toContain(res.status);
        if (res.status === 400) expect(res.body.error.issues[0].path).toBe('params.token');
      }),
      RUNS,
    );
  });

  it('an expired link is 410 and writes nothing', async () => {
    const [recipient] = await t.services.db.select().from(responseRecipients).where(eq(responseRecipients.personId, personId));
    const expired = signCheckInToken(await signingKey(t.services.db, f.orgId, t.clock.now()), recipient!.id, new Date(t.clock.now().getTime() - 1));
    const res = await client(t).post(`/api-public/response/check-in/${expired}`, { status: 'safe' });
    await expectSafe(res, 'expired');
    expect(res.status).toBe(410);
  });
});

describe('the SMS webhook', () => {
  const { expectSafe } = safetyNet(() => t);
  const post = async (payload: string, signature: string | null = signBody(SECRET, payload, Date.now())) => {
    const res = await t.app.inject({ method: 'POST', url: '/api-public/response/sms/inbound', headers: { 'content-type': 'application/json', ...(signature ? { 'x-signature': signature } : {}) }, payload });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };

  it('refuses unsigned, forged and stale requests with 401, writing nothing', async () => {
    const body = JSON.stringify({ id: 'x1', from: phone, body: '1' });
    for (const signature of [null, 'garbage', signBody('wrong-secret', body, Date.now()), signBody(SECRET, body, Date.now() - 3_600_000)]) {
      const res = await post(body, signature);
      await expectSafe(res, signature);
      expect(res.status).toBe(401);
    }
  });

  it('signed but malformed bodies are 400 with the field', async () => {
    const cases: [unknown, string][] = [
      [{ id: 'x2', from: '0791234567', body: '1' }, 'body.from'],
      [{ id: '', from: phone, body: '1' }, 'body.id'],
      [{ id: 'x3', from: phone }, 'body.body'],
      [{ id: 'x4', from: phone, body: 'x'.repeat(1601) }, 'body.body'],
      [{ id: 'x5', from: phone, body: '1', extra: true }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await post(JSON.stringify(payload));
      await expectSafe(res, payload);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const notJson = await post('{"id":');
    await expectSafe(notJson, 'not JSON');
    expect(notJson.status).toBe(400);
  });

  it('any reply text is kept; a reply never reads as safe when it asks for help', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('1', '2', '١', '２', 'not safe', 'help 1', '12', '', '   ', 'SOS')), async (text) => {
        const res = await post(JSON.stringify({ id: `fuzz-${n++}`, from: phone, body: text }));
        await expectSafe(res, text);
        expect(res.status).toBe(200);
        if (/help|sos|not safe/i.test(text)) expect(res.body.status).toBe('need_help');
      }),
      RUNS,
    );
    const kept = await t.services.db.select().from(responseCheckIns).where(and(eq(responseCheckIns.eventId, eventId), eq(responseCheckIns.source, 'sms')));
    expect(kept.length).toBe(n);
  });
});
