import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import { z } from 'zod';
import { INSTALLATION_ROLES, ORG_ROLES } from '../../../domain/roles.js';
import type { Services } from '../../context.js';
import type { Db } from '../../db/database.js';
import { DomainError, invalidInput } from '../../http/errors.js';
import { auditAsSystem, recordAudit } from '../audit/audit.usecases.js';
import { roleAssignments, units } from '../orgs/orgs.table.js';
import { account, user } from './auth.table.js';

export const ZCreateUserInput = z.object({
  email: z.email().max(320).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(10, 'at least 10 characters').max(200),
  personId: z.uuid().nullable().default(null),
  installationRole: z.enum(INSTALLATION_ROLES).nullable().default(null),
  roles: z.array(z.object({ orgId: z.uuid(), role: z.enum(ORG_ROLES), unitId: z.uuid() })).default([]),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/**
 * Creates a sign-in account the way better-auth stores one (user + credential account).
 * `passwordHash` lets the demo seed hash its one shared password once.
 */
/** Who creates: a signed-in actor, or the system under a name ("orms cli", "demo seed"). */
export type TCreatedBy = string | { actorId: string; actorName: string };

export async function createUser(services: Services, raw: TCreateUserInput, by: TCreatedBy, passwordHash?: string) {
  const parsed = ZCreateUserInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(undefined, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const input = parsed.data;
  return services.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email));
    if (existing) throw new DomainError('users.email_taken', 409, `A user with email ${input.email} already exists.`);
    const now = services.clock.now();
    const id = randomUUID();
    await tx.insert(user).values({ id, email: input.email, name: input.name, emailVerified: true, personId: input.personId, installationRole: input.installationRole, createdAt: now, updatedAt: now });
    await tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash ?? (await hashPassword(input.password)), createdAt: now, updatedAt: now });
    await auditBy(tx, services, by, { orgId: null, action: 'user.created', entityType: 'user', entityId: id, after: { email: input.email, name: input.name, installationRole: input.installationRole } });
    for (const r of input.roles) await assignRole(tx, services, by, { userId: id, ...r });
    return { id, email: input.email };
  });
}

export async function assignRole(tx: Db, services: Services, by: TCreatedBy, r: { userId: string; orgId: string; role: string; unitId: string }) {
  const [unit] = await tx.select({ id: units.id }).from(units).where(and(eq(units.id, r.unitId), eq(units.orgId, r.orgId)));
  if (!unit) throw new DomainError('orgs.unit_not_found', 404, `Unit ${r.unitId} is not in organization ${r.orgId}.`);
  const [taken] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, r.userId), eq(roleAssignments.orgId, r.orgId), eq(roleAssignments.role, r.role), eq(roleAssignments.unitId, r.unitId)));
  if (taken) throw new DomainError('members.role_exists', 409, 'This person already has this role at this unit.');
  const [row] = await tx.insert(roleAssignments).values({ ...r, createdAt: services.clock.now() }).returning();
  await auditBy(tx, services, by, { orgId: r.orgId, action: 'role.assigned', entityType: 'role_assignment', entityId: row!.id, after: r });
  return row!;
}

function auditBy(tx: Db, services: Services, by: TCreatedBy, change: Parameters<typeof auditAsSystem>[3]) {
  return typeof by === 'string'
    ? auditAsSystem(tx, services, by, change)
    : recordAudit(tx, { clock: services.clock, actorId: by.actorId, actorName: by.actorName }, change);
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}
