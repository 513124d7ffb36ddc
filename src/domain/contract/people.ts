import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { ROTATIONS } from '../people/return-to-office.js';
import { ADOPTION_LEVELS, ARRANGEMENT_KINDS, ARRANGEMENT_LEVELS, PERMANENCE } from '../people/working-arrangements.js';
import { ZId, ZName } from './common.js';

// ---------- Alternative working arrangements (Annex XIII) ----------

const ZDay = z.iso.date();
const arrangementFields = {
  level: z.enum(ARRANGEMENT_LEVELS),
  kind: z.enum(ARRANGEMENT_KINDS),
  adoption: z.enum(ADOPTION_LEVELS),
  permanence: z.enum(PERMANENCE),
  policyReference: z.string().trim().max(500).default(''),
  effectiveFrom: ZDay,
  effectiveTo: ZDay.nullable().default(null),
  notes: z.string().trim().max(5000).default(''),
};
const periodInOrder = (v: { effectiveFrom?: string; effectiveTo?: string | null }) => !v.effectiveFrom || !v.effectiveTo || v.effectiveTo >= v.effectiveFrom;
export const ZArrangementInput = z.object(arrangementFields).strict().refine(periodInOrder, { path: ['effectiveTo'], message: 'ends before it takes effect' });
export type TArrangementInput = z.infer<typeof ZArrangementInput>;
export const ZArrangementPatch = z
  .object({
    adoption: arrangementFields.adoption.optional(),
    permanence: arrangementFields.permanence.optional(),
    policyReference: z.string().trim().max(500).optional(),
    effectiveFrom: ZDay.optional(),
    effectiveTo: ZDay.nullable().optional(),
    notes: z.string().trim().max(5000).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type TArrangementPatch = z.infer<typeof ZArrangementPatch>;
export const ZArrangementRef = z.object({ orgId: ZId, arrangementId: ZId });
export const ZArrangementView = z.object({
  id: ZId,
  level: z.enum(ARRANGEMENT_LEVELS),
  kind: z.enum(ARRANGEMENT_KINDS),
  adoption: z.enum(ADOPTION_LEVELS),
  permanence: z.enum(PERMANENCE),
  policyReference: z.string(),
  effectiveFrom: ZDay,
  effectiveTo: ZDay.nullable(),
  notes: z.string(),
  inForce: z.boolean(),
});
export type TArrangementView = z.infer<typeof ZArrangementView>;
export const ZArrangementList = z.object({
  asOf: ZDay,
  items: z.array(ZArrangementView),
  /** Annex XIII as of today: each kind × level, the adoption in force (null: nothing recorded). */
  matrix: z.array(z.object({ level: z.enum(ARRANGEMENT_LEVELS), kind: z.enum(ARRANGEMENT_KINDS), adoption: z.enum(ADOPTION_LEVELS).nullable(), permanence: z.enum(PERMANENCE).nullable(), arrangementId: ZId.nullable() })),
  /** How many units of the organization fall in each level (from their kind). */
  levels: z.array(z.object({ level: z.enum(ARRANGEMENT_LEVELS), unitCount: z.int() })),
  allowedActions: z.object({ edit: z.boolean() }),
});

// ---------- Wellbeing surveys ----------

const ZText = z.string().trim().max(1000);
/** A text in some of the six languages; missing ones fall back to English, then to any. */
export const ZTranslated = z
  .object(Object.fromEntries(LANGUAGES.map((l) => [l, ZText.optional()])) as Record<(typeof LANGUAGES)[number], z.ZodOptional<typeof ZText>>)
  .strict()
  .refine((v) => Object.values(v).some((s) => typeof s === 'string' && s.length > 0), { message: 'give the text in at least one language' });
export type TTranslated = Partial<Record<(typeof LANGUAGES)[number], string>>;
/** The same, where no language at all is fine (an optional introduction). */
export const ZTranslatedOptional = z.object(Object.fromEntries(LANGUAGES.map((l) => [l, ZText.optional()])) as Record<(typeof LANGUAGES)[number], z.ZodOptional<typeof ZText>>).strict();

export const QUESTION_KINDS = ['scale', 'choice', 'text'] as const;
const ZKey = z.string().regex(/^[a-z0-9_]{1,40}$/, 'lowercase letters, digits and _ (at most 40)');
export const ZSurveyQuestion = z
  .object({
    key: ZKey,
    kind: z.enum(QUESTION_KINDS),
    text: ZTranslated,
    /** Choice questions only: 2 to 10 options. */
    options: z.array(z.object({ key: ZKey, text: ZTranslated }).strict()).max(10).default([]),
    required: z.boolean().default(false),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.kind === 'choice' && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs at least two options' });
    if (q.kind !== 'choice' && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'only choice questions have options' });
    if (new Set(q.options.map((o) => o.key)).size !== q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'each option key once' });
  });
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestion>;

