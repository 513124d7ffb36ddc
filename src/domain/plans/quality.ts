import type { TPlanStructure } from '../contract/plan-structure.js';
import { CONSULTED_FUNCTIONS, type TConsultedFunction, type TScenario } from './plan-structure.js';
import { incompleteSections, type TPlanSections } from './plan-template.js';
import type { TPlanType } from './plan-types.js';
import { callTreeOrder } from './structure-rules.js';

/**
 * Quality checks of a plan (ISO 22301 8.4; the review's findings, para 49–57): computed on
 * read, shown to the author before submitting and to the reviewer beside their judgement.
 * Only empty sections block submission; everything else informs.
 */

/** Readability: a plan people can use in a crisis. Beyond these it is a manual, not a plan. */
export const READABILITY = { maxWords: 6_000, maxSteps: 60, maxFirstHourStepsPerRole: 12 } as const;
/** People and contacts not confirmed within this many months are flagged. */
export const CURRENCY_MONTHS = 6;
/** Functions every plan should be written with, besides medical and counselling (checked apart). */
export const REQUIRED_CONSULTATIONS: readonly TConsultedFunction[] = ['security', 'human_resources', 'ict'];
export const REQUIRED_SCENARIOS: readonly TScenario[] = ['protracted_disruption', 'global_disruption'];

export const QUALITY_CODES = [
  'sections_complete',
  'critical_functions_linked',
  'rto_within_mtpd',
  'risks_linked',
  'roles_staffed',
  'people_current',
  'contacts_current',
  'medical_counselling_consulted',
  'consultation_coverage',
  'plan_length',
  'step_count',
  'scenario_coverage',
  'activation_criteria',
  'call_tree',
  'ict_recovery_meets_rto',
  'crisis_management_plan',
] as const;
export type TQualityCode = (typeof QUALITY_CODES)[number];
export type TQualityStatus = 'pass' | 'warn' | 'fail';
export type TQualityParams = Record<string, number | string | string[]>;
export interface TQualityCheck {
  code: TQualityCode;
  status: TQualityStatus;
  params: TQualityParams;
}

/** The BIA's view of a service the plan links: null objectives when not yet set. */
export interface TServiceFacts {
  id: string;
  name: string;
  rtoMinutes: number | null;
  /** Effective MTPD: the override when there is one, else the derived value. */
  mtpdMinutes: number | null;
}

export interface TQualityInput {
  type: TPlanType;
  sections: TPlanSections;
  structure: TPlanStructure;
  /** Services of the BIA the plan links (absent: deleted from the BIA since). */
  services: readonly TServiceFacts[];
  /** People the plan names, with when their directory entry last changed. */
  people: readonly { id: string; fullName: string; updatedAt: Date }[];
  /** The unit's other plans, as far as the checks need them. */
  unit: {
    /** ICT systems the unit's services depend on, with the tightest RTO among those services. */
    ictSystems: readonly { id: string; name: string; requiredMinutes: number }[];
    /** Recovery times committed by the unit's ICT disaster recovery plan(s); null when it has none. */
    ictRecoveries: readonly { dependencyId: string; recoveryMinutes: number }[] | null;
    hasCrisisManagementPlan: boolean;
  };
  today: Date;
}

const check = (code: TQualityCode, status: TQualityStatus, params: TQualityParams = {}): TQualityCheck => ({ code, status, params });

export function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

const countWords = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words of the sections and steps; CJK text has no spaces, so each ideograph counts as a word. */
export function planWords(sections: TPlanSections, structure: TPlanStructure): number {
  const texts = [...Object.values(sections), ...structure.recoverySteps.flatMap((s) => [s.does, s.what, s.when, s.where, s.how])];
  return texts.reduce((n, text) => {
    const ideographs = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    return n + ideographs + countWords(text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' '));
  }, 0);
}

