/**
 * Silence procedures and written votes on the server (issue 8, must-have 3; ADR 0013): each
 * command locks the procedure, folds its record, asks the domain command for the events to
 * append, chains them, audits them and queues the e-mails — all in one transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { TCirculateInput, TProcedureView, TSilenceInput, TVerifyView, TWrittenVoteInput } from '../../../domain/contract/governance.js';
import { isAccredited, membersAt, type TCommandResult } from '../../../domain/governance/accreditation.js';
import { instantOf, wallClock } from '../../../domain/governance/instants.js';
import { verifyChain } from '../../../domain/governance/record-chain.js';
import { breakSilence, circulate, decide, draft, missingLanguages, setText, withdraw, type TSilenceEvent } from '../../../domain/governance/silence-procedure.js';
import { castVote, closesInBodyZone, decideVote, openVote, receiptMismatches, type TVoteChoice, type TWrittenVoteEvent } from '../../../domain/governance/written-vote.js';
import type { TLanguage } from '../../../domain/languages.js';
import { inTransaction, type Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { defineError, DomainError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { user } from '../auth/auth.table.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { bodyNotFound, loadBody } from './bodies.usecases.js';
import { governanceMessage } from './governance-messages.js';
import { governancePolicy } from './governance.policy.js';
import { governanceProcedures, governingBodies, governingBodyMembers } from './governance.table.js';
import { appendEvents, loadEvents, loadLinks, lockProcedure, rosterOf, type TProcedureRow } from './procedure-record.js';

export const procedureNotFound = defineError({ code: 'governance.procedure_not_found', status: 404, message: 'Procedure not found.' });

/** A refusal of the rules, as the API says it: who may not act is 403, the rest is a conflict with the record. */
function refused(result: Extract<TCommandResult<unknown, string>, { ok: false }>): DomainError {
  const status = result.reason === 'not_accredited' || result.reason === 'not_a_member' ? 403 : 409;
  const issues = result.detail?.map((language) => ({ path: `texts.${language}`, message: 'missing' }));
  return new DomainError(`governance.${result.reason}`, status, `Refused: ${result.reason.replaceAll('_', ' ')}.`, issues);
}

const iso = (d: Date) => d.toISOString();
type TBody = typeof governingBodies.$inferSelect;
type TSilenceResult = TCommandResult<TSilenceEvent, string>;
type TVoteResult = TCommandResult<TWrittenVoteEvent, string>;

/** The state the record shows, without counting a deadline passed but not yet closed: what the scheduler closes from. */
export function storedState(kind: string, events: readonly (TSilenceEvent | TWrittenVoteEvent)[], now: Date): string {
  if (kind === 'silence') {
    const p = decide(events as TSilenceEvent[], iso(now));
    return p.awaitingClose ? 'circulated' : p.state;
  }
  const v = decideVote(events as TWrittenVoteEvent[], iso(now));
  return v.awaitingClose ? 'open' : v.state;
}

/** The procedure, its body and the caller's scope; "not found" outside the organization. */
async function loadProcedure(ctx: Ctx, orgId: string, procedureId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(governanceProcedures).where(and(eq(governanceProcedures.id, procedureId), eq(governanceProcedures.orgId, orgId)));
  if (!row) throw procedureNotFound();
  const body = await loadBody(ctx, orgId, row.bodyId);
  return { scope, row, body };
}

/** Who is written to: every representative accredited now for one of the members, in their own language. */
export async function representativesOf(db: Db, bodyId: string, memberIds: readonly string[], at: Date) {
  const roster = await rosterOf(db, bodyId);
  const current = roster.filter((a) => memberIds.includes(a.memberId) && isAccredited([a], a.memberId, a.representativeId, iso(at)));
  if (current.length === 0) return [];
  const accounts = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.id, [...new Set(current.map((a) => a.representativeId))]));
  const emailOf = new Map(accounts.map((a) => [a.id, a.email]));
  const seen = new Set<string>();
  return current.flatMap((a) => {
    const email = emailOf.get(a.representativeId);
    if (!email || seen.has(email)) return [];
    seen.add(email);
    return [{ email, language: a.language as TLanguage }];
  });
}

export const procedureLink = (publicUrl: string, orgId: string, procedureId: string) => `${publicUrl}/orgs/${orgId}/governance/procedures/${procedureId}`;

