/**
 * Where a unit stands in a BIA campaign: nothing entered yet, services being entered,
 * submitted for approval, or approved. A unit that is neither submitted nor approved after
 * the due date is overdue while the campaign is open.
 */
export const CAMPAIGN_UNIT_STATUSES = ['not_started', 'in_progress', 'submitted', 'approved'] as const;
export type TCampaignUnitStatus = (typeof CAMPAIGN_UNIT_STATUSES)[number];

export function campaignUnitStatus(biaState: 'draft' | 'submitted' | 'approved' | null, servicesCount: number): TCampaignUnitStatus {
  if (biaState === 'approved') return 'approved';
  if (biaState === 'submitted') return 'submitted';
  return servicesCount > 0 ? 'in_progress' : 'not_started';
}

/** `today` and `dueDate` are calendar dates (YYYY-MM-DD): due on the day means not yet overdue. */
export function isOverdue(status: TCampaignUnitStatus, dueDate: string, today: string, campaignOpen: boolean): boolean {
  return campaignOpen && today > dueDate && (status === 'not_started' || status === 'in_progress');
}

/** Totals of recorded effort, one per currency (costs in different currencies are not added up). */
export function effortTotals(entries: readonly { hours: number; externalCost: number; currency: string }[]) {
  // Added up in hundredths as integers, so 0.1 + 0.2 stays 0.3.
  let hundredthsOfHours = 0;
  const cents = new Map<string, number>();
  for (const e of entries) {
    hundredthsOfHours += Math.round(e.hours * 100);
    cents.set(e.currency, (cents.get(e.currency) ?? 0) + Math.round(e.externalCost * 100));
  }
  return {
    hours: hundredthsOfHours / 100,
    costs: [...cents].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount: amount / 100 })),
  };
}
