import type { TScenario } from '../plans/plan-structure.js';
import type { TEventType } from '../response/events.js';

/** The disruptive events a plan prepares for, read from the scenarios it covers. */
const BY_SCENARIO: Record<TScenario, readonly TEventType[]> = {
  loss_of_premises: ['natural_disaster', 'accident', 'security_attack', 'utility_failure'],
  loss_of_ict: ['ict_outage', 'cyber_incident', 'utility_failure'],
  loss_of_staff: ['public_health_emergency'],
  loss_of_supplier: ['utility_failure'],
  security_incident: ['security_attack', 'civil_unrest', 'regional_conflict', 'political_crisis'],
  natural_hazard: ['natural_disaster'],
  pandemic: ['public_health_emergency'],
  protracted_disruption: ['regional_conflict', 'political_crisis', 'public_health_emergency'],
  global_disruption: ['public_health_emergency'],
};

/** …and from the categories of the risks it links. */
const BY_RISK_CATEGORY: Partial<Record<string, readonly TEventType[]>> = {
  security: ['security_attack', 'civil_unrest', 'regional_conflict', 'political_crisis'],
  medical: ['public_health_emergency'],
  ict_disaster_recovery: ['ict_outage', 'cyber_incident'],
  natural_hazard: ['natural_disaster'],
  operational: ['accident', 'utility_failure'],
};

export function lessonEventTypes(coveredScenarios: readonly string[], riskCategories: readonly string[]): TEventType[] {
  const out = new Set<TEventType>();
  for (const s of coveredScenarios) for (const t of BY_SCENARIO[s as TScenario] ?? []) out.add(t);
  for (const c of riskCategories) for (const t of BY_RISK_CATEGORY[c] ?? []) out.add(t);
  return [...out].sort();
}
