import { eq } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import { manualClock } from '../../clock.js';
import type { Ctx, Services } from '../../context.js';
import { auditAsSystem } from '../../modules/audit/audit.usecases.js';
import { actorForUser } from '../../modules/auth/actor.js';
import { createUser } from '../../modules/auth/users.usecases.js';
import { organizations, people, personAlternates, units } from '../../modules/orgs/orgs.table.js';
import { reviewPlan, revisePlan } from '../../modules/plans/plans.review.usecases.js';
import { createPlan, updatePlan } from '../../modules/plans/plans.usecases.js';
import { DEMO_ORGANIZATIONS, DEMO_STAFF_NAMES, type DemoOrganization } from './demo-organizations.js';
import { demoSections } from './demo-plan-text.js';
import { seedAssurance } from './demo-assurance.js';
import { seedLearning } from './demo-learning.js';
import { seedMer } from './demo-mer.js';
import { seedPeople } from './demo-people.js';
import { countryPlanStructure, seedCampaign, seedCountryBia, seedRisks } from './demo-planning.js';

export const DEMO_PASSWORD = 'orms-demo-2026';
export const DEMO_ADMIN = { email: 'admin@orms.example', name: 'Installation Administrator' };
export const DEMO_ANALYST = { email: 'analyst@orms.example', name: 'System-wide Analyst' };

export interface DemoSignIn {
  organization: string;
  role: string;
  email: string;
}

export async function isSeeded(services: Services): Promise<boolean> {
  const [row] = await services.db.select({ id: organizations.id }).from(organizations).limit(1);
  return row !== undefined;
}

const ADDED_BY = 'demo seed';

/**
 * Loads the demo organizations through the same use cases the API uses, so the demo's
 * plans, reviews and audit trail are what real use would produce. The seed's clock starts
 * a year back so histories have believable dates.
 */
/** The demo's sign-ins, one per role and organization, plus the installation roles. */
export function demoSignIns(): DemoSignIn[] {
  return [
    { organization: '(installation)', role: 'admin', email: DEMO_ADMIN.email },
    { organization: '(installation)', role: 'analyst', email: DEMO_ANALYST.email },
    ...DEMO_ORGANIZATIONS.flatMap((demo) => demo.users.map(([role, , name]) => ({ organization: demo.name, role, email: emailOf(name, demo.emailDomain) }))),
  ];
}

/** True when the demo organizations are in the database (so their sign-ins work). */
export async function hasDemo(services: Services): Promise<boolean> {
  return (await organizationBySlug(services, DEMO_ORGANIZATIONS[0]!.slug)) !== undefined;
}

export async function seedDemo(services: Services): Promise<void> {
  const end = services.clock.now();
  const clock = manualClock(new Date(end.getTime() - 400 * 86_400_000));
  const seedServices: Services = { ...services, clock };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [email, name, role] of [
    [DEMO_ADMIN.email, DEMO_ADMIN.name, 'admin'],
    [DEMO_ANALYST.email, DEMO_ANALYST.name, 'analyst'],
  ] as const) {
    await createUser(seedServices, { email, name, password: DEMO_PASSWORD, installationRole: role }, ADDED_BY, passwordHash);
  }
  for (const demo of DEMO_ORGANIZATIONS) await seedOrganization(seedServices, demo, passwordHash, services);
}

