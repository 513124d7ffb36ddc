/** The 11 core elements of a BCM policy framework (review, Figure I): 1–8 programmatic, 9–11 about plans. */
export const CORE_ELEMENTS = [
  { number: 1, key: 'approach_and_scope', group: 'programmatic' },
  { number: 2, key: 'un_standards_alignment', group: 'programmatic' },
  { number: 3, key: 'governance_structure', group: 'programmatic' },
  { number: 4, key: 'roles_and_reporting_lines', group: 'programmatic' },
  { number: 5, key: 'integration_with_other_processes', group: 'programmatic' },
  { number: 6, key: 'periodic_policy_review', group: 'programmatic' },
  { number: 7, key: 'lessons_learned_mechanisms', group: 'programmatic' },
  { number: 8, key: 'training_and_awareness', group: 'programmatic' },
  { number: 9, key: 'plans_at_defined_levels', group: 'plans' },
  { number: 10, key: 'quality_assurance_of_unit_plans', group: 'plans' },
  { number: 11, key: 'mer_requirements', group: 'plans' },
] as const;
export type TCoreElementKey = (typeof CORE_ELEMENTS)[number]['key'];
