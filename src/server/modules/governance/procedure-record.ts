import { and, asc, desc, eq } from 'drizzle-orm';
import type { TAccreditation } from '../../../domain/governance/accreditation.js';
import { appendLink, type TChainLink } from '../../../domain/governance/record-chain.js';
import type { TSilenceEvent } from '../../../domain/governance/silence-procedure.js';
import type { TWrittenVoteEvent } from '../../../domain/governance/written-vote.js';
import type { Db } from '../../db/database.js';
import { governanceEvents, governanceProcedures, governingBodyAccreditations } from './governance.table.js';

export type TProcedureEvent = TSilenceEvent | TWrittenVoteEvent;
export type TProcedureRow = typeof governanceProcedures.$inferSelect;

/** The procedure's record in order, as the fold reads it. */
export async function loadEvents<T extends TProcedureEvent>(db: Db, procedureId: string): Promise<T[]> {
  const rows = await db.select({ content: governanceEvents.content }).from(governanceEvents).where(eq(governanceEvents.procedureId, procedureId)).orderBy(asc(governanceEvents.seq));
  return rows.map((r) => r.content as T);
}

export async function loadLinks(db: Db, procedureId: string) {
  return db.select().from(governanceEvents).where(eq(governanceEvents.procedureId, procedureId)).orderBy(asc(governanceEvents.seq));
}

/**
 * Appends events as links of the procedure's chain. Call with the procedure row locked (see
 * lockProcedure): the unique (procedure, seq) index refuses a fork if anyone did not.
 */
export async function appendEvents(db: Db, p: { id: string; orgId: string }, events: readonly TProcedureEvent[], actorId: string | null, recordedAt: Date) {
  const [head] = await db.select({ seq: governanceEvents.seq, hash: governanceEvents.hash }).from(governanceEvents).where(eq(governanceEvents.procedureId, p.id)).orderBy(desc(governanceEvents.seq)).limit(1);
  let previous: TChainLink<unknown> | null = head ? { seq: head.seq, hash: head.hash, prevHash: '', content: null } : null;
  const links: TChainLink<TProcedureEvent>[] = [];
  for (const event of events) {
    // Stored as plain JSON, so the content read back hashes exactly as it was hashed here.
    const content = JSON.parse(JSON.stringify(event)) as TProcedureEvent;
    const link = await appendLink(previous, content);
    await db.insert(governanceEvents).values({ orgId: p.orgId, procedureId: p.id, seq: link.seq, type: event.type, content, prevHash: link.prevHash, hash: link.hash, actorId, recordedAt });
    links.push(link);
    previous = link;
  }
  return links;
}

/** The procedure row, locked to the end of the transaction: appends to one record happen one at a time. */
export async function lockProcedure(db: Db, orgId: string, procedureId: string): Promise<TProcedureRow | undefined> {
  const [row] = await db.select().from(governanceProcedures).where(and(eq(governanceProcedures.id, procedureId), eq(governanceProcedures.orgId, orgId))).for('update');
  return row;
}

/** Who may speak for which member of the body, and when (every accreditation ever given: records are re-checked later). */
export async function rosterOf(db: Db, bodyId: string): Promise<(TAccreditation & { language: string })[]> {
  const rows = await db.select().from(governingBodyAccreditations).where(eq(governingBodyAccreditations.bodyId, bodyId));
  return rows.map((a) => ({ memberId: a.memberId, representativeId: a.userId, from: a.validFrom.toISOString(), until: a.validUntil?.toISOString() ?? null, language: a.language }));
}