/** The body's wall clock and UTC, so a message is unambiguous in every zone. */
export const deadlineText = (deadline: string, timeZone: string) => {
  const w = wallClock(deadline, timeZone);
  return `${w.date} ${w.time} ${timeZone} (${deadline.slice(0, 16).replace('T', ' ')} UTC)`;
};

export function emailsTo(recipients: { email: string; language: TLanguage }[], orgId: string, key: string, message: Parameters<typeof governanceMessage>[1]): TOutgoingEmail[] {
  return recipients.map((r) => ({ orgId, to: r.email, language: r.language, ...governanceMessage(r.language, message), dedupeKey: `${key}:${r.email}` }));
}

/** Locks, folds, appends what the command returns, keeps the stored state in step, audits. */
async function command<E extends TSilenceEvent | TWrittenVoteEvent>(
  ctx: Ctx,
  orgId: string,
  procedureId: string,
  action: string,
  decideCommand: (events: E[], row: TProcedureRow, body: TBody, db: Db) => Promise<TCommandResult<E, string>> | TCommandResult<E, string>,
  after: (t: Ctx, row: TProcedureRow, body: TBody, events: E[], appended: E[]) => Promise<void> = async () => {},
) {
  return inTransaction(ctx, async (t) => {
    const row = await lockProcedure(t.db, orgId, procedureId);
    if (!row) throw procedureNotFound();
    const [body] = await t.db.select().from(governingBodies).where(eq(governingBodies.id, row.bodyId));
    if (!body) throw bodyNotFound();
    const events = await loadEvents<E>(t.db, procedureId);
    const result = await decideCommand(events, row, body, t.db);
    if (!result.ok) throw refused(result);
    const now = ctx.clock.now();
    const links = await appendEvents(t.db, row, result.events, ctx.actor.userId, now);
    const all = [...events, ...result.events];
    const state = storedState(row.kind, all, now);
    const deadline = row.kind === 'silence' ? decide(all as TSilenceEvent[], iso(now)).deadline : decideVote(all as TWrittenVoteEvent[], iso(now)).closesAt;
    await t.db.update(governanceProcedures).set({ state, deadline: deadline ? new Date(deadline) : null }).where(eq(governanceProcedures.id, procedureId));
    await audit(t, { orgId, action, entityType: 'governance_procedure', entityId: procedureId, after: { events: result.events, hashes: links.map((l) => l.hash) } });
    await after(t, row, body, all, result.events);
    return { events: result.events, links };
  });
}

export async function createSilenceProcedure(ctx: Ctx, orgId: string, bodyId: string, input: TSilenceInput) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!governancePolicy.manage(scope)) throw forbidden();
  const body = await loadBody(ctx, orgId, bodyId);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(governanceProcedures).values({ orgId, bodyId, kind: 'silence', title: input.title, state: 'draft', createdAt: now, createdBy: ctx.actor.userId }).returning();
    const result = draft([], { at: iso(now), by: ctx.actor.userId, timeZone: body.timeZone, texts: input.texts, languages: body.officialLanguages as TLanguage[] });
    if (!result.ok) throw refused(result);
    await appendEvents(t.db, row!, result.events, ctx.actor.userId, now);
    await audit(t, { orgId, action: 'governance_procedure.drafted', entityType: 'governance_procedure', entityId: row!.id, after: { bodyId, title: input.title, languages: Object.keys(input.texts) } });
    return { id: row!.id };
  });
}

async function managerOf(ctx: Ctx, orgId: string, procedureId: string) {
  const loaded = await loadProcedure(ctx, orgId, procedureId);
  if (!governancePolicy.manage(loaded.scope)) throw forbidden();
  return loaded;
}

export async function setDraftText(ctx: Ctx, orgId: string, procedureId: string, language: TLanguage, text: string) {
  const { row } = await managerOf(ctx, orgId, procedureId);
  if (row.kind !== 'silence') throw refused({ ok: false, reason: 'not_a_draft' });
  if (!(await loadBody(ctx, orgId, row.bodyId)).officialLanguages.includes(language)) throw invalidInput(undefined, [{ path: 'params.language', message: 'Not an official language of the body' }]);
  await command<TSilenceEvent>(ctx, orgId, procedureId, 'governance_procedure.text_set', (events): TSilenceResult => setText(events, { at: iso(ctx.clock.now()), by: ctx.actor.userId, language, text }));
}

