import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { networkCoverage } from '../../../domain/mer/focal-points.js';

let t: TestApp;
let f: OrgFixture;
const person: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  for (const name of ['Aisha Nantongo', 'Brian Otim', 'Carol Akello']) {
    person[name] = (await client(t, f.at.bc_coordinator).post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.country, fullName: name, email: `${name.split(' ')[0]!.toLowerCase()}@fp.test.example` })).body.id;
  }
});
afterAll(() => t.close());

const url = () => `/api/orgs/${f.orgId}/focal-points`;
type TUnitEntry = { unitId: string; focalPoint: { id: string; fullName: string } | null; vacancies: string[] };
const unitOf = (network: { units: TUnitEntry[] }, unitId: string) => network.units.find((u) => u.unitId === unitId)!;

describe('focal-point network', () => {
  it('shows every unit vacant at first, with coverage per level', async () => {
    const network = (await client(t, f.at.bc_coordinator).get(url())).body;
    expect(network.units).toHaveLength(4);
    expect(unitOf(network, f.unit.country)).toMatchObject({ level: 'country', focalPoint: null, alternate: null, vacancies: ['focal_point', 'alternate'], canManage: true });
    expect(network.coverage).toEqual([
      { level: 'headquarters', units: 1, withFocalPoint: 0, withAlternate: 0 },
      { level: 'regional', units: 1, withFocalPoint: 0, withAlternate: 0 },
      { level: 'country', units: 2, withFocalPoint: 0, withAlternate: 0 },
    ]);
  });

  it('appoints, replaces and ends appointments, and a change of focal point makes plan updates due', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const planId = (await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'security', title: 'Security plan' })).body.id;
    const first = await coordinator.post(url(), { unitId: f.unit.country, personId: person['Aisha Nantongo'], kind: 'focal_point', appointedOn: '2026-03-02', termsOfReference: 'https://intranet.example/tor/bc-focal-point', inJobDescription: true });
    expect(first.status).toBe(201);
    expect(unitOf(first.body, f.unit.country)).toMatchObject({ focalPoint: { fullName: 'Aisha Nantongo', inJobDescription: true }, vacancies: ['alternate'] });
    await coordinator.post(url(), { unitId: f.unit.country, personId: person['Carol Akello'], kind: 'alternate', appointedOn: '2026-03-02' });

    t.clock.advance(10 * 86_400_000);
    const second = await coordinator.post(url(), { unitId: f.unit.country, personId: person['Brian Otim'], kind: 'focal_point', appointedOn: '2026-03-12' });
    const country = unitOf(second.body, f.unit.country);
    expect(country).toMatchObject({ focalPoint: { fullName: 'Brian Otim' }, vacancies: [] });
    expect(second.body.coverage.find((c: { level: string }) => c.level === 'country')).toEqual({ level: 'country', units: 2, withFocalPoint: 1, withAlternate: 1 });
    const update = (await coordinator.get(`/api/orgs/${f.orgId}/mer/obligations?unitId=${f.unit.country}`)).body.items.find((o: { subject: { id: string }; kind: string }) => o.subject.id === planId && o.kind === 'plan_update');
    expect(update).toMatchObject({ status: 'due', why: { reason: 'change', trigger: 'focal_point_changed', on: '2026-03-12' } });

    expect((await coordinator.post(url(), { unitId: f.unit.country, personId: person['Aisha Nantongo'], kind: 'focal_point', appointedOn: '2026-03-01' })).status).toBe(422);
    const ended = await coordinator.post(`${url()}/${country.focalPoint!.id}/end`, { endedOn: '2026-03-20' });
    expect(unitOf(ended.body, f.unit.country).vacancies).toEqual(['focal_point']);
  });

  it('is managed by the coordinator and executive only; others change nothing', async () => {
    const body = { unitId: f.unit.country, personId: person['Aisha Nantongo'], kind: 'focal_point', appointedOn: '2026-04-01' };
    const before = await snapshotCounts(t);
    expect((await client(t, f.country.focal_point).post(url(), body)).status).toBe(403);
    expect((await client(t, f.at.internal_auditor).post(url(), body)).status).toBe(403);
    expect((await client(t, f.at.staff).post(url(), body)).status).toBe(404);
    expect((await client(t, f.at.staff).get(url())).body.units).toEqual([]);
    const outsider = await createOrgFixture(t);
    const afterFixture = await snapshotCounts(t);
    expect((await client(t, outsider.at.bc_coordinator).post(url(), body)).status).toBe(404);
    expect((await client(t, f.at.bc_coordinator).post(url(), { ...body, personId: crypto.randomUUID() })).body.error.issues[0].path).toBe('body.personId');
    expect(await snapshotCounts(t)).toEqual(afterFixture);
    expect(before.focal_point_appointments).toBe(afterFixture.focal_point_appointments);
  });

  it('counts an alternate only where there is a focal point', () => {
    expect(networkCoverage([{ kind: 'country_office', hasFocalPoint: false, hasAlternate: true }])).toContainEqual({ level: 'country', units: 1, withFocalPoint: 0, withAlternate: 0 });
  });
});
