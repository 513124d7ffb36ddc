import { z } from 'zod';
import { DEPENDENCY_KINDS } from '../bia/dependency-kinds.js';
import { IMPACT_LEVELS } from '../bia/impact-scale.js';
import { CAMPAIGN_UNIT_STATUSES } from '../bia/campaign-progress.js';
import { ZId, ZName } from './common.js';

/**
 * Business impact analysis (ISO 22301 8.2.2): services of a unit with their impact over
 * time, recovery objectives and dependencies. Durations are whole minutes.
 */

export const ZMinutes = z.int().min(1).max(10 * 366 * 24 * 60);
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
const ZRpoMinutes = z.int().min(0).max(10 * 366 * 24 * 60);

export const ZServiceInput = z.object({
  unitId: ZId,
  name: ZName(),
  description: ZText().default(''),
  /** 1 is the most critical. */
  priority: z.int().min(1).max(999),
  impacts: ZImpactRatings.default({}),
  mtpdOverride: ZMtpdOverride.nullable().default(null),
  rtoMinutes: ZMinutes.nullable().default(null),
  rpoMinutes: ZRpoMinutes.nullable().default(null),
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

/** An edit sends only what changes; the unit of a service never changes. */
export const ZServiceUpdate = z.object({
  name: ZName().optional(),
  description: ZText().optional(),
  priority: z.int().min(1).max(999).optional(),
  impacts: ZImpactRatings.optional(),
  mtpdOverride: ZMtpdOverride.nullable().optional(),
  rtoMinutes: ZMinutes.nullable().optional(),
  rpoMinutes: ZRpoMinutes.nullable().optional(),
  minimumServiceLevels: z.array(ZServiceLevelStep).max(12).optional(),
  peakPeriods: z.array(ZPeakPeriod).max(12).optional(),
  dependencyIds: z.array(ZId).max(200).optional(),
});
export type TServiceUpdate = z.infer<typeof ZServiceUpdate>;

export const ZDependencyUpdate = z.object({
  name: ZName().optional(),
  description: ZText().optional(),
  achievedMinutes: ZMinutes.nullable().optional(),
  details: ZDependencyDetails.optional(),
});
export type TDependencyUpdate = z.infer<typeof ZDependencyUpdate>;

// ——— Views ———

export const ZBiaSettingsView = z.object({
  scale: ZBiaSettings,
  /** True while the organization uses the defaults. */
  isDefault: z.boolean(),
  allowedActions: z.object({ edit: z.boolean() }),
});
export type TBiaSettingsView = z.infer<typeof ZBiaSettingsView>;

export const ZEffortTotals = z.object({ hours: z.number(), costs: z.array(z.object({ currency: z.string(), amount: z.number() })) });
export type TEffortTotals = z.infer<typeof ZEffortTotals>;

export const ZUnitBiaActions = z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), revise: z.boolean(), recordEffort: z.boolean() });
export type TUnitBiaActions = z.infer<typeof ZUnitBiaActions>;

/** A unit's BIA: its state, the version being worked on, the one in force, and what the caller may do. */
export const ZUnitBiaView = z.object({
  unitId: ZId,
  unitName: z.string(),
  state: ZBiaState,
  versionNumber: z.int(),
  approvedVersion: z.int().nullable(),
  /** Services and dependencies cannot change while submitted or approved. */
  locked: z.boolean(),
  submittedAt: z.iso.datetime().nullable(),
  submittedByName: z.string().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  approvedByName: z.string().nullable(),
  servicesCount: z.int(),
  dependenciesCount: z.int(),
  effort: ZEffortTotals,
  allowedActions: ZUnitBiaActions,
});
export type TUnitBiaView = z.infer<typeof ZUnitBiaView>;

export const ZDependencyRef = z.object({ id: ZId, name: z.string(), kind: ZDependencyKind, unitId: ZId, achievedMinutes: z.int().nullable() });

