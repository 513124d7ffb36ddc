import { z } from 'zod';
import { CHANNELS } from '../response/audience.js';
import { CHECK_IN_STATUSES } from '../response/check-in.js';
import { EVENT_TRANSITIONS, EVENT_TYPES, EXPECTED_DURATIONS, PROTRACTED_PHASES, SEVERITIES } from '../response/events.js';
import { SITREP_KINDS, SITREP_STATUSES } from '../response/sitreps.js';
import { ZId, ZName, ZOrgRef } from './common.js';

const ZText = (max: number) => z.string().trim().max(max);
const ZLongText = (max = 5000) => z.string().trim().min(1).max(max);
const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const ZEventRef = ZOrgRef.extend({ eventId: ZId });
export type TEventRef = z.infer<typeof ZEventRef>;

export const ZEventDeclaration = z
  .object({
    type: z.enum(EVENT_TYPES),
    title: ZName(200),
    description: ZText(5000).default(''),
    severity: z.enum(SEVERITIES),
    expectedDuration: z.enum(EXPECTED_DURATIONS),
    exercise: z.boolean().default(false),
    affectedUnitIds: z.array(ZId).min(1).max(500).refine(unique, 'each unit once'),
    locations: z.array(ZName(120)).max(100).default([]),
  })
  .strict();
export type TEventDeclaration = z.infer<typeof ZEventDeclaration>;

export const ZEventTransitionInput = z.object({ transition: z.enum(EVENT_TRANSITIONS), note: ZText(2000).default('') }).strict();
export const ZPhaseInput = z.object({ phase: z.enum(PROTRACTED_PHASES) }).strict();
export const ZReassessmentInput = z.object({ note: ZLongText(5000) }).strict();

export const ZPlanActivationRef = ZEventRef.extend({ planId: ZId });

export const ZTimersInput = z
  .object({
    warningAfterMinutes: z.int().min(1).max(7 * 24 * 60),
    realertEveryMinutes: z.int().min(1).max(7 * 24 * 60),
    maxRealerts: z.int().min(0).max(10),
    escalateAtRound: z.int().min(1).max(10),
    sitrepIntervalMinutes: z.int().min(15).max(7 * 24 * 60).nullable(),
  })
  .strict();
export type TTimersInput = z.infer<typeof ZTimersInput>;

export const ZAudienceInput = z
  .object({
    unitIds: z.array(ZId).max(500).default([]),
    roles: z.array(z.object({ role: ZName(60), withinUnitId: ZId.optional() }).strict()).max(20).default([]),
    personIds: z.array(ZId).max(10_000).default([]),
    locations: z.array(ZName(120)).max(100).default([]),
  })
  .strict()
  .refine((a) => a.unitIds.length + a.roles.length + a.personIds.length + a.locations.length > 0, { message: 'choose at least one unit, role, person or location' });

export const ZBroadcastInput = z
  .object({
    /** alert: asks everyone to check in; update: information only, no roll call timers. */
    template: z.enum(['alert', 'update']),
    audience: ZAudienceInput,
    channels: z.array(z.enum(CHANNELS)).min(1).max(CHANNELS.length).refine(unique, 'each channel once'),
    message: ZText(1000).default(''),
  })
  .strict();
export type TBroadcastInput = z.infer<typeof ZBroadcastInput>;

export const ZCheckInInput = z.object({ status: z.enum(CHECK_IN_STATUSES), note: ZText(1000).default('') }).strict();
export const ZOnBehalfInput = ZCheckInInput.extend({ personId: ZId }).strict();

export const ZTeamInput = z.object({ role: z.enum(['lead', 'scribe', 'liaison']), personId: ZId }).strict();

export const ZDecisionInput = z
  .object({ decision: ZLongText(2000), rationale: ZLongText(5000), optionsConsidered: z.array(ZName(500)).max(10).default([]) })
  .strict();
export const ZActionInput = z.object({ title: ZName(300), ownerPersonId: ZId, dueAt: z.iso.datetime({ offset: true }).nullable().default(null) }).strict();
export const ZActionRef = ZEventRef.extend({ entryId: ZId });

export const ZSitrepInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tactical'), conditions: ZLongText(), actions: ZLongText(), needs: ZLongText() }).strict(),
  z.object({ kind: z.literal('executive'), status: z.enum(SITREP_STATUSES), overview: ZLongText(), nextSteps: ZLongText() }).strict(),
]);
export type TSitrepInput = z.infer<typeof ZSitrepInput>;
export const ZSitrepKind = z.enum(SITREP_KINDS);

export const ZUpdateInput = z.object({ title: ZName(200), body: ZLongText(10_000) }).strict();

export const ZCheckInToken = z.object({ token: z.string().min(10).max(400).regex(/^[A-Za-z0-9_\-.]+$/, 'not a check-in link') });

/** What the generic SMS gateway posts for an inbound message (Twilio-like JSON). */
export const ZInboundSms = z
  .object({
    id: ZName(200),
    from: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'E.164 phone number'),
    to: z.string().trim().max(40).optional(),
    body: z.string().max(1600),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type TInboundSms = z.infer<typeof ZInboundSms>;

/** A delivery receipt for an SMS the gateway accepted earlier. */
export const ZSmsReceipt = z.object({ id: ZName(200), reference: ZName(300), status: z.enum(['delivered', 'failed', 'undelivered']), error: ZText(500).optional() }).strict();
