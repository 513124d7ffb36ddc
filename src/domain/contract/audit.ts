import { z } from 'zod';
import { ZId } from './common.js';

export const ZAuditEntryView = z.object({
  seq: z.int(),
  at: z.iso.datetime(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type TAuditEntryView = z.infer<typeof ZAuditEntryView>;

export const ZAuditQuery = z.object({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZAuditList = z.object({ items: z.array(ZAuditEntryView) });

export const ZTokenView = z.object({
  id: ZId,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export const ZCreateTokenRequest = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.int().min(1).max(3650).nullable().default(null),
});
export const ZCreatedToken = ZTokenView.extend({ token: z.string() });
