import { z } from 'zod';
import { OBLIGATION_STATUSES } from '../mer/obligations.js';
import { CHANGE_TRIGGERS, OBLIGATION_KINDS } from '../mer/policy.js';
import { PLAN_TYPES } from '../plans/plan-types.js';
import { ZId } from './common.js';

/** Maintenance, exercise and review: the policy and the obligations it creates. */

export const ZObligationKind = z.enum(OBLIGATION_KINDS);
export const ZObligationStatus = z.enum(OBLIGATION_STATUSES);
export const ZChangeTrigger = z.enum(CHANGE_TRIGGERS);
const ZMonths = z.int().min(1).max(60);

export const ZMerPolicy = z.object({
  periodMonths: z.object({ plan_update: ZMonths, plan_approval: ZMonths, functional_test: ZMonths, awareness_plan: ZMonths, training_currency: ZMonths }),
  graceDays: z.int().min(0).max(180),
  dueSoonDays: z.int().min(0).max(180),
  changeTriggers: z.array(ZChangeTrigger).max(CHANGE_TRIGGERS.length).refine((list) => new Set(list).size === list.length, 'each trigger once'),
});

export const ZMerPolicyView = z.object({
  versionNumber: z.int(),
  policy: ZMerPolicy,
  /** Null for the defaults, before the organization set its own. */
  setAt: z.iso.datetime().nullable(),
  setByName: z.string().nullable(),
  history: z.array(z.object({ versionNumber: z.int(), setAt: z.iso.datetime(), setByName: z.string() })),
  allowedActions: z.object({ edit: z.boolean() }),
});
export type TMerPolicyView = z.infer<typeof ZMerPolicyView>;

export const ZObligationsQuery = z.object({
  /** The day to judge as of, in each unit's own calendar; today when absent. */
  asOf: z.iso.date().optional(),
  unitId: ZId.optional(),
  subtree: z.stringbool().default(true),
  status: ZObligationStatus.optional(),
});
export type TObligationsQuery = z.infer<typeof ZObligationsQuery>;

const ZReason = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('periodic'), lastDoneOn: z.iso.date(), periodMonths: z.int() }),
  z.object({ reason: z.literal('never_done'), startsOn: z.iso.date() }),
  z.object({ reason: z.literal('change'), trigger: ZChangeTrigger, on: z.iso.date() }),
]);

export const ZObligationView = z.object({
  /** A plan's obligations (update, approval, test) or a unit's (awareness plan, training currency). */
  subject: z.discriminatedUnion('type', [z.object({ type: z.literal('plan'), id: ZId, title: z.string(), planType: z.enum(PLAN_TYPES) }), z.object({ type: z.literal('unit'), id: ZId, title: z.string() })]),
  unitId: ZId,
  unitName: z.string(),
  kind: ZObligationKind,
  status: ZObligationStatus,
  dueOn: z.iso.date(),
  daysLate: z.int(),
  why: ZReason,
  /** The same facts in one English sentence, for logs and exports. */
  explanation: z.string(),
});
export type TObligationView = z.infer<typeof ZObligationView>;

export const ZObligationList = z.object({
  asOf: z.iso.date(),
  items: z.array(ZObligationView),
  counts: z.record(ZObligationStatus, z.int()),
});

/** Secret calendar feeds (RFC 5545) of what is due. */
export const CALENDAR_FEED_SCOPES = ['mine', 'unit'] as const;
export const ZCreateCalendarFeedRequest = z
  .object({ scope: z.enum(CALENDAR_FEED_SCOPES), unitId: ZId.optional() })
  .strict()
  .refine((r) => (r.scope === 'unit') === (r.unitId !== undefined), { message: 'A unit feed names its unit; a personal feed does not', path: ['unitId'] });
export type TCreateCalendarFeedRequest = z.infer<typeof ZCreateCalendarFeedRequest>;

export const ZCalendarFeedView = z.object({
  id: ZId,
  scope: z.enum(CALENDAR_FEED_SCOPES),
  unitId: ZId.nullable(),
  unitName: z.string().nullable(),
  /** The start of the secret, to tell feeds apart. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastFetchedAt: z.iso.datetime().nullable(),
});
export const ZCalendarFeedList = z.object({ items: z.array(ZCalendarFeedView) });
/** Returned once, at creation: the secret path to subscribe to. */
export const ZCreatedCalendarFeed = ZCalendarFeedView.extend({ path: z.string() });
export const ZCalendarFeedRef = z.object({ orgId: ZId, feedId: ZId });

/** The focal-point network. */
export const ZAppointmentKind = z.enum(['focal_point', 'alternate']);
export const ZAppointRequest = z
  .object({
    unitId: ZId,
    personId: ZId,
    kind: ZAppointmentKind,
    appointedOn: z.iso.date(),
    termsOfReference: z.string().trim().max(10_000).default(''),
    inJobDescription: z.boolean().default(false),
  })
  .strict();
export type TAppointRequest = z.infer<typeof ZAppointRequest>;
export const ZEndAppointmentRequest = z.object({ endedOn: z.iso.date() }).strict();
export const ZAppointmentRef = z.object({ orgId: ZId, appointmentId: ZId });

const ZAppointmentView = z.object({
  id: ZId,
  personId: ZId,
  fullName: z.string(),
  email: z.string(),
  appointedOn: z.iso.date(),
  termsOfReference: z.string(),
  inJobDescription: z.boolean(),
});
export const ZFocalPointNetwork = z.object({
  units: z.array(
    z.object({
      unitId: ZId,
      unitName: z.string(),
      kind: z.string(),
      level: z.enum(['headquarters', 'regional', 'country']),
      focalPoint: ZAppointmentView.nullable(),
      alternate: ZAppointmentView.nullable(),
      /** No focal point, or no alternate: the post to fill. */
      vacancies: z.array(ZAppointmentKind),
      canManage: z.boolean(),
    }),
  ),
  coverage: z.array(z.object({ level: z.enum(['headquarters', 'regional', 'country']), units: z.int(), withFocalPoint: z.int(), withAlternate: z.int() })),
});
