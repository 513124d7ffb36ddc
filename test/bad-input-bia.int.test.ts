import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put } from '../src/server/modules/bia/bia.test-support.js';
import { badName, describeWriteRoutes, notString, notStringOrNull, notUuid, RUNS, safetyNet, tooLong, type WriteRoute } from './bad-input-support.js';
import { client, createOrgFixture, type OrgFixture } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Whatever arrives at a BIA write route, the API answers 4xx with a readable error (never
 * 500), schema errors name the field, and a refused request writes nothing.
 */
let t: TestApp;
let f: OrgFixture;
const ids = { service: '', dependency: '', campaign: '', submitUnit: '', approveUnit: '', reviseUnit: '', deletableService: '', deletableDependency: '' };

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const author = client(t, f.at.plan_owner);
  const coordinator = client(t, f.at.bc_coordinator);
  const base = `/api/orgs/${f.orgId}/bia`;
  const service = async (unitId: string) => (await author.post(`${base}/services`, { unitId, name: 'Payroll', priority: 1 })).body.id as string;
  const dependency = async () => (await author.post(`${base}/dependencies`, { unitId: f.unit.country, name: 'ERP', details: { kind: 'ict_system' } })).body.id as string;
  const unit = async (code: string) => (await coordinator.post(`/api/orgs/${f.orgId}/units`, { parentId: f.unit.country, kind: 'duty_station', name: code, code, timeZone: 'UTC' })).body.id as string;
  ids.service = await service(f.unit.country);
  ids.deletableService = await service(f.unit.country);
  ids.dependency = await dependency();
  ids.deletableDependency = await dependency();
  ids.campaign = (await coordinator.post(`${base}/campaigns`, { rootUnitId: f.unit.region, title: 'Regional BIA', dueDate: '2026-06-30' })).body.id;
  ids.submitUnit = await unit('DS-SUBMIT');
  ids.approveUnit = await unit('DS-APPROVE');
  ids.reviseUnit = await unit('DS-REVISE');
  for (const u of [ids.submitUnit, ids.approveUnit, ids.reviseUnit]) await service(u);
  for (const u of [ids.approveUnit, ids.reviseUnit]) await author.post(`${base}/units/${u}/submit`);
  await client(t, f.at.executive).post(`${base}/units/${ids.reviseUnit}/approve`);
});
afterAll(() => t.close());

