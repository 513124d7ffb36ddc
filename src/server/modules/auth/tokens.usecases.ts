import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { apiTokens } from './auth.table.js';
import { hashTokenSecret, TOKEN_PREFIX } from './actor.js';

const tokenNotFound = defineError({ code: 'tokens.not_found', status: 404, message: 'Token not found.' });

function present(t: typeof apiTokens.$inferSelect) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  };
}

export async function listTokens(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, ctx.actor.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(present);
}

/** The secret is returned once and only its hash is kept. */
export async function createToken(ctx: Ctx, input: { name: string; expiresInDays: number | null }) {
  const secret = TOKEN_PREFIX + randomBytes(24).toString('base64url');
  const now = ctx.clock.now();
  return inTransaction(ctx, async (t) => {
    const tx = t.db;
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: ctx.actor.userId,
        name: input.name,
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        secretHash: hashTokenSecret(secret),
        createdAt: now,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    const view = present(row!);
    await audit(t, { orgId: null, action: 'token.created', entityType: 'api_token', entityId: view.id, after: view });
    return { ...view, token: secret };
  });
}

export async function revokeToken(ctx: Ctx, tokenId: string) {
  await inTransaction(ctx, async (t) => {
    const tx = t.db;
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, ctx.actor.userId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw tokenNotFound();
    await audit(t, { orgId: null, action: 'token.revoked', entityType: 'api_token', entityId: tokenId, before: present(row) });
  });
}
