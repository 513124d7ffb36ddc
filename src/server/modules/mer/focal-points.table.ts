import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, units } from '../orgs/orgs.table.js';

/** Who is (or was) a unit's focal point or alternate, from when to when. */
export const focalPointAppointments = pgTable(
  'focal_point_appointments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: text('kind').notNull(),
    appointedOn: date('appointed_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The terms of reference (text or a link to the document). */
    termsOfReference: text('terms_of_reference').notNull().default(''),
    /** Whether the role is written into the person's job description. */
    inJobDescription: boolean('in_job_description').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('focal_point_appointments_unit').on(t.orgId, t.unitId)],
);