/** Circulates to the members with a representative accredited now; each representative is written to in their language. */
export async function circulateDraft(ctx: Ctx, orgId: string, procedureId: string, input: TCirculateInput, publicUrl: string) {
  const { row, body } = await managerOf(ctx, orgId, procedureId);
  if (row.kind !== 'silence') throw refused({ ok: false, reason: 'not_a_draft' });
  const deadline = 'instant' in input.deadline ? input.deadline.instant : instantOf(input.deadline.date, input.deadline.time, body.timeZone);
  if (deadline === null) throw invalidInput('This time does not exist in the body’s time zone (the clocks spring forward).', [{ path: 'body.deadline.time', message: 'skipped by daylight saving time' }]);
  await command<TSilenceEvent>(
    ctx,
    orgId,
    procedureId,
    'governance_procedure.circulated',
    async (events, _row, _body, db) => {
      const now = iso(ctx.clock.now());
      return circulate(events, { at: now, by: ctx.actor.userId, deadline, members: membersAt(await rosterOf(db, body.id), now), minimumHours: body.silenceMinimumHours });
    },
    async (t, _row, b, all) => {
      const p = decide(all as TSilenceEvent[], iso(ctx.clock.now()));
      const to = await representativesOf(t.db, b.id, p.members, ctx.clock.now());
      await enqueueEmails(t.db, ctx.clock.now(), emailsTo(to, orgId, `governance:${procedureId}:circulated`, { kind: 'circulated', body: b.name, title: row.title, deadline: deadlineText(p.deadline!, b.timeZone), link: procedureLink(publicUrl, orgId, procedureId) }));
    },
  );
}

export async function withdrawDraft(ctx: Ctx, orgId: string, procedureId: string, reason: string, publicUrl: string) {
  const { row } = await managerOf(ctx, orgId, procedureId);
  if (row.kind !== 'silence') throw refused({ ok: false, reason: 'concluded' });
  await command<TSilenceEvent>(
    ctx,
    orgId,
    procedureId,
    'governance_procedure.withdrawn',
    (events): TSilenceResult => withdraw(events, { at: iso(ctx.clock.now()), by: ctx.actor.userId, reason }),
    async (t, _row, b, all) => {
      const p = decide(all as TSilenceEvent[], iso(ctx.clock.now()));
      if (p.circulatedAt === null) return;
      const to = await representativesOf(t.db, b.id, p.members, ctx.clock.now());
      await enqueueEmails(t.db, ctx.clock.now(), emailsTo(to, orgId, `governance:${procedureId}:withdrawn`, { kind: 'withdrawn', body: b.name, title: row.title, link: procedureLink(publicUrl, orgId, procedureId) }));
    },
  );
}

/** A representative breaks silence for a member; refused unless accredited for it now and before the deadline. */
export async function breakSilenceFor(ctx: Ctx, orgId: string, procedureId: string, input: { memberId: string; language: TLanguage; statement: string }, publicUrl: string) {
  const { row } = await loadProcedure(ctx, orgId, procedureId);
  if (row.kind !== 'silence') throw refused({ ok: false, reason: 'not_circulated' });
  let at = '';
  const { links } = await command<TSilenceEvent>(
    ctx,
    orgId,
    procedureId,
    'governance_procedure.silence_broken',
    async (events, r, _body, db) => {
      at = iso(ctx.clock.now());
      return breakSilence(events, await rosterOf(db, r.bodyId), { at, memberId: input.memberId, representativeId: ctx.actor.userId, language: input.language, statement: input.statement });
    },
    async (t, _row, b, all) => {
      const p = decide(all as TSilenceEvent[], at);
      const [member] = await t.db.select({ name: governingBodyMembers.name }).from(governingBodyMembers).where(eq(governingBodyMembers.id, input.memberId));
      const to = await representativesOf(t.db, b.id, p.members, ctx.clock.now());
      await enqueueEmails(t.db, ctx.clock.now(), emailsTo(to, orgId, `governance:${procedureId}:silence_broken`, { kind: 'silence_broken', body: b.name, title: row.title, member: member?.name ?? '', link: procedureLink(publicUrl, orgId, procedureId) }));
    },
  );
  return { procedureId, memberId: input.memberId, at, hash: links[0]!.hash };
}

