import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { Ctx, Services } from '../../context.js';
import { auditLog } from './audit.table.js';
import { auditHash, GENESIS_HASH, type TAuditRecord } from './audit.hash.js';

export interface TAuditChange {
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (dates as ISO strings) so the stored jsonb reads back exactly as hashed. */
const toJson = (v: unknown) => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends to the audit trail inside the caller's transaction. An advisory lock held to the
 * end of the transaction serializes appends so the chain has no forks.
 */
export async function recordAudit(
  tx: Db,
  who: { clock: Ctx['clock']; actorId: string | null; actorName: string },
  change: TAuditChange,
): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7368201)`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const record: TAuditRecord = {
    seq: (last?.seq ?? 0) + 1,
    orgId: change.orgId,
    at: who.clock.now(),
    actorId: who.actorId,
    actorName: who.actorName,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: toJson(change.before),
    after: toJson(change.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({ ...record, prevHash, hash: auditHash(prevHash, record) });
}

/** Audit as the signed-in actor, in the transaction `ctx.db` runs (see inTransaction). */
export function audit(ctx: Ctx, change: TAuditChange) {
  return recordAudit(ctx.db, { clock: ctx.clock, actorId: ctx.actor.userId, actorName: ctx.actor.name }, change);
}

/** Audit as the system (seed, CLI, scheduled jobs). */
export function auditAsSystem(tx: Db, services: Services, actorName: string, change: TAuditChange) {
  return recordAudit(tx, { clock: services.clock, actorId: null, actorName }, change);
}

export interface TVerifyResult {
  ok: boolean;
  checked: number;
  headHash: string;
  problems: { seq: number; problem: string }[];
}

/** Recomputes the chain from the first row; reports edited, inserted or deleted rows. */
export async function verifyAuditTrail(db: Db, onProgress?: (checked: number) => void): Promise<TVerifyResult> {
  const problems: TVerifyResult['problems'] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const pageSize = 1000;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, expectedSeq - 1)).orderBy(asc(auditLog.seq)).limit(pageSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) problems.push({ seq: expectedSeq, problem: `rows ${expectedSeq}..${row.seq - 1} are missing` });
      if (row.prevHash !== prevHash) problems.push({ seq: row.seq, problem: 'does not follow the previous row (a row before it was changed or removed)' });
      const { prevHash: _p, hash, ...record } = row;
      if (auditHash(row.prevHash, record) !== hash) problems.push({ seq: row.seq, problem: 'content does not match its hash (the row was edited)' });
      prevHash = hash;
      expectedSeq = row.seq + 1;
      checked++;
    }
    onProgress?.(checked);
  }
  return { ok: problems.length === 0, checked, headHash: prevHash, problems };
}

export async function listAuditEntries(
  db: Db,
  orgId: string,
  filter: { entityType?: string; entityId?: string; limit: number },
) {
  const conditions = [eq(auditLog.orgId, orgId)];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit);
}