export const ZServiceView = z.object({
  id: ZId,
  orgId: ZId,
  unitId: ZId,
  unitName: z.string(),
  name: z.string(),
  description: z.string(),
  priority: z.int(),
  impacts: ZImpactRatings,
  /** First time point where a category reaches the intolerable level; null if none does. */
  derivedMtpdMinutes: z.int().nullable(),
  /** The categories that fix the derived MTPD. */
  mtpdBecauseOf: z.array(z.string()),
  mtpdOverride: ZMtpdOverride.nullable(),
  /** The override if any, else the derived value: what the RTO must not exceed. */
  effectiveMtpdMinutes: z.int().nullable(),
  rtoMinutes: z.int().nullable(),
  rpoMinutes: z.int().nullable(),
  minimumServiceLevels: z.array(ZServiceLevelStep),
  peakPeriods: z.array(ZPeakPeriod),
  dependencies: z.array(ZDependencyRef),
  /** The slowest recovery among the dependencies (null if any is unknown or there are none). */
  achievedMinutes: z.int().nullable(),
  gapsCount: z.int(),
  /** Rule problems that do not block saving (an RTO still missing, an MTPD moved by a new scale). */
  problems: z.array(z.string()),
  locked: z.boolean(),
  updatedAt: z.iso.datetime(),
  allowedActions: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type TServiceView = z.infer<typeof ZServiceView>;

export const ZDependencyView = z.object({
  id: ZId,
  orgId: ZId,
  unitId: ZId,
  unitName: z.string(),
  kind: ZDependencyKind,
  name: z.string(),
  description: z.string(),
  achievedMinutes: z.int().nullable(),
  details: ZDependencyDetails,
  /** People named by a key role (holders and alternates), for display. */
  people: z.array(z.object({ id: ZId, fullName: z.string() })),
  usedByCount: z.int(),
  locked: z.boolean(),
  updatedAt: z.iso.datetime(),
  allowedActions: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type TDependencyView = z.infer<typeof ZDependencyView>;

export const ZBiaListQuery = z.object({
  unitId: ZId.optional(),
  /** With a unit: include the units beneath it (default true). */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export type TBiaListQuery = z.infer<typeof ZBiaListQuery>;

export const ZGapView = z.object({
  serviceId: ZId,
  serviceName: z.string(),
  priority: z.int(),
  unitId: ZId,
  unitName: z.string(),
  dependencyId: ZId,
  dependencyName: z.string(),
  dependencyKind: ZDependencyKind,
  /** The service's RTO: how soon the dependency must be back. */
  requiredMinutes: z.int(),
  /** How soon the dependency can be back today; null when unknown (a gap too). */
  achievedMinutes: z.int().nullable(),
});
export type TGapView = z.infer<typeof ZGapView>;

export const ZGapReport = z.object({
  gaps: z.array(ZGapView),
  /** Required recovery flowing down: per dependency used, the tightest RTO among its services. */
  dependencies: z.array(z.object({ id: ZId, name: z.string(), kind: ZDependencyKind, requiredMinutes: z.int(), achievedMinutes: z.int().nullable() })),
  summary: z.object({ units: z.int(), services: z.int(), dependencies: z.int(), links: z.int(), servicesWithGaps: z.int() }),
  /** Recovery demonstrated: per service, the latest exercise result, judged against the service's RTO today. */
  exercised: z.array(
    z.object({
      serviceId: ZId,
      serviceName: z.string(),
      unitName: z.string(),
      rtoMinutes: z.int().nullable(),
      achievedMinutes: z.int(),
      verdict: z.enum(['met', 'missed', 'no_objective']),
      exerciseId: ZId,
      exerciseTitle: z.string(),
      conductedOn: z.iso.date(),
    }),
  ),
});
export type TGapReport = z.infer<typeof ZGapReport>;

export const ZBiaVersionList = z.object({
  items: z.array(z.object({ versionNumber: z.int(), state: ZBiaState, approvedAt: z.iso.datetime().nullable(), approvedByName: z.string().nullable() })),
});
export const ZBiaVersionView = z.object({
  versionNumber: z.int(),
  approvedAt: z.iso.datetime(),
  approvedByName: z.string().nullable(),
  services: z.array(ZServiceView.omit({ allowedActions: true, locked: true })),
  dependencies: z.array(ZDependencyView.omit({ allowedActions: true, locked: true })),
});
export type TBiaVersionView = z.infer<typeof ZBiaVersionView>;

export const ZCampaignUnitStatus = z.enum(CAMPAIGN_UNIT_STATUSES);
export const ZCampaignView = z.object({
  id: ZId,
  orgId: ZId,
  rootUnitId: ZId,
  rootUnitName: z.string(),
  title: z.string(),
  instructions: z.string(),
  dueDate: z.iso.date(),
  state: z.enum(['open', 'closed']),
  launchedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  progress: z.object({ units: z.int(), notStarted: z.int(), inProgress: z.int(), submitted: z.int(), approved: z.int(), overdue: z.int() }),
  effort: ZEffortTotals,
  allowedActions: z.object({ close: z.boolean() }),
});
export type TCampaignView = z.infer<typeof ZCampaignView>;

export const ZCampaignUnitProgress = z.object({
  unitId: ZId,
  unitName: z.string(),
  status: ZCampaignUnitStatus,
  servicesCount: z.int(),
  overdue: z.boolean(),
  effortHours: z.number(),
});
export const ZCampaignDetail = ZCampaignView.extend({
  units: z.array(ZCampaignUnitProgress),
  /** Units still not submitted after the due date: whom the reminders (notify slice) will go to. */
  overdueUnits: z.array(z.object({ unitId: ZId, unitName: z.string() })),
});
export type TCampaignDetail = z.infer<typeof ZCampaignDetail>;

export const ZEffortView = z.object({
  id: ZId,
  unitId: ZId,
  unitName: z.string(),
  campaignId: ZId.nullable(),
  hours: z.number(),
  externalCost: z.number(),
  currency: z.string(),
  note: z.string(),
  recordedAt: z.iso.datetime(),
  recordedByName: z.string().nullable(),
});
export const ZEffortList = z.object({ items: z.array(ZEffortView), totals: ZEffortTotals });
export type TEffortList = z.infer<typeof ZEffortList>;
export const ZEffortQuery = z.object({ unitId: ZId.optional(), campaignId: ZId.optional() });

export const ZUnitBiaRef = z.object({ orgId: ZId, unitId: ZId });
export const ZBiaVersionRef = ZUnitBiaRef.extend({ versionNumber: z.coerce.number().int().min(1).max(1_000_000) });
export const ZServiceRef = z.object({ orgId: ZId, serviceId: ZId });
export const ZDependencyRefParams = z.object({ orgId: ZId, dependencyId: ZId });
export const ZCampaignRef = z.object({ orgId: ZId, campaignId: ZId });
export const ZCommentRequest = z.object({ comment: ZText(5000).default('') }).strict();
