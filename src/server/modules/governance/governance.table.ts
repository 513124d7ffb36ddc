import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { organizations } from '../orgs/orgs.table.js';

/** What a body keeps ready for the day it cannot meet as usual (issue 8, must-have 2). */
export interface TBodyContinuity {
  /** Maximum tolerable period of disruption of the body's decision-making, in days. */
  mtpdDays: number | null;
  alternateVenues: { name: string; city: string; notes: string }[];
  virtualProvisions: string;
  interpretationArrangements: string;
  /** The organization's plan that carries these provisions, if one does. */
  planId: string | null;
}

/** A governing body of the organization (an executive board, a council, an assembly). */
export const governingBodies = pgTable(
  'governing_bodies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    /** The zone its deadlines are given in ("18:00 New York time"). */
    timeZone: text('time_zone').notNull(),
    /** Languages every document circulated to the body must exist in. */
    officialLanguages: jsonb('official_languages').$type<string[]>().notNull(),
    /** A body may require a longer silence than the 72 hours of decision 74/544, never a shorter one. */
    silenceMinimumHours: integer('silence_minimum_hours').notNull().default(72),
    continuity: jsonb('continuity').$type<TBodyContinuity>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('governing_bodies_org_name').on(t.orgId, t.name)],
);

/** A member of a body: a member state, an entity, a constituency. */
export const governingBodyMembers = pgTable(
  'governing_body_members',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    bodyId: uuid('body_id').notNull().references(() => governingBodies.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('governing_body_members_name').on(t.bodyId, t.name)],
);

/** The authority of an ORMS user to speak for a member, from one instant until another (exclusive). */
export const governingBodyAccreditations = pgTable(
  'governing_body_accreditations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    bodyId: uuid('body_id').notNull().references(() => governingBodies.id),
    memberId: uuid('member_id').notNull().references(() => governingBodyMembers.id),
    userId: text('user_id').notNull().references(() => user.id),
    /** The language the representative is written to in. */
    language: text('language').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('governing_body_accreditations_body').on(t.bodyId), index('governing_body_accreditations_user').on(t.userId)],
);

export const governingBodyMeetings = pgTable(
  'governing_body_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    bodyId: uuid('body_id').notNull().references(() => governingBodies.id),
    title: text('title').notNull(),
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    mode: text('mode').notNull(),
    outcome: text('outcome').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('governing_body_meetings_body').on(t.bodyId, t.scheduledOn)],
);

/**
 * A decision taken without a meeting: by silence procedure or written vote. `state` mirrors the
 * fold of its record as last written, so the scheduler can close each procedure once with a
 * conditional update; the record (events below) is the truth (ADR 0013).
 */
export const governanceProcedures = pgTable(
  'governance_procedures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    bodyId: uuid('body_id').notNull().references(() => governingBodies.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    state: text('state').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('governance_procedures_body').on(t.bodyId), index('governance_procedures_due').on(t.state, t.deadline)],
);

/** The procedure's record: each event a link of a hash chain (record-chain.ts). */
export const governanceEvents = pgTable(
  'governance_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    procedureId: uuid('procedure_id').notNull().references(() => governanceProcedures.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    content: jsonb('content').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The signed-in user who made it (null: the scheduler). */
    actorId: text('actor_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('governance_events_seq').on(t.procedureId, t.seq),
    // One closing per procedure, whatever number of nodes run the scheduler (ADR 0013).
    uniqueIndex('governance_events_one_close').on(t.procedureId).where(sql`type = 'closed'`),
    // A member votes once, and silence is broken once: the database says so too, not only the fold.
    uniqueIndex('governance_events_one_vote').on(t.procedureId, sql`(content->>'memberId')`).where(sql`type = 'voted'`),
    uniqueIndex('governance_events_one_break').on(t.procedureId).where(sql`type = 'silence_broken'`),
  ],
);
