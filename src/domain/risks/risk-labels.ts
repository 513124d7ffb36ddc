import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS, type TRiskCategory, type TRiskStatus, type TRiskTreatment } from './risk-categories.js';

/** English labels: files may name categories, treatments and statuses by key or by these words. */
export const CATEGORY_LABELS: Record<TRiskCategory, string> = {
  security: 'Security',
  medical: 'Medical',
  ict_disaster_recovery: 'ICT disaster recovery',
  business_continuity: 'Business continuity',
  natural_hazard: 'Natural hazard',
  operational: 'Operational',
  strategic: 'Strategic',
  financial: 'Financial',
  reputational: 'Reputational',
  legal_compliance: 'Legal and compliance',
};

export const TREATMENT_LABELS: Record<TRiskTreatment, string> = { avoid: 'Avoid', reduce: 'Reduce', transfer: 'Transfer', accept: 'Accept' };
export const STATUS_LABELS: Record<TRiskStatus, string> = { open: 'Open', closed: 'Closed' };

const squash = (text: string) => text.trim().toLowerCase().replace(/[\s_\-/&]+/g, ' ').replace(/\band\b/g, '').replace(/\s+/g, ' ').trim();

function matcher<K extends string>(keys: readonly K[], labels: Record<K, string>) {
  const byText = new Map<string, K>();
  for (const key of keys) {
    byText.set(squash(key), key);
    byText.set(squash(labels[key]), key);
  }
  return (text: string): K | null => byText.get(squash(text)) ?? null;
}

/** "ict_disaster_recovery", "ICT Disaster Recovery", "ict-disaster-recovery" all name the same category. */
export const categoryFromText = matcher(RISK_CATEGORIES, CATEGORY_LABELS);
export const treatmentFromText = matcher(RISK_TREATMENTS, TREATMENT_LABELS);
export const statusFromText = matcher(RISK_STATUSES, STATUS_LABELS);
