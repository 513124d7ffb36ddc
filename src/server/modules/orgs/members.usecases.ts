import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TAssignRoleRequest, TCreateMemberRequest, TMemberView } from '../../../domain/contract/members.js';
import type { TOrgRole } from '../../../domain/roles.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { assignRole, createUser } from '../auth/users.usecases.js';
import { loadOrgScope, type OrgScope } from './org-scope.js';
import { orgsPolicy } from './orgs.policy.js';
import { people, roleAssignments } from './orgs.table.js';
import { unitNotFound } from './orgs.usecases.js';

const memberNotFound = defineError({ code: 'members.not_found', status: 404, message: 'No such member of this organization.' });
const assignmentNotFound = defineError({ code: 'members.assignment_not_found', status: 404, message: 'Role assignment not found.' });
const personNotFound = defineError({ code: 'members.person_not_found', status: 404, message: 'No such person in this organization.' });
const personHasAccount = defineError({ code: 'members.person_has_account', status: 409, message: 'This person already has a sign-in account; assign them another role instead.' });
const selfRevoke = defineError({ code: 'members.self_revoke', status: 409, message: 'You cannot remove your own role; ask another coordinator or an administrator.' });

const by = (ctx: Ctx) => ({ actorId: ctx.actor.userId, actorName: ctx.actor.name });

function requireManage(scope: OrgScope, unitId: string) {
  if (!scope.unit(unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'unitId', message: 'Unknown unit' }]);
  if (!orgsPolicy.manageStructure(scope, unitId)) throw forbidden();
}

/** Sign-in accounts with a role in the organization, and their roles. */
export async function listMembers(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!orgsPolicy.readMembers(scope)) throw forbidden();
  const assignments = await ctx.db.select().from(roleAssignments).where(eq(roleAssignments.orgId, orgId)).orderBy(asc(roleAssignments.createdAt));
  const userIds = [...new Set(assignments.map((a) => a.userId))];
  const users = userIds.length ? await ctx.db.select().from(user).where(inArray(user.id, userIds)) : [];
  const collator = new Intl.Collator('en');
  const items: TMemberView[] = users
    .map((u) => ({
      userId: u.id,
      name: u.name,
      email: u.email,
      personId: u.personId,
      roles: assignments.filter((a) => a.userId === u.id).map((a) => ({ id: a.id, role: a.role as TOrgRole, unitId: a.unitId })),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { items, allowedActions: { manage: orgsPolicy.manageAnyStructure(scope) } };
}

/** One more role for an existing member, at a unit within the caller's own subtree. */
export async function grantRole(ctx: Ctx, orgId: string, input: TAssignRoleRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  requireManage(scope, input.unitId);
  return inTransaction(ctx, async (t) => {
    // Only accounts already of this organization: an account id from elsewhere is "not found".
    const [membership] = await t.db
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, input.userId), eq(roleAssignments.orgId, orgId)))
      .limit(1);
    if (!membership) throw memberNotFound();
    const row = await assignRole(t.db, ctx, by(ctx), { userId: input.userId, orgId, role: input.role, unitId: input.unitId });
    return { id: row.id, role: row.role as TOrgRole, unitId: row.unitId };
  });
}

export async function revokeRole(ctx: Ctx, orgId: string, assignmentId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  await inTransaction(ctx, async (t) => {
    const [row] = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.orgId, orgId)));
    if (!row) throw assignmentNotFound();
    if (!orgsPolicy.manageStructure(scope, row.unitId)) throw forbidden();
    if (row.userId === ctx.actor.userId) throw selfRevoke();
    await t.db.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
    await audit(t, { orgId, action: 'role.revoked', entityType: 'role_assignment', entityId: assignmentId, before: { userId: row.userId, role: row.role, unitId: row.unitId } });
  });
}

/** A sign-in account for a person of the staff directory, with a first role. */
export async function createMember(ctx: Ctx, orgId: string, input: TCreateMemberRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  requireManage(scope, input.unitId);
  const [person] = await ctx.db.select().from(people).where(and(eq(people.id, input.personId), eq(people.orgId, orgId)));
  if (!person) throw personNotFound(undefined, [{ path: 'personId', message: 'Unknown person' }]);
  const [existing] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.personId, person.id));
  if (existing) throw personHasAccount();
  const created = await createUser(
    ctx,
    { email: person.email, name: person.fullName, password: input.initialPassword, personId: person.id, roles: [{ orgId, role: input.role, unitId: input.unitId }] },
    by(ctx),
  );
  return (await listMembers(ctx, orgId)).items.find((m) => m.userId === created.id)!;
}
