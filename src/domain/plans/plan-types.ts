/** The seven plans of the ORMS suite (BRIEF module 5). */
export const PLAN_TYPES = [
  'security',
  'crisis_management',
  'business_continuity',
  'ict_disaster_recovery',
  'crisis_communications',
  'mass_casualty_response',
  'staff_support',
] as const;
export type TPlanType = (typeof PLAN_TYPES)[number];