/** `services` run on the seed's clock, a year back; `today` on the real one, for what must be current (an open survey wave, the team's meetings of the last twelve months). */
async function seedOrganization(services: Services, demo: DemoOrganization, passwordHash: string, today: Services): Promise<void> {
  const { db, clock } = services;
  const unitIds = new Map<string, string>();
  const orgId = await db.transaction(async (tx) => {
    const [org] = await tx.insert(organizations).values({ slug: demo.slug, name: demo.name, bcmArrangement: demo.arrangement, createdAt: clock.now() }).returning();
    await auditAsSystem(tx, services, ADDED_BY, { orgId: org!.id, action: 'organization.created', entityType: 'organization', entityId: org!.id, after: { slug: demo.slug, name: demo.name } });
    for (const unit of demo.units) {
      const [row] = await tx
        .insert(units)
        .values({ orgId: org!.id, parentId: unit.parent ? unitIds.get(unit.parent)! : null, kind: unit.kind, name: unit.name, code: unit.code, country: unit.country, city: unit.city, timeZone: unit.timeZone, createdAt: clock.now() })
        .returning();
      unitIds.set(unit.code, row!.id);
      await auditAsSystem(tx, services, ADDED_BY, { orgId: org!.id, action: 'unit.created', entityType: 'unit', entityId: row!.id, after: { code: unit.code, name: unit.name } });
    }
    return org!.id;
  });

  // The directory: every sign-in user is a person, plus staff spread over the offices.
  const offices = demo.units.filter((x) => x.kind !== 'department' && x.kind !== 'governing_body_secretariat');
  const directory = [
    ...demo.users.map(([role, unit, name]) => ({ name, unit, title: jobTitle(role) })),
    ...DEMO_STAFF_NAMES.slice(0, 24).map((name, i) => ({ name, unit: offices[i % offices.length]!.code, title: STAFF_TITLES[i % STAFF_TITLES.length]! })),
  ];
  const personIds = await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const [i, p] of directory.entries()) {
      const unit = demo.units.find((x) => x.code === p.unit)!;
      const [row] = await tx
        .insert(people)
        .values({
          orgId,
          unitId: unitIds.get(p.unit)!,
          fullName: p.name,
          jobTitle: p.title,
          email: emailOf(p.name, demo.emailDomain),
          mobilePhone: `+4179${String(5550000 + i * 7 + demo.slug.length).padStart(7, '0')}`,
          preferredLanguage: LANGUAGE_BY_COUNTRY[unit.country ?? ''] ?? 'en',
          createdAt: clock.now(),
          updatedAt: clock.now(),
        })
        .returning();
      ids.push(row!.id);
      await auditAsSystem(tx, services, ADDED_BY, { orgId, action: 'person.created', entityType: 'person', entityId: row!.id, after: { fullName: p.name } });
    }
    // Each sign-in user's alternate is the next person in the same office, when there is one.
    for (const [i, p] of directory.entries()) {
      const alternate = directory.findIndex((q, j) => j !== i && q.unit === p.unit);
      if (alternate >= 0) await tx.insert(personAlternates).values({ orgId, personId: ids[i]!, alternateId: ids[alternate]!, rank: 0 });
    }
    return ids;
  });

  const userIds = new Map<string, string>();
  for (const [i, [role, unit, name]] of demo.users.entries()) {
    const email = emailOf(name, demo.emailDomain);
    const created = await createUser(services, { email, name, password: DEMO_PASSWORD, personId: personIds[i]!, roles: [{ orgId, role, unitId: unitIds.get(unit)! }] }, ADDED_BY, passwordHash);
    userIds.set(role, created.id);
  }
  const planning = await seedPlanning(services, demo, orgId, unitIds, userIds, directory.map((p, i) => ({ ...p, id: personIds[i]! })));
  const countryPlanId = await seedPlans(services, demo, orgId, unitIds, userIds, planning);
  const hqId = unitIds.get(demo.units.find((x) => x.parent === null)!.code)!;
  const countryId = unitIds.get(demo.users.find(([r]) => r === 'focal_point')![1])!;
  const personOfRole = (role: string) => personIds[demo.users.findIndex(([r]) => r === role)]!;
  await seedMer(await ctxOf(services, userIds, 'bc_coordinator'), await ctxOf(services, userIds, 'focal_point'), {
    orgId,
    hqId,
    countryId,
    countryPlanId,
    services: planning.services,
    person: planning.people,
  });
  await seedLearning(await ctxOf(services, userIds, 'bc_coordinator'), await ctxOf(services, userIds, 'focal_point'), {
    orgId,
    countryId,
    countryPlanId,
    person: { focal: planning.people.focal, head: planning.people.head, ict: planning.people.ict },
  });
  await seedAssurance(await ctxOf(today, userIds, 'bc_coordinator'), await ctxOf(today, userIds, 'internal_auditor'), {
    orgId,
    chair: personOfRole('executive'),
    members: [
      { personId: personOfRole('cmt_member'), role: 'Operations' },
      { personId: personOfRole('bc_coordinator'), role: 'Coordination' },
      { personId: personOfRole('risk_officer'), role: 'Risk and security' },
    ],
  });
  const dueDate = new Date(clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const region = demo.units.find((x) => x.kind === 'regional_office')!;
  await seedCampaign(await ctxOf(services, userIds, 'bc_coordinator'), orgId, unitIds.get(region.code)!, dueDate);
  await seedPeople(await ctxOf(today, userIds, 'bc_coordinator'), orgId);
}

