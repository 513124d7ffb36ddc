/** What a service depends on (ISO 22301 8.2.2 e; the review's BIA practice): people, systems, places, suppliers, records. */
export const DEPENDENCY_KINDS = ['key_role', 'ict_system', 'facility', 'supplier', 'vital_record'] as const;
export type TDependencyKind = (typeof DEPENDENCY_KINDS)[number];
