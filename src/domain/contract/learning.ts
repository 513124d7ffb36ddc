import { z } from 'zod';
import { ACTION_STATUSES } from '../mer/exercises.js';
import { LANGUAGES } from '../languages.js';
import { CHANGE_TARGETS, CRISIS_ASPECTS, CRISIS_PHASES, EVALUATION_FINDINGS, LESSON_CATEGORIES, LESSON_KINDS, LESSON_PHASES, RESPONSE_PHASES, REVIEW_SOURCES, SHARING_SCOPES } from '../learning/learning.js';
import { EVENT_TYPES } from '../response/events.js';
import { ZId, ZName } from './common.js';

const ZText = (max = 20_000) => z.string().trim().max(max);
const unique = (ids: string[]) => new Set(ids).size === ids.length;

// ---------- Post-incident reviews ----------

export const ZReviewSections = z
  .object({
    whatHappened: z.partialRecord(z.enum(RESPONSE_PHASES), ZText()).default({}),
    enablers: ZText().default(''),
    temporaryMeasures: ZText().default(''),
    measuresToKeep: ZText().default(''),
    whatWorked: ZText().default(''),
    whatDidNotWork: ZText().default(''),
  })
  .strict();

export const ZReviewInput = z
  .object({
    title: ZName(),
    unitId: ZId,
    eventType: z.enum(EVENT_TYPES).nullable().default(null),
    ownerPersonId: ZId,
    dueOn: z.iso.date(),
  })
  .strict();
export type TReviewInput = z.infer<typeof ZReviewInput>;

export const ZReviewUpdate = z
  .object({
    title: ZName(),
    eventType: z.enum(EVENT_TYPES).nullable(),
    ownerPersonId: ZId,
    dueOn: z.iso.date(),
    sections: ZReviewSections,
    participantPersonIds: z.array(ZId).max(500).refine(unique, 'each person once'),
  })
  .partial()
  .strict();
export type TReviewUpdate = z.infer<typeof ZReviewUpdate>;

/** A change the review requires becomes a remedial action. */
export const ZRequiredChange = z
  .object({
    title: ZName(),
    description: ZText(5000).default(''),
    changeTarget: z.enum(CHANGE_TARGETS),
    planId: ZId.nullable().default(null),
    ownerPersonId: ZId,
    dueOn: z.iso.date(),
    evidenceRequired: ZName(2000),
  })
  .strict()
  .refine((c) => c.changeTarget !== 'plan' || c.planId !== null, { path: ['planId'], message: 'A change to a plan names the plan' });
export type TRequiredChange = z.infer<typeof ZRequiredChange>;

const ZPersonRef = z.object({ personId: ZId, fullName: z.string() });
export const ZReviewSummary = z.object({
  id: ZId,
  title: z.string(),
  source: z.object({ kind: z.enum(REVIEW_SOURCES), id: ZId.nullable() }),
  unitId: ZId,
  unitName: z.string(),
  eventType: z.enum(EVENT_TYPES).nullable(),
  owner: ZPersonRef.nullable(),
  dueOn: z.iso.date(),
  status: z.enum(['open', 'completed']),
  overdue: z.boolean(),
  completedAt: z.iso.datetime().nullable(),
});
export type TReviewSummary = z.infer<typeof ZReviewSummary>;
export const ZReviewView = ZReviewSummary.extend({
  sections: ZReviewSections,
  participants: z.array(ZPersonRef),
  changes: z.array(
    z.object({ id: ZId, title: z.string(), changeTarget: z.enum(CHANGE_TARGETS).nullable(), planId: ZId.nullable(), ownerName: z.string(), dueOn: z.iso.date(), status: z.enum(ACTION_STATUSES), overdue: z.boolean(), evidenceRequired: z.string() }),
  ),
  allowedActions: z.object({ edit: z.boolean(), complete: z.boolean(), addChange: z.boolean() }),
});
export type TReviewView = z.infer<typeof ZReviewView>;
export const ZReviewList = z.object({ items: z.array(ZReviewSummary), allowedActions: z.object({ createAtUnitIds: z.array(ZId) }) });
export const ZReviewListQuery = z.object({
  status: z.enum(['open', 'completed']).optional(),
  mine: z.stringbool().default(false),
  overdue: z.stringbool().default(false),
});
export type TReviewListQuery = z.infer<typeof ZReviewListQuery>;
export const ZReviewRef = z.object({ orgId: ZId, reviewId: ZId });

// ---------- Lessons ----------