const ctxOf = async (services: Services, userIds: Map<string, string>, role: string): Promise<Ctx> => ({ ...services, actor: (await actorForUser(services.db, userIds.get(role)!))! });

/** The country office's BIA (approved), the register, and the structure its business continuity plan will carry. */
async function seedPlanning(services: Services, demo: DemoOrganization, orgId: string, unitIds: Map<string, string>, userIds: Map<string, string>, directory: { name: string; unit: string; id: string }[]) {
  const [, countryCode] = demo.users.find(([r]) => r === 'focal_point')!;
  const country = demo.units.find((x) => x.code === countryCode)!;
  const bia = await seedCountryBia(await ctxOf(services, userIds, 'focal_point'), await ctxOf(services, userIds, 'bc_coordinator'), orgId, unitIds.get(countryCode)!, country.city ?? country.name);
  const personOf = (role: string) => directory.find((p) => p.name === demo.users.find(([r]) => r === role)![2])!.id;
  const today = services.clock.now().toISOString().slice(0, 10);
  const risks = await seedRisks(await ctxOf(services, userIds, 'risk_officer'), orgId, unitIds.get(countryCode)!, personOf('plan_owner'), bia.services, today);
  const colleagues = directory.filter((p) => p.unit === countryCode && ![personOf('plan_owner'), personOf('focal_point')].includes(p.id)).map((p) => p.id);
  const others = directory.filter((p) => !colleagues.includes(p.id)).map((p) => p.id);
  const pool = [...colleagues, ...others];
  const structure = countryPlanStructure(
    { head: personOf('plan_owner'), focal: personOf('focal_point'), finance: pool[0]!, ict: pool[1]!, alternates: [personOf('focal_point'), pool[2]!, pool[3]!, pool[4]!] },
    bia.services,
    [risks.unrest, risks.ransomware, risks.cholera, risks.bank],
    today,
  );
  const people = { focal: personOf('focal_point'), head: personOf('plan_owner'), alternate: pool[2]!, cmt: personOf('cmt_member'), ict: pool[1]! };
  return { structure, erp: bia.dependencies.erp, services: bia.services, people };
}

