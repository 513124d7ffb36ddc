/**
 * The governance API (issue 8, must-haves 1–3; BRIEF module 10): governing bodies, their
 * members and accredited representatives, meetings and their quarterly picture, the body's
 * continuity provisions, and decisions by silence procedure or written vote (ADR 0013).
 */
import { z } from 'zod';
import { MEETING_CATEGORIES, MEETING_MODES, MEETING_OUTCOMES } from '../governance/meetings.js';
import { VOTE_CHOICES } from '../governance/written-vote.js';
import { LANGUAGES } from '../languages.js';
import { ZId, ZName } from './common.js';

export const ZLanguage = z.enum(LANGUAGES);

/** An IANA zone the runtime knows ("America/New_York"), not a free text. */
export const ZTimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

/** An instant with its offset: `2026-03-06T23:00:00Z` or `2026-03-06T18:00:00-05:00`. */
export const ZInstant = z.iso.datetime({ offset: true });

const ZLanguages = z
  .array(ZLanguage)
  .min(1)
  .max(LANGUAGES.length)
  .refine((l) => new Set(l).size === l.length, 'each language once');

export const ZBodyInput = z
  .object({
    name: ZName(),
    timeZone: ZTimeZone,
    officialLanguages: ZLanguages,
    /** At least the 72 hours of decision 74/544; a month at most. */
    silenceMinimumHours: z.int().min(72).max(720).default(72),
  })
  .strict();
export type TBodyInput = z.infer<typeof ZBodyInput>;

const ZLongText = z.string().trim().max(5000);

export const ZContinuityInput = z
  .object({
    mtpdDays: z.int().min(1).max(365).nullable(),
    alternateVenues: z.array(z.object({ name: ZName(), city: z.string().trim().max(200).default(''), notes: z.string().trim().max(1000).default('') }).strict()).max(20),
    virtualProvisions: ZLongText,
    interpretationArrangements: ZLongText,
    planId: ZId.nullable().default(null),
  })
  .strict();
export type TContinuityInput = z.infer<typeof ZContinuityInput>;

export const ZMemberInput = z.object({ name: ZName() }).strict();

export const ZAccreditationInput = z
  .object({
    memberId: ZId,
    userId: z.string().trim().min(1).max(100),
    language: ZLanguage,
    validFrom: ZInstant,
    validUntil: ZInstant.nullable().default(null),
  })
  .strict()
  .refine((a) => a.validUntil === null || Date.parse(a.validUntil) > Date.parse(a.validFrom), { path: ['validUntil'], message: 'must be after validFrom' });
export type TAccreditationInput = z.infer<typeof ZAccreditationInput>;

export const ZAccreditationEnd = z.object({ validUntil: ZInstant }).strict();

export const ZMeetingInput = z
  .object({
    title: ZName(),
    scheduledOn: z.iso.date(),
    mode: z.enum(MEETING_MODES),
    outcome: z.enum(MEETING_OUTCOMES),
    reason: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((m) => m.outcome === 'held_as_planned' || m.reason.length > 0, { path: ['reason'], message: 'say why the meeting was postponed or cancelled' });
export type TMeetingInput = z.infer<typeof ZMeetingInput>;

const ZText = z.string().trim().max(50_000);
export const ZTexts = z.partialRecord(ZLanguage, ZText);

export const ZSilenceInput = z.object({ title: ZName(300), texts: ZTexts.default({}) }).strict();
export type TSilenceInput = z.infer<typeof ZSilenceInput>;

export const ZMajorityRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority_of_voting'), majority: z.enum(['simple', 'two_thirds']) }).strict(),
  z.object({ kind: z.literal('affirmative_votes'), required: z.int().min(1).max(1000) }).strict(),
]);

export const ZWrittenVoteInput = z
  .object({ title: ZName(300), texts: ZTexts, rule: ZMajorityRule.default({ kind: 'majority_of_voting', majority: 'simple' }) })
  .strict()
  .refine((v) => Object.values(v.texts).some((t) => (t ?? '').length > 0), { path: ['texts'], message: 'the draft decision in at least one language' });
export type TWrittenVoteInput = z.infer<typeof ZWrittenVoteInput>;

export const ZSetText = z.object({ text: ZText.min(1) }).strict();

