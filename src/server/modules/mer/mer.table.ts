import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TMerPolicy } from '../../../domain/mer/policy.js';
import { organizations } from '../orgs/orgs.table.js';

/** Every version of an organization's ME&R policy; the latest applies, earlier ones explain past statuses. */
export const merPolicies = pgTable(
  'mer_policies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    versionNumber: integer('version_number').notNull(),
    policy: jsonb('policy').$type<TMerPolicy>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('mer_policies_version').on(t.orgId, t.versionNumber)],
);
