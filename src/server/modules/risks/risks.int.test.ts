import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { createRisk, insertPerson, insertService, linkRisksToPlan, riskBody } from './risks.test-support.js';

let t: TestApp;
let f: OrgFixture;
let other: OrgFixture;
const base = () => `/api/orgs/${f.orgId}/risks`;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  other = await createOrgFixture(t);
});
afterAll(() => t.close());

describe('risk register CRUD', () => {
  it('creates, reads, updates and deletes a risk with its owner and services, auditing each change', async () => {
    const officer = client(t, f.at.risk_officer);
    const owner = await insertPerson(t, f.orgId, f.unit.country, 'Rosa Owner', 'rosa@test.example');
    const service = await insertService(t, f.orgId, f.unit.country, 'Cash distribution');
    const created = await officer.post(base(), riskBody({ reference: 'SEC-001', unitId: f.unit.country, ownerPersonId: owner, serviceIds: [service], lastAssessedOn: '2026-02-01' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reference: 'SEC-001', score: 12, ownerName: 'Rosa Owner', unitName: 'CO office', status: 'open', allowedActions: { edit: true, delete: true } });
    expect(created.body.services).toEqual([expect.objectContaining({ id: service, name: 'Cash distribution' })]);
    const id = created.body.id;

    const read = await client(t, f.country.focal_point).get(`${base()}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.allowedActions).toEqual({ edit: false, delete: false });

    const updated = await officer.patch(`${base()}/${id}`, { likelihood: 5, serviceIds: [] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ likelihood: 5, score: 20, services: [] });

    // A no-op edit writes nothing.
    const before = await snapshotCounts(t);
    expect((await officer.patch(`${base()}/${id}`, { likelihood: 5 })).status).toBe(200);
    expect(await snapshotCounts(t)).toEqual(before);

    const trail = await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/audit?entityType=risk&entityId=${id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['risk.updated', 'risk.created']);
    expect(trail.body.items[0].before).toEqual({ likelihood: 3, serviceIds: [service] });

    expect((await officer.delete(`${base()}/${id}`)).status).toBe(204);
    expect((await officer.get(`${base()}/${id}`)).status).toBe(404);
  });

  it('refuses a reference already used in the organization (any case) with 409 at body.reference', async () => {
    const officer = client(t, f.at.risk_officer);
    await createRisk(t, f.orgId, f.at.risk_officer, { reference: 'DUP-1' });
    const before = await snapshotCounts(t);
    const res = await officer.post(base(), riskBody({ reference: 'dup-1' }));
    expect([res.status, res.body.error.code]).toEqual([409, 'risks.reference_taken']);
    expect(res.body.error.issues).toEqual([expect.objectContaining({ path: 'body.reference' })]);
    expect(await snapshotCounts(t)).toEqual(before);
    // Another organization may use the same reference.
    expect((await client(t, other.at.risk_officer).post(`/api/orgs/${other.orgId}/risks`, riskBody({ reference: 'DUP-1' }))).status).toBe(201);
    // Renaming another risk onto it is refused too.
    const second = await createRisk(t, f.orgId, f.at.risk_officer, { reference: 'DUP-2' });
    const rename = await officer.patch(`${base()}/${second.id}`, { reference: 'DUP-1' });
    expect([rename.status, rename.body.error.code]).toEqual([409, 'risks.reference_taken']);
  });

  it('refuses owners, services and units of another organization with 400 naming the field, writing nothing', async () => {
    const officer = client(t, f.at.risk_officer);
    const ownService = await insertService(t, f.orgId, f.unit.hq, 'Payroll');
    const foreignService = await insertService(t, other.orgId, other.unit.hq, 'Their payroll');
    const foreignPerson = await insertPerson(t, other.orgId, other.unit.hq, 'Foreign Person', 'foreign@test.example');
    const before = await snapshotCounts(t);
    const service = await officer.post(base(), riskBody({ serviceIds: [ownService, foreignService] }));
    expect([service.status, service.body.error.code, service.body.error.issues]).toEqual([400, 'risks.unknown_service', [expect.objectContaining({ path: 'body.serviceIds.1' })]]);
    const owner = await officer.post(base(), riskBody({ ownerPersonId: foreignPerson }));
    expect([owner.status, owner.body.error.issues[0].path]).toEqual([400, 'body.ownerPersonId']);
    const unit = await officer.post(base(), riskBody({ unitId: other.unit.hq }));
    expect([unit.status, unit.body.error.issues[0].path]).toEqual([400, 'body.unitId']);
    const existing = await createRisk(t, f.orgId, f.at.risk_officer);
    const mid = await snapshotCounts(t);
    const patch = await officer.patch(`${base()}/${existing.id}`, { serviceIds: [foreignService] });
    expect(patch.status).toBe(400);
    expect(await snapshotCounts(t)).toEqual(mid);
    expect(before).not.toEqual(mid);
  });

  it('refuses to delete a risk a live plan answers (409 risks.linked_to_plan); closing it is the way', async () => {
    const risk = await createRisk(t, f.orgId, f.at.risk_officer, { unitId: f.unit.country });
    const plan = await client(t, f.at.plan_owner).post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'security', title: 'Security plan' });
    await linkRisksToPlan(t, plan.body.id, [risk.id]);
    const officer = client(t, f.at.risk_officer);
    const before = await snapshotCounts(t);
    const res = await officer.delete(`${base()}/${risk.id}`);
    expect([res.status, res.body.error.code]).toEqual([409, 'risks.linked_to_plan']);
    expect(await snapshotCounts(t)).toEqual(before);
    expect((await officer.patch(`${base()}/${risk.id}`, { status: 'closed' })).body.status).toBe('closed');
    const view = await officer.get(`${base()}/${risk.id}`);
    expect(view.body.answeredBy).toEqual([expect.objectContaining({ id: plan.body.id, title: 'Security plan' })]);
  });
});

describe('risk list', () => {
  let g: OrgFixture;
  beforeAll(async () => {
    g = await createOrgFixture(t);
    const make = (over: Record<string, unknown>) => createRisk(t, g.orgId, g.at.risk_officer, over);
    await make({ reference: 'A-1', title: 'Flood of the warehouse', category: 'natural_hazard', unitId: g.unit.country, likelihood: 2, impact: 5 });
    await make({ reference: 'A-2', title: 'Data centre outage', category: 'ict_disaster_recovery', unitId: null, likelihood: 4, impact: 4 });
    await make({ reference: 'A-3', title: 'Fraud', category: 'financial', unitId: g.unit.otherCountry, likelihood: 1, impact: 3, status: 'closed' });
    await make({ reference: 'A-4', title: 'Cholera outbreak', category: 'medical', unitId: g.unit.country, likelihood: 4, impact: 4 });
  });
  const list = async (query = '', who = g.at.risk_officer) => (await client(t, who).get(`/api/orgs/${g.orgId}/risks${query}`)).body;

  it('sorts by score (likelihood × impact), highest first, and back', async () => {
    expect((await list()).items.map((r: { reference: string }) => r.reference)).toEqual(['A-2', 'A-4', 'A-1', 'A-3']);
    expect((await list('?sort=score_asc')).items.map((r: { reference: string }) => r.reference)).toEqual(['A-3', 'A-1', 'A-2', 'A-4']);
  });

  it('filters by category, unit (with or without its subtree), status, text and heat-map cell, and pages', async () => {
    const refs = async (q: string) => (await list(q)).items.map((r: { reference: string }) => r.reference);
    expect(await refs('?category=medical')).toEqual(['A-4']);
    expect(await refs(`?unitId=${g.unit.country}`)).toEqual(['A-4', 'A-1']);
    expect(await refs(`?unitId=${g.unit.region}`)).toEqual(['A-4', 'A-1', 'A-3']);
    expect(await refs(`?unitId=${g.unit.region}&subtree=false`)).toEqual([]);
    expect(await refs('?status=closed')).toEqual(['A-3']);
    expect(await refs('?q=flood')).toEqual(['A-1']);
    expect(await refs('?likelihood=4&impact=4')).toEqual(['A-2', 'A-4']);
    const page = await list('?limit=2&offset=2');
    expect([page.total, page.items.length]).toEqual([4, 2]);
  });

  it('sends the heat map of the filtered register (cells ignore the cell filter) and the allowed actions', async () => {
    const body = await list('?likelihood=2');
    expect(body.items.map((r: { reference: string }) => r.reference)).toEqual(['A-1']);
    expect(body.heatMap[3][3]).toBe(2);
    expect(body.heatMap[1][4]).toBe(1);
    expect(body.heatMap.flat().reduce((a: number, b: number) => a + b, 0)).toBe(4);
    expect(body.allowedActions).toEqual({ create: true, import: true });
    expect((await list('', g.country.bc_coordinator)).allowedActions).toEqual({ create: true, import: false });
  });

  it('shows a country office its own risks and the organization-wide ones, not the other office’s', async () => {
    const refs = (await list('', g.country.focal_point)).items.map((r: { reference: string }) => r.reference);
    expect(refs).toEqual(['A-2', 'A-4', 'A-1']);
    expect((await list('', g.country.staff)).items).toEqual([]);
  });
});

describe('risk routes in the OpenAPI document', () => {
  it('lists every risk route with its schemas', async () => {
    const res = await client(t, f.at.staff).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths).filter((p) => p.includes('/risks'));
    expect(paths.sort()).toEqual(
      [
        '/api/orgs/{orgId}/risks',
        '/api/orgs/{orgId}/risks/{riskId}',
        '/api/orgs/{orgId}/risks/export.xlsx',
        '/api/orgs/{orgId}/risks/import',
        '/api/orgs/{orgId}/risks/import-template.csv',
        '/api/orgs/{orgId}/risks/reports/plans-without-risks',
        '/api/orgs/{orgId}/risks/reports/unanswered',
        '/api/orgs/{orgId}/risks/services',
      ].sort(),
    );
    expect(res.body.paths['/api/orgs/{orgId}/risks/import'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['format', 'fileName', 'contentBase64', 'mode']));
  });
});