export const ZSurveyInput = z
  .object({
    title: ZTranslated,
    intro: ZTranslatedOptional.default({}),
    questions: z.array(ZSurveyQuestion).min(1).max(30),
    targetUnitIds: z.array(ZId).min(1).max(500),
    opensOn: ZDay,
    closesOn: ZDay,
    /** Results of a group are shown only when at least this many answered (never below 3). */
    minimumGroupSize: z.int().min(3).max(100).default(5),
    /** The earlier wave of the same survey: trends compare questions with the same key. */
    previousSurveyId: ZId.nullable().default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.closesOn < s.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'closes before it opens' });
    if (new Set(s.questions.map((q) => q.key)).size !== s.questions.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'each question key once' });
    if (new Set(s.targetUnitIds).size !== s.targetUnitIds.length) ctx.addIssue({ code: 'custom', path: ['targetUnitIds'], message: 'each unit once' });
  });
export type TSurveyInput = z.infer<typeof ZSurveyInput>;
export const ZSurveyRef = z.object({ orgId: ZId, surveyId: ZId });

export const SURVEY_STATES = ['draft', 'scheduled', 'open', 'closed'] as const;
export const ZSurveyView = z.object({
  id: ZId,
  seriesId: ZId,
  title: z.record(z.string(), z.string()),
  intro: z.record(z.string(), z.string()),
  questions: z.array(z.object({ key: z.string(), kind: z.enum(QUESTION_KINDS), text: z.record(z.string(), z.string()), options: z.array(z.object({ key: z.string(), text: z.record(z.string(), z.string()) })), required: z.boolean() })),
  targetUnitIds: z.array(ZId),
  opensOn: ZDay,
  closesOn: ZDay,
  minimumGroupSize: z.int(),
  state: z.enum(SURVEY_STATES),
  /** For those who run surveys only: how many were invited and how many answered (whole survey, never per unit). */
  invited: z.int().nullable(),
  responded: z.int().nullable(),
  mine: z.object({ invited: z.boolean(), answered: z.boolean() }),
  allowedActions: z.object({ launch: z.boolean(), close: z.boolean(), answer: z.boolean(), results: z.boolean() }),
});
export type TSurveyView = z.infer<typeof ZSurveyView>;
export const ZSurveyList = z.object({ items: z.array(ZSurveyView), allowedActions: z.object({ create: z.boolean() }) });

export const ZSurveyAnswerInput = z
  .object({
    /** Per question key: a score 1–5 (scale), an option key (choice), a text (free text) or null (skipped). */
    answers: z.record(ZKey, z.union([z.int().min(1).max(5), z.string().trim().max(2000), z.null()])),
  })
  .strict();
export type TSurveyAnswerInput = z.infer<typeof ZSurveyAnswerInput>;

const ZHidden = z.object({ hidden: z.literal(true), reason: z.enum(['below_minimum', 'complementary']) });
const ZScaleCell = z.union([z.object({ hidden: z.literal(false), answered: z.int(), mean: z.number(), favourableShare: z.number() }), ZHidden]);
const ZChoiceCell = z.union([z.object({ hidden: z.literal(false), answered: z.int(), counts: z.record(z.string(), z.int()) }), ZHidden]);
export const ZSurveyResults = z.object({
  surveyId: ZId,
  state: z.enum(SURVEY_STATES),
  /** Results exist only once a survey is closed: figures that move with each answer would give that answer away. */
  available: z.boolean(),
  minimumGroupSize: z.int(),
  respondents: z.int(),
  groups: z.array(z.object({ unitId: ZId, unitName: z.string() })),
  questions: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(QUESTION_KINDS),
      text: z.record(z.string(), z.string()),
      options: z.array(z.object({ key: z.string(), text: z.record(z.string(), z.string()) })),
      scale: z.object({ groups: z.array(z.object({ unitId: ZId, cell: ZScaleCell })), total: ZScaleCell }).nullable(),
      choice: z.object({ groups: z.array(z.object({ unitId: ZId, cell: ZChoiceCell })), total: ZChoiceCell }).nullable(),
      /** Free texts: only for the whole survey, never by unit, and only at or above the minimum. */
      texts: z.union([z.object({ hidden: z.literal(false), items: z.array(z.string()) }), ZHidden]).nullable(),
    }),
  ),
});
export type TSurveyResults = z.infer<typeof ZSurveyResults>;

export const ZSurveyTrend = z.object({
  seriesId: ZId,
  waves: z.array(z.object({ surveyId: ZId, title: z.record(z.string(), z.string()), closesOn: ZDay })),
  questions: z.array(z.object({ key: z.string(), text: z.record(z.string(), z.string()), points: z.array(z.object({ surveyId: ZId, mean: z.number().nullable(), change: z.number().nullable() })) })),
});

