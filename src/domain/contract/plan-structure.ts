import { z } from 'zod';
import { ARRANGEMENT_KINDS, CONSULTED_FUNCTIONS, RECOVERY_PHASES, SCENARIOS } from '../plans/plan-structure.js';
import { PLAN_STATES } from '../plans/plan-state.js';
import { ZId, ZName } from './common.js';
import { ZLanguage } from './orgs.js';

/**
 * The structured parts of a plan, beside its Markdown sections: what people follow in a
 * crisis (roles, call tree, steps, contacts) and what shows the plan rests on analysis (the
 * BIA's critical functions, the risks it answers, who was consulted). Versioned with the plan.
 */

const ZText = (max: number) => z.string().trim().max(max);
const ZPhone = z.string().trim().regex(/^\+[1-9][0-9 ]{6,20}$/, 'international format, e.g. +41 22 917 1234');

export const ZCriticalFunction = z.object({ serviceId: ZId, note: ZText(1000).default('') });

export const ZPlanRole = z.object({
  /** Chosen by the client, stable across versions, so steps and the call tree can point at it. */
  id: ZId,
  title: ZName(120),
  responsibilities: ZText(2000).default(''),
  primaryPersonId: ZId.nullable().default(null),
  alternatePersonIds: z.array(ZId).max(5).default([]),
  /** The role that calls this one when the plan is activated; null for the first caller. */
  calledByRoleId: ZId.nullable().default(null),
});
export type TPlanRole = z.infer<typeof ZPlanRole>;

/** One recovery step: who does what, when, where and how. */
export const ZRecoveryStep = z.object({
  id: ZId,
  phase: z.enum(RECOVERY_PHASES),
  who: ZId,
  does: ZName(300),
  what: ZText(1000).default(''),
  when: ZText(200).default(''),
  where: ZText(300).default(''),
  how: ZText(1000).default(''),
});
export type TRecoveryStep = z.infer<typeof ZRecoveryStep>;

export const ZPlanResource = z.object({ name: ZName(200), quantity: ZText(60).default(''), location: ZText(300).default(''), notes: ZText(1000).default('') });

export const ZExternalContact = z.object({
  name: ZName(200),
  organization: ZText(200).default(''),
  purpose: ZText(300).default(''),
  phone: ZPhone.nullable().default(null),
  email: z.email().max(320).nullable().default(null),
  /** When someone last confirmed the details; contacts older than six months are flagged. */
  verifiedOn: z.iso.date().nullable().default(null),
});

export const ZWorkingArrangement = z.object({
  kind: z.enum(ARRANGEMENT_KINDS),
  description: ZName(2000),
  location: ZText(300).default(''),
  capacity: z.int().min(0).max(1_000_000).nullable().default(null),
});

export const ZScenarioCoverage = z.object({ scenario: z.enum(SCENARIOS), covered: z.boolean(), notes: ZText(1000).default('') });

export const ZConsultation = z.object({
  function: z.enum(CONSULTED_FUNCTIONS),
  consultedOn: z.iso.date(),
  withWhom: ZName(200),
  notes: ZText(1000).default(''),
});

/** An ICT recovery plan's commitment per system: the BIA's required recovery is checked against it. */
export const ZIctRecovery = z.object({ dependencyId: ZId, recoveryMinutes: z.int().min(1).max(10 * 366 * 24 * 60) });

export const ZPlanStructure = z.object({
  criticalFunctions: z.array(ZCriticalFunction).max(100).default([]),
  roles: z.array(ZPlanRole).max(50).default([]),
  activationCriteria: z.array(ZName(500)).max(30).default([]),
  recoverySteps: z.array(ZRecoveryStep).max(200).default([]),
  resources: z.array(ZPlanResource).max(100).default([]),
  externalContacts: z.array(ZExternalContact).max(100).default([]),
  workingArrangements: z.array(ZWorkingArrangement).max(20).default([]),
  scenarios: z.array(ZScenarioCoverage).max(SCENARIOS.length).default([]),
  consultations: z.array(ZConsultation).max(50).default([]),
  riskIds: z.array(ZId).max(200).default([]),
  ictRecoveries: z.array(ZIctRecovery).max(200).default([]),
});
export type TPlanStructure = z.infer<typeof ZPlanStructure>;
/** An edit of the structure: each part given replaces that part whole; parts left out stay (no defaults here). */
const shape = ZPlanStructure.shape;
export const ZPlanStructurePatch = z
  .object({
    criticalFunctions: shape.criticalFunctions.unwrap().optional(),
    roles: shape.roles.unwrap().optional(),
    activationCriteria: shape.activationCriteria.unwrap().optional(),
    recoverySteps: shape.recoverySteps.unwrap().optional(),
    resources: shape.resources.unwrap().optional(),
    externalContacts: shape.externalContacts.unwrap().optional(),
    workingArrangements: shape.workingArrangements.unwrap().optional(),
    scenarios: shape.scenarios.unwrap().optional(),
    consultations: shape.consultations.unwrap().optional(),
    riskIds: shape.riskIds.unwrap().optional(),
    ictRecoveries: shape.ictRecoveries.unwrap().optional(),
  })
  .strict();
export const PLAN_STRUCTURE_KEYS = Object.keys(ZPlanStructure.shape) as (keyof TPlanStructure)[] as [keyof TPlanStructure, ...(keyof TPlanStructure)[]];
export type TPlanStructureKey = keyof TPlanStructure;

/** Stored structure as the current schema reads it: parts added since it was written get their defaults. */
export function readStructure(stored: unknown): TPlanStructure {
  const parsed = ZPlanStructure.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ZPlanStructure.parse({});
}

const ZCardPerson = z.object({ id: ZId, fullName: z.string(), jobTitle: z.string(), email: z.string(), mobilePhone: z.string().nullable() });
const ZCardStep = ZRecoveryStep.omit({ who: true });

/** One role's action card: who holds it, the call tree around it, and its steps of the first hour, day and week. */
export const ZActionCard = z.object({
  roleId: ZId,
  title: z.string(),
  responsibilities: z.string(),
  primary: ZCardPerson.nullable(),
  alternates: z.array(ZCardPerson),
  calledBy: z.object({ roleId: ZId, title: z.string(), primary: ZCardPerson.nullable() }).nullable(),
  calls: z.array(z.object({ roleId: ZId, title: z.string(), primary: ZCardPerson.nullable() })),
  steps: z.object({ first_hour: z.array(ZCardStep), first_day: z.array(ZCardStep), first_week: z.array(ZCardStep) }),
  keyContacts: z.array(ZExternalContact),
});
export type TActionCard = z.infer<typeof ZActionCard>;
export const ZActionCards = z.object({
  planId: ZId,
  title: z.string(),
  language: ZLanguage,
  unitName: z.string(),
  versionNumber: z.int(),
  state: z.enum(PLAN_STATES),
  activationCriteria: z.array(z.string()),
  cards: z.array(ZActionCard),
});
export type TActionCards = z.infer<typeof ZActionCards>;
export const ZCardsQuery = z.object({ role: ZId.optional() });
