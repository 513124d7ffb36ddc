import { z } from 'zod';
import { CORE_ELEMENTS } from '../assurance/core-elements.js';
import { KPI_COMPONENTS } from '../assurance/kpi-catalogue.js';
import { MATURITY_LEVELS } from '../assurance/maturity.js';
import { POLICY_DOCUMENT_KINDS } from '../assurance/policy-documents.js';
import { CORE_ELEMENT_RATINGS, KPI_RATINGS, MATURITY_RATERS } from '../assurance/ratings.js';
import { ZId, ZName } from './common.js';

const ZDay = z.iso.date();
const ZText = (max: number) => z.string().trim().max(max);
const ZLink = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]);

// Framework: policy documents (Annex II) and the 11 core elements.
export const ZPolicyDocumentInput = z
  .object({
    title: ZName(300),
    kind: z.enum(POLICY_DOCUMENT_KINDS),
    adoptedOn: ZDay.nullable().default(null),
    lastUpdatedOn: ZDay.nullable().default(null),
    approvedByExecutiveHead: z.boolean().default(false),
    referencesOrms: z.boolean().default(false),
    referencesIso22301: z.boolean().default(false),
    promulgatedOn: ZDay.nullable().default(null),
    link: ZLink.default(''),
  })
  .strict()
  .refine((d) => d.lastUpdatedOn === null || d.adoptedOn === null || d.lastUpdatedOn >= d.adoptedOn, { path: ['lastUpdatedOn'], message: 'Not before the adoption' })
  .refine((d) => d.promulgatedOn === null || (d.adoptedOn !== null && d.promulgatedOn >= d.adoptedOn), { path: ['promulgatedOn'], message: 'Promulgated on or after the adoption' });
export type TPolicyDocumentInput = z.infer<typeof ZPolicyDocumentInput>;
export const ZPolicyDocumentRef = z.object({ orgId: ZId, documentId: ZId });
export const ZPolicyDocumentView = z.object({
  id: ZId,
  title: z.string(),
  kind: z.enum(POLICY_DOCUMENT_KINDS),
  adoptedOn: ZDay.nullable(),
  lastUpdatedOn: ZDay.nullable(),
  approvedByExecutiveHead: z.boolean(),
  referencesOrms: z.boolean(),
  referencesIso22301: z.boolean(),
  promulgatedOn: ZDay.nullable(),
  link: z.string(),
  /** When the document is due for review on the ME&R policy's annual cycle; null until adopted. */
  reviewDueOn: ZDay.nullable(),
  reviewOverdue: z.boolean(),
});
export type TPolicyDocumentView = z.infer<typeof ZPolicyDocumentView>;

export const ZCoreElementKey = z.enum(CORE_ELEMENTS.map((e) => e.key) as [string, ...string[]]);
export const ZCoreElementRatingInput = z
  .object({
    elementKey: ZCoreElementKey,
    rating: z.enum(CORE_ELEMENT_RATINGS),
    reflectedIn: ZText(2000).default(''),
    policyDocumentId: ZId.nullable().default(null),
  })
  .strict();
export type TCoreElementRatingInput = z.infer<typeof ZCoreElementRatingInput>;
const ZCoreElementRatingView = z.object({ id: ZId, rating: z.enum(CORE_ELEMENT_RATINGS), reflectedIn: z.string(), policyDocumentId: ZId.nullable(), policyDocumentTitle: z.string().nullable(), ratedAt: z.string(), ratedByName: z.string() });
export const ZFramework = z.object({
  documents: z.array(ZPolicyDocumentView),
  elements: z.array(z.object({ number: z.int(), key: z.string(), group: z.enum(['programmatic', 'plans']), current: ZCoreElementRatingView.nullable(), history: z.array(ZCoreElementRatingView) })),
  /** Fully / partially / not reflected / not rated, for the summary (review Figure II). */
  tally: z.object({ fully: z.int(), partially: z.int(), not_reflected: z.int(), unrated: z.int() }),
  allowedActions: z.object({ edit: z.boolean() }),
});
export type TFramework = z.infer<typeof ZFramework>;

// The standing crisis management team.
export const ZCrisisTeamInput = z
  .object({
    name: ZName(200),
    expectedEntities: z.array(ZName(100)).max(100).refine((e) => new Set(e).size === e.length, 'each entity once').default([]),
  })
  .strict();
export const ZCrisisTeamMemberInput = z
  .object({
    personId: ZId,
    role: ZText(200).default(''),
    entity: ZText(100).nullable().default(null).transform((e) => (e === '' ? null : e)),
    isChair: z.boolean().default(false),
    senior: z.boolean().default(false),
    since: ZDay,
  })
  .strict();
export type TCrisisTeamMemberInput = z.infer<typeof ZCrisisTeamMemberInput>;
export const ZCrisisTeamMemberRef = z.object({ orgId: ZId, memberId: ZId });
export const ZCrisisTeamMemberEnd = z.object({ until: ZDay }).strict();
export const ZCrisisTeamMeetingInput = z
  .object({
    heldOn: ZDay,
    attendeePersonIds: z.array(ZId).max(500).refine((ids) => new Set(ids).size === ids.length, 'each person once').default([]),
    minutes: ZText(20000).default(''),
  })
  .strict();
