import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TAccreditation } from './accreditation.js';
import { addHours } from './instants.js';
import {
  castVote,
  closesInBodyZone,
  closeVote,
  decideVote,
  openVote,
  receiptFor,
  receiptMismatches,
  resultOf,
  VOTE_CHOICES,
  type TMajorityRule,
  type TVoteChoice,
  type TWrittenVoteEvent,
} from './written-vote.js';

const COUNCIL = ['BRA', 'CHN', 'ECU', 'FRA', 'GBR', 'GUY', 'JPN', 'KOR', 'MLT', 'MOZ', 'RUS', 'SLE', 'SVN', 'CHE', 'USA'];
const PERMANENT = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];
const roster: TAccreditation[] = COUNCIL.map((m) => ({ memberId: m, representativeId: `u-${m}`, from: '2020-01-01T00:00:00Z', until: null }));
const OPENED = '2026-04-01T22:00:00.000Z';
const CLOSES = '2026-04-02T22:00:00.000Z';
const NINE: TMajorityRule = { kind: 'affirmative_votes', required: 9, veto: PERMANENT };

function ok(result: { ok: boolean; events?: TWrittenVoteEvent[] }): TWrittenVoteEvent[] {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.events!;
}

const opened = (rule: TMajorityRule = NINE) => ok(openVote([], { at: OPENED, by: 'secretariat', procedureId: 'wv-1', timeZone: 'America/New_York', members: COUNCIL, rule }));

async function withVotes(log: TWrittenVoteEvent[], votes: [string, TVoteChoice][], startHours = 1): Promise<TWrittenVoteEvent[]> {
  let record = log;
  for (const [i, [member, choice]] of votes.entries()) {
    record = [...record, ...ok(await castVote(record, roster, { at: addHours(OPENED, startHours + i * 0.1), memberId: member, representativeId: `u-${member}`, choice }))];
  }
  return record;
}

describe('opening a written vote', () => {
  it('fixes the electorate, the rule and a deadline 24 hours later, shown in the body’s time zone', () => {
    const v = decideVote(opened(), OPENED);
    expect(v).toMatchObject({ state: 'open', closesAt: CLOSES, members: [...COUNCIL].sort(), rule: NINE, result: null });
    expect(closesInBodyZone(v)).toEqual({ date: '2026-04-02', time: '18:00', timeZone: 'America/New_York', offset: 'GMT-04:00' });
  });

  it('is refused without members, with a rule no vote could meet, or twice', () => {
    expect(openVote([], { at: OPENED, by: 's', procedureId: 'x', timeZone: 'UTC', members: [], rule: NINE })).toEqual({ ok: false, reason: 'no_members' });
    expect(openVote([], { at: OPENED, by: 's', procedureId: 'x', timeZone: 'UTC', members: ['A', 'B'], rule: NINE })).toEqual({ ok: false, reason: 'rule_unreachable' });
    expect(openVote([], { at: OPENED, by: 's', procedureId: 'x', timeZone: 'UTC', members: ['A'], rule: { kind: 'affirmative_votes', required: 0 } })).toEqual({ ok: false, reason: 'rule_unreachable' });
    expect(openVote(opened(), { at: OPENED, by: 's', procedureId: 'x', timeZone: 'UTC', members: COUNCIL, rule: NINE })).toEqual({ ok: false, reason: 'already_opened' });
  });
});

