import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { responseSigningKeys } from './response.table.js';

/**
 * Signed check-in links: `<recipient id>.<expiry, base-36 seconds>.<HMAC-SHA256, 128 bits>`.
 * The recipient row names one person in one broadcast of one event, so a link can only ever
 * check in its own recipient for its own event. The key is the organization's, kept in the
 * database (every node signs and verifies alike) and never sent anywhere; links are not
 * stored (the worker signs each one as it sends), so reading the database yields none.
 */
export const LINK_VALID_DAYS = 14;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function signingKey(db: Db, orgId: string, now: Date): Promise<string> {
  const [existing] = await db.select({ secret: responseSigningKeys.secret }).from(responseSigningKeys).where(eq(responseSigningKeys.orgId, orgId));
  if (existing) return existing.secret;
  await db.insert(responseSigningKeys).values({ orgId, secret: randomBytes(32).toString('base64url'), createdAt: now }).onConflictDoNothing();
  const [made] = await db.select({ secret: responseSigningKeys.secret }).from(responseSigningKeys).where(eq(responseSigningKeys.orgId, orgId));
  return made!.secret;
}

const mac = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 16).toString('base64url');

export function signCheckInToken(key: string, recipientId: string, expiresAt: Date): string {
  const payload = `${recipientId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${payload}.${mac(key, payload)}`;
}

export type TParsedToken = { recipientId: string; expiresAt: Date; payload: string; signature: string };

/** The parts of a token, without trusting them yet (null: not a check-in token at all). */
export function parseCheckInToken(token: string): TParsedToken | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [recipientId, exp, signature] = parts as [string, string, string];
  if (!UUID.test(recipientId) || !/^[0-9a-z]{1,10}$/.test(exp) || !/^[A-Za-z0-9_-]{22}$/.test(signature)) return null;
  return { recipientId, expiresAt: new Date(parseInt(exp, 36) * 1000), payload: `${recipientId}.${exp}`, signature };
}

export function signatureValid(key: string, token: TParsedToken): boolean {
  const expected = Buffer.from(mac(key, token.payload));
  const given = Buffer.from(token.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
