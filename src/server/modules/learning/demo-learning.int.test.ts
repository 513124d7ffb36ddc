import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { seedDemo } from '../../db/seed/demo.js';
import { seedLearning } from '../../db/seed/demo-learning.js';
import { actorForUser } from '../auth/actor.js';
import { user } from '../auth/auth.table.js';
import { plans } from '../plans/plans.table.js';
import { people, units } from '../orgs/orgs.table.js';
import { lessons, postIncidentReviews } from './learning.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.services);
}, 120_000);
afterAll(() => t.close());

describe('the demo learning seed', () => {
  it('completes the demo exercise review and publishes two lessons, one shared', async () => {
    const ctxFor = async (email: string) => {
      const [u] = await t.services.db.select().from(user).where(eq(user.email, email));
      return { ...t.services, actor: (await actorForUser(t.services.db, u!.id))! };
    };
    const coordinator = await ctxFor('amina.diallo@meridian.example');
    const focal = await ctxFor('samuel.okello@meridian.example');
    const orgId = coordinator.actor.memberships[0]!.orgId;
    const [plan] = await t.services.db.select().from(plans).where(eq(plans.orgId, orgId));
    const person = async (name: string) => (await t.services.db.select().from(people).where(eq(people.fullName, name)))[0]!.id;
    const [country] = await t.services.db.select().from(units).where(eq(units.id, plan!.unitId));
    await seedLearning(coordinator, focal, { orgId, countryId: country!.id, countryPlanId: plan!.id, person: { focal: await person('Samuel Okello'), head: await person('Grace Nakato'), ict: await person('Peter Ssemwanga') } });
    const reviews = await t.services.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.orgId, orgId));
    expect(reviews.map((r) => r.status)).toEqual(['completed']);
    const published = await t.services.db.select().from(lessons).where(eq(lessons.orgId, orgId));
    expect(published.map((l) => [l.status, l.sharing, l.anonymized]).sort()).toEqual([
      ['published', 'installation', true],
      ['published', 'organization', false],
    ]);
  }, 60_000);
});
