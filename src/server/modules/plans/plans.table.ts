import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TPlanStructure } from '../../../domain/contract/plan-structure.js';
import type { TPlanSections } from '../../../domain/plans/plan-template.js';
import { organizations, units } from '../orgs/orgs.table.js';

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    type: text('type').notNull(),
    /** The version being worked on (the latest). */
    currentVersion: integer('current_version').notNull(),
    /** The version in force, if one was approved. */
    approvedVersion: integer('approved_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('plans_org_unit').on(t.orgId, t.unitId),
    index('plans_org_type').on(t.orgId, t.type),
    // Covers what the compliance roll-up reads of every plan of an organization (an index-only scan).
    index('plans_org_compliance').on(t.orgId, t.id, t.unitId, t.type, t.currentVersion, t.createdAt),
  ],
);

/** Every version of a plan; the latest is the one being worked on, at most one is approved. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    versionNumber: integer('version_number').notNull(),
    state: text('state').notNull(),
    title: text('title').notNull(),
    language: text('language').notNull(),
    sections: jsonb('sections').$type<TPlanSections>().notNull(),
    /** Roles, steps, contacts, links to the BIA and risks: see the plan-structure contract. */
    structure: jsonb('structure').$type<TPlanStructure>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedBy: text('submitted_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
  },
  (t) => [
    uniqueIndex('plan_versions_number').on(t.planId, t.versionNumber),
    index('plan_versions_org_state').on(t.orgId, t.state),
    // Covers the edit and approval history the compliance roll-up reads (an index-only scan).
    index('plan_versions_org_history').on(t.orgId, t.planId, t.versionNumber, t.createdAt, t.updatedAt, t.approvedAt),
  ],
);

/** Submissions, returns and approvals with the reviewer's comment. */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    versionNumber: integer('version_number').notNull(),
    action: text('action').notNull(),
    comment: text('comment').notNull().default(''),
    actorId: text('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plan_reviews_plan').on(t.planId)],
);
