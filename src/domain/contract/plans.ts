import { z } from 'zod';
import { PLAN_SECTION_KEYS } from '../plans/plan-template.js';
import { PLAN_STATES } from '../plans/plan-state.js';
import { PLAN_TYPES } from '../plans/plan-types.js';
import { QUALITY_CODES } from '../plans/quality.js';
import { ZId, ZName } from './common.js';
import { ZLanguage } from './orgs.js';
import { PLAN_STRUCTURE_KEYS, ZPlanStructure, ZPlanStructurePatch } from './plan-structure.js';

export const ZPlanType = z.enum(PLAN_TYPES);
export const ZPlanState = z.enum(PLAN_STATES);
export const ZPlanSectionKey = z.enum(PLAN_SECTION_KEYS);

/** Section text is Markdown; 100k characters is far beyond any plan people can use in a crisis. */
const ZSectionText = z.string().max(100_000);
export const ZPlanSections = z.object(
  Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, ZSectionText])) as Record<
    (typeof PLAN_SECTION_KEYS)[number],
    typeof ZSectionText
  >,
);

export const ZPlanRef = z.object({ orgId: ZId, planId: ZId });
export type TPlanRef = z.infer<typeof ZPlanRef>;

export const ZPlanActions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  approve: z.boolean(),
  revise: z.boolean(),
});
export type TPlanActions = z.infer<typeof ZPlanActions>;

export const ZPlanSummary = z.object({
  id: ZId,
  orgId: ZId,
  unitId: ZId,
  unitName: z.string(),
  type: ZPlanType,
  title: z.string(),
  language: ZLanguage,
  state: ZPlanState,
  versionNumber: z.int(),
  /** The version in force, if any version was ever approved and not superseded. */
  approvedVersionNumber: z.int().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;

export const ZReviewEntry = z.object({
  action: z.enum(['submit', 'return', 'approve']),
  versionNumber: z.int(),
  comment: z.string(),
  actorName: z.string(),
  at: z.iso.datetime(),
});

/** One quality check: what it found and the figures the UI words it with. */
export const ZQualityCheck = z.object({
  code: z.enum(QUALITY_CODES),
  status: z.enum(['pass', 'warn', 'fail']),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
});
export type TQualityCheck = z.infer<typeof ZQualityCheck>;

export const ZPlanView = ZPlanSummary.extend({
  sections: ZPlanSections,
  structure: ZPlanStructure,
  incompleteSections: z.array(ZPlanSectionKey),
  /** Computed on read from the plan, the BIA, the directory and the unit's other plans. */
  quality: z.array(ZQualityCheck),
  reviews: z.array(ZReviewEntry),
  allowedActions: ZPlanActions,
});
export type TPlanView = z.infer<typeof ZPlanView>;

export const ZPlanList = z.object({ items: z.array(ZPlanSummary), total: z.int() });
export type TPlanList = z.infer<typeof ZPlanList>;

export const ZPlanListQuery = z.object({
  unitId: ZId.optional(),
  /** With unitId: include the plans of units beneath it. */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  type: ZPlanType.optional(),
  state: ZPlanState.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TPlanListQuery = z.infer<typeof ZPlanListQuery>;

export const ZCreatePlanRequest = z.object({
  unitId: ZId,
  type: ZPlanType,
  title: ZName(),
  language: ZLanguage.default('en'),
});
export type TCreatePlanRequest = z.infer<typeof ZCreatePlanRequest>;

export const ZUpdatePlanRequest = z
  .object({
    title: ZName().optional(),
    language: ZLanguage.optional(),
    sections: ZPlanSections.partial().optional(),
    /** Each part given replaces that part whole; parts left out stay as they are. */
    structure: ZPlanStructurePatch.optional(),
  })
  .strict();
export type TUpdatePlanRequest = z.infer<typeof ZUpdatePlanRequest>;

export const ZReviewRequest = z.object({ comment: z.string().trim().max(5_000).default('') }).strict();
export const ZReturnRequest = z.object({ comment: z.string().trim().min(1).max(5_000) }).strict();
export type TReviewRequest = z.infer<typeof ZReviewRequest>;

export const ZPlanVersionSummary = z.object({
  versionNumber: z.int(),
  state: ZPlanState,
  title: z.string(),
  createdAt: z.iso.datetime(),
  createdByName: z.string(),
  approvedAt: z.iso.datetime().nullable(),
  approvedByName: z.string().nullable(),
});
export const ZPlanVersionList = z.object({ items: z.array(ZPlanVersionSummary) });

export const ZPlanVersionRef = ZPlanRef.extend({ versionNumber: z.coerce.number().int().min(1) });
export const ZPlanVersionView = ZPlanVersionSummary.extend({ sections: ZPlanSections, structure: ZPlanStructure });

export const ZDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const ZDiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export const ZPlanDiff = z.object({
  from: z.int(),
  to: z.int(),
  title: z.array(ZDiffPart),
  sections: z.array(z.object({ key: ZPlanSectionKey, changed: z.boolean(), parts: z.array(ZDiffPart) })),
  /** Which structured parts differ, with how many entries each version has. */
  structure: z.array(z.object({ key: z.enum(PLAN_STRUCTURE_KEYS), changed: z.boolean(), from: z.int(), to: z.int() })),
});
export type TPlanDiff = z.infer<typeof ZPlanDiff>;

/** The plan suite of the units the caller may read: which of the seven plans exist and whether they agree. */
export const ZPlanSuiteQuery = z.object({
  unitId: ZId.optional(),
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export const SUITE_WARNINGS = ['missing_crisis_management_plan', 'ict_recovery_gap', 'approval_outdated', 'plan_without_risks'] as const;
export const ZSuiteCell = z.object({
  type: ZPlanType,
  /** The plan shown for the type: the one in force if any, else the latest; null when the unit has none. */
  plan: z
    .object({
      id: ZId,
      title: z.string(),
      state: ZPlanState,
      versionNumber: z.int(),
      approvedVersionNumber: z.int().nullable(),
      approvedAt: z.iso.datetime().nullable(),
      riskCount: z.int(),
    })
    .nullable(),
  /** More plans of the same type in the unit. */
  others: z.int(),
});
export const ZSuiteUnit = z.object({
  unitId: ZId,
  unitName: z.string(),
  parentId: ZId.nullable(),
  depth: z.int(),
  plans: z.array(ZSuiteCell),
  warnings: z.array(z.object({ code: z.enum(SUITE_WARNINGS), params: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])) })),
});
export const ZPlanSuite = z.object({ units: z.array(ZSuiteUnit) });
export type TPlanSuite = z.infer<typeof ZPlanSuite>;
export type TSuiteUnit = z.infer<typeof ZSuiteUnit>;