const bia = () => `/api/orgs/${f.orgId}/bia`;
const minutes = fc.oneof(notString.filter((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10 * 366 * 24 * 60), fc.constantFrom(0, -60, 1.5, 10 * 366 * 24 * 60 + 1, 'a day'));
const notNumber = fc.oneof(fc.boolean(), fc.string(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const notArray = fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.object({ maxDepth: 1 }));
const notNullUuid = fc.oneof(notString, fc.string(), fc.constant(''));
const impacts = fc.constantFrom({ financial: [6] }, { financial: [0] }, { financial: 'high' }, { 'Bad Key': [1] }, [1, 2], 'x', null, { financial: Array.from({ length: 13 }, () => 1) });
const serviceFields = {
  name: badName(),
  description: fc.oneof(notStringOrNull, tooLong(5000)),
  priority: fc.oneof(notNumber, fc.constantFrom(0, 1000, 1.5, -1)),
  impacts,
  mtpdOverride: fc.constantFrom({ minutes: 0, justification: 'x' }, { minutes: 60, justification: '' }, { minutes: 60 }, 'x', 5, []),
  rtoMinutes: minutes,
  rpoMinutes: fc.constantFrom(-1, 1.5, 'x', true, []),
  minimumServiceLevels: fc.constantFrom([{ afterMinutes: 0, percent: 50 }], [{ afterMinutes: 60, percent: 101 }], [{ afterMinutes: 60 }], 'x', null),
  peakPeriods: fc.constantFrom([{ label: '', from: '01-01', to: '02-01' }], [{ label: 'Winter', from: '13-01', to: '01-01' }], [{ label: 'Winter', from: '1-1', to: '01-02' }], 'x', null),
  dependencyIds: fc.oneof(fc.constant(null), notString.filter((v) => !Array.isArray(v) || v.length > 0), fc.array(notUuid, { minLength: 1, maxLength: 3 })),
};
const details = fc.oneof(
  notStringOrNull,
  fc.constantFrom({ kind: 'weather' }, { kind: 'key_role', minimumStaff: -1 }, { kind: 'key_role', minimumStaff: 1, alternatePersonIds: ['x'] }, { kind: 'supplier', contractedRecoveryMinutes: 0 }, { kind: 'vital_record', recoveryPointMinutes: -5 }, { kind: 'ict_system', testedAt: 'yesterday' }),
);
const dependencyFields = {
  name: badName(),
  description: fc.oneof(notStringOrNull, tooLong(5000)),
  achievedMinutes: minutes,
  details,
};
const comment = { comment: fc.oneof(notStringOrNull, tooLong(5000)) };

const WRITES: WriteRoute[] = [
  { name: 'POST bia/services', method: 'POST', url: () => `${bia()}/services`, caller: () => f.country.focal_point, valid: () => ({ unitId: f.unit.country, name: 'Logistics', priority: 3 }), invalid: { unitId: notUuid, ...serviceFields } },
  { name: 'PATCH bia/services/:id', method: 'PATCH', url: () => `${bia()}/services/${ids.service}`, caller: () => f.country.focal_point, valid: () => ({ name: 'Payroll' }), invalid: serviceFields },
  { name: 'DELETE bia/services/:id', method: 'DELETE', url: () => `${bia()}/services/${ids.deletableService}`, caller: () => f.country.focal_point, valid: () => ({}), invalid: {} },
  {
    name: 'POST bia/dependencies',
    method: 'POST',
    url: () => `${bia()}/dependencies`,
    caller: () => f.country.focal_point,
    valid: () => ({ unitId: f.unit.country, name: 'Generator', details: { kind: 'facility' } }),
    invalid: { unitId: notUuid, ...dependencyFields },
  },
  { name: 'PATCH bia/dependencies/:id', method: 'PATCH', url: () => `${bia()}/dependencies/${ids.dependency}`, caller: () => f.country.focal_point, valid: () => ({ name: 'ERP' }), invalid: dependencyFields },
  { name: 'DELETE bia/dependencies/:id', method: 'DELETE', url: () => `${bia()}/dependencies/${ids.deletableDependency}`, caller: () => f.country.focal_point, valid: () => ({}), invalid: {} },
  { name: 'POST bia/units/:unitId/submit', method: 'POST', url: () => `${bia()}/units/${ids.submitUnit}/submit`, caller: () => f.country.focal_point, valid: () => ({}), invalid: comment },
  { name: 'POST bia/units/:unitId/approve', method: 'POST', url: () => `${bia()}/units/${ids.approveUnit}/approve`, caller: () => f.at.executive, valid: () => ({ comment: 'Fine' }), invalid: comment },
  { name: 'POST bia/units/:unitId/revise', method: 'POST', url: () => `${bia()}/units/${ids.reviseUnit}/revise`, caller: () => f.country.focal_point, valid: () => ({}), invalid: comment },
  {
    name: 'POST bia/campaigns',
    method: 'POST',
    url: () => `${bia()}/campaigns`,
    caller: () => f.at.bc_coordinator,
    valid: () => ({ rootUnitId: f.unit.country, title: 'Country BIA', dueDate: '2026-07-01' }),
    invalid: { rootUnitId: notUuid, title: badName(), instructions: fc.oneof(notStringOrNull, tooLong(10_000)), dueDate: fc.oneof(notStringOrNull, fc.constantFrom('2026-13-01', '2026-02-30', 'tomorrow', '01/07/2026', '')) },
  },
  { name: 'POST bia/campaigns/:id/close', method: 'POST', url: () => `${bia()}/campaigns/${ids.campaign}/close`, caller: () => f.at.bc_coordinator, valid: () => ({}), invalid: { anything: fc.constant(1) }, bodyMustBeEmpty: true },
  {
    name: 'POST bia/effort',
    method: 'POST',
    url: () => `${bia()}/effort`,
    caller: () => f.country.focal_point,
    valid: () => ({ unitId: f.unit.country, hours: 1.5 }),
    invalid: {
      unitId: notUuid,
      campaignId: notNullUuid,
      hours: fc.oneof(notNumber, fc.constantFrom(-1, 0.1, 100_001)),
      externalCost: fc.oneof(notNumber, fc.constantFrom(-1, 0.001, 2e9)),
      currency: fc.oneof(notStringOrNull, fc.constantFrom('usd', 'US', 'DOLLARS', '')),
      note: fc.oneof(notStringOrNull, tooLong(1000)),
    },
  },
];

describeWriteRoutes(() => t, WRITES);

describe('PUT bia/settings (the shared properties, for the one PUT route)', () => {
  const { expectSafe } = safetyNet(() => t);
  const url = () => `${bia()}/settings`;
  let valid: Record<string, unknown> = {};
  beforeAll(async () => {
    valid = (await client(t, f.at.bc_coordinator).get(url())).body.scale;
  });

  it('survives arbitrary JSON values and raw text as the body', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.anything(), fc.json(), fc.string()), async (body) => expectSafe(await put(t, f.at.bc_coordinator, url(), body ?? null), body)), RUNS);
  });

  it('rejects a wrong value in any known field with 400 naming that field', async () => {
    const invalid: Record<string, fc.Arbitrary<unknown>> = {
      categories: fc.oneof(notArray, fc.constantFrom([], [{ key: 'Bad Key', label: 'x' }], [{ key: 'ok', label: '' }])),
      timePoints: fc.oneof(notArray, fc.constantFrom([], [0], ['x'], [1.5])),
      levels: fc.oneof(notStringOrNull, fc.constantFrom([], [{ level: 6, label: 'x', description: '' }])),
      intolerableLevel: fc.oneof(notNumber, fc.constantFrom(0, 6, 2.5)),
    };
    const arb = fc.constantFrom(...Object.keys(invalid)).chain((name) => invalid[name]!.map((value) => ({ name, value })));
    await fc.assert(
      fc.asyncProperty(arb, async ({ name, value }) => {
        const body = { ...valid, [name]: value };
        const res = await put(t, f.at.bc_coordinator, url(), body);
        await expectSafe(res, body);
        expect(res.status).toBe(400);
        expect(res.body.error.issues.some((i: { path: string }) => i.path === `body.${name}` || i.path.startsWith(`body.${name}.`))).toBe(true);
      }),
      RUNS,
    );
  });
});
