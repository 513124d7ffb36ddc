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

describe('editing a planned exercise', () => {
  it('changes only the fields it names: the plans, people, objectives and injects left out stay', async () => {
    const org = `/api/orgs/${f.orgId}`;
    const fp = client(t, f.country.focal_point);
    const planId = (await fp.post(`${org}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: 'Country BCP' })).body.id;
    const personId = (await client(t, f.at.bc_coordinator).post(`${org}/people`, { unitId: f.unit.country, fullName: 'Grace Nakato', email: 'grace@co.test.example' })).body.id;
    const created = await fp.post(`${org}/exercises`, {
      unitId: f.unit.country,
      type: 'tabletop',
      title: 'Flooded office',
      scenario: 'The office is flooded.',
      objectives: ['Reach every staff member within 2 hours'],
      planIds: [planId],
      scheduledOn: '2026-04-01',
      participants: [{ personId, role: 'observer' }],
      timeline: [{ at: 'T+00:00', inject: 'Access road flooded' }],
    });
    expect(created.status).toBe(201);

    const edited = await fp.patch(`${org}/exercises/${created.body.id}`, { scenario: 'The office is flooded; the access road is cut.' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      scenario: 'The office is flooded; the access road is cut.',
      title: 'Flooded office',
      objectives: ['Reach every staff member within 2 hours'],
      plans: [{ id: planId, title: 'Country BCP' }],
      participants: [{ personId, fullName: 'Grace Nakato', role: 'observer' }],
      timeline: [{ at: 'T+00:00', inject: 'Access road flooded', response: '' }],
    });
    expect((await fp.get(`${org}/exercises/${created.body.id}`)).body.plans).toEqual([{ id: planId, title: 'Country BCP' }]);

    // A list named empty is emptied, on purpose.
    expect((await fp.patch(`${org}/exercises/${created.body.id}`, { planIds: [] })).body.plans).toEqual([]);
  });
});
