import type { TObligationKind } from './policy.js';

/**
 * Where in ORMS an obligation is met: a plan's own page, or the training page where
 * awareness activities and training sessions are recorded. Shared by the UI, the e-mails
 * and the calendar feed so every link lands in the same place.
 */
export function obligationPath(orgId: string, o: { subject: { type: 'plan' | 'unit'; id: string }; kind: TObligationKind }): string {
  return o.subject.type === 'plan' ? `/orgs/${orgId}/plans/${o.subject.id}` : `/orgs/${orgId}/training`;
}
