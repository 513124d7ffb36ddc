import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../../test/harness.js';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { biaDependencies, biaServiceDependencies, biaServices } from '../bia/bia.table.js';
import { people } from '../orgs/orgs.table.js';
import { risks } from '../risks/risks.table.js';

/**
 * Test data the plans slice links to, written straight into the tables: the BIA and risk
 * slices have their own APIs, and plan tests should not depend on them.
 */
export const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

export async function insertService(t: TestApp, orgId: string, unitId: string, o: { name: string; rtoMinutes?: number | null; mtpdMinutes?: number | null; mtpdOverrideMinutes?: number | null }) {
  const now = t.clock.now();
  const [row] = await t.services.db
    .insert(biaServices)
    .values({
      orgId,
      unitId,
      name: o.name,
      priority: 1,
      impacts: {},
      derivedMtpdMinutes: o.mtpdMinutes ?? null,
      mtpdOverrideMinutes: o.mtpdOverrideMinutes ?? null,
      mtpdOverrideJustification: o.mtpdOverrideMinutes ? 'Test' : null,
      rtoMinutes: o.rtoMinutes ?? null,
      minimumServiceLevels: [],
      peakPeriods: [],
      createdAt: now,
      updatedAt: now,
      updatedBy: 'test',
    })
    .returning();
  return row!.id;
}

export async function insertIctSystem(t: TestApp, orgId: string, unitId: string, name: string, usedBy: string[] = []) {
  const now = t.clock.now();
  const [row] = await t.services.db
    .insert(biaDependencies)
    .values({ orgId, unitId, kind: 'ict_system', name, details: { kind: 'ict_system', owner: '', hosting: '', testedAt: null }, createdAt: now, updatedAt: now, updatedBy: 'test' })
    .returning();
  for (const serviceId of usedBy) await t.services.db.insert(biaServiceDependencies).values({ orgId, serviceId, dependencyId: row!.id });
  return row!.id;
}

export async function insertRisk(t: TestApp, orgId: string, title: string) {
  const now = t.clock.now();
  const [row] = await t.services.db
    .insert(risks)
    .values({ orgId, reference: `R-${randomUUID().slice(0, 8)}`, title, category: 'business_continuity', likelihood: 3, impact: 3, treatment: 'reduce', status: 'open', createdAt: now, updatedAt: now, updatedBy: 'test' })
    .returning();
  return row!.id;
}

export async function insertPerson(t: TestApp, orgId: string, unitId: string, fullName: string, o: { updatedAt?: Date; mobilePhone?: string } = {}) {
  const now = t.clock.now();
  const [row] = await t.services.db
    .insert(people)
    .values({ orgId, unitId, fullName, email: `${randomUUID().slice(0, 8)}@test.example`, mobilePhone: o.mobilePhone ?? '+41 22 917 1234', createdAt: now, updatedAt: o.updatedAt ?? now })
    .returning();
  return row!.id;
}

/** A role with a client-chosen id, as the UI sends it. */
export function role(title: string, o: { primary?: string | null; alternates?: string[]; calledBy?: string | null; id?: string } = {}) {
  return { id: o.id ?? randomUUID(), title, responsibilities: '', primaryPersonId: o.primary ?? null, alternatePersonIds: o.alternates ?? [], calledByRoleId: o.calledBy ?? null };
}

export function step(who: string, phase: 'first_hour' | 'first_day' | 'first_week' | 'later', does: string) {
  return { id: randomUUID(), phase, who, does, what: '', when: '', where: '', how: '' };
}
