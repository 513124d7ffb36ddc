import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, units } from '../orgs/orgs.table.js';

/**
 * After-action / post-incident reviews. `source_id` names an event or an exercise but carries
 * no foreign key: events live in the response slice, and a review outlives what it reviews.
 * One review per source (unique), so scheduling it twice returns the same review.
 */
export const postIncidentReviews = pgTable(
  'post_incident_reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    /** 'event' | 'exercise' | 'manual' (manual reviews have no source id). */
    sourceKind: text('source_kind').notNull(),
    sourceId: uuid('source_id'),
    title: text('title').notNull(),
    /** Disruptive event type reviewed (EVENT_TYPES), used to suggest lessons. */
    eventType: text('event_type'),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** 'open' | 'completed'. */
    status: text('status').notNull(),
    /** The template's answers (see TReviewSections). */
    sections: jsonb('sections').$type<Record<string, unknown>>().notNull(),
    participantPersonIds: jsonb('participant_person_ids').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: text('completed_by'),
  },
  (t) => [uniqueIndex('post_incident_reviews_source').on(t.orgId, t.sourceKind, t.sourceId), index('post_incident_reviews_org_status').on(t.orgId, t.status), index('post_incident_reviews_owner').on(t.ownerPersonId)],
);

/**
 * Lessons and good practices. `search_grams` holds the n-grams of every language version
 * (computed in TypeScript, see domain/learning/ngrams.ts): a GIN index answers overlap
 * queries in any language without a PostgreSQL text-search parser.
 */
export const lessons = pgTable(
  'lessons',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').references(() => units.id),
    reviewId: uuid('review_id').references(() => postIncidentReviews.id),
    /** 'lesson' | 'good_practice'. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    narrative: text('narrative').notNull(),
    /** Annex XII category. */
    category: text('category').notNull(),
    eventType: text('event_type'),
    phase: text('phase'),
    language: text('language').notNull(),
    /** 'organization' | 'installation'. */
    sharing: text('sharing').notNull(),
    anonymized: boolean('anonymized').notNull(),
    /** 'draft' | 'published'. */
    status: text('status').notNull(),
    searchGrams: text('search_grams').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('lessons_org_status').on(t.orgId, t.status), index('lessons_shared').on(t.sharing, t.status), index('lessons_event_type').on(t.eventType), index('lessons_search_grams').using('gin', t.searchGrams)],
);

export const lessonTranslations = pgTable(
  'lesson_translations',
  {
    lessonId: uuid('lesson_id').notNull().references(() => lessons.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    title: text('title').notNull(),
    narrative: text('narrative').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.language] })],
);

/** ISO 22301 9.3: inputs are assembled (and frozen when concluded); decisions recorded. */
export const managementReviews = pgTable(
  'management_reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** 'draft' | 'concluded'. */
    status: text('status').notNull(),
    attendees: text('attendees').notNull().default(''),
    contextChanges: text('context_changes').notNull().default(''),
    auditFindings: text('audit_findings').notNull().default(''),
    decisions: jsonb('decisions').$type<string[]>().notNull(),
    /** The inputs as assembled when the review was concluded (null while a draft: live). */
    inputs: jsonb('inputs').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
  },
  (t) => [index('management_reviews_org').on(t.orgId)],
);

/** Management evaluation of continuity after a long crisis (recommendation 5), by phase. */
export const crisisEvaluations = pgTable(
  'crisis_evaluations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    crisis: text('crisis').notNull().default(''),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    /** 'draft' | 'final'. */
    status: text('status').notNull(),
    /** Per phase (baseline, initial_impact, adjustment, future): summary, hr, ict, osh. */
    phases: jsonb('phases').$type<Record<string, Record<string, string>>>().notNull(),
    findings: jsonb('findings').$type<Record<string, string>>().notNull(),
    governingBody: text('governing_body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
  },
  (t) => [index('crisis_evaluations_org').on(t.orgId)],
);
