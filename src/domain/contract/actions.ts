import { z } from 'zod';
import { ACTION_SOURCES, ACTION_STATUSES } from '../mer/exercises.js';
import { ZId, ZName } from './common.js';

/** Remedial actions: what must change after an exercise, an incident review or an audit. */
export const ZActionStatus = z.enum(ACTION_STATUSES);

export const ZActionView = z.object({
  id: ZId,
  unitId: ZId,
  unitName: z.string(),
  source: z.object({ type: z.enum(ACTION_SOURCES), id: ZId, title: z.string() }),
  title: z.string(),
  description: z.string(),
  ownerPersonId: ZId,
  ownerName: z.string(),
  dueOn: z.iso.date(),
  status: ZActionStatus,
  overdue: z.boolean(),
  evidence: z.string().nullable(),
  /** What will prove it done (reviews say it when they record the change). */
  evidenceRequired: z.string(),
  changeTarget: z.enum(['plan', 'bia', 'policy', 'framework', 'other']).nullable(),
  closedAt: z.iso.datetime().nullable(),
  planId: ZId.nullable(),
  allowedActions: z.object({ edit: z.boolean(), close: z.boolean() }),
});
export type TActionView = z.infer<typeof ZActionView>;
export const ZActionList = z.object({ items: z.array(ZActionView) });
export const ZActionRef = z.object({ orgId: ZId, actionId: ZId });
export const ZActionListQuery = z.object({
  status: ZActionStatus.optional(),
  unitId: ZId.optional(),
  /** Only actions owned by the caller's person in the directory. */
  mine: z.stringbool().default(false),
  overdue: z.stringbool().default(false),
});
export type TActionListQuery = z.infer<typeof ZActionListQuery>;

export const ZActionUpdate = z
  .object({ status: z.enum(['open', 'in_progress']), dueOn: z.iso.date(), ownerPersonId: ZId, description: z.string().trim().max(5000) })
  .partial()
  .strict();
export type TActionUpdate = z.infer<typeof ZActionUpdate>;

/** An action closes only with the evidence that it was done. */
export const ZCloseActionRequest = z.object({ evidence: ZName(5000) }).strict();
