import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, units } from '../orgs/orgs.table.js';

/**
 * A secret calendar address a person subscribes to in their calendar program. Only the
 * secret's hash is kept; revoking it ends the feed.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    userId: text('user_id').notNull(),
    /** "mine": what is due for the units where the person holds a BCM role; "unit": a unit's subtree. */
    scope: text('scope').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    secretHash: text('secret_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('calendar_feeds_secret').on(t.secretHash), index('calendar_feeds_user').on(t.userId)],
);
