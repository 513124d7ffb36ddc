import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TReturnPhase, TReturnSite, TReturnTeam, TSurveyQuestion, TTranslated } from '../../../domain/contract/people.js';
import { organizations, people, units } from '../orgs/orgs.table.js';

/** Alternative working arrangements by level (review Annex XIII): one row per level × kind × period. */
export const workingArrangements = pgTable(
  'working_arrangements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    level: text('level').notNull(),
    kind: text('kind').notNull(),
    adoption: text('adoption').notNull(),
    permanence: text('permanence').notNull(),
    policyReference: text('policy_reference').notNull().default(''),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('working_arrangements_org').on(t.orgId)],
);

/** A wave of a wellbeing survey. Waves of one series share `series_id` and compare question by question key. */
export const wellbeingSurveys = pgTable(
  'wellbeing_surveys',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    seriesId: uuid('series_id').notNull(),
    title: jsonb('title').$type<TTranslated>().notNull(),
    intro: jsonb('intro').$type<TTranslated>().notNull(),
    questions: jsonb('questions').$type<TSurveyQuestion[]>().notNull(),
    targetUnitIds: jsonb('target_unit_ids').$type<string[]>().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    minimumGroupSize: integer('minimum_group_size').notNull(),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('wellbeing_surveys_org').on(t.orgId), index('wellbeing_surveys_series').on(t.seriesId)],
);

/**
 * Anonymous answers. Deliberately without a person column, without any timestamp and with a
 * random (not sequential) id: nothing here can be joined or lined up with a participation row
 * (which records who answered) — not by key, not by time, not by order of ids. The group is the
 * respondent's unit, the only thing results are broken down by (and shown only for groups at or
 * above the survey's minimum size).
 */
export const wellbeingAnswers = pgTable(
  'wellbeing_answers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    surveyId: uuid('survey_id').notNull().references(() => wellbeingSurveys.id),
    groupUnitId: uuid('group_unit_id').notNull().references(() => units.id),
    answers: jsonb('answers').$type<Record<string, number | string | null>>().notNull(),
  },
  (t) => [index('wellbeing_answers_survey').on(t.surveyId)],
);

/**
 * Who has answered a survey, only to stop anybody answering twice (and to count the response
 * rate). No time, no answer id: see `wellbeing_answers`.
 */
export const wellbeingParticipation = pgTable(
  'wellbeing_participation',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    surveyId: uuid('survey_id').notNull().references(() => wellbeingSurveys.id),
    personId: uuid('person_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.personId] })],
);

/**
 * Follow-up actions decided from a survey's results. The remedial-actions register of the
 * actions slice takes no survey source yet, so the people slice keeps its own.
 */
export const surveyFollowUps = pgTable(
  'survey_follow_ups',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    surveyId: uuid('survey_id').notNull().references(() => wellbeingSurveys.id),
    questionKey: text('question_key'),
    /** Only a group whose results are shown may be named. */
    groupUnitId: uuid('group_unit_id').references(() => units.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerPersonId: uuid('owner_person_id').notNull().references(() => people.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('survey_follow_ups_survey').on(t.surveyId)],
);

/** A unit's return-to-office plan (review para 135): phases, sites with occupancy limits, rotating teams. */
export const returnPlans = pgTable(
  'return_plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    title: text('title').notNull(),
    phases: jsonb('phases').$type<TReturnPhase[]>().notNull(),
    sites: jsonb('sites').$type<TReturnSite[]>().notNull(),
    teams: jsonb('teams').$type<TReturnTeam[]>().notNull(),
    hygieneMeasures: text('hygiene_measures').notNull().default(''),
    meetingRoomMeasures: text('meeting_room_measures').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('return_plans_org_unit').on(t.orgId, t.unitId)],
);

/** Which team of a plan each person is in (one team per plan). */
export const returnTeamMembers = pgTable(
  'return_team_members',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    planId: uuid('plan_id').notNull().references(() => returnPlans.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    teamKey: text('team_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.personId] }), index('return_team_members_person').on(t.personId)],
);
