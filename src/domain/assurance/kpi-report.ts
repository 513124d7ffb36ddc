import type { TAssuranceFacts } from './facts.js';
import { KPI_CATALOGUE, type TKpiDefinition } from './kpi-catalogue.js';
import { shownKpiRating, type TKpiVerification, type TManualKpiRating, type TShownKpiRating } from './kpi-rating.js';
import { deriveKpis, type TKpiDerivation } from './kpi-rules.js';
import type { TMaturityRater } from './ratings.js';
import type { TOrgRole } from '../roles.js';

export interface TKpiAssessment {
  definition: TKpiDefinition;
  derived: TKpiDerivation | null;
  manual: TManualKpiRating | null;
  verification: TKpiVerification | null;
  shown: TShownKpiRating;
}

/**
 * The 28 KPIs as a reader sees them on one day: the data's figure where a rule applies, the
 * organization's own rating, the auditor's verdict, and the rating shown from the three.
 */
export function assessKpis(facts: TAssuranceFacts, manual: ReadonlyMap<number, TManualKpiRating>, verifications: ReadonlyMap<number, TKpiVerification>): TKpiAssessment[] {
  const derived = new Map(deriveKpis(facts).map((d) => [d.number, d]));
  return KPI_CATALOGUE.map((definition) => {
    const d = derived.get(definition.number) ?? null;
    const m = manual.get(definition.number) ?? null;
    const v = verifications.get(definition.number) ?? null;
    return { definition, derived: d, manual: m, verification: v, shown: shownKpiRating(d, m, v) };
  });
}

/**
 * Who may record a maturity rating as which rater: each rater is a role of its own, so internal
 * audit cannot speak for external audit or the organization for its oversight committee.
 */
export const MATURITY_RATER_ROLES: Record<TMaturityRater, readonly TOrgRole[]> = {
  self: ['bc_coordinator', 'executive'],
  internal_audit: ['internal_auditor'],
  external_audit: ['external_auditor'],
  oversight_committee: ['oversight_committee'],
};

/** Ratings by component, for the chart: how many KPIs of each component are shown at each rating. */
export function tallyByComponent(rows: readonly { component: string; rating: string | null }[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byRating = out.get(r.component) ?? new Map<string, number>();
    const key = r.rating ?? 'unrated';
    byRating.set(key, (byRating.get(key) ?? 0) + 1);
    out.set(r.component, byRating);
  }
  return out;
}
