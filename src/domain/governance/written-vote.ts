/**
 * Decisions by written vote (issue 8, must-have 3; BRIEF module 10), after the Security
 * Council's written procedure: voting is open for 24 hours from opening and cannot be
 * extended; each member votes once (yes, no or abstain) through an accredited representative;
 * each vote is acknowledged with a receipt; members who have not voted at the deadline are
 * recorded absent; the result follows the majority rule fixed when the vote was opened.
 *
 * Like the silence procedure it is a fold over the event record (ADR 0013): the result is
 * reproducible from the record alone, and is the same whenever it is computed.
 */
import type { TLanguage } from '../languages.js';
import { accept, isAccredited, refuse, type TAccreditation, type TCommandResult } from './accreditation.js';
import { addHours, instantMs, isBefore, normalizeInstant, wallClock, type TInstant, type TWallClock } from './instants.js';
import { canonicalJson, sha256Hex } from './record-chain.js';

/** 24 hours, and no event exists that could extend them. */
export const VOTING_HOURS = 24;

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type TVoteChoice = (typeof VOTE_CHOICES)[number];

/**
 * How many affirmative votes adopt a decision. `affirmative_votes`: at least `required` yes
 * votes (the Council's nine), and no `no` from a member listed in `veto`. `majority_of_voting`:
 * of the members voting yes or no — abstaining and absent members are not "voting", as in the UN
 * rules of procedure — more than half (`simple`) or at least two thirds (`two_thirds`).
 */
export type TMajorityRule = { kind: 'affirmative_votes'; required: number; veto?: string[] } | { kind: 'majority_of_voting'; majority: 'simple' | 'two_thirds' };

export const WRITTEN_VOTE_STATES = ['none', 'open', 'closed'] as const;
export type TWrittenVoteState = (typeof WRITTEN_VOTE_STATES)[number];

export type TVoteCast = { type: 'voted'; at: TInstant; memberId: string; representativeId: string; choice: TVoteChoice };

export type TWrittenVoteEvent =
  /** `texts`: the draft decision put to the vote, per language (kept in the record it is chained in). */
  | { type: 'opened'; at: TInstant; by: string; procedureId: string; timeZone: string; members: string[]; rule: TMajorityRule; texts?: Partial<Record<TLanguage, string>> }
  | TVoteCast
  | { type: 'acknowledged'; at: TInstant; memberId: string; receiptId: string }
  /** Written by the scheduler after the deadline: `at` is the deadline, `recordedAt` when it was written. */
  | { type: 'closed'; at: TInstant; recordedAt: TInstant };

export const WRITTEN_VOTE_REFUSALS = [
  'already_opened',
  'no_members',
  'rule_unreachable',
  'not_open',
  'voting_closed',
  'not_a_member',
  'not_accredited',
  'already_voted',
  'no_such_vote',
  'already_acknowledged',
  'deadline_not_reached',
  'not_the_deadline',
  'out_of_order',
] as const;
export type TWrittenVoteRefusal = (typeof WRITTEN_VOTE_REFUSALS)[number];

