import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TCreatePersonRequest, TCreateUnitRequest, TOrgView, TUpdateOrgRequest } from '../../../domain/contract/orgs.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from './org-scope.js';
import { orgsPolicy } from './orgs.policy.js';
import { presentPerson, presentUnit } from './orgs.present.js';
import { organizations, people, personAlternates, units } from './orgs.table.js';
import { checkSupervisor } from './supervisors.js';

export const unitNotFound = defineError({ code: 'orgs.unit_not_found', status: 404, message: 'Unit not found.' });
export const unitCodeTaken = defineError({ code: 'orgs.unit_code_taken', status: 409, message: 'Another unit already uses this code.' });
export const personEmailTaken = defineError({ code: 'orgs.person_email_taken', status: 409, message: 'Another person already uses this email address.' });
const alternateNotFound = defineError({ code: 'orgs.alternate_not_found', status: 400, message: 'An alternate is not a person of this organization.' });

const PLAN_AUTHORS = ['bc_coordinator', 'focal_point', 'plan_owner'] as const;

function presentOrg(scope: OrgScope): TOrgView {
  return {
    id: scope.org.id,
    slug: scope.org.slug,
    name: scope.org.name,
    bcmArrangement: scope.org.bcmArrangement ?? null,
    allowedActions: {
      manageStructure: orgsPolicy.manageAnyStructure(scope),
      createPlan: scope.unitsWithAnyRole(PLAN_AUTHORS).size > 0,
      editProfile: orgsPolicy.editProfile(scope),
    },
  };
}

/** The organizations the caller has a role in (every one for installation roles), by name. */
export async function listOrgs(ctx: Ctx): Promise<TOrgView[]> {
  const ids = ctx.actor.installationRole
    ? (await ctx.db.select({ id: organizations.id }).from(organizations)).map((o) => o.id)
    : [...new Set(ctx.actor.memberships.map((m) => m.orgId))];
  const views = await Promise.all(ids.map(async (id) => presentOrg(await loadOrgScope(ctx, id))));
  const collator = new Intl.Collator('en');
  return views.sort((a, b) => collator.compare(a.name, b.name));
}

export async function getOrg(ctx: Ctx, orgId: string) {
  return presentOrg(await loadOrgScope(ctx, orgId));
}

export async function updateOrg(ctx: Ctx, orgId: string, input: TUpdateOrgRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!orgsPolicy.editProfile(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const before = { name: scope.org.name, bcmArrangement: scope.org.bcmArrangement };
    const [row] = await t.db
      .update(organizations)
      .set({ name: input.name ?? scope.org.name, bcmArrangement: input.bcmArrangement === undefined ? scope.org.bcmArrangement : input.bcmArrangement })
      .where(eq(organizations.id, orgId))
      .returning();
    await audit(t, { orgId, action: 'organization.updated', entityType: 'organization', entityId: orgId, before, after: { name: row!.name, bcmArrangement: row!.bcmArrangement } });
    return presentOrg({ ...scope, org: row! });
  });
}

export async function listUnits(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  return scope.units.map(presentUnit);
}

export async function createUnit(ctx: Ctx, orgId: string, input: TCreateUnitRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.parentId)) throw unitNotFound('The parent unit does not exist in this organization.', [{ path: 'parentId', message: 'Unknown unit' }]);
  if (!orgsPolicy.manageStructure(scope, input.parentId)) throw forbidden();
  if (scope.units.some((u) => u.code.toLowerCase() === input.code.toLowerCase())) throw unitCodeTaken();
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const [row] = await tx.insert(units).values({ orgId, ...input, createdAt: ctx.clock.now() }).returning();
    const view = presentUnit(row!);
    await audit(t, { orgId, action: 'unit.created', entityType: 'unit', entityId: view.id, after: view });
    return view;
  });
}

export async function listPeople(ctx: Ctx, orgId: string, unitId?: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const visible = scope.units.filter((u) => orgsPolicy.readDirectory(scope, u.id)).map((u) => u.id);
  const wanted = unitId ? visible.filter((id) => id === unitId) : visible;
  if (wanted.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.unitId, wanted)))
    .orderBy(asc(people.fullName));
  const alternates = await ctx.db
    .select()
    .from(personAlternates)
    .where(eq(personAlternates.orgId, orgId))
    .orderBy(asc(personAlternates.rank));
  return rows.map((p) => presentPerson(p, alternates.filter((a) => a.personId === p.id).map((a) => a.alternateId)));
}

export async function createPerson(ctx: Ctx, orgId: string, input: TCreatePersonRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!scope.unit(input.unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'unitId', message: 'Unknown unit' }]);
  if (!orgsPolicy.manageStructure(scope, input.unitId)) throw forbidden();
  const { alternateIds, ...fields } = input;
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const [taken] = await tx.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.email, fields.email)));
    if (taken) throw personEmailTaken();
    if (alternateIds.length > 0) {
      const found = await tx.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, alternateIds)));
      if (found.length !== new Set(alternateIds).size) throw alternateNotFound();
    }
    if (fields.supervisorId) await checkSupervisor(tx, orgId, null, fields.supervisorId);
    const now = ctx.clock.now();
    const [row] = await tx.insert(people).values({ orgId, ...fields, createdAt: now, updatedAt: now }).returning();
    const unique = [...new Set(alternateIds)];
    if (unique.length > 0) {
      await tx.insert(personAlternates).values(unique.map((alternateId, rank) => ({ orgId, personId: row!.id, alternateId, rank })));
    }
    const view = presentPerson(row!, unique);
    await audit(t, { orgId, action: 'person.created', entityType: 'person', entityId: view.id, after: view });
    return view;
  });
}