export type TCrisisTeamMeetingInput = z.infer<typeof ZCrisisTeamMeetingInput>;
export const ZCrisisTeamView = z.object({
  /** Today in the head office: what new members and meetings default to. */
  today: ZDay,
  team: z
    .object({
      id: ZId,
      name: z.string(),
      expectedEntities: z.array(z.string()),
      members: z.array(z.object({ id: ZId, personId: ZId, fullName: z.string(), role: z.string(), entity: z.string().nullable(), isChair: z.boolean(), senior: z.boolean(), since: ZDay, until: ZDay.nullable() })),
      meetings: z.array(z.object({ id: ZId, heldOn: ZDay, attendees: z.array(z.object({ personId: ZId, fullName: z.string() })), minutes: z.string() })),
    })
    .nullable(),
  allowedActions: z.object({ edit: z.boolean() }),
});
export type TCrisisTeamView = z.infer<typeof ZCrisisTeamView>;

// KPIs.
export const ZAsOfQuery = z.object({ asOf: ZDay.optional() }).strict();
export const ZKpiRef = z.object({ orgId: ZId, number: z.coerce.number().int().min(1).max(28) });
export const ZKpiRatingInput = z.object({ rating: z.enum(KPI_RATINGS), evidence: ZText(4000).nullable().default(null).transform((e) => (e === '' ? null : e)) }).strict();
export const ZKpiVerificationInput = z
  .object({ verdict: z.enum(['agree', 'disagree']), comment: ZText(4000).default(''), asOf: ZDay.optional() })
  .strict()
  .refine((v) => v.verdict === 'agree' || v.comment !== '', { path: ['comment'], message: 'Say why you disagree' });
const ZEvidence = z.object({ kind: z.string(), id: z.string(), label: z.string(), on: ZDay.optional() });
const ZKpiRatingView = z.object({ rating: z.enum(KPI_RATINGS), evidence: z.string().nullable(), ratedAt: z.string(), ratedByName: z.string(), catalogueVersion: z.string() });
const ZVerificationView = z.object({ verdict: z.enum(['agree', 'disagree']), comment: z.string(), shownRating: z.enum(KPI_RATINGS).nullable(), asOf: ZDay, verifiedAt: z.string(), verifiedByName: z.string() });
export const ZKpiRow = z.object({
  number: z.int(),
  key: z.string(),
  component: z.enum(KPI_COMPONENTS),
  derivable: z.boolean(),
  criteria: z.object({ fully: z.string(), partially: z.string(), not_completed: z.string() }),
  derived: z.object({ value: z.number().nullable(), unit: z.enum(['count', 'percent', 'months', 'of_total']), total: z.int().optional(), rating: z.enum(KPI_RATINGS), evidence: z.array(ZEvidence) }).nullable(),
  organizationRating: ZKpiRatingView.nullable(),
  ratingHistory: z.array(ZKpiRatingView),
  shown: z.object({ rating: z.enum(KPI_RATINGS).nullable(), basis: z.enum(['derived', 'manual', 'unrated']), verification: z.enum(['agree', 'disagree']).nullable(), downgraded: z.boolean() }),
  verification: ZVerificationView.nullable(),
  verificationHistory: z.array(ZVerificationView),
  /** The derived rating at each of the 12 month-ends up to the as-of day (null when no rule applies). */
  trend: z.array(z.object({ on: ZDay, rating: z.enum(KPI_RATINGS).nullable(), value: z.number().nullable() })),
});
export type TKpiRow = z.infer<typeof ZKpiRow>;
export const ZKpiReport = z.object({
  asOf: ZDay,
  catalogueVersion: z.string(),
  items: z.array(ZKpiRow),
  allowedActions: z.object({ rate: z.boolean(), verify: z.boolean() }),
});
export type TKpiReport = z.infer<typeof ZKpiReport>;

// Maturity.
export const ZMaturityRatingInput = z
  .object({ rater: z.enum(MATURITY_RATERS), level: z.enum(MATURITY_LEVELS), justification: ZName(4000), ratedOn: ZDay })
  .strict();
export type TMaturityRatingInput = z.infer<typeof ZMaturityRatingInput>;
const ZMaturityRatingView = z.object({ id: ZId, rater: z.enum(MATURITY_RATERS), level: z.enum(MATURITY_LEVELS), justification: z.string(), ratedOn: ZDay, recordedAt: z.string(), recordedByName: z.string() });
export const ZMaturityView = z.object({
  asOf: ZDay,
  raters: z.array(z.object({ rater: z.enum(MATURITY_RATERS), current: ZMaturityRatingView.nullable(), history: z.array(ZMaturityRatingView) })),
  /** How many levels apart the current ratings are (Figure VII). */
  spread: z.int(),
  suggestion: z.object({ level: z.enum(MATURITY_LEVELS), missing: z.array(z.object({ level: z.enum(MATURITY_LEVELS), key: z.string(), unknown: z.boolean() })) }),
  allowedActions: z.object({ rateAs: z.array(z.enum(MATURITY_RATERS)) }),
});
export type TMaturityView = z.infer<typeof ZMaturityView>;
