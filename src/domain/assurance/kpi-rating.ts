import type { TKpiDerivation } from './kpi-rules.js';
import type { TKpiRating } from './ratings.js';

export interface TManualKpiRating {
  rating: TKpiRating;
  /** Where the evidence is: a policy clause, a document, minutes. */
  evidence: string | null;
}

export interface TKpiVerification {
  verdict: 'agree' | 'disagree';
  comment: string;
}

export interface TShownKpiRating {
  rating: TKpiRating | null;
  basis: 'derived' | 'manual' | 'unrated';
  /** The internal auditor's verdict on what is shown, when there is one. */
  verification: TKpiVerification['verdict'] | null;
  /** A manual "fully" with neither evidence nor an agreeing auditor is shown as partially: the review's point (para 97). */
  downgraded: boolean;
}

/**
 * The rating a reader sees: the data's where a rule applies (the organization's own rating is
 * kept beside it, not over it); otherwise the organization's, never "fully" unless it names the
 * evidence or an internal auditor agreed.
 */
export function shownKpiRating(derived: TKpiDerivation | null, manual: TManualKpiRating | null, verification: TKpiVerification | null): TShownKpiRating {
  const verdict = verification?.verdict ?? null;
  if (derived) return { rating: derived.rating, basis: 'derived', verification: verdict, downgraded: false };
  if (!manual) return { rating: null, basis: 'unrated', verification: verdict, downgraded: false };
  const substantiated = (manual.evidence?.trim() ?? '') !== '' || verdict === 'agree';
  const downgraded = manual.rating === 'fully' && !substantiated;
  return { rating: downgraded ? 'partially' : manual.rating, basis: 'manual', verification: verdict, downgraded };
}
