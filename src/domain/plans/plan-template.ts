/**
 * The standard plan template: its sections are what the review says every plan contains
 * (JIU/REP/2021/6, Figure V). Section keys are stable identifiers; titles and guidance are
 * translated in the UI under `plans.sections.<key>`.
 */
export const PLAN_SECTION_KEYS = [
  'delegation_of_authority',
  'roles_and_responsibilities',
  'external_links',
  'resource_requirements',
  'incident_identification',
  'critical_functions',
  'activation_and_deactivation',
  'post_incident_review',
] as const;
export type TPlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];

export type TPlanSections = Record<TPlanSectionKey, string>;

export function emptySections(): TPlanSections {
  return Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, ''])) as TPlanSections;
}

/** Sections still empty (whitespace only counts as empty): shown to author and reviewer before submission. */
export function incompleteSections(sections: TPlanSections): TPlanSectionKey[] {
  return PLAN_SECTION_KEYS.filter((k) => sections[k].trim().length === 0);
}
