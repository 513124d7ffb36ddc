import { z } from 'zod';
import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS } from '../risks/risk-categories.js';
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
