import { z } from 'zod';
import { DEPENDENCY_KINDS } from '../bia/dependency-kinds.js';
import { IMPACT_LEVELS } from '../bia/impact-scale.js';
import { ZId, ZName } from './common.js';

/**
 * Business impact analysis (ISO 22301 8.2.2): services of a unit with their impact over
 * time, recovery objectives and dependencies. Durations are whole minutes.
 */

const ZMinutes = z.int().min(1).max(10 * 366 * 24 * 60);
export const ZImpactLevel = z.union(IMPACT_LEVELS.map((l) => z.literal(l)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>]);
export const ZDependencyKind = z.enum(DEPENDENCY_KINDS);
const ZCategoryKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _');
const ZText = (max = 5000) => z.string().trim().max(max);

/** The organization's impact scale: categories, time points and the wording of each level. */
export const ZBiaSettings = z.object({
  categories: z.array(z.object({ key: ZCategoryKey, label: ZName(120) })).min(1).max(12),
  timePoints: z.array(ZMinutes).min(1).max(12),
  levels: z.array(z.object({ level: ZImpactLevel, label: ZName(60), description: ZText(500) })).length(5),
  intolerableLevel: ZImpactLevel,
});
export type TBiaSettings = z.infer<typeof ZBiaSettings>;

/** Per category, one rating per time point (null: not yet rated). */
export const ZImpactRatings = z.record(ZCategoryKey, z.array(ZImpactLevel.nullable()).max(12));
export type TImpactRatings = z.infer<typeof ZImpactRatings>;

export const ZServiceLevelStep = z.object({ afterMinutes: ZMinutes, percent: z.int().min(0).max(100) });
export const ZPeakPeriod = z.object({
  label: ZName(120),
  /** Month-day, e.g. "12-01"; a period may wrap the year end. */
  from: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  to: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
});
export const ZMtpdOverride = z.object({ minutes: ZMinutes, justification: ZName(2000) });

/** A service or activity as the focal point enters it; MTPD is derived, not entered. */
export const ZServiceInput = z.object({
  unitId: ZId,
  name: ZName(),
  description: ZText().default(''),
  /** 1 is the most critical. */
  priority: z.int().min(1).max(999),
  impacts: ZImpactRatings.default({}),
  mtpdOverride: ZMtpdOverride.nullable().default(null),
  rtoMinutes: ZMinutes.nullable().default(null),
  rpoMinutes: z.int().min(0).max(10 * 366 * 24 * 60).nullable().default(null),
  minimumServiceLevels: z.array(ZServiceLevelStep).max(12).default([]),
  peakPeriods: z.array(ZPeakPeriod).max(12).default([]),
  dependencyIds: z.array(ZId).max(200).default([]),
});
export type TServiceInput = z.infer<typeof ZServiceInput>;

/** What each kind of dependency records besides its name and achievable recovery time. */
export const ZDependencyDetails = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('key_role'), minimumStaff: z.int().min(0).max(10_000), alternatePersonIds: z.array(ZId).max(10).default([]), holderPersonIds: z.array(ZId).max(50).default([]) }),
  z.object({ kind: z.literal('ict_system'), owner: ZText(200).default(''), hosting: ZText(200).default(''), testedAt: z.iso.date().nullable().default(null) }),
  z.object({ kind: z.literal('facility'), address: ZText(500).default(''), alternateSite: ZText(500).default(''), alternateCapacity: z.int().min(0).max(1_000_000).nullable().default(null) }),
  z.object({ kind: z.literal('supplier'), contact: ZText(500).default(''), contractReference: ZText(200).default(''), contractedRecoveryMinutes: ZMinutes.nullable().default(null) }),
  z.object({ kind: z.literal('vital_record'), location: ZText(500).default(''), backup: ZText(500).default(''), recoveryPointMinutes: z.int().min(0).max(10 * 366 * 24 * 60).nullable().default(null) }),
]);
export type TDependencyDetails = z.infer<typeof ZDependencyDetails>;

export const ZDependencyInput = z.object({
  unitId: ZId,
  name: ZName(),
  description: ZText().default(''),
  /** What the dependency can achieve today (tested ICT recovery, contracted supplier time); null when unknown. */
  achievedMinutes: ZMinutes.nullable().default(null),
  details: ZDependencyDetails,
});
export type TDependencyInput = z.infer<typeof ZDependencyInput>;

/** BIA of a unit: approval locks it; revising opens the next version. */
export const BIA_STATES = ['draft', 'submitted', 'approved'] as const;
export const ZBiaState = z.enum(BIA_STATES);
export type TBiaState = z.infer<typeof ZBiaState>;

export const ZCampaignInput = z.object({
  rootUnitId: ZId,
  title: ZName(),
  instructions: ZText(10_000).default(''),
  dueDate: z.iso.date(),
});
export type TCampaignInput = z.infer<typeof ZCampaignInput>;

export const ZEffortInput = z.object({
  unitId: ZId,
  campaignId: ZId.nullable().default(null),
  hours: z.number().min(0).max(100_000).multipleOf(0.25),
  externalCost: z.number().min(0).max(1e9).multipleOf(0.01).default(0),
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD'),
  note: ZText(1000).default(''),
});
export type TEffortInput = z.infer<typeof ZEffortInput>;
