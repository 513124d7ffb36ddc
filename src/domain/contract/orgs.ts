import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { INSTALLATION_ROLES, ORG_ROLES } from '../roles.js';
import { BCM_ARRANGEMENTS, UNIT_KINDS } from '../units.js';
import { ZId, ZName } from './common.js';

export const ZLanguage = z.enum(LANGUAGES);
export const ZOrgRole = z.enum(ORG_ROLES);
export const ZUnitKind = z.enum(UNIT_KINDS);

export const ZBcmArrangement = z.object({
  kind: z.enum(BCM_ARRANGEMENTS),
  reportingLine: z.string().trim().max(300),
  /** Share of the coordinator's time spent on BCM (Annex IV). */
  percentTime: z.int().min(0).max(100),
});
export type TBcmArrangement = z.infer<typeof ZBcmArrangement>;

export const ZOrgView = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  bcmArrangement: ZBcmArrangement.nullable(),
  allowedActions: z.object({ manageStructure: z.boolean(), createPlan: z.boolean(), editProfile: z.boolean() }),
});
export type TOrgView = z.infer<typeof ZOrgView>;

export const ZUpdateOrgRequest = z
  .object({ name: ZName().optional(), bcmArrangement: ZBcmArrangement.nullable().optional() })
  .strict();
export type TUpdateOrgRequest = z.infer<typeof ZUpdateOrgRequest>;

export const ZUnitView = z.object({
  id: ZId,
  orgId: ZId,
  parentId: ZId.nullable(),
  kind: ZUnitKind,
  name: z.string(),
  code: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  timeZone: z.string(),
});
export type TUnitView = z.infer<typeof ZUnitView>;

const ZTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'Unknown IANA time zone');

const unitFields = {
  kind: ZUnitKind,
  name: ZName(),
  code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9._-]+$/),
  country: z.string().trim().length(2).toUpperCase().nullable(),
  city: z.string().trim().max(120).nullable(),
  timeZone: ZTimeZone,
};

export const ZCreateUnitRequest = z.object({
  parentId: ZId,
  ...unitFields,
  country: unitFields.country.default(null),
  city: unitFields.city.default(null),
});
export type TCreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;

export const ZPersonView = z.object({
  id: ZId,
  orgId: ZId,
  unitId: ZId,
  fullName: z.string(),
  jobTitle: z.string(),
  email: z.string(),
  mobilePhone: z.string().nullable(),
  preferredLanguage: ZLanguage,
  alternateIds: z.array(ZId),
  supervisorId: ZId.nullable(),
});
export type TPersonView = z.infer<typeof ZPersonView>;

const personFields = {
  unitId: ZId,
  fullName: ZName(),
  jobTitle: z.string().trim().max(200),
  email: z.email().max(320),
  /** E.164, so SMS providers accept it as is. */
  mobilePhone: z.string().regex(/^\+[1-9]\d{6,14}$/).nullable(),
  preferredLanguage: ZLanguage,
  alternateIds: z.array(ZId).max(5),
  /** Whom this person's overdue obligations escalate to. */
  supervisorId: ZId.nullable(),
};

export const ZCreatePersonRequest = z.object({
  ...personFields,
  jobTitle: personFields.jobTitle.default(''),
  mobilePhone: personFields.mobilePhone.default(null),
  preferredLanguage: personFields.preferredLanguage.default('en'),
  alternateIds: personFields.alternateIds.default([]),
  supervisorId: personFields.supervisorId.default(null),
});
export type TCreatePersonRequest = z.infer<typeof ZCreatePersonRequest>;

export const ZMembershipView = z.object({
  orgId: ZId,
  orgName: z.string(),
  role: ZOrgRole,
  unitId: ZId,
  unitName: z.string(),
});

export const ZMeView = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    personId: ZId.nullable(),
    installationRole: z.enum(INSTALLATION_ROLES).nullable(),
  }),
  memberships: z.array(ZMembershipView),
});
export type TMeView = z.infer<typeof ZMeView>;

/** Rename, re-code, relocate or move a unit under another parent (never beneath itself). */
export const ZUpdateUnitRequest = z.object({ parentId: ZId, ...unitFields }).partial().strict();
export type TUpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;
export const ZUnitRef = z.object({ orgId: ZId, unitId: ZId });

/** Keep contact details current: plans are only as good as the numbers in them. */
export const ZUpdatePersonRequest = z.object(personFields).partial().strict();
export type TUpdatePersonRequest = z.infer<typeof ZUpdatePersonRequest>;
export const ZPersonRef = z.object({ orgId: ZId, personId: ZId });