export interface TTally {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

export type TVoteResult =
  | { adopted: true; reason: 'majority' }
  | { adopted: false; reason: 'not_enough_affirmative_votes' | 'vetoed'; vetoedBy?: string[] };

export interface TWrittenVote {
  state: TWrittenVoteState;
  procedureId: string | null;
  timeZone: string | null;
  openedAt: TInstant | null;
  closesAt: TInstant | null;
  members: string[];
  rule: TMajorityRule | null;
  votes: TVoteCast[];
  receipts: Record<string, string>;
  /** Members without a vote: recorded absent once voting has closed. */
  absent: string[];
  tally: TTally;
  /** Null while voting is open. */
  result: TVoteResult | null;
  /** True when voting is over by the clock but the closing event is not yet in the record. */
  awaitingClose: boolean;
  /** The time of the latest event the rules accepted (closing events aside): nothing may be recorded before it. */
  lastEventAt: TInstant | null;
  ignored: { index: number; reason: TWrittenVoteRefusal }[];
}

const EMPTY: TWrittenVote = {
  state: 'none',
  procedureId: null,
  timeZone: null,
  openedAt: null,
  closesAt: null,
  members: [],
  rule: null,
  votes: [],
  receipts: {},
  absent: [],
  tally: { yes: 0, no: 0, abstain: 0, absent: 0 },
  result: null,
  awaitingClose: false,
  lastEventAt: null,
  ignored: [],
};

const votingOver = (v: TWrittenVote, at: TInstant) => v.closesAt !== null && !isBefore(at, v.closesAt);

function ruleReachable(rule: TMajorityRule, members: number): boolean {
  if (rule.kind === 'majority_of_voting') return true;
  return Number.isInteger(rule.required) && rule.required >= 1 && rule.required <= members;
}

function step(v: TWrittenVote, e: TWrittenVoteEvent, lastAt: TInstant | null): TWrittenVote | TWrittenVoteRefusal {
  if (e.type !== 'closed' && lastAt !== null && isBefore(e.at, lastAt)) return 'out_of_order';
  switch (e.type) {
    case 'opened':
      if (v.state !== 'none') return 'already_opened';
      if (e.members.length === 0) return 'no_members';
      if (!ruleReachable(e.rule, e.members.length)) return 'rule_unreachable';
      return { ...v, state: 'open', procedureId: e.procedureId, timeZone: e.timeZone, openedAt: e.at, closesAt: addHours(e.at, VOTING_HOURS), members: [...e.members], rule: e.rule };
    case 'voted':
      if (v.state === 'none') return 'not_open';
      if (v.state === 'closed' || votingOver(v, e.at)) return 'voting_closed';
      if (!v.members.includes(e.memberId)) return 'not_a_member';
      if (v.votes.some((x) => x.memberId === e.memberId)) return 'already_voted';
      return { ...v, votes: [...v.votes, e] };
    case 'acknowledged':
      if (!v.votes.some((x) => x.memberId === e.memberId)) return 'no_such_vote';
      if (v.receipts[e.memberId]) return 'already_acknowledged';
      return { ...v, receipts: { ...v.receipts, [e.memberId]: e.receiptId } };
    case 'closed':
      if (v.state === 'none') return 'not_open';
      if (v.state === 'closed') return 'voting_closed';
      if (instantMs(e.at) !== instantMs(v.closesAt!)) return 'not_the_deadline';
      if (isBefore(e.recordedAt, v.closesAt!)) return 'deadline_not_reached';
      return { ...v, state: 'closed' };
  }
}

export function tallyOf(members: readonly string[], votes: readonly TVoteCast[]): TTally {
  const count = (c: TVoteChoice) => votes.filter((x) => x.choice === c).length;
  return { yes: count('yes'), no: count('no'), abstain: count('abstain'), absent: members.length - votes.length };
}

/** The result of a closed vote under its rule; the same tally and rule give the same result, always. */
export function resultOf(rule: TMajorityRule, tally: TTally, votes: readonly TVoteCast[]): TVoteResult {
  if (rule.kind === 'affirmative_votes') {
    const vetoedBy = votes.filter((x) => x.choice === 'no' && (rule.veto ?? []).includes(x.memberId)).map((x) => x.memberId);
    if (vetoedBy.length > 0) return { adopted: false, reason: 'vetoed', vetoedBy: vetoedBy.sort() };
    return tally.yes >= rule.required ? { adopted: true, reason: 'majority' } : { adopted: false, reason: 'not_enough_affirmative_votes' };
  }
  const voting = tally.yes + tally.no;
  // Integer arithmetic: "more than half" and "at least two thirds" without rounding.
  const carried = rule.majority === 'simple' ? tally.yes * 2 > voting : voting > 0 && tally.yes * 3 >= voting * 2;
  return carried ? { adopted: true, reason: 'majority' } : { adopted: false, reason: 'not_enough_affirmative_votes' };
}

/** The vote as the record shows it at `now`; past the deadline the result is there with or without the closing event. */
export function decideVote(events: readonly TWrittenVoteEvent[], now: TInstant): TWrittenVote {
  let v: TWrittenVote = { ...EMPTY, ignored: [] };
  let lastAt: TInstant | null = null;
  events.forEach((e, index) => {
    const next = step(v, e, lastAt);
    if (typeof next === 'string') {
      v = { ...v, ignored: [...v.ignored, { index, reason: next }] };
      return;
    }
    v = next;
    if (e.type !== 'closed') lastAt = e.at;
  });
  v = { ...v, lastEventAt: lastAt };
  const tally = tallyOf(v.members, v.votes);
  const over = v.state === 'closed' || (v.state === 'open' && votingOver(v, now));
  if (!over) return { ...v, tally };
  const voted = new Set(v.votes.map((x) => x.memberId));
  return {
    ...v,
    state: 'closed',
    awaitingClose: v.state === 'open',
    tally,
    absent: v.members.filter((m) => !voted.has(m)),
    result: resultOf(v.rule!, tally, v.votes),
  };
}

/** The closing time as members in the body's time zone read it. */
export const closesInBodyZone = (v: TWrittenVote): TWallClock | null => (v.closesAt && v.timeZone ? wallClock(v.closesAt, v.timeZone) : null);

/**
 * The receipt of a vote: derived from the procedure and everything the vote says, so a member
 * holding it can check that the vote in the record is the one they cast. 64 bits, grouped for
 * reading aloud over a poor telephone line.
 */
export async function receiptFor(procedureId: string, vote: TVoteCast): Promise<string> {
  const hex = await sha256Hex(canonicalJson({ procedureId, vote }));
  return hex.slice(0, 16).match(/.{4}/g)!.join('-');
}

type TResult = TCommandResult<TWrittenVoteEvent, TWrittenVoteRefusal>;

function tryAppend(events: readonly TWrittenVoteEvent[], event: TWrittenVoteEvent): TWrittenVoteRefusal | null {
  const current = decideVote(events, event.at);
  const asRecorded = current.awaitingClose ? { ...current, state: 'open' as const } : current;
  const next = step(asRecorded, event, current.lastEventAt);
  return typeof next === 'string' ? next : null;
}

export function openVote(
  events: readonly TWrittenVoteEvent[],
  input: { at: TInstant; by: string; procedureId: string; timeZone: string; members: readonly string[]; rule: TMajorityRule; texts?: Partial<Record<TLanguage, string>> },
): TResult {
  const texts = input.texts ? { texts: { ...input.texts } } : {};
  const event: TWrittenVoteEvent = { type: 'opened', at: normalizeInstant(input.at), by: input.by, procedureId: input.procedureId, timeZone: input.timeZone, members: [...new Set(input.members)].sort(), rule: input.rule, ...texts };
  const refusal = tryAppend(events, event);
  return refusal ? refuse(refusal) : accept(event);
}

/** A member's vote and its acknowledgement, appended together; refused when late, repeated or not accredited. */
export async function castVote(
  events: readonly TWrittenVoteEvent[],
  roster: readonly TAccreditation[],
  input: { at: TInstant; memberId: string; representativeId: string; choice: TVoteChoice },
): Promise<TResult> {
  const at = normalizeInstant(input.at);
  const vote: TVoteCast = { type: 'voted', at, memberId: input.memberId, representativeId: input.representativeId, choice: input.choice };
  const refusal = tryAppend(events, vote);
  if (refusal) return refuse(refusal);
  if (!isAccredited(roster, input.memberId, input.representativeId, at)) return refuse('not_accredited');
  const procedureId = decideVote(events, at).procedureId!;
  return accept<TWrittenVoteEvent>(vote, { type: 'acknowledged', at, memberId: input.memberId, receiptId: await receiptFor(procedureId, vote) });
}

/** Members whose acknowledged receipt does not match their vote as recorded: empty for an intact record. */
export async function receiptMismatches(events: readonly TWrittenVoteEvent[], now: TInstant): Promise<string[]> {
  const v = decideVote(events, now);
  const out: string[] = [];
  for (const vote of v.votes) {
    const receipt = v.receipts[vote.memberId];
    if (receipt !== undefined && receipt !== (await receiptFor(v.procedureId!, vote))) out.push(vote.memberId);
  }
  return out;
}

/** The scheduler's closing event, stamped with the deadline; nothing to append once closed. */
export function closeVote(events: readonly TWrittenVoteEvent[], now: TInstant): TResult {
  const v = decideVote(events, now);
  if (v.state === 'none') return refuse('not_open');
  if (v.state === 'open') return refuse('deadline_not_reached');
  if (!v.awaitingClose) return accept();
  return accept({ type: 'closed', at: v.closesAt!, recordedAt: normalizeInstant(now) });
}
