import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TBcmArrangement } from '../../../domain/contract/orgs.js';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bcmArrangement: jsonb('bcm_arrangement').$type<TBcmArrangement>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    country: text('country'),
    city: text('city'),
    timeZone: text('time_zone').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('units_org_code').on(t.orgId, t.code), index('units_org_parent').on(t.orgId, t.parentId)],
);

/** The staff directory: people exist whether or not they ever sign in. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    fullName: text('full_name').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    email: text('email').notNull(),
    mobilePhone: text('mobile_phone'),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    /** Whom reminders escalate to when this person's obligations are overdue. */
    supervisorId: uuid('supervisor_id').references((): AnyPgColumn => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('people_org_unit').on(t.orgId, t.unitId), uniqueIndex('people_org_email').on(t.orgId, t.email)],
);

export const personAlternates = pgTable(
  'person_alternates',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    alternateId: uuid('alternate_id').notNull().references(() => people.id),
    rank: integer('rank').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.alternateId] })],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    userId: text('user_id').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('role_assignments_unique').on(t.userId, t.orgId, t.role, t.unitId), index('role_assignments_user').on(t.userId)],
);
