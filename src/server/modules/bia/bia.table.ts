import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TBiaSettings, TDependencyDetails, TImpactRatings } from '../../../domain/contract/bia.js';
import { organizations, units } from '../orgs/orgs.table.js';

/** The organization's impact scale; absent means the defaults. */
export const biaSettings = pgTable('bia_settings', {
  orgId: uuid('org_id').primaryKey().references(() => organizations.id),
  scale: jsonb('scale').$type<TBiaSettings>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});

/** A unit's BIA as a whole: its state, and which version is being worked on or in force. */
export const unitBias = pgTable(
  'unit_bias',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    state: text('state').notNull(),
    versionNumber: integer('version_number').notNull(),
    approvedVersion: integer('approved_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('unit_bias_unit').on(t.orgId, t.unitId)],
);

/** An approved BIA version, frozen as a snapshot of its services and dependencies. */
export const biaVersions = pgTable(
  'bia_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitBiaId: uuid('unit_bia_id').notNull().references(() => unitBias.id),
    versionNumber: integer('version_number').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    approvedBy: text('approved_by').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('bia_versions_number').on(t.unitBiaId, t.versionNumber)],
);

export const biaServices = pgTable(
  'bia_services',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    priority: integer('priority').notNull(),
    impacts: jsonb('impacts').$type<TImpactRatings>().notNull(),
    /** Derived from the impacts and the scale when saved; kept for queries and the gap analysis. */
    derivedMtpdMinutes: integer('derived_mtpd_minutes'),
    mtpdOverrideMinutes: integer('mtpd_override_minutes'),
    mtpdOverrideJustification: text('mtpd_override_justification'),
    rtoMinutes: integer('rto_minutes'),
    rpoMinutes: integer('rpo_minutes'),
    minimumServiceLevels: jsonb('minimum_service_levels').$type<{ afterMinutes: number; percent: number }[]>().notNull(),
    peakPeriods: jsonb('peak_periods').$type<{ label: string; from: string; to: string }[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [index('bia_services_org_unit').on(t.orgId, t.unitId)],
);

export const biaDependencies = pgTable(
  'bia_dependencies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    /** The unit that owns the dependency; services of any unit of the organization may use it. */
    unitId: uuid('unit_id').notNull().references(() => units.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    achievedMinutes: integer('achieved_minutes'),
    details: jsonb('details').$type<TDependencyDetails>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [index('bia_dependencies_org_unit').on(t.orgId, t.unitId)],
);

export const biaServiceDependencies = pgTable(
  'bia_service_dependencies',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    serviceId: uuid('service_id').notNull().references(() => biaServices.id, { onDelete: 'cascade' }),
    dependencyId: uuid('dependency_id').notNull().references(() => biaDependencies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.dependencyId] }), index('bia_service_dependencies_org').on(t.orgId), index('bia_service_dependencies_dependency').on(t.dependencyId)],
);

/** A formal BIA exercise the coordinator launches for a subtree, with a due date. */
export const biaCampaigns = pgTable(
  'bia_campaigns',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    rootUnitId: uuid('root_unit_id').notNull().references(() => units.id),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    state: text('state').notNull(),
    launchedAt: timestamp('launched_at', { withTimezone: true }).notNull(),
    launchedBy: text('launched_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('bia_campaigns_org').on(t.orgId)],
);

/** Time and money spent on analysis, so its cost is visible (informal recommendation 6). */
export const biaEffort = pgTable(
  'bia_effort',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    campaignId: uuid('campaign_id').references(() => biaCampaigns.id),
    hours: numeric('hours', { precision: 10, scale: 2 }).notNull(),
    externalCost: numeric('external_cost', { precision: 14, scale: 2 }).notNull(),
    currency: text('currency').notNull(),
    note: text('note').notNull().default(''),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('bia_effort_org_unit').on(t.orgId, t.unitId)],
);