const ZTranslation = z.object({ title: ZName(300), narrative: ZName(20_000) }).strict();
export const ZLessonInput = z
  .object({
    kind: z.enum(LESSON_KINDS),
    title: ZName(300),
    narrative: ZName(20_000),
    category: z.enum(LESSON_CATEGORIES),
    eventType: z.enum(EVENT_TYPES).nullable().default(null),
    phase: z.enum(LESSON_PHASES).nullable().default(null),
    unitId: ZId.nullable().default(null),
    reviewId: ZId.nullable().default(null),
    language: z.enum(LANGUAGES),
    translations: z.partialRecord(z.enum(LANGUAGES), ZTranslation).default({}),
    sharing: z.enum(SHARING_SCOPES).default('organization'),
    anonymized: z.boolean().default(false),
  })
  .strict()
  .refine((l) => !(l.language in l.translations), { path: ['translations'], message: 'The original language is not a translation' });
export type TLessonInput = z.infer<typeof ZLessonInput>;
/** Any field of a lesson, one by one (no defaults: what is not sent stays as it is). */
export const ZLessonUpdate = z
  .object({
    kind: z.enum(LESSON_KINDS),
    title: ZName(300),
    narrative: ZName(20_000),
    category: z.enum(LESSON_CATEGORIES),
    eventType: z.enum(EVENT_TYPES).nullable(),
    phase: z.enum(LESSON_PHASES).nullable(),
    unitId: ZId.nullable(),
    reviewId: ZId.nullable(),
    language: z.enum(LANGUAGES),
    translations: z.partialRecord(z.enum(LANGUAGES), ZTranslation),
    sharing: z.enum(SHARING_SCOPES),
    anonymized: z.boolean(),
  })
  .partial()
  .strict();
export type TLessonUpdate = z.infer<typeof ZLessonUpdate>;

/**
 * A lesson as another organization may see it. `source` is null when the lesson is
 * anonymized and the reader is not of its organization: no name, unit or author is sent.
 */
