/**
 * Risk categories of the register. The review asks that security, medical, ICT disaster
 * recovery and business continuity risks sit in one register that plans link to.
 */
export const RISK_CATEGORIES = [
  'security',
  'medical',
  'ict_disaster_recovery',
  'business_continuity',
  'natural_hazard',
  'operational',
  'strategic',
  'financial',
  'reputational',
  'legal_compliance',
] as const;
export type TRiskCategory = (typeof RISK_CATEGORIES)[number];

/** Categories whose risks can disrupt operations, and so must be answered by some plan. */
export const DISRUPTION_CATEGORIES: readonly TRiskCategory[] = ['security', 'medical', 'ict_disaster_recovery', 'business_continuity', 'natural_hazard', 'operational'];

export const RISK_TREATMENTS = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export type TRiskTreatment = (typeof RISK_TREATMENTS)[number];

export const RISK_STATUSES = ['open', 'closed'] as const;
export type TRiskStatus = (typeof RISK_STATUSES)[number];
