/**
 * The review's scales (JIU/REP/2021/6, Annex XI and Figure I). We keep them for comparability
 * with what organizations already report, and add what the review found missing: an explicit
 * criterion per rating, the evidence behind it and independent verification.
 */
export const KPI_RATINGS = ['fully', 'partially', 'not_completed', 'not_applicable'] as const;
export type TKpiRating = (typeof KPI_RATINGS)[number];

export const CORE_ELEMENT_RATINGS = ['fully', 'partially', 'not_reflected'] as const;
export type TCoreElementRating = (typeof CORE_ELEMENT_RATINGS)[number];

/** Who rates maturity: the review found these four rarely agree (Figure VII), so each keeps its own rating. */
export const MATURITY_RATERS = ['self', 'internal_audit', 'external_audit', 'oversight_committee'] as const;
export type TMaturityRater = (typeof MATURITY_RATERS)[number];

/** A record that supports a derived value, named so a reader can open it. */
export interface TEvidence {
  kind: 'policy_document' | 'person' | 'cmt' | 'cmt_member' | 'cmt_meeting' | 'course' | 'training_session' | 'mer_policy' | 'obligation' | 'risk' | 'plan';
  id: string;
  label: string;
  /** The day the record speaks for (adopted, held, assessed, approved…), yyyy-mm-dd. */
  on?: string;
}
