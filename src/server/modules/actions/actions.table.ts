import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, units } from '../orgs/orgs.table.js';
import { plans } from '../plans/plans.table.js';

/** Remedial actions from every source: exercises, post-incident reviews, audit findings, management reviews. */
export const remedialActions = pgTable(
  'remedial_actions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerPersonId: uuid('owner_person_id').notNull().references(() => people.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    evidence: text('evidence'),
    planId: uuid('plan_id').references(() => plans.id),
    /** What the action changes: 'plan' | 'bia' | 'policy' | 'framework' | 'other' (null: not said). */
    changeTarget: text('change_target'),
    /** What will prove it done (the closing evidence must answer it). */
    evidenceRequired: text('evidence_required').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
  },
  (t) => [index('remedial_actions_org_status').on(t.orgId, t.status), index('remedial_actions_source').on(t.sourceType, t.sourceId), index('remedial_actions_owner').on(t.ownerPersonId)],
);