/** The deadline as an instant, or as the body's secretariat says it: a day and time in the body's zone. */
export const ZCirculateInput = z
  .object({
    deadline: z.union([z.object({ instant: ZInstant }).strict(), z.object({ date: z.iso.date(), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm') }).strict()]),
  })
  .strict();
export type TCirculateInput = z.infer<typeof ZCirculateInput>;

export const ZWithdrawInput = z.object({ reason: ZName(2000) }).strict();
export const ZBreakSilenceInput = z.object({ memberId: ZId, language: ZLanguage, statement: z.string().trim().min(1).max(10_000) }).strict();
export const ZVoteInput = z.object({ memberId: ZId, choice: z.enum(VOTE_CHOICES) }).strict();

export const ZBodyRef = z.object({ orgId: ZId, bodyId: ZId });
export const ZProcedureRef = z.object({ orgId: ZId, procedureId: ZId });
export const ZProcedureTextRef = ZProcedureRef.extend({ language: ZLanguage });
export const ZAccreditationRef = z.object({ orgId: ZId, accreditationId: ZId });

// Views

export const ZBodySummary = z.object({
  id: ZId,
  name: z.string(),
  timeZone: z.string(),
  officialLanguages: z.array(ZLanguage),
  memberCount: z.int(),
  openProcedures: z.int(),
});
export const ZBodyList = z.object({ items: z.array(ZBodySummary), allowedActions: z.object({ create: z.boolean() }) });

const ZContinuityView = z.object({
  mtpdDays: z.int().nullable(),
  alternateVenues: z.array(z.object({ name: z.string(), city: z.string(), notes: z.string() })),
  virtualProvisions: z.string(),
  interpretationArrangements: z.string(),
  planId: ZId.nullable(),
  planTitle: z.string().nullable(),
});

const ZCounts = z.object(Object.fromEntries(MEETING_CATEGORIES.map((c) => [c, z.number()])) as Record<(typeof MEETING_CATEGORIES)[number], z.ZodNumber>);

export const ZBodyView = z.object({
  id: ZId,
  name: z.string(),
  timeZone: z.string(),
  officialLanguages: z.array(ZLanguage),
  silenceMinimumHours: z.int(),
  continuity: ZContinuityView,
  members: z.array(
    z.object({
      id: ZId,
      name: z.string(),
      representatives: z.array(z.object({ accreditationId: ZId, userId: z.string(), name: z.string(), email: z.string(), language: ZLanguage, validFrom: z.string(), validUntil: z.string().nullable(), current: z.boolean() })),
    }),
  ),
  meetings: z.array(z.object({ id: ZId, title: z.string(), scheduledOn: z.string(), mode: z.enum(MEETING_MODES), outcome: z.enum(MEETING_OUTCOMES), reason: z.string() })),
  quarters: z.array(z.object({ quarter: z.string(), total: z.int(), held: z.int(), counts: ZCounts, percents: ZCounts })),
  procedures: z.array(z.object({ id: ZId, kind: z.enum(['silence', 'written_vote']), title: z.string(), state: z.string(), deadline: z.string().nullable(), createdAt: z.string() })),
  /** Accounts of the organization a manager may accredit (managers only; empty otherwise). */
  candidates: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
  plans: z.array(z.object({ id: ZId, title: z.string() })),
  allowedActions: z.object({ manage: z.boolean() }),
});
export type TBodyView = z.infer<typeof ZBodyView>;

const ZWall = z.object({ date: z.string(), time: z.string(), timeZone: z.string(), offset: z.string() });

export const ZRecordLink = z.object({ seq: z.int(), type: z.string(), at: z.string(), hash: z.string(), prevHash: z.string(), actorName: z.string().nullable(), recordedAt: z.string() });

export const ZProcedureView = z.object({
  id: ZId,
  bodyId: ZId,
  bodyName: z.string(),
  kind: z.enum(['silence', 'written_vote']),
  title: z.string(),
  /** The state as the record decides it now (adopted once the deadline is past, closing written or not). */
  state: z.string(),
  timeZone: z.string(),
  languages: z.array(ZLanguage),
  texts: ZTexts,
  missingLanguages: z.array(ZLanguage),
  circulatedAt: z.string().nullable(),
  deadline: z.string().nullable(),
  deadlineInBodyZone: ZWall.nullable(),
  decidedAt: z.string().nullable(),
  minimumHours: z.int(),
  members: z.array(z.object({ id: ZId, name: z.string() })),
  brokenBy: z.object({ memberId: ZId, memberName: z.string(), representativeName: z.string(), at: z.string(), language: ZLanguage, statement: z.string() }).nullable(),
  votes: z.array(z.object({ memberId: ZId, memberName: z.string(), representativeName: z.string(), choice: z.enum(VOTE_CHOICES), at: z.string(), receipt: z.string().nullable() })),
  absent: z.array(z.object({ memberId: ZId, memberName: z.string() })),
  tally: z.object({ yes: z.int(), no: z.int(), abstain: z.int(), absent: z.int() }).nullable(),
  result: z.object({ adopted: z.boolean(), reason: z.string() }).nullable(),
  rule: ZMajorityRule.nullable(),
  /** The members the caller is accredited for right now, and whether each may still act. */
  mine: z.array(z.object({ memberId: ZId, memberName: z.string(), canAct: z.boolean() })),
  record: z.array(ZRecordLink),
  /** The server's time when this was read: countdowns run on it, not on the reader's device clock. */
  asOf: z.string(),
  allowedActions: z.object({ editTexts: z.boolean(), circulate: z.boolean(), withdraw: z.boolean() }),
});
export type TProcedureView = z.infer<typeof ZProcedureView>;

export const ZVoteReceipt = z.object({ procedureId: ZId, memberId: ZId, choice: z.enum(VOTE_CHOICES), at: z.string(), receipt: z.string() });
export const ZStatementReceipt = z.object({ procedureId: ZId, memberId: ZId, at: z.string(), hash: z.string() });

export const ZVerifyView = z.object({
  chain: z.object({ ok: z.boolean(), length: z.int(), head: z.string().nullable(), brokenAtSeq: z.int().nullable(), problem: z.string().nullable() }),
  receiptsOk: z.boolean(),
  /** The outcome recomputed from the record alone. */
  recomputed: z.object({ state: z.string(), tally: z.object({ yes: z.int(), no: z.int(), abstain: z.int(), absent: z.int() }).nullable(), adopted: z.boolean().nullable() }),
  /** Whether the stored state agrees with the recomputed one. */
  consistent: z.boolean(),
  ignoredEvents: z.int(),
  checkedAt: z.string(),
});
export type TVerifyView = z.infer<typeof ZVerifyView>;
