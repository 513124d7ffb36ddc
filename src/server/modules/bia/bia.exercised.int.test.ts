import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;

describe('recovery demonstrated in exercises, in the gap analysis', () => {
  it("shows each service's latest exercise result against its RTO today, to those who may read the unit", async () => {
    const fp = client(t, f.country.focal_point);
    const payments = (await fp.post(`${org()}/bia/services`, { unitId: f.unit.country, name: 'Payments', priority: 1, rtoMinutes: 12 * 60 })).body.id;
    const radio = (await fp.post(`${org()}/bia/services`, { unitId: f.unit.country, name: 'Radio room', priority: 2, rtoMinutes: null })).body.id;
    const run = async (title: string, conductedOn: string, results: { serviceId: string; achievedMinutes: number }[]) => {
      const exercise = await fp.post(`${org()}/exercises`, { unitId: f.unit.country, type: 'tabletop', title, scheduledOn: conductedOn });
      expect((await fp.post(`${org()}/exercises/${exercise.body.id}/conduct`, { conductedOn, results })).status).toBe(200);
      return exercise.body.id as string;
    };
    await run('Earlier drill', '2026-02-01', [{ serviceId: payments, achievedMinutes: 20 * 60 }]);
    const latest = await run('Flood drill', '2026-03-01', [
      { serviceId: payments, achievedMinutes: 10 * 60 },
      { serviceId: radio, achievedMinutes: 30 },
    ]);
    // Planned but not run: it demonstrates nothing.
    await fp.post(`${org()}/exercises`, { unitId: f.unit.country, type: 'tabletop', title: 'Next drill', scheduledOn: '2026-06-01' });

    const report = (await client(t, f.at.bc_coordinator).get(`${org()}/bia/gaps?unitId=${f.unit.country}`)).body;
    expect(report.exercised).toEqual([
      expect.objectContaining({ serviceName: 'Payments', rtoMinutes: 12 * 60, achievedMinutes: 10 * 60, verdict: 'met', exerciseId: latest, exerciseTitle: 'Flood drill', conductedOn: '2026-03-01' }),
      expect.objectContaining({ serviceName: 'Radio room', rtoMinutes: null, verdict: 'no_objective' }),
    ]);

    // A tighter RTO later: the same result now misses it.
    expect((await fp.patch(`${org()}/bia/services/${payments}`, { rtoMinutes: 8 * 60 })).status).toBe(200);
    const tighter = (await fp.get(`${org()}/bia/gaps?unitId=${f.unit.country}`)).body.exercised;
    expect(tighter.find((e: { serviceId: string }) => e.serviceId === payments)).toMatchObject({ verdict: 'missed', rtoMinutes: 8 * 60 });

    // The other country office sees none of it.
    const elsewhere = (await client(t, f.at.bc_coordinator).get(`${org()}/bia/gaps?unitId=${f.unit.otherCountry}`)).body;
    expect(elsewhere.exercised).toEqual([]);
  });
});
