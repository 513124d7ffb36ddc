/**
 * The scheduler's part of ADR 0013: write the closing event of every procedure whose deadline
 * has passed, stamped with the deadline, and tell the members the outcome — once. The record
 * decides the outcome (statements and votes before the deadline count), so a run hours or
 * days late decides what a run on time would have. Each procedure is claimed by a conditional
 * UPDATE … WHERE state is still circulated/open: of two nodes running at once, one closes it.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import { closeAt, decide, type TSilenceEvent } from '../../../domain/governance/silence-procedure.js';
import { closeVote, decideVote, type TWrittenVoteEvent } from '../../../domain/governance/written-vote.js';
import type { Services } from '../../context.js';
import { auditAsSystem } from '../audit/audit.usecases.js';
import { enqueueEmails } from '../notify/outbox.usecases.js';
import { governanceProcedures, governingBodies } from './governance.table.js';
import { appendEvents, loadEvents } from './procedure-record.js';
import { deadlineText, emailsTo, procedureLink, representativesOf } from './procedures.usecases.js';

const FINAL = { silence: { from: 'circulated', to: 'adopted' }, written_vote: { from: 'open', to: 'closed' } } as const;

/** Closes every procedure due; returns how many this run closed. */
export async function closeDueProcedures(services: Services, publicUrl: string): Promise<number> {
  const now = services.clock.now();
  const due = await services.db
    .select({ id: governanceProcedures.id })
    .from(governanceProcedures)
    .where(and(inArray(governanceProcedures.state, ['circulated', 'open']), lte(governanceProcedures.deadline, now)));
  let closed = 0;
  for (const { id } of due) if (await closeOne(services, publicUrl, id)) closed++;
  return closed;
}

async function closeOne(services: Services, publicUrl: string, procedureId: string): Promise<boolean> {
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const db = tx as unknown as Services['db'];
    const [row] = await db.select().from(governanceProcedures).where(eq(governanceProcedures.id, procedureId));
    if (!row) return false;
    const final = FINAL[row.kind as keyof typeof FINAL];
    // The claim: whoever changes the state first closes; a concurrent run waits on the row and then finds nothing to change.
    const claimed = await db
      .update(governanceProcedures)
      .set({ state: final.to })
      .where(and(eq(governanceProcedures.id, procedureId), eq(governanceProcedures.state, final.from), lte(governanceProcedures.deadline, now)))
      .returning({ id: governanceProcedures.id });
    if (claimed.length === 0) return false;
    const [body] = await db.select().from(governingBodies).where(eq(governingBodies.id, row.bodyId));
    const link = procedureLink(publicUrl, row.orgId, procedureId);
    if (row.kind === 'silence') {
      const events = await loadEvents<TSilenceEvent>(db, procedureId);
      const result = closeAt(events, now.toISOString());
      // Nothing to close (the record says otherwise): put the state back to what the record shows.
      if (!result.ok || result.events.length === 0) {
        await db.update(governanceProcedures).set({ state: decide(events, now.toISOString()).state }).where(eq(governanceProcedures.id, procedureId));
        return false;
      }
      await appendEvents(db, row, result.events, null, now);
      const p = decide([...events, ...result.events], now.toISOString());
      await auditAsSystem(db, services, 'governance scheduler', { orgId: row.orgId, action: 'governance_procedure.adopted', entityType: 'governance_procedure', entityId: procedureId, after: { deadline: p.deadline, recordedAt: now.toISOString() } });
      const to = await representativesOf(db, row.bodyId, p.members, now);
      await enqueueEmails(db, now, emailsTo(to, row.orgId, `governance:${procedureId}:closed`, { kind: 'adopted', body: body!.name, title: row.title, deadline: deadlineText(p.deadline!, body!.timeZone), link }));
      return true;
    }
    const events = await loadEvents<TWrittenVoteEvent>(db, procedureId);
    const result = closeVote(events, now.toISOString());
    if (!result.ok || result.events.length === 0) {
      await db.update(governanceProcedures).set({ state: decideVote(events, now.toISOString()).state }).where(eq(governanceProcedures.id, procedureId));
      return false;
    }
    await appendEvents(db, row, result.events, null, now);
    const v = decideVote([...events, ...result.events], now.toISOString());
    await auditAsSystem(db, services, 'governance scheduler', { orgId: row.orgId, action: 'governance_procedure.vote_closed', entityType: 'governance_procedure', entityId: procedureId, after: { closesAt: v.closesAt, tally: v.tally, absent: v.absent, result: v.result, recordedAt: now.toISOString() } });
    const to = await representativesOf(db, row.bodyId, v.members, now);
    await enqueueEmails(db, now, emailsTo(to, row.orgId, `governance:${procedureId}:closed`, { kind: 'vote_closed', body: body!.name, title: row.title, adopted: v.result?.adopted ?? false, tally: v.tally, link }));
    return true;
  });
}
