import { z } from 'zod';
import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS } from '../risks/risk-categories.js';
import { IMPORT_FIELDS } from '../risks/risk-import-fields.js';
import { ZId, ZName } from './common.js';

/** The organization's risk register (ISO 22301 8.2.3; the review found plans never linked to it). */

export const ZRiskCategory = z.enum(RISK_CATEGORIES);
export const ZRiskTreatment = z.enum(RISK_TREATMENTS);
export const ZRiskStatus = z.enum(RISK_STATUSES);
const ZRating = z.int().min(1).max(5);

export const ZRiskInput = z.object({
  /** The organization's own reference (e.g. "R-017"), unique within it. */
  reference: z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - /'),
  title: ZName(),
  description: z.string().trim().max(5000).default(''),
  category: ZRiskCategory,
  /** The unit the risk belongs to; null for the whole organization. */
  unitId: ZId.nullable().default(null),
  likelihood: ZRating,
  impact: ZRating,
  ownerPersonId: ZId.nullable().default(null),
  treatment: ZRiskTreatment,
  treatmentPlan: z.string().trim().max(5000).default(''),
  lastAssessedOn: z.iso.date().nullable().default(null),
  status: ZRiskStatus.default('open'),
  serviceIds: z.array(ZId).max(200).default([]),
});
export type TRiskInput = z.infer<typeof ZRiskInput>;

export const ZRiskRef = z.object({ orgId: ZId, riskId: ZId });

/** An edit sends only what changes; `serviceIds`, when sent, replaces the links. */
export const ZUpdateRiskRequest = z
  .object({
    reference: ZRiskInput.shape.reference,
    title: ZRiskInput.shape.title,
    description: z.string().trim().max(5000),
    category: ZRiskCategory,
    unitId: ZId.nullable(),
    likelihood: ZRating,
    impact: ZRating,
    ownerPersonId: ZId.nullable(),
    treatment: ZRiskTreatment,
    treatmentPlan: z.string().trim().max(5000),
    lastAssessedOn: z.iso.date().nullable(),
    status: ZRiskStatus,
    serviceIds: z.array(ZId).max(200),
  })
  .partial()
  .strict();
export type TUpdateRiskRequest = z.infer<typeof ZUpdateRiskRequest>;

export const ZRiskActions = z.object({ edit: z.boolean(), delete: z.boolean() });

export const ZRiskSummary = z.object({
  id: ZId,
  orgId: ZId,
  reference: z.string(),
  title: z.string(),
  category: ZRiskCategory,
  unitId: ZId.nullable(),
  unitName: z.string().nullable(),
  likelihood: z.int(),
  impact: z.int(),
  /** likelihood × impact, 1–25. */
  score: z.int(),
  ownerPersonId: ZId.nullable(),
  ownerName: z.string().nullable(),
  treatment: ZRiskTreatment,
  lastAssessedOn: z.iso.date().nullable(),
  status: ZRiskStatus,
  updatedAt: z.iso.datetime(),
});
export type TRiskSummary = z.infer<typeof ZRiskSummary>;

export const ZLinkedService = z.object({ id: ZId, name: z.string(), unitId: ZId, unitName: z.string() });
export const ZAnsweringPlan = z.object({ id: ZId, title: z.string(), type: z.string(), state: z.string(), unitId: ZId });

export const ZRiskView = ZRiskSummary.extend({
  description: z.string(),
  treatmentPlan: z.string(),
  services: z.array(ZLinkedService),
  /** Plans the caller may read whose current or approved version lists this risk. */
  answeredBy: z.array(ZAnsweringPlan),
  allowedActions: ZRiskActions,
});
export type TRiskView = z.infer<typeof ZRiskView>;

export const RISK_SORTS = ['score_desc', 'score_asc', 'reference', 'updated'] as const;

export const ZRiskListQuery = z.object({
  category: ZRiskCategory.optional(),
  unitId: ZId.optional(),
  /** With unitId: include the risks of units beneath it. */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  status: ZRiskStatus.optional(),
  /** A heat-map cell: the risks of one likelihood and/or impact. */
  likelihood: z.coerce.number().int().min(1).max(5).optional(),
  impact: z.coerce.number().int().min(1).max(5).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(RISK_SORTS).default('score_desc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TRiskListQuery = z.infer<typeof ZRiskListQuery>;

export const ZRiskList = z.object({
  items: z.array(ZRiskSummary),
  total: z.int(),
  /** Counts by [likelihood − 1][impact − 1] of the risks matching every filter but likelihood and impact. */
  heatMap: z.array(z.array(z.int())),
  allowedActions: z.object({ create: z.boolean(), import: z.boolean() }),
});
export type TRiskList = z.infer<typeof ZRiskList>;

/** Services a risk can be linked to (the BIA's services of the organization). */
export const ZServiceOptions = z.object({ items: z.array(ZLinkedService) });

// Import of a register file (CSV or XLSX) and the coverage reports.

export const ZImportField = z.enum(IMPORT_FIELDS);

/** 5 MB decoded is ~6.99 million base64 characters. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export const ZRiskImportRequest = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.base64().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4),
    /** Column header → field (null: ignore the column). Omitted: the server proposes one from the headers. */
    mapping: z.record(z.string().max(500), ZImportField.nullable()).optional(),
    mode: z.enum(['preview', 'commit']),
  })
  .strict();
export type TRiskImportRequest = z.infer<typeof ZRiskImportRequest>;

export const ZImportIssue = z.object({ field: ZImportField.nullable(), column: z.string().nullable(), message: z.string(), code: z.string() });

export const ZImportRowReport = z.object({
  rowNumber: z.int(),
  status: z.enum(['ok', 'error']),
  reference: z.string().nullable(),
  /** What committing the row does: create a risk, update the one with that reference, or nothing (error). */
  action: z.enum(['create', 'update', 'none']),
  issues: z.array(ZImportIssue),
});

export const ZRiskImportReport = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), ZImportField.nullable()),
  /** True when the mapping was proposed by the server from the headers. */
  mappingProposed: z.boolean(),
  /** Problems with the file or mapping as a whole (unreadable, no header, too many rows, a required column missing). */
  fileIssues: z.array(ZImportIssue),
  rows: z.array(ZImportRowReport),
  counts: z.object({ rows: z.int(), new: z.int(), updated: z.int(), errors: z.int() }),
  committed: z.boolean(),
});
export type TRiskImportReport = z.infer<typeof ZRiskImportReport>;

/** A refused import: the error envelope and the full report naming each broken row. */
export const ZRiskImportRefusal = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string().optional(), issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() }),
  report: ZRiskImportReport,
});
export type TRiskImportRefusal = z.infer<typeof ZRiskImportRefusal>;

export const ZPlanLink = z.object({ id: ZId, title: z.string(), type: z.string(), state: z.string(), versionNumber: z.int() });

/** Disruption risks no plan answers, per unit (null: organization-wide risks), with that unit's plans. */
export const ZUnansweredReport = z.object({
  groups: z.array(z.object({ unitId: ZId.nullable(), unitName: z.string().nullable(), risks: z.array(ZRiskSummary), plans: z.array(ZPlanLink) })),
  total: z.int(),
});
export type TUnansweredReport = z.infer<typeof ZUnansweredReport>;

/** Plans whose version (current, or in force for readers who see no drafts) links no risk of the register. */
export const ZPlansWithoutRisksReport = z.object({
  items: z.array(ZPlanLink.extend({ unitId: ZId, unitName: z.string() })),
  total: z.int(),
});
export type TPlansWithoutRisksReport = z.infer<typeof ZPlansWithoutRisksReport>;
