import { z } from 'zod';
import { OBLIGATION_STATUSES } from '../mer/obligations.js';
import { OBLIGATION_KINDS } from '../mer/policy.js';
import { ZId } from './common.js';
import { ZObligationView } from './mer.js';

/** The compliance dashboard (issue 4, must-have 8): roll-ups, overdue list with owners, 12-month trend. */

export const ZMerDashboardQuery = z.object({
  /** The day to judge as of, in each unit's own calendar; today when absent. */
  asOf: z.iso.date().optional(),
  /** Only this unit and its subtree. */
  unitId: ZId.optional(),
});
export type TMerDashboardQuery = z.infer<typeof ZMerDashboardQuery>;

const ZStatusCounts = z.object(Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, z.int()])) as Record<(typeof OBLIGATION_STATUSES)[number], z.ZodInt>);
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

export const ZRollUp = z.object({
  total: z.int(),
  counts: ZStatusCounts,
  /** Per obligation kind, the same counts (kinds with no obligation are absent). */
  byKind: z.partialRecord(z.enum(OBLIGATION_KINDS), ZStatusCounts),
  /** Share of obligations met (done or not yet due), 0–1; null when there is none. */
  compliantShare: z.number().min(0).max(1).nullable(),
});
export type TRollUp = z.infer<typeof ZRollUp>;

export const ZRegionRollUp = ZRollUp.extend({
  /** The regional office, or null for headquarters and the units not under any regional office. */
  unitId: ZId.nullable(),
  unitName: z.string().nullable(),
  group: z.enum(['regional_office', 'headquarters']),
});

export const ZOverdueItem = z.object({
  subject: ZObligationView.shape.subject,
  unitId: ZId,
  unitName: z.string(),
  kind: z.enum(OBLIGATION_KINDS),
  dueOn: z.iso.date(),
  daysLate: z.int(),
  explanation: z.string(),
  /** Plan owners, else focal points, nearest up the tree from the unit. */
  owners: z.array(z.object({ name: z.string(), email: z.string() })),
});
export type TOverdueItem = z.infer<typeof ZOverdueItem>;

export const ZTrendPoint = z.object({ on: z.iso.date(), total: z.int(), compliant: z.int(), compliantShare: z.number().min(0).max(1).nullable() });
export type TTrendPoint = z.infer<typeof ZTrendPoint>;

export const ZMerDashboard = z.object({
  asOf: z.iso.date(),
  organization: ZRollUp,
  regions: z.array(ZRegionRollUp),
  overdue: z.array(ZOverdueItem),
  /** The share compliant at each of the last 12 month-ends, each judged as of that day. */
  trend: z.array(ZTrendPoint),
});
export type TMerDashboard = z.infer<typeof ZMerDashboard>;
