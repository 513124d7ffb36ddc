import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { seedDemo } from '../../db/seed/demo.js';
import { actorForUser } from '../auth/actor.js';
import { user } from '../auth/auth.table.js';
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
    const orgId = coordinator.actor.memberships[0]!.orgId;
    const reviews = await t.services.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.orgId, orgId));
    expect(reviews.map((r) => [r.sourceKind, r.status])).toEqual([['exercise', 'completed']]);
    const published = await t.services.db.select().from(lessons).where(eq(lessons.orgId, orgId));
    expect(published.map((l) => [l.status, l.sharing, l.anonymized]).sort()).toEqual([
      ['published', 'installation', true],
      ['published', 'organization', false],
    ]);
  }, 60_000);
});
