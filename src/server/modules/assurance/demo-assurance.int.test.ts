import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { seedAssurance } from '../../db/seed/demo-assurance.js';
import { actorForUser } from '../auth/actor.js';

let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
});
afterAll(() => t.close());

describe('the assurance demo data', () => {
  it('gives a framework, a team that met twice this year and two raters apart', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const ids: string[] = [];
    for (const name of ['Chair Person', 'Ops Lead', 'Comms Lead']) ids.push((await coordinator.post(`/api/orgs/${f.orgId}/people`, { unitId: f.unit.hq, fullName: name, email: `${name.split(' ')[0]!.toLowerCase()}@demo-assurance.test.example` })).body.id);
    const ctx = async (userId: string) => ({ ...t.services, actor: (await actorForUser(t.services.db, userId))! });
    await seedAssurance(await ctx(f.at.bc_coordinator.userId), await ctx(f.at.internal_auditor.userId), { orgId: f.orgId, chair: ids[0]!, members: [{ personId: ids[1]!, role: 'Operations' }, { personId: ids[2]!, role: 'Communications' }] });
    const framework = (await coordinator.get(`/api/orgs/${f.orgId}/assurance/framework`)).body;
    expect(framework.documents).toHaveLength(1);
    expect(framework.tally).toEqual({ fully: 5, partially: 4, not_reflected: 2, unrated: 0 });
    const kpis = (await coordinator.get(`/api/orgs/${f.orgId}/assurance/kpis`)).body.items;
    expect(kpis.find((k: { number: number }) => k.number === 10).derived).toMatchObject({ value: 2, rating: 'fully' });
    expect(kpis.find((k: { number: number }) => k.number === 1).derived.rating).toBe('fully');
    const maturity = (await coordinator.get(`/api/orgs/${f.orgId}/assurance/maturity`)).body;
    expect(maturity.spread).toBe(2);
  });
});
