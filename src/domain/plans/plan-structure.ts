/** Vocabularies of a plan's structured parts (BRIEF module 5; ISO 22301 8.4.4). */

/** When a step happens; an action card shows the first three, one page per role. */
export const RECOVERY_PHASES = ['first_hour', 'first_day', 'first_week', 'later'] as const;
export type TRecoveryPhase = (typeof RECOVERY_PHASES)[number];

/** Functions a plan should be written with; the review found medical and counselling input often missing (para 49–57). */
export const CONSULTED_FUNCTIONS = [
  'security',
  'human_resources',
  'ict',
  'finance',
  'procurement',
  'medical_counselling',
  'legal',
  'communications',
  'facilities',
] as const;
export type TConsultedFunction = (typeof CONSULTED_FUNCTIONS)[number];

/** Scenarios a plan suite should cover, including the long-lasting and global ones the pandemic showed. */
export const SCENARIOS = [
  'loss_of_premises',
  'loss_of_ict',
  'loss_of_staff',
  'loss_of_supplier',
  'security_incident',
  'natural_hazard',
  'pandemic',
  'protracted_disruption',
  'global_disruption',
] as const;
export type TScenario = (typeof SCENARIOS)[number];

export const ARRANGEMENT_KINDS = ['remote_work', 'alternate_site', 'work_transfer', 'reduced_service'] as const;
export type TArrangementKind = (typeof ARRANGEMENT_KINDS)[number];
