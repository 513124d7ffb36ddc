import { createHash } from 'node:crypto';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { TActor, TInstallationRole, TOrgRole } from '../../../domain/roles.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { roleAssignments } from '../orgs/orgs.table.js';
import type { Auth } from './better-auth.js';
import { apiTokens, user } from './auth.table.js';

export const TOKEN_PREFIX = 'orms_';

export function hashTokenSecret(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function actorForUser(db: Db, userId: string): Promise<TActor | null> {
  const [[u], memberships] = await Promise.all([
    db.select().from(user).where(eq(user.id, userId)),
    db
      .select({ orgId: roleAssignments.orgId, role: roleAssignments.role, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, userId)),
  ]);
  if (!u) return null;
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    personId: u.personId,
    installationRole: (u.installationRole as TInstallationRole | null) ?? null,
    memberships: memberships.map((m) => ({ ...m, role: m.role as TOrgRole })),
  };
}

/** The caller, from a personal API token (Authorization: Bearer) or the session cookie. */
export async function resolveActor(db: Db, auth: Auth, clock: Clock, headers: Headers): Promise<TActor | null> {
  const authorization = headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${TOKEN_PREFIX}`)) {
    const now = clock.now();
    const [token] = await db
      .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .where(
        and(
          eq(apiTokens.secretHash, hashTokenSecret(authorization.slice('Bearer '.length))),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        ),
      );
    if (!token) return null;
    // "Last used" to the minute is enough, and spares a write on every scripted request.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
    }
    return actorForUser(db, token.userId);
  }
  const found = await auth.api.getSession({ headers });
  return found ? actorForUser(db, found.user.id) : null;
}