/** Opens a written vote at once: 24 hours, for the members with a representative accredited now. */
export async function openWrittenVote(ctx: Ctx, orgId: string, bodyId: string, input: TWrittenVoteInput, publicUrl: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!governancePolicy.manage(scope)) throw forbidden();
  const body = await loadBody(ctx, orgId, bodyId);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(governanceProcedures).values({ orgId, bodyId, kind: 'written_vote', title: input.title, state: 'open', createdAt: now, createdBy: ctx.actor.userId }).returning();
    const members = membersAt(await rosterOf(t.db, bodyId), iso(now));
    const result: TVoteResult = openVote([], { at: iso(now), by: ctx.actor.userId, procedureId: row!.id, timeZone: body.timeZone, members, rule: input.rule, texts: input.texts });
    if (!result.ok) throw refused(result);
    await appendEvents(t.db, row!, result.events, ctx.actor.userId, now);
    const v = decideVote(result.events, iso(now));
    await t.db.update(governanceProcedures).set({ deadline: new Date(v.closesAt!) }).where(eq(governanceProcedures.id, row!.id));
    await audit(t, { orgId, action: 'governance_procedure.vote_opened', entityType: 'governance_procedure', entityId: row!.id, after: { bodyId, title: input.title, members, rule: input.rule, closesAt: v.closesAt } });
    const to = await representativesOf(t.db, bodyId, members, now);
    await enqueueEmails(t.db, now, emailsTo(to, orgId, `governance:${row!.id}:vote_opened`, { kind: 'vote_opened', body: body.name, title: input.title, deadline: deadlineText(v.closesAt!, body.timeZone), link: procedureLink(publicUrl, orgId, row!.id) }));
    return { id: row!.id };
  });
}

/** One vote per member, by a representative accredited now; acknowledged with a receipt, shown and e-mailed. */
export async function vote(ctx: Ctx, orgId: string, procedureId: string, input: { memberId: string; choice: TVoteChoice }, publicUrl: string) {
  const { row } = await loadProcedure(ctx, orgId, procedureId);
  if (row.kind !== 'written_vote') throw refused({ ok: false, reason: 'not_open' });
  let receipt = '';
  let at = '';
  await command<TWrittenVoteEvent>(
    ctx,
    orgId,
    procedureId,
    'governance_procedure.voted',
    async (events, r, _body, db) => {
      at = iso(ctx.clock.now());
      return castVote(events, await rosterOf(db, r.bodyId), { at, memberId: input.memberId, representativeId: ctx.actor.userId, choice: input.choice });
    },
    async (t, _row, b, _all, appended) => {
      const ack = appended.find((e) => e.type === 'acknowledged');
      receipt = ack && ack.type === 'acknowledged' ? ack.receiptId : '';
      const [member] = await t.db.select({ name: governingBodyMembers.name }).from(governingBodyMembers).where(eq(governingBodyMembers.id, input.memberId));
      const to = await representativesOf(t.db, b.id, [input.memberId], ctx.clock.now());
      await enqueueEmails(t.db, ctx.clock.now(), emailsTo(to, orgId, `governance:${procedureId}:ack:${input.memberId}`, { kind: 'vote_acknowledged', body: b.name, title: row.title, member: member?.name ?? '', choice: input.choice, at, receipt, link: procedureLink(publicUrl, orgId, procedureId) }));
    },
  );
  return { procedureId, memberId: input.memberId, choice: input.choice, at, receipt };
}

