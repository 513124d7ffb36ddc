import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit trail. `seq` orders the whole installation's chain;
 * `hash` = sha256(prevHash + canonical row), so an edited or deleted row breaks the chain.
 * A trigger (migration 0001) rejects UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id'),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  // By action: the changes that make plan updates due are read from the trail (ME&R change triggers).
  (t) => [index('audit_log_entity').on(t.orgId, t.entityType, t.entityId), index('audit_log_org_action').on(t.orgId, t.action, t.at)],
);
