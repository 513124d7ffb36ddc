import { randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from '../../../../test/harness.js';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { user } from '../auth/auth.table.js';
import { people } from '../orgs/orgs.table.js';
import { planVersions, plans } from '../plans/plans.table.js';
import { eq } from 'drizzle-orm';

/** Directory and plan data for response tests, written straight into the tables. */
export async function insertStaff(
  t: TestApp,
  orgId: string,
  unitId: string,
  o: { fullName?: string; email?: string | null; phone?: string | null; language?: string; supervisorId?: string | null; updatedAt?: Date } = {},
) {
  const now = t.clock.now();
  const tag = randomBytes(4).toString('hex');
  const [row] = await t.services.db
    .insert(people)
    .values({
      orgId,
      unitId,
      fullName: o.fullName ?? `Person ${tag}`,
      email: o.email === null ? '' : (o.email ?? `p-${tag}@staff.example`),
      mobilePhone: o.phone === undefined ? `+4179${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` : o.phone,
      preferredLanguage: o.language ?? 'en',
      supervisorId: o.supervisorId ?? null,
      createdAt: now,
      updatedAt: o.updatedAt ?? now,
    })
    .returning();
  return row!;
}

/** Links a test caller's user to a person, so "who checks in" and "who is the colleague" are people. */
export async function linkUserToPerson(t: TestApp, userId: string, personId: string) {
  await t.services.db.update(user).set({ personId }).where(eq(user.id, userId));
}

export async function insertApprovedPlan(t: TestApp, orgId: string, unitId: string, type: string, title: string, leadPersonId: string | null = null) {
  const now = t.clock.now();
  const [plan] = await t.services.db.insert(plans).values({ orgId, unitId, type, currentVersion: 1, approvedVersion: 1, createdAt: now, createdBy: 'test' }).returning();
  const lead = randomUUID();
  const scribe = randomUUID();
  await t.services.db.insert(planVersions).values({
    orgId,
    planId: plan!.id,
    versionNumber: 1,
    state: 'approved',
    title,
    language: 'en',
    sections: Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`])) as never,
    structure: {
      roles: [
        { id: lead, title: 'Crisis lead', responsibilities: '', primaryPersonId: leadPersonId, alternatePersonIds: [], calledByRoleId: null },
        { id: scribe, title: 'Scribe', responsibilities: '', primaryPersonId: null, alternatePersonIds: [], calledByRoleId: lead },
      ],
      steps: [
        { id: randomUUID(), phase: 'first_hour', who: lead, does: 'Account for all staff', what: '', when: '', where: '', how: '' },
        { id: randomUUID(), phase: 'first_week', who: scribe, does: 'Review the lease', what: '', when: '', where: '', how: '' },
      ],
    } as never,
    createdAt: now,
    createdBy: 'test',
    updatedAt: now,
    approvedAt: now,
    approvedBy: 'test',
  });
  return plan!.id;
}