export const ZLessonView = z.object({
  id: ZId,
  kind: z.enum(LESSON_KINDS),
  title: z.string(),
  narrative: z.string(),
  category: z.enum(LESSON_CATEGORIES),
  eventType: z.enum(EVENT_TYPES).nullable(),
  phase: z.enum(LESSON_PHASES).nullable(),
  language: z.enum(LANGUAGES),
  translations: z.partialRecord(z.enum(LANGUAGES), z.object({ title: z.string(), narrative: z.string() })),
  sharing: z.enum(SHARING_SCOPES),
  anonymized: z.boolean(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.iso.datetime().nullable(),
  own: z.boolean(),
  source: z.object({ orgName: z.string(), unitName: z.string().nullable(), reviewId: ZId.nullable() }).nullable(),
  allowedActions: z.object({ edit: z.boolean(), publish: z.boolean() }),
});
export type TLessonView = z.infer<typeof ZLessonView>;
export const ZLessonList = z.object({ items: z.array(ZLessonView.extend({ score: z.int().optional() })), allowedActions: z.object({ create: z.boolean() }) });
export const ZLessonQuery = z.object({
  q: z.string().trim().max(300).optional(),
  category: z.enum(LESSON_CATEGORIES).optional(),
  eventType: z.enum(EVENT_TYPES).optional(),
  scope: z.enum(['all', 'own', 'shared']).default('all'),
});
export type TLessonQuery = z.infer<typeof ZLessonQuery>;
export const ZLessonRef = z.object({ orgId: ZId, lessonId: ZId });
export const ZSuggestionQuery = z.object({ planId: ZId.optional(), eventType: z.enum(EVENT_TYPES).optional() }).strict();
export const ZSuggestions = z.object({ eventTypes: z.array(z.enum(EVENT_TYPES)), items: z.array(ZLessonView) });

// ---------- Management reviews ----------

export const ZManagementReviewInput = z
  .object({ title: ZName(), heldOn: z.iso.date(), periodFrom: z.iso.date(), periodTo: z.iso.date() })
  .strict()
  .refine((r) => r.periodFrom <= r.periodTo, { path: ['periodTo'], message: 'The period ends after it starts' });
export const ZManagementReviewUpdate = z
  .object({ title: ZName(), heldOn: z.iso.date(), attendees: ZText(5000), contextChanges: ZText(), auditFindings: ZText(), decisions: z.array(ZName(5000)).max(100) })
  .partial()
  .strict();
export type TManagementReviewUpdate = z.infer<typeof ZManagementReviewUpdate>;
export const ZManagementReviewAction = z.object({ title: ZName(), description: ZText(5000).default(''), ownerPersonId: ZId, dueOn: z.iso.date(), evidenceRequired: ZName(2000), planId: ZId.nullable().default(null) }).strict();

export const ZManagementInputs = z.object({
  asOf: z.iso.date(),
  actions: z.object({ open: z.int(), inProgress: z.int(), closed: z.int(), overdue: z.int(), bySource: z.record(z.string(), z.int()) }),
  exercises: z.array(z.object({ title: z.string(), type: z.string(), conductedOn: z.iso.date().nullable(), met: z.int(), missed: z.int(), findings: z.int() })),
  reviews: z.object({ open: z.int(), completed: z.int(), overdue: z.int() }),
  events: z.array(z.object({ title: z.string(), type: z.string(), severity: z.string(), declaredOn: z.iso.date() })),
  compliance: z.object({ total: z.int(), overdue: z.int(), dueSoon: z.int(), percentCompliant: z.int().nullable() }),
  training: z.object({ trained: z.int(), total: z.int(), percent: z.int().nullable() }),
  lessonsPublished: z.int(),
});
export type TManagementInputs = z.infer<typeof ZManagementInputs>;
export const ZManagementReviewView = z.object({
  id: ZId,
  title: z.string(),
  heldOn: z.iso.date(),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
  status: z.enum(['draft', 'concluded']),
  attendees: z.string(),
  contextChanges: z.string(),
  auditFindings: z.string(),
  decisions: z.array(z.string()),
  inputs: ZManagementInputs,
  actions: z.array(z.object({ id: ZId, title: z.string(), ownerName: z.string(), dueOn: z.iso.date(), status: z.enum(ACTION_STATUSES) })),
  allowedActions: z.object({ edit: z.boolean(), conclude: z.boolean() }),
});
export type TManagementReviewView = z.infer<typeof ZManagementReviewView>;
export const ZManagementReviewList = z.object({
  items: z.array(z.object({ id: ZId, title: z.string(), heldOn: z.iso.date(), status: z.enum(['draft', 'concluded']) })),
  allowedActions: z.object({ create: z.boolean() }),
});
export const ZManagementReviewRef = z.object({ orgId: ZId, reviewId: ZId });

// ---------- Crisis management evaluations ----------

const ZPhaseNotes = z.partialRecord(z.enum(CRISIS_ASPECTS), ZText());
export const ZEvaluationInput = z
  .object({ title: ZName(), crisis: ZText(2000).default(''), periodFrom: z.iso.date().nullable().default(null), periodTo: z.iso.date().nullable().default(null) })
  .strict()
  .refine((e) => !e.periodFrom || !e.periodTo || e.periodFrom <= e.periodTo, { path: ['periodTo'], message: 'The period ends after it starts' });
export const ZEvaluationUpdate = z
  .object({
    title: ZName(),
    crisis: ZText(2000),
    governingBody: ZText(300),
    phases: z.partialRecord(z.enum(CRISIS_PHASES), ZPhaseNotes),
    findings: z.partialRecord(z.enum(EVALUATION_FINDINGS), ZText()),
  })
  .partial()
  .strict();
export type TEvaluationUpdate = z.infer<typeof ZEvaluationUpdate>;
export const ZEvaluationView = z.object({
  id: ZId,
  title: z.string(),
  crisis: z.string(),
  periodFrom: z.iso.date().nullable(),
  periodTo: z.iso.date().nullable(),
  status: z.enum(['draft', 'final']),
  governingBody: z.string(),
  phases: z.partialRecord(z.enum(CRISIS_PHASES), ZPhaseNotes),
  findings: z.partialRecord(z.enum(EVALUATION_FINDINGS), z.string()),
  allowedActions: z.object({ edit: z.boolean(), finalize: z.boolean() }),
});
export type TEvaluationView = z.infer<typeof ZEvaluationView>;
export const ZEvaluationList = z.object({ items: z.array(z.object({ id: ZId, title: z.string(), status: z.enum(['draft', 'final']), periodFrom: z.iso.date().nullable(), periodTo: z.iso.date().nullable() })), allowedActions: z.object({ create: z.boolean() }) });
export const ZEvaluationRef = z.object({ orgId: ZId, evaluationId: ZId });
export const ZExportQuery = z.object({ format: z.enum(['pdf', 'docx']), lang: z.enum(LANGUAGES).optional() });
