import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRANGEMENT_KINDS, CONSULTED_FUNCTIONS, RECOVERY_PHASES, SCENARIOS } from '../src/domain/plans/plan-structure.js';
import { badName, describeWriteRoutes, notIn, notString, notUuid, RUNS, safetyNet, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * The structure of a plan as bad input: every part, with values the schema refuses and
 * references that point nowhere (a person, service, risk or dependency of no one, a role not
 * in the plan). Each is a 400 naming the part, and nothing is written.
 */
let t: TestApp;
let f: OrgFixture;
let planId = '';
const roleId = '7d3c1c2e-5f44-4b8e-9a51-0f7a4a3b2c10';

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const author = client(t, f.at.plan_owner);
  planId = (await author.post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: 'Structured' })).body.id;
  await author.patch(`/api/orgs/${f.orgId}/plans/${planId}`, { structure: { roles: [{ id: roleId, title: 'Lead' }] } });
});
afterAll(() => t.close());

const uuidNotNull = notUuid.filter((v) => v !== null);
const anyUuid = fc.uuid({ version: 4 });
const notArray = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.object({ maxDepth: 1 }));
const badDate = fc.oneof(notString, fc.constantFrom('', '2026-13-01', '01/02/2026', '2026-02-30T00:00:00Z', 'yesterday'));
const role = (over: Record<string, unknown>) => ({ id: roleId, title: 'Lead', ...over });
const step = (over: Record<string, unknown>) => ({ id: '0b7a4f6e-8c1d-4e2f-9a3b-5c6d7e8f9a0b', phase: 'first_hour', who: roleId, does: 'Call staff', ...over });

/** For each part of the structure, values that must be refused. */
const BAD_PARTS: Record<string, fc.Arbitrary<unknown>> = {
  criticalFunctions: fc.oneof(notArray, fc.array(fc.record({ serviceId: uuidNotNull }), { minLength: 1, maxLength: 2 }), fc.array(fc.record({ serviceId: anyUuid }), { minLength: 1, maxLength: 2 })),
  roles: fc.oneof(
    notArray,
    fc.constantFrom(0).chain(() => fc.oneof(uuidNotNull.map((id) => [role({ id })]), badName(120).map((title) => [role({ title })]), anyUuid.map((p) => [role({ primaryPersonId: p })]), anyUuid.map((r) => [role({ calledByRoleId: r })]))),
    fc.array(anyUuid, { minLength: 6, maxLength: 7 }).map((ids) => [role({ alternatePersonIds: ids })]),
  ),
  activationCriteria: fc.oneof(notArray, fc.array(badName(500), { minLength: 1, maxLength: 2 }), fc.constant(Array.from({ length: 31 }, (_, i) => `Criterion ${i}`))),
  recoverySteps: fc.oneof(notArray, notIn(RECOVERY_PHASES).map((phase) => [step({ phase })]), anyUuid.map((who) => [step({ who })]), badName(300).map((does) => [step({ does })])),
  resources: fc.oneof(notArray, badName().map((name) => [{ name }])),
  externalContacts: fc.oneof(
    notArray,
    fc.constantFrom('12345', '+0123456789', 'call me', '').map((phone) => [{ name: 'Fire brigade', phone }]),
    fc.constantFrom('not-an-email', 'a@', '').map((email) => [{ name: 'Fire brigade', email }]),
    badDate.filter((d) => d !== null).map((verifiedOn) => [{ name: 'Fire brigade', verifiedOn }]),
  ),
  workingArrangements: fc.oneof(notArray, notIn(ARRANGEMENT_KINDS).map((kind) => [{ kind, description: 'x' }]), fc.constantFrom(-1, 1.5, 'ten').map((capacity) => [{ kind: 'remote_work', description: 'x', capacity }])),
  scenarios: fc.oneof(notArray, notIn(SCENARIOS).map((scenario) => [{ scenario, covered: true }]), fc.oneof(fc.string(), fc.integer(), fc.constant(null)).map((covered) => [{ scenario: 'pandemic', covered }])),
  consultations: fc.oneof(
    notArray,
    notIn(CONSULTED_FUNCTIONS).map((fn) => [{ function: fn, consultedOn: '2026-01-01', withWhom: 'x' }]),
    badDate.map((consultedOn) => [{ function: 'ict', consultedOn, withWhom: 'x' }]),
    badName().map((withWhom) => [{ function: 'ict', consultedOn: '2026-01-01', withWhom }]),
  ),
  riskIds: fc.oneof(notArray, fc.array(uuidNotNull, { minLength: 1, maxLength: 2 }), fc.array(anyUuid, { minLength: 1, maxLength: 2 })),
  ictRecoveries: fc.oneof(notArray, fc.constantFrom(0, -5, 1.5, '60', null).map((recoveryMinutes) => [{ dependencyId: roleId, recoveryMinutes }]), anyUuid.map((dependencyId) => [{ dependencyId, recoveryMinutes: 60 }])),
};

const url = () => `/api/orgs/${f.orgId}/plans/${planId}`;
const WRITES: WriteRoute[] = [
  {
    name: 'PATCH plan (structure)',
    method: 'PATCH',
    url,
    caller: () => f.at.plan_owner,
    valid: () => ({ structure: { activationCriteria: ['Office closed'] } }),
    invalid: {
      structure: fc.oneof(
        notString.filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)),
        fc.constantFrom(...Object.keys(BAD_PARTS)).chain((part) => BAD_PARTS[part]!.map((value) => ({ [part]: value }))),
        fc.constant({ somethingElse: [] }),
      ),
    },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('each part of the structure', () => {
  const { expectSafe } = safetyNet(() => t);
  it.each(Object.keys(BAD_PARTS))('%s: a bad value is a 400 naming that part, and writes nothing', async (part) => {
    await fc.assert(
      fc.asyncProperty(BAD_PARTS[part]!, async (value) => {
        const body = { title: 'Never saved', structure: { [part]: value } };
        const res = await client(t, f.at.plan_owner).patch(url(), body);
        await expectSafe(res, body);
        expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(400);
        if (res.body.error.code === 'request.malformed') return;
        const paths: string[] = res.body.error.issues.map((i: { path: string }) => i.path);
        expect(paths.some((p) => p === `body.structure.${part}` || p.startsWith(`body.structure.${part}.`)), `${JSON.stringify(body).slice(0, 200)} → ${paths.join(', ')}`).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });
});
