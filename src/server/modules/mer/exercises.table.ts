import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, units } from '../orgs/orgs.table.js';

export interface TExerciseResult {
  serviceId: string;
  achievedMinutes: number;
  /** The service's RTO when the exercise was recorded, so the verdict stays what it was. */
  rtoMinutes: number | null;
  notes: string;
}

export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    type: text('type').notNull(),
    state: text('state').notNull(),
    title: text('title').notNull(),
    scenario: text('scenario').notNull().default(''),
    objectives: jsonb('objectives').$type<string[]>().notNull(),
    planIds: jsonb('plan_ids').$type<string[]>().notNull(),
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    conductedOn: date('conducted_on', { mode: 'string' }),
    participants: jsonb('participants').$type<{ personId: string; role: string }[]>().notNull(),
    timeline: jsonb('timeline').$type<{ at: string; inject: string; response: string }[]>().notNull(),
    summary: text('summary').notNull().default(''),
    results: jsonb('results').$type<TExerciseResult[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('exercises_org_unit').on(t.orgId, t.unitId)],
);
