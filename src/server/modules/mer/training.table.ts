import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, units } from '../orgs/orgs.table.js';

export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    /** Functions for which the course is mandatory (see TRAINED_FUNCTIONS). */
    mandatoryFor: jsonb('mandatory_for').$type<string[]>().notNull(),
    /** Null: attending once is enough. */
    renewalMonths: integer('renewal_months'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('training_courses_org').on(t.orgId)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    courseId: uuid('course_id').notNull().references(() => trainingCourses.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: text('location').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('training_sessions_org_course').on(t.orgId, t.courseId)],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    sessionId: uuid('session_id').notNull().references(() => trainingSessions.id),
    personId: uuid('person_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] }), index('training_attendance_person').on(t.personId)],
);
