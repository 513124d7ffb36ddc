import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { organizationBySlug, seedDemo } from '../../db/seed/demo.js';
import { actorForUser } from '../auth/actor.js';
import { user } from '../auth/auth.table.js';
import { createToken } from '../auth/tokens.usecases.js';
import { wellbeingSurveys } from './people.table.js';

/** The people part of the demo: a closed wave whose small offices stay hidden while headquarters and the total show. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.services);
}, 600_000);
afterAll(() => t.close());

describe('people demo', () => {
  it('seeds arrangements at three levels, a closed wave with hidden small offices, an open wave and a return plan', async () => {
    const org = (await organizationBySlug(t.services, 'meridian'))!;
    const [amina] = await t.services.db.select().from(user).where(eq(user.email, 'amina.diallo@meridian.example'));
    const actor = (await actorForUser(t.services.db, amina!.id))!;
    const { token } = await createToken({ ...t.services, actor }, { name: 'test', expiresInDays: null });
    const api = client(t, token);
    const base = `/api/orgs/${org.id}/people`;
    const arrangements = (await api.get(`${base}/arrangements`)).body;
    expect(new Set(arrangements.items.map((a: { level: string }) => a.level))).toEqual(new Set(['headquarters', 'regional', 'field']));
    const waves = await t.services.db.select().from(wellbeingSurveys).where(eq(wellbeingSurveys.orgId, org.id)).orderBy(wellbeingSurveys.opensOn);
    const results = (await api.get(`${base}/surveys/${waves[0]!.id}/results`)).body;
    expect(results).toMatchObject({ available: true, state: 'closed' });
    const q1 = results.questions[0].scale;
    const hq = results.groups.find((g: { unitName: string }) => g.unitName.startsWith('Headquarters')).unitId;
    const gulu = results.groups.find((g: { unitName: string }) => g.unitName.startsWith('Gulu')).unitId;
    expect(q1.groups.find((g: { unitId: string }) => g.unitId === hq).cell.hidden).toBe(false);
    expect(q1.groups.find((g: { unitId: string }) => g.unitId === gulu).cell).toEqual({ hidden: true, reason: 'below_minimum' });
    expect(q1.total.hidden).toBe(false);
    expect((await api.get(`${base}/surveys/${waves[1]!.id}`)).body.state).toBe('open');
    const plans = (await api.get(`${base}/return-plans`)).body.items;
    expect(plans).toHaveLength(1);
    expect(plans[0].currentPhaseKey).toBe('p2');
  });
});