describe('voting', () => {
  it('records each vote with an acknowledgement whose receipt is derived from the vote', async () => {
    const log = opened();
    const events = ok(await castVote(log, roster, { at: addHours(OPENED, 2), memberId: 'MLT', representativeId: 'u-MLT', choice: 'abstain' }));
    expect(events).toHaveLength(2);
    const [vote, ack] = events as [Extract<TWrittenVoteEvent, { type: 'voted' }>, Extract<TWrittenVoteEvent, { type: 'acknowledged' }>];
    expect(ack).toMatchObject({ type: 'acknowledged', memberId: 'MLT', at: vote.at });
    expect(ack.receiptId).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(ack.receiptId).toBe(await receiptFor('wv-1', vote));
    // The same vote in another procedure, or another choice, has another receipt.
    expect(await receiptFor('wv-2', vote)).not.toBe(ack.receiptId);
    expect(await receiptFor('wv-1', { ...vote, choice: 'yes' })).not.toBe(ack.receiptId);
  });

  it('refuses a second vote by the same member, even through another representative', async () => {
    const record = await withVotes(opened(), [['JPN', 'yes']]);
    const second = [...roster, { memberId: 'JPN', representativeId: 'u-JPN-2', from: '2020-01-01T00:00:00Z', until: null }];
    expect(await castVote(record, second, { at: addHours(OPENED, 5), memberId: 'JPN', representativeId: 'u-JPN-2', choice: 'no' })).toEqual({ ok: false, reason: 'already_voted' });
  });

  it('refuses non-members and representatives not accredited for the member', async () => {
    const log = opened();
    expect(await castVote(log, roster, { at: addHours(OPENED, 1), memberId: 'DEU', representativeId: 'u-DEU', choice: 'yes' })).toEqual({ ok: false, reason: 'not_a_member' });
    expect(await castVote(log, roster, { at: addHours(OPENED, 1), memberId: 'FRA', representativeId: 'u-GBR', choice: 'yes' })).toEqual({ ok: false, reason: 'not_accredited' });
  });

  it('is open for 24 hours and not a millisecond more, however late the server notices', async () => {
    const log = opened();
    expect((await castVote(log, roster, { at: addHours(CLOSES, -1 / 3_600_000), memberId: 'FRA', representativeId: 'u-FRA', choice: 'yes' })).ok).toBe(true);
    expect(await castVote(log, roster, { at: CLOSES, memberId: 'FRA', representativeId: 'u-FRA', choice: 'yes' })).toEqual({ ok: false, reason: 'voting_closed' });
    expect(await castVote([], roster, { at: OPENED, memberId: 'FRA', representativeId: 'u-FRA', choice: 'yes' })).toEqual({ ok: false, reason: 'not_open' });
  });
});