export async function procedureView(ctx: Ctx, orgId: string, procedureId: string): Promise<TProcedureView> {
  const { scope, row, body } = await loadProcedure(ctx, orgId, procedureId);
  const now = iso(ctx.clock.now());
  const [links, members, roster] = await Promise.all([loadLinks(ctx.db, procedureId), ctx.db.select().from(governingBodyMembers).where(eq(governingBodyMembers.bodyId, body.id)), rosterOf(ctx.db, body.id)]);
  const actorIds = [...new Set(links.map((l) => l.actorId).filter((x): x is string => x !== null))];
  const names = new Map((actorIds.length ? await ctx.db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, actorIds)) : []).map((u) => [u.id, u.name]));
  const memberName = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  const manage = governancePolicy.manage(scope);
  const events = links.map((l) => l.content as TSilenceEvent & TWrittenVoteEvent);
  const record = links.map((l) => ({ seq: l.seq, type: l.type, at: (l.content as { at: string }).at, hash: l.hash, prevHash: l.prevHash, actorName: l.actorId ? (names.get(l.actorId) ?? null) : null, recordedAt: iso(l.recordedAt) }));
  const mine = (canAct: (memberId: string) => boolean, listed: string[]) =>
    listed.filter((m) => isAccredited(roster, m, ctx.actor.userId, now)).map((m) => ({ memberId: m, memberName: memberName(m), canAct: canAct(m) }));
  const base = { id: row.id, bodyId: body.id, bodyName: body.name, kind: row.kind as 'silence' | 'written_vote', title: row.title, timeZone: body.timeZone, minimumHours: body.silenceMinimumHours, record, asOf: now };
  if (row.kind === 'silence') {
    const p = decide(events, now);
    const b = p.brokenBy;
    return {
      ...base,
      state: p.state,
      languages: p.languages,
      texts: p.texts,
      missingLanguages: missingLanguages(p.texts, p.languages),
      circulatedAt: p.circulatedAt,
      deadline: p.deadline,
      deadlineInBodyZone: p.deadline ? wallClock(p.deadline, body.timeZone) : null,
      decidedAt: p.decidedAt,
      members: p.members.map((id) => ({ id, name: memberName(id) })),
      brokenBy: b ? { memberId: b.memberId, memberName: memberName(b.memberId), representativeName: names.get(b.representativeId) ?? '', at: b.at, language: b.language, statement: b.statement } : null,
      votes: [],
      absent: [],
      tally: null,
      result: null,
      rule: null,
      mine: mine(() => p.state === 'circulated', p.members),
      allowedActions: { editTexts: manage && p.state === 'draft', circulate: manage && p.state === 'draft', withdraw: manage && (p.state === 'draft' || p.state === 'circulated') },
    };
  }
  const v = decideVote(events, now);
  const opened = (events as TWrittenVoteEvent[]).find((e) => e.type === 'opened') as Extract<TWrittenVoteEvent, { type: 'opened' }> | undefined;
  const texts = opened?.texts ?? {};
  const rule = v.rule && v.rule.kind === 'affirmative_votes' ? { kind: 'affirmative_votes' as const, required: v.rule.required } : v.rule;
  return {
    ...base,
    state: v.state,
    languages: Object.keys(texts) as TLanguage[],
    texts,
    missingLanguages: [],
    circulatedAt: v.openedAt,
    deadline: v.closesAt,
    deadlineInBodyZone: closesInBodyZone(v),
    decidedAt: v.state === 'closed' ? v.closesAt : null,
    members: v.members.map((id) => ({ id, name: memberName(id) })),
    brokenBy: null,
    votes: v.votes.map((x) => ({ memberId: x.memberId, memberName: memberName(x.memberId), representativeName: names.get(x.representativeId) ?? '', choice: x.choice, at: x.at, receipt: v.receipts[x.memberId] ?? null })),
    absent: v.absent.map((id) => ({ memberId: id, memberName: memberName(id) })),
    tally: v.tally,
    result: v.result ? { adopted: v.result.adopted, reason: v.result.reason } : null,
    rule,
    mine: mine((m) => v.state === 'open' && !v.votes.some((x) => x.memberId === m), v.members),
    allowedActions: { editTexts: false, circulate: false, withdraw: false },
  };
}

/** Recomputes the chain and the outcome from the record alone, and says whether the stored state agrees. */
export async function verifyProcedure(ctx: Ctx, orgId: string, procedureId: string): Promise<TVerifyView> {
  const { row } = await loadProcedure(ctx, orgId, procedureId);
  const links = await loadLinks(ctx.db, procedureId);
  const verdict = await verifyChain(links.map((l) => ({ seq: l.seq, content: l.content, prevHash: l.prevHash, hash: l.hash })));
  const now = ctx.clock.now();
  const events = links.map((l) => l.content as TSilenceEvent & TWrittenVoteEvent);
  const chain = verdict.ok ? { ok: true, length: verdict.length, head: links.length ? verdict.head : null, brokenAtSeq: null, problem: null } : { ok: false, length: links.length, head: null, brokenAtSeq: verdict.seq, problem: verdict.problem };
  if (row.kind === 'silence') {
    const p = decide(events, iso(now));
    return { chain, receiptsOk: true, recomputed: { state: p.state, tally: null, adopted: p.state === 'adopted' ? true : p.state === 'silence_broken' || p.state === 'withdrawn' ? false : null }, consistent: storedState(row.kind, events, now) === row.state, ignoredEvents: p.ignored.length, checkedAt: iso(now) };
  }
  const v = decideVote(events, iso(now));
  const mismatches = await receiptMismatches(events, iso(now));
  return { chain, receiptsOk: mismatches.length === 0, recomputed: { state: v.state, tally: v.tally, adopted: v.result?.adopted ?? null }, consistent: storedState(row.kind, events, now) === row.state, ignoredEvents: v.ignored.length, checkedAt: iso(now) };
}
