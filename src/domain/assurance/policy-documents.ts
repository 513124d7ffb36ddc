import { addMonths, type TIsoDate } from '../mer/calendar.js';
import type { TMerPolicy } from '../mer/policy.js';

/** What a policy document is (Annex II lists policies, guidance and procedures side by side). */
export const POLICY_DOCUMENT_KINDS = ['policy', 'guidance', 'procedure', 'terms_of_reference', 'other'] as const;
export type TPolicyDocumentKind = (typeof POLICY_DOCUMENT_KINDS)[number];

/**
 * When a policy document is due for review. The ME&R policy has no period of its own for the
 * framework, so the framework follows the annual approval cycle of plans (para 59–65: approved and
 * signed off annually): a document is reviewed one approval period after it was last updated, or
 * adopted if never updated. Not adopted yet: nothing is due.
 */
export function policyReviewDue(doc: { adoptedOn: TIsoDate | null; lastUpdatedOn: TIsoDate | null }, policy: TMerPolicy, today: TIsoDate): { dueOn: TIsoDate | null; overdue: boolean } {
  const from = doc.lastUpdatedOn ?? doc.adoptedOn;
  if (from === null) return { dueOn: null, overdue: false };
  const dueOn = addMonths(from, policy.periodMonths.plan_approval);
  return { dueOn, overdue: today > dueOn };
}

/** The current entry of an append-only history: the latest by when it was recorded. */
export function latestOf<T extends { at: string }>(entries: readonly T[]): T | null {
  return entries.reduce<T | null>((latest, e) => (latest === null || e.at >= latest.at ? e : latest), null);
}