export const ZFollowUpInput = z
  .object({
    title: ZName(300),
    description: z.string().trim().max(5000).default(''),
    ownerPersonId: ZId,
    dueOn: ZDay,
    questionKey: ZKey.nullable().default(null),
    groupUnitId: ZId.nullable().default(null),
  })
  .strict();
export type TFollowUpInput = z.infer<typeof ZFollowUpInput>;
export const ZFollowUpView = z.object({ id: ZId, surveyId: ZId, questionKey: z.string().nullable(), groupUnitId: ZId.nullable(), title: z.string(), description: z.string(), ownerPersonId: ZId, ownerName: z.string(), dueOn: ZDay, status: z.enum(['open', 'closed']) });
export const ZFollowUpList = z.object({ items: z.array(ZFollowUpView) });

// ---------- Return to office (para 135) ----------

const ZWeekday = z.int().min(1).max(7);
export const ZReturnPhase = z
  .object({ key: ZKey, name: ZName(), startsOn: ZDay, endsOn: ZDay.nullable().default(null), criteria: z.string().trim().max(2000).default(''), occupancyPercent: z.int().min(0).max(100), teamKeys: z.array(ZKey).max(20).default([]) })
  .strict();
export type TReturnPhase = z.infer<typeof ZReturnPhase>;
export const ZReturnSite = z.object({ key: ZKey, name: ZName(), floor: z.string().trim().max(100).default(''), capacity: z.int().min(0).max(100000) }).strict();
export type TReturnSite = z.infer<typeof ZReturnSite>;
export const ZReturnTeam = z
  .object({ key: ZKey, name: ZName(), siteKey: ZKey, rotation: z.enum(ROTATIONS), weekdays: z.array(ZWeekday).min(1).max(7).refine((d) => new Set(d).size === d.length, 'each day once') })
  .strict();
export type TReturnTeam = z.infer<typeof ZReturnTeam>;

export const ZReturnPlanInput = z
  .object({
    unitId: ZId,
    title: ZName(),
    phases: z.array(ZReturnPhase).min(1).max(20),
    sites: z.array(ZReturnSite).min(1).max(50),
    teams: z.array(ZReturnTeam).max(20).default([]),
    members: z.array(z.object({ personId: ZId, teamKey: ZKey }).strict()).max(5000).default([]),
    hygieneMeasures: z.string().trim().max(5000).default(''),
    meetingRoomMeasures: z.string().trim().max(5000).default(''),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (new Set(p.members.map((m) => m.personId)).size !== p.members.length) ctx.addIssue({ code: 'custom', path: ['members'], message: 'each person in one team' });
  });
export type TReturnPlanInput = z.infer<typeof ZReturnPlanInput>;
export const ZReturnPlanRef = z.object({ orgId: ZId, planId: ZId });
export const ZReturnPlanView = z.object({
  id: ZId,
  unitId: ZId,
  unitName: z.string(),
  title: z.string(),
  phases: z.array(ZReturnPhase),
  sites: z.array(ZReturnSite),
  teams: z.array(ZReturnTeam),
  members: z.array(z.object({ personId: ZId, fullName: z.string(), teamKey: z.string() })),
  hygieneMeasures: z.string(),
  meetingRoomMeasures: z.string(),
  currentPhaseKey: z.string().nullable(),
  allowedActions: z.object({ edit: z.boolean() }),
});
export type TReturnPlanView = z.infer<typeof ZReturnPlanView>;
export const ZReturnPlanList = z.object({ items: z.array(ZReturnPlanView), allowedActions: z.object({ createAtUnitIds: z.array(ZId) }) });

export const ZDateQuery = z.object({ date: ZDay }).strict();
export const ZDayRotaView = z.object({
  planId: ZId,
  date: ZDay,
  phase: z.object({ key: z.string(), name: z.string() }).nullable(),
  sites: z.array(z.object({ key: z.string(), name: z.string(), floor: z.string(), limit: z.int(), people: z.array(z.object({ personId: ZId, fullName: z.string(), teamKey: z.string() })) })),
  remote: z.array(z.object({ personId: ZId, fullName: z.string() })),
});
export const ZWhereaboutsQuery = z.object({ date: ZDay, personId: ZId.optional() }).strict();
export const ZWhereaboutsView = z.object({
  personId: ZId,
  fullName: z.string(),
  date: ZDay,
  where: z.enum(['on_site', 'remote']),
  plans: z.array(z.object({ planId: ZId, title: z.string(), unitName: z.string(), where: z.enum(['on_site', 'remote']), siteName: z.string().nullable(), reason: z.string().nullable(), phaseName: z.string().nullable() })),
});
