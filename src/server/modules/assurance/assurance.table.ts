import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, units } from '../orgs/orgs.table.js';

/** The organization's BCM policy documents (review Annex II). */
export const policyDocuments = pgTable(
  'assurance_policy_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    title: text('title').notNull(),
    /** policy | guidance | procedure | terms_of_reference | other */
    kind: text('kind').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    lastUpdatedOn: date('last_updated_on', { mode: 'string' }),
    approvedByExecutiveHead: boolean('approved_by_executive_head').notNull(),
    referencesOrms: boolean('references_orms').notNull(),
    referencesIso22301: boolean('references_iso22301').notNull(),
    promulgatedOn: date('promulgated_on', { mode: 'string' }),
    link: text('link').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [index('assurance_policy_documents_org').on(t.orgId)],
);

/** Self-assessment of the 11 core elements: append-only, the latest row per element is the current rating. */
export const coreElementRatings = pgTable(
  'assurance_core_element_ratings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    elementKey: text('element_key').notNull(),
    rating: text('rating').notNull(),
    /** The clause or document that reflects the element. */
    reflectedIn: text('reflected_in').notNull().default(''),
    policyDocumentId: uuid('policy_document_id').references(() => policyDocuments.id),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
    ratedBy: text('rated_by').notNull(),
  },
  (t) => [index('assurance_core_element_ratings_org').on(t.orgId, t.elementKey, t.ratedAt)],
);

/**
 * The standing crisis management team (KPIs 6–10, 15), as opposed to the team that acts in one
 * event (response_team). One per unit: the organization's at its root; duty-station teams can follow.
 */
export const crisisTeams = pgTable(
  'assurance_crisis_teams',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    name: text('name').notNull(),
    /** Entities that should sit at the table (KPI 9); empty when only the organization itself. */
    expectedEntities: jsonb('expected_entities').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [uniqueIndex('assurance_crisis_teams_unit').on(t.orgId, t.unitId)],
);

/** Who sits on the team, from when to when (so a past month shows the team of that month). */
export const crisisTeamMembers = pgTable(
  'assurance_crisis_team_members',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    teamId: uuid('team_id').notNull().references(() => crisisTeams.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    role: text('role').notNull().default(''),
    entity: text('entity'),
    isChair: boolean('is_chair').notNull(),
    /** The chair's seniority (KPI 7: a senior-level chair). */
    senior: boolean('senior').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('assurance_crisis_team_members_team').on(t.teamId)],
);

export const crisisTeamMeetings = pgTable(
  'assurance_crisis_team_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    teamId: uuid('team_id').notNull().references(() => crisisTeams.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendeePersonIds: jsonb('attendee_person_ids').$type<string[]>().notNull(),
    minutes: text('minutes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('assurance_crisis_team_meetings_team').on(t.teamId, t.heldOn)],
);

/** The organization's own KPI ratings (append-only history), under the catalogue version they were made in. */
export const kpiRatings = pgTable(
  'assurance_kpi_ratings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    kpiNumber: integer('kpi_number').notNull(),
    catalogueVersion: text('catalogue_version').notNull(),
    rating: text('rating').notNull(),
    evidence: text('evidence'),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
    ratedBy: text('rated_by').notNull(),
  },
  (t) => [index('assurance_kpi_ratings_org').on(t.orgId, t.kpiNumber, t.ratedAt)],
);

/**
 * An internal auditor's verdict on a KPI as it was shown (append-only). `engagementId` is for
 * the audit engagements that come later (issue 7, must-have 5); null when verified outside one.
 */
export const kpiVerifications = pgTable(
  'assurance_kpi_verifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    kpiNumber: integer('kpi_number').notNull(),
    catalogueVersion: text('catalogue_version').notNull(),
    verdict: text('verdict').notNull(),
    comment: text('comment').notNull(),
    /** What the auditor looked at: the rating shown and the day it was shown for. */
    shownRating: text('shown_rating'),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    engagementId: uuid('engagement_id'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull(),
    verifiedBy: text('verified_by').notNull(),
  },
  (t) => [index('assurance_kpi_verifications_org').on(t.orgId, t.kpiNumber, t.verifiedAt)],
);

/** Maturity as rated by each rater (Figure VII), append-only: each rater's latest is its current rating. */
export const maturityRatings = pgTable(
  'assurance_maturity_ratings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    rater: text('rater').notNull(),
    level: text('level').notNull(),
    justification: text('justification').notNull(),
    ratedOn: date('rated_on', { mode: 'string' }).notNull(),
    engagementId: uuid('engagement_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('assurance_maturity_ratings_org').on(t.orgId, t.rater, t.recordedAt)],
);
