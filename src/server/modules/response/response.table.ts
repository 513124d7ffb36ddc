import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TAudience, TReachIssue } from '../../../domain/response/audience.js';
import { organizations, people } from '../orgs/orgs.table.js';
import { plans } from '../plans/plans.table.js';

/**
 * The response slice (issue 5, ADR 0014): disruptive events and what the CMT does in them,
 * and the notification chain broadcast → recipients → notifications → attempts → replies.
 */
export const responseEvents = pgTable(
  'response_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    type: text('type').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    severity: text('severity').notNull(),
    expectedDuration: text('expected_duration').notNull(),
    /** An exercise is watermarked on every screen and prefixed in every message. */
    exercise: boolean('exercise').notNull(),
    state: text('state').notNull(),
    affectedUnitIds: jsonb('affected_unit_ids').$type<string[]>().notNull(),
    locations: jsonb('locations').$type<string[]>().notNull(),
    /** Silence after an alert longer than this re-alerts; the supervisor is told at `escalateAtRound`. */
    warningAfterMinutes: integer('warning_after_minutes').notNull().default(30),
    realertEveryMinutes: integer('realert_every_minutes').notNull().default(30),
    maxRealerts: integer('max_realerts').notNull().default(3),
    escalateAtRound: integer('escalate_at_round').notNull().default(2),
    /** Situation report cadence chosen by the CMT; null: no reminders. */
    sitrepIntervalMinutes: integer('sitrep_interval_minutes'),
    sitrepIntervalChosenAt: timestamp('sitrep_interval_chosen_at', { withTimezone: true }),
    lastReassessedAt: timestamp('last_reassessed_at', { withTimezone: true }),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    declaredBy: text('declared_by').notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    stabilizedAt: timestamp('stabilized_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
  },
  (t) => [index('response_events_org_state').on(t.orgId, t.state)],
);

/** Phases of a protracted event, in the order entered (a phase may be entered again). */
export const responsePhases = pgTable(
  'response_phases',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    eventId: uuid('event_id').notNull().references(() => responseEvents.id),
    phase: text('phase').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    enteredBy: text('entered_by').notNull(),
  },
  (t) => [index('response_phases_event').on(t.eventId)],
);

/** What a plan held when activated: its roles, call tree and first actions, frozen into the live event. */
export interface TActivatedPlanCopy {
  title: string;
  versionNumber: number;
  roles: { id: string; title: string; primaryPersonId: string | null; alternatePersonIds: string[]; calledByRoleId: string | null }[];
  firstActions: { id: string; phase: string; who: string; does: string; what: string }[];
}

export const responsePlanActivations = pgTable(
  'response_plan_activations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    eventId: uuid('event_id').notNull().references(() => responseEvents.id),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    copy: jsonb('copy').$type<TActivatedPlanCopy>().notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true }).notNull(),
    activatedBy: text('activated_by').notNull(),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivatedBy: text('deactivated_by'),
  },
  (t) => [index('response_plan_activations_event').on(t.eventId)],
);

/** CMT roles held in one event (lead, scribe, liaison). */
export const responseTeam = pgTable(
  'response_team',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    eventId: uuid('event_id').notNull().references(() => responseEvents.id),
    role: text('role').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedBy: text('assigned_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.role, t.personId] })],
);

/** The CMT log: decisions (with rationale and options), actions with owners, notes, reassessments, sitreps and official updates. */
export const responseLog = pgTable(
  'response_log',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    eventId: uuid('event_id').notNull().references(() => responseEvents.id),
    kind: text('kind').notNull(),
    /** Kind-specific fields (decision/rationale/options, title/owner/due, sitrep fields, update title/body). */
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    doneAt: timestamp('done_at', { withTimezone: true }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    byName: text('by_name').notNull(),
  },
  (t) => [index('response_log_event').on(t.eventId, t.kind, t.at)],
);

/** One alert or update: who it was for, through which channels, and who could not be reached before it went out. */
export const responseBroadcasts = pgTable(
  'response_broadcasts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    eventId: uuid('event_id').notNull().references(() => responseEvents.id),
    template: text('template').notNull(),
    audience: jsonb('audience').$type<TAudience>().notNull(),
    channels: jsonb('channels').$type<string[]>().notNull(),
    message: text('message').notNull().default(''),
    exercise: boolean('exercise').notNull(),
    asksCheckIn: boolean('asks_check_in').notNull(),
    recipientCount: integer('recipient_count').notNull(),
    issues: jsonb('issues').$type<TReachIssue[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('response_broadcasts_event').on(t.eventId)],
);

/** The roll call of a broadcast: one row per person, with what the accountability board needs. */
export const responseRecipients = pgTable(
  'response_recipients',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull(),
    eventId: uuid('event_id').notNull(),
    broadcastId: uuid('broadcast_id').notNull().references(() => responseBroadcasts.id),
    personId: uuid('person_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    supervisorId: uuid('supervisor_id'),
    language: text('language').notNull(),
    reachable: boolean('reachable').notNull(),
  },
  (t) => [uniqueIndex('response_recipients_person').on(t.broadcastId, t.personId), index('response_recipients_event').on(t.eventId, t.personId)],
);

/** One message to one person on one channel in one round; sent after commit by leasing workers. */
export const responseNotifications = pgTable(
  'response_notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull(),
    broadcastId: uuid('broadcast_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** alert, realert, escalation, update. */
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    round: integer('round').notNull(),
    address: text('address').notNull(),
    language: text('language').notNull(),
    key: text('key').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    providerId: text('provider_id'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('response_notifications_key').on(t.key),
    index('response_notifications_due').on(t.channel, t.status, t.nextAttemptAt),
    index('response_notifications_broadcast').on(t.broadcastId, t.status),
  ],
);

export const responseDeliveryAttempts = pgTable(
  'response_delivery_attempts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    notificationId: uuid('notification_id').notNull(),
    attempt: integer('attempt').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome'),
    providerId: text('provider_id'),
    error: text('error'),
  },
  (t) => [index('response_delivery_attempts_notification').on(t.notificationId)],
);

/** Every check-in as received: link tap, SMS reply, colleague on someone's behalf. The latest per person counts. */
export const responseCheckIns = pgTable(
  'response_check_ins',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull(),
    eventId: uuid('event_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** Null when an SMS reply said neither safe nor need help: kept and shown, accounts for no one. */
    status: text('status'),
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    reportedByPersonId: uuid('reported_by_person_id'),
    reportedByName: text('reported_by_name').notNull().default(''),
    /** The gateway's message id: gateways retry their webhooks, a reply counts once. */
    providerMessageId: text('provider_message_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('response_check_ins_provider').on(t.providerMessageId), index('response_check_ins_event').on(t.eventId, t.personId, t.at)],
);

/** The key that signs check-in links, one per organization, made on first use; never sent anywhere. */
export const responseSigningKeys = pgTable('response_signing_keys', {
  orgId: uuid('org_id').primaryKey().references(() => organizations.id),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
