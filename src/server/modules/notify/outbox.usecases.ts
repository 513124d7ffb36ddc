import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { TLanguage } from '../../../domain/languages.js';
import type { Services } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Mailer } from './mailer.js';
import { outboxMessages } from './outbox.table.js';

export interface TOutgoingEmail {
  orgId: string | null;
  to: string;
  personId?: string | null;
  language: TLanguage;
  subject: string;
  text: string;
  /** Same key, same message: enqueueing it again does nothing. */
  dedupeKey: string;
}

/** Queues messages; returns how many were new. Call inside the transaction of the change that causes them. */
export async function enqueueEmails(db: Db, now: Date, emails: readonly TOutgoingEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  const rows = await db
    .insert(outboxMessages)
    .values(
      emails.map((e) => ({
        orgId: e.orgId,
        channel: 'email',
        recipient: e.to,
        recipientPersonId: e.personId ?? null,
        language: e.language,
        subject: e.subject,
        body: e.text,
        dedupeKey: e.dedupeKey,
        status: 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return rows.length;
}

const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 8;
/** 1, 2, 4 … minutes, capped at 4 hours: a mail server down for a night is caught up by morning. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 4 * 3_600_000);

/**
 * Sends what is due. Messages are claimed with a lease under `FOR UPDATE SKIP LOCKED`, so
 * two dispatchers (two nodes) never take the same message; a dispatcher that dies mid-send
 * loses its lease and the message is taken over later (at-least-once at that single point).
 */
export async function dispatchOutbox(services: Services, mailer: Mailer, limit = 50): Promise<{ sent: number; failed: number }> {
  const now = services.clock.now();
  const claimable = services.db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(or(and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now)), and(eq(outboxMessages.status, 'sending'), lt(outboxMessages.lockedUntil, now))))
    .orderBy(outboxMessages.createdAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await services.db
    .update(outboxMessages)
    .set({ status: 'sending', lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${outboxMessages.attempts} + 1` })
    .where(inArray(outboxMessages.id, claimable))
    .returning();
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      const { providerId } = await mailer.send({ to: message.recipient, subject: message.subject, text: message.body, language: message.language });
      await services.db.update(outboxMessages).set({ status: 'sent', sentAt: services.clock.now(), providerId, lockedUntil: null, lastError: null }).where(eq(outboxMessages.id, message.id));
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await services.db
        .update(outboxMessages)
        .set({ status: giveUp ? 'failed' : 'pending', lockedUntil: null, lastError: describe(error), nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)) })
        .where(eq(outboxMessages.id, message.id));
      services.log.warn({ messageId: message.id, attempts: message.attempts, error: describe(error) }, giveUp ? 'mail failed for good' : 'mail failed; will retry');
    }
  }
  return { sent, failed };
}

/** The SMTP reply or error name, never the transport's URL with its credentials. */
function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'response' in error && typeof error.response === 'string') return error.response.slice(0, 500);
  return error instanceof Error ? `${error.name}: ${error.message}`.replace(/smtps?:\/\/[^\s]+/g, 'smtp://…').slice(0, 500) : 'unknown error';
}