describe('the result', () => {
  it('counts non-respondents absent at the deadline and applies the rule fixed at opening', async () => {
    const yes = COUNCIL.filter((m) => !PERMANENT.includes(m)).slice(0, 9);
    const record = await withVotes(opened(), [...yes.map((m): [string, TVoteChoice] => [m, 'yes']), ['FRA', 'abstain'], ['GBR', 'yes']]);
    expect(decideVote(record, addHours(CLOSES, -1))).toMatchObject({ state: 'open', result: null, absent: [] });
    const v = decideVote(record, CLOSES);
    expect(v).toMatchObject({ state: 'closed', awaitingClose: true, tally: { yes: 10, no: 0, abstain: 1, absent: 4 }, absent: ['CHE', 'CHN', 'RUS', 'USA'], result: { adopted: true } });
  });

  it('fails with one non-respondent short of nine, or with a permanent member’s no', async () => {
    const eight = await withVotes(opened(), COUNCIL.slice(0, 8).map((m): [string, TVoteChoice] => [m, 'yes']));
    expect(decideVote(eight, CLOSES)).toMatchObject({ tally: { yes: 8, absent: 7 }, result: { adopted: false, reason: 'not_enough_affirmative_votes' } });
    const vetoed = await withVotes(opened(), [...COUNCIL.filter((m) => m !== 'RUS').map((m): [string, TVoteChoice] => [m, 'yes']), ['RUS', 'no']]);
    expect(decideVote(vetoed, CLOSES).result).toEqual({ adopted: false, reason: 'vetoed', vetoedBy: ['RUS'] });
  });

  it('is reproducible from the record alone: closing late, twice, or not at all gives the same result', async () => {
    const record = await withVotes(opened({ kind: 'majority_of_voting', majority: 'simple' }), [['BRA', 'yes'], ['CHN', 'no'], ['ECU', 'yes'], ['FRA', 'abstain']]);
    const late = addHours(CLOSES, 24 * 6);
    const closing = ok(closeVote(record, late));
    expect(closing).toEqual([{ type: 'closed', at: CLOSES, recordedAt: late }]);
    const closed = [...record, ...closing];
    expect(closeVote(closed, addHours(late, 1))).toEqual({ ok: true, events: [] });
    const doubled = [...closed, ...closing];
    const results = [decideVote(record, CLOSES), decideVote(closed, late), decideVote(doubled, addHours(late, 1000))].map((v) => ({ tally: v.tally, absent: v.absent, result: v.result }));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]).toMatchObject({ tally: { yes: 2, no: 1, abstain: 1, absent: 11 }, result: { adopted: true } });
    expect(closeVote(opened(), addHours(CLOSES, -1))).toEqual({ ok: false, reason: 'deadline_not_reached' });
  });

  it('ignores a vote that reached the record after the deadline or a second time', async () => {
    const record = await withVotes(opened(), [['BRA', 'yes']]);
    const forged: TWrittenVoteEvent[] = [
      { type: 'voted', at: addHours(OPENED, 3), memberId: 'BRA', representativeId: 'u-BRA', choice: 'no' },
      { type: 'voted', at: addHours(CLOSES, 1), memberId: 'CHN', representativeId: 'u-CHN', choice: 'no' },
    ];
    const v = decideVote([...record, ...forged], addHours(CLOSES, 2));
    expect(v.tally).toEqual({ yes: 1, no: 0, abstain: 0, absent: 14 });
    expect(v.ignored.map((i) => i.reason)).toEqual(['already_voted', 'voting_closed']);
  });

  it('detects a vote edited after it was acknowledged', async () => {
    const record = await withVotes(opened(), [['BRA', 'yes'], ['CHE', 'no']]);
    expect(await receiptMismatches(record, CLOSES)).toEqual([]);
    const edited = record.map((e) => (e.type === 'voted' && e.memberId === 'CHE' ? { ...e, choice: 'yes' as const } : e));
    expect(await receiptMismatches(edited, CLOSES)).toEqual(['CHE']);
  });

  it('two thirds of those voting: abstentions and absences do not count against', () => {
    const twoThirds: TMajorityRule = { kind: 'majority_of_voting', majority: 'two_thirds' };
    expect(resultOf(twoThirds, { yes: 2, no: 1, abstain: 10, absent: 2 }, []).adopted).toBe(true);
    expect(resultOf(twoThirds, { yes: 3, no: 2, abstain: 0, absent: 0 }, []).adopted).toBe(false);
    expect(resultOf(twoThirds, { yes: 0, no: 0, abstain: 5, absent: 0 }, []).adopted).toBe(false);
    expect(resultOf({ kind: 'majority_of_voting', majority: 'simple' }, { yes: 2, no: 2, abstain: 0, absent: 0 }, []).adopted).toBe(false);
  });

  it('tallies always add up to the electorate and do not depend on when they are read (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...COUNCIL), fc.constantFrom(...VOTE_CHOICES)), { maxLength: 25 }), fc.double({ min: 0, max: 500, noNaN: true }), async (ballots, later) => {
        let record = opened();
        const seen = new Set<string>();
        for (const [i, [member, choice]] of ballots.entries()) {
          const r = await castVote(record, roster, { at: addHours(OPENED, i * 0.5), memberId: member, representativeId: `u-${member}`, choice });
          expect(r.ok).toBe(!seen.has(member));
          if (r.ok) record = [...record, ...r.events];
          seen.add(member);
        }
        const a = decideVote(record, CLOSES);
        const b = decideVote([...record, ...ok(closeVote(record, addHours(CLOSES, later)))], addHours(CLOSES, later));
        expect(b.tally).toEqual(a.tally);
        expect(b.result).toEqual(a.result);
        const t = a.tally;
        expect(t.yes + t.no + t.abstain + t.absent).toBe(COUNCIL.length);
        expect(t.absent).toBe(COUNCIL.length - seen.size);
        expect(a.result!.adopted).toBe(t.yes >= 9 && !a.votes.some((x) => x.choice === 'no' && PERMANENT.includes(x.memberId)));
      }),
      { numRuns: 40 },
    );
  });
});
