import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/orgs.table.js';

/**
 * Messages to send, written in the same transaction as the change that causes them and sent
 * afterwards by the dispatcher (STYLE 7: side effects run after commit). The dedupe key makes
 * "send this reminder" idempotent: however many schedulers run, one row, one message.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').references(() => organizations.id),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    recipientPersonId: uuid('recipient_person_id'),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** While "sending": the dispatcher holding it; past this time another may take it over. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('outbox_messages_dedupe').on(t.dedupeKey), index('outbox_messages_due').on(t.status, t.nextAttemptAt)],
);