export function planQuality(input: TQualityInput): TQualityCheck[] {
  const { structure: s } = input;
  const cutoff = monthsBefore(input.today, CURRENCY_MONTHS);
  const roleTitle = new Map(s.roles.map((r) => [r.id, r.title]));
  const missingSections = incompleteSections(input.sections);
  const known = new Map(input.services.map((x) => [x.id, x]));
  const linked = s.criticalFunctions.map((c) => known.get(c.serviceId)).filter((x): x is TServiceFacts => x !== undefined);
  const unlinked = s.criticalFunctions.length - linked.length;
  const over = linked.filter((x) => x.rtoMinutes !== null && x.mtpdMinutes !== null && x.rtoMinutes > x.mtpdMinutes);
  const noObjectives = linked.filter((x) => x.rtoMinutes === null || x.mtpdMinutes === null);
  const understaffed = s.roles.filter((r) => r.primaryPersonId === null || r.alternatePersonIds.length === 0);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const named = [...new Set(s.roles.flatMap((r) => [r.primaryPersonId, ...r.alternatePersonIds]).filter((id): id is string => id !== null))];
  const stalePeople = named.map((id) => people.get(id)).filter((p) => p !== undefined && p.updatedAt < cutoff).map((p) => p!.fullName);
  const cutoffDate = cutoff.toISOString().slice(0, 10);
  const staleContacts = s.externalContacts.filter((c) => c.verifiedOn === null || c.verifiedOn < cutoffDate).map((c) => c.name);
  const consulted = new Set(s.consultations.map((c) => c.function));
  const notConsulted = REQUIRED_CONSULTATIONS.filter((f) => !consulted.has(f));
  const words = planWords(input.sections, s);
  const firstHour = new Map<string, number>();
  for (const step of s.recoverySteps) if (step.phase === 'first_hour') firstHour.set(step.who, (firstHour.get(step.who) ?? 0) + 1);
  const overloaded = [...firstHour].filter(([, n]) => n > READABILITY.maxFirstHourStepsPerRole).map(([id]) => roleTitle.get(id) ?? id);
  const covered = new Set(s.scenarios.filter((x) => x.covered).map((x) => x.scenario));
  const uncovered = REQUIRED_SCENARIOS.filter((x) => !covered.has(x));
  const tree = callTreeOrder(s.roles);
  const unreached = s.roles.filter((r) => !tree.reached.includes(r.id)).map((r) => r.title);

  return [
    check('sections_complete', missingSections.length === 0 ? 'pass' : 'fail', { missing: missingSections }),
    s.criticalFunctions.length === 0
      ? check('critical_functions_linked', 'warn', { linked: 0, unlinked: 0 })
      : check('critical_functions_linked', unlinked > 0 ? 'fail' : 'pass', { linked: linked.length, unlinked }),
    over.length > 0
      ? check('rto_within_mtpd', 'fail', { services: over.map((x) => x.name) })
      : check('rto_within_mtpd', linked.length === 0 || noObjectives.length > 0 ? 'warn' : 'pass', { services: noObjectives.map((x) => x.name), checked: linked.length - noObjectives.length }),
    check('risks_linked', s.riskIds.length > 0 ? 'pass' : 'warn', { count: s.riskIds.length }),
    s.roles.length === 0 ? check('roles_staffed', 'fail', { roles: [] }) : check('roles_staffed', understaffed.length === 0 ? 'pass' : 'warn', { roles: understaffed.map((r) => r.title) }),
    check('people_current', stalePeople.length === 0 ? 'pass' : 'warn', { names: stalePeople, months: CURRENCY_MONTHS }),
    check('contacts_current', staleContacts.length === 0 ? 'pass' : 'warn', { names: staleContacts, months: CURRENCY_MONTHS }),
    check('medical_counselling_consulted', consulted.has('medical_counselling') ? 'pass' : 'fail'),
    check('consultation_coverage', notConsulted.length === 0 ? 'pass' : 'warn', { missing: notConsulted, consulted: CONSULTED_FUNCTIONS.filter((f) => consulted.has(f)) }),
    check('plan_length', words <= READABILITY.maxWords ? 'pass' : 'warn', { words, max: READABILITY.maxWords }),
    check('step_count', s.recoverySteps.length <= READABILITY.maxSteps && overloaded.length === 0 ? 'pass' : 'warn', {
      steps: s.recoverySteps.length,
      max: READABILITY.maxSteps,
      maxFirstHourPerRole: READABILITY.maxFirstHourStepsPerRole,
      overloadedRoles: overloaded,
    }),
    check('scenario_coverage', uncovered.length === 0 ? 'pass' : 'warn', { missing: uncovered, covered: covered.size }),
    check('activation_criteria', s.activationCriteria.length > 0 ? 'pass' : 'warn', { count: s.activationCriteria.length }),
    s.roles.length === 0 ? check('call_tree', 'warn', { unreached: [] }) : check('call_tree', unreached.length === 0 ? 'pass' : 'warn', { unreached }),
    ictCheck(input),
    check('crisis_management_plan', input.unit.hasCrisisManagementPlan ? 'pass' : 'warn'),
  ];
}

/** Each ICT system the unit's services need must come back within the tightest RTO among them (required recovery flows down). */
function ictCheck({ unit }: TQualityInput): TQualityCheck {
  if (unit.ictSystems.length === 0) return check('ict_recovery_meets_rto', 'pass', { systems: 0 });
  if (unit.ictRecoveries === null) return check('ict_recovery_meets_rto', 'warn', { systems: unit.ictSystems.length, noPlan: 'true', late: [], missing: unit.ictSystems.map((x) => x.name) });
  const planned = new Map<string, number>();
  for (const r of unit.ictRecoveries) planned.set(r.dependencyId, Math.min(planned.get(r.dependencyId) ?? Infinity, r.recoveryMinutes));
  const late = unit.ictSystems.filter((x) => planned.has(x.id) && planned.get(x.id)! > x.requiredMinutes).map((x) => x.name);
  const missing = unit.ictSystems.filter((x) => !planned.has(x.id)).map((x) => x.name);
  return check('ict_recovery_meets_rto', late.length > 0 ? 'fail' : missing.length > 0 ? 'warn' : 'pass', { systems: unit.ictSystems.length, late, missing });
}