/** Plans in every state: approved and superseded versions, one in review, drafts. */
async function seedPlans(services: Services, demo: DemoOrganization, orgId: string, unitIds: Map<string, string>, userIds: Map<string, string>, planning: Awaited<ReturnType<typeof seedPlanning>>) {
  const clock = services.clock as ReturnType<typeof manualClock>;
  const ctxFor = async (role: string): Promise<Ctx> => ({ ...services, actor: (await actorForUser(services.db, userIds.get(role)!))! });
  const coordinator = await ctxFor('bc_coordinator');
  const focalPoint = await ctxFor('focal_point');
  const day = 86_400_000;
  const write = async (ctx: Ctx, unitCode: string, type: TPlanType, title: string, complete = true) => {
    const unit = demo.units.find((x) => x.code === unitCode)!;
    const plan = await createPlan(ctx, orgId, { unitId: unitIds.get(unitCode)!, type, title, language: 'en' });
    const sections = demoSections(unit.name, unit.city ?? '');
    if (!complete) sections.post_incident_review = '';
    clock.advance(2 * day);
    await updatePlan(ctx, orgId, plan.id, { sections });
    return plan.id;
  };
  const approve = async (planId: string, author: Ctx, reviewer: Ctx) => {
    await reviewPlan(author, orgId, planId, 'submit', 'Ready for quality review.');
    clock.advance(3 * day);
    await reviewPlan(reviewer, orgId, planId, 'approve', 'Meets the quality criteria.');
  };

  const executive = await ctxFor('executive');
  // Headquarters BCP: approved, revised, re-approved — version 1 superseded, version 2 in force.
  const hq = await write(coordinator, 'HQ', 'business_continuity', `${demo.name} — Headquarters business continuity plan`);
  await approve(hq, coordinator, executive);
  clock.advance(180 * day);
  await revisePlan(coordinator, orgId, hq);
  await updatePlan(coordinator, orgId, hq, { sections: { external_links: demoSections('', 'Geneva').external_links + '\n- Host country mission, protocol service' } });
  await approve(hq, coordinator, executive);
  // Returned by the executive for changes: a draft again, with the comment.
  const crisis = await write(coordinator, 'HQ', 'crisis_management', 'Crisis management plan');
  await reviewPlan(coordinator, orgId, crisis, 'submit', '');
  clock.advance(day);
  await reviewPlan(executive, orgId, crisis, 'return', 'Name the chair of the crisis management team and an alternate.');
  // Regional plans submitted and waiting for review.
  for (const unit of demo.units.filter((x) => x.kind === 'regional_office')) {
    clock.advance(5 * day);
    const id = await write(coordinator, unit.code, 'business_continuity', `Business continuity plan — ${unit.name}`);
    await reviewPlan(coordinator, orgId, id, 'submit', '');
  }
  clock.advance(10 * day);
  const country = demo.users.find(([r]) => r === 'focal_point')![1];
  const countryPlan = await write(focalPoint, country, 'business_continuity', `Business continuity plan — ${demo.units.find((x) => x.code === country)!.name}`);
  await updatePlan(focalPoint, orgId, countryPlan, { structure: planning.structure });
  await approve(countryPlan, focalPoint, coordinator);
  clock.advance(120 * day);
  await revisePlan(focalPoint, orgId, countryPlan);
  await updatePlan(focalPoint, orgId, countryPlan, { sections: { critical_functions: demoSections('', '').critical_functions + '\n5. Payroll for national staff — within 5 days' } });
  await approve(countryPlan, focalPoint, coordinator);
  // A plan returned for changes, now a draft again with the reviewer's comment.
  const security = await write(focalPoint, country, 'security', 'Security plan');
  await reviewPlan(focalPoint, orgId, security, 'submit', '');
  clock.advance(2 * day);
  await reviewPlan(coordinator, orgId, security, 'return', 'Add the evacuation routes and the assembly points agreed with the security cell.');
  // In review, waiting for the coordinator.
  const ict = await write(focalPoint, country, 'ict_disaster_recovery', 'ICT disaster recovery plan');
  // Three days for the finance system, where the cash transfers need it in twelve hours: the suite view flags it.
  await updatePlan(focalPoint, orgId, ict, { structure: { ictRecoveries: [{ dependencyId: planning.erp, recoveryMinutes: 3 * 24 * 60 }] } });
  await reviewPlan(focalPoint, orgId, ict, 'submit', 'Recovery times checked with the regional ICT officer.');
  // An incomplete draft.
  await write(focalPoint, country, 'staff_support', 'Staff support plan', false);
  return countryPlan;
}

const STAFF_TITLES = ['Programme Officer', 'Finance Assistant', 'Logistics Officer', 'Driver', 'ICT Assistant', 'Field Monitor', 'Administrative Assistant', 'Protection Officer'];
const LANGUAGE_BY_COUNTRY: Record<string, string> = { CH: 'fr', SN: 'fr', ML: 'fr', NE: 'fr', TN: 'ar', LB: 'ar', JO: 'ar', HN: 'es', CO: 'es', PA: 'es', KG: 'ru', KZ: 'ru', UZ: 'ru' };

function jobTitle(role: string): string {
  return (
    {
      executive: 'Executive Director',
      bc_coordinator: 'Business Continuity Coordinator',
      focal_point: 'Operations Manager (BC focal point)',
      plan_owner: 'Head of Office',
      cmt_member: 'Director of Operations',
      risk_officer: 'Chief Risk Officer',
      internal_auditor: 'Internal Auditor',
      external_auditor: 'External Auditor (Board of Auditors)',
      oversight_committee: 'Audit and Oversight Committee member',
      governing_body_reader: 'Executive Board member',
      staff: 'Programme Associate',
    } as Record<string, string>
  )[role]!;
}

function emailOf(name: string, domain: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
  return `${local}@${domain}`;
}

export async function organizationBySlug(services: Services, slug: string) {
  const [org] = await services.db.select().from(organizations).where(eq(organizations.slug, slug));
  return org;
}
