import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountability,
  checkInOnBehalf,
  dueFollowUps,
  foldReply,
  latestCheckIns,
  nextFollowUpAt,
  parseSmsReply,
  realertRound,
  rollUpToOffices,
  type TCheckIn,
  type TCheckInTimers,
  type TRollCallRecipient,
} from './check-in.js';

const status = (text: string) => parseSmsReply(text).status;

describe('SMS replies', () => {
  it('reads the reply codes, with trailing words kept', () => {
    expect(parseSmsReply(' 1 ')).toEqual({ status: 'safe', recognizedBy: 'code', text: '1' });
    expect(parseSmsReply('2 trapped in the basement of building B')).toEqual({ status: 'need_help', recognizedBy: 'code', text: '2 trapped in the basement of building B' });
    expect(status('1.')).toBe('safe');
    expect(status('1, at home with family')).toBe('safe');
  });

  it('reads the codes in Arabic-Indic, Eastern Arabic-Indic and full-width digits', () => {
    expect(status('١')).toBe('safe');
    expect(status('٢')).toBe('need_help');
    expect(status('۱')).toBe('safe');
    expect(status('２')).toBe('need_help');
    expect(status('１ 我很好')).toBe('safe');
  });

  it('does not take other numbers for a code', () => {
    expect(parseSmsReply('12')).toEqual({ status: null, recognizedBy: null, text: '12' });
    expect(status('3')).toBeNull();
    expect(status('1st floor')).toBeNull();
    expect(status('21')).toBeNull();
  });

  it('reads "safe" in the six languages, with or without accents and in any case', () => {
    for (const reply of ['safe', 'I am SAFE', 'Sûr', 'sur', 'je suis en sécurité', 'Estoy seguro', 'a salvo', 'Я в безопасности', 'безопасно', '安全', '我很安全', '平安', 'آمن', 'أنا بخير', 'انا بأمان']) {
      expect(parseSmsReply(reply), reply).toMatchObject({ status: 'safe', recognizedBy: 'words' });
    }
  });

  it('reads "help" in the six languages', () => {
    for (const reply of ['HELP', 'need help!', 'aide', "J'ai besoin d'aide", 'ayuda por favor', 'помощь', 'Помогите', '帮助', '救命', 'مساعدة', 'أحتاج مساعدة']) {
      expect(parseSmsReply(reply), reply).toMatchObject({ status: 'need_help', recognizedBy: 'words' });
    }
  });

  it('takes a negated "safe" as a call for help', () => {
    for (const reply of ['not safe', 'I am NOT ok', 'pas en sécurité', 'je ne suis pas bien', 'no estoy bien', 'не в безопасности', 'Я не в порядке', 'небезопасно', '不安全', '我不安全', 'غير آمن', 'unsafe']) {
      expect(status(reply), reply).toBe('need_help');
    }
  });

  it('does not read a negation across a sentence end', () => {
    expect(status('No. Safe.')).toBe('safe');
    expect(status('No safe')).toBe('need_help');
    expect(status('Non, je suis en sécurité')).toBe('safe');
  });

  it('treats a reply that says both as a call for help', () => {
    expect(status('1 but my colleague needs help')).toBe('need_help');
    expect(status('safe, send help to the office')).toBe('need_help');
    expect(status('2 safe now?')).toBe('need_help');
  });

  it('keeps a reply it cannot read, as received', () => {
    expect(parseSmsReply('  Call me at the hotel  ')).toEqual({ status: null, recognizedBy: null, text: 'Call me at the hotel' });
    expect(parseSmsReply('')).toEqual({ status: null, recognizedBy: null, text: '' });
    expect(status('safety briefing at 10')).toBeNull();
  });

  it('folds widths, digits, accents and case', () => {
    expect(foldReply('ＳÛＲ ١٢')).toBe('sur 12');
  });

  it('never throws and always keeps the trimmed text, whatever arrives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const r = parseSmsReply(raw);
        expect(r.text).toBe(raw.trim());
        expect(r.status === null).toBe(r.recognizedBy === null);
      }),
    );
  });

  it('reads any reply starting with "2" as a call for help, whatever follows', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ .,!a-z]{0,30}$/), (rest) => {
        fc.pre(!/^[a-z0-9]/.test(rest));
        expect(status(`2${rest}`)).toBe('need_help');
      }),
    );
  });
});

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 10, 8, minutes));
const checkIn = (personId: string, s: 'safe' | 'need_help', minutes: number, reportedBy = personId): TCheckIn => ({ personId, status: s, at: at(minutes), reportedBy, source: 'sms' });

describe('latest check-in', () => {
  it('keeps the latest per person, whoever reported it', () => {
    const latest = latestCheckIns([checkIn('a', 'need_help', 5), checkInOnBehalf('a', 'safe', 'colleague', at(20), 'found at the assembly point'), checkIn('b', 'safe', 3)]);
    expect(latest.get('a')).toEqual({ personId: 'a', status: 'safe', at: at(20), reportedBy: 'colleague', source: 'on_behalf', note: 'found at the assembly point' });
    expect(latest.get('b')?.status).toBe('safe');
  });

  it('lets the person overrule a colleague later, in any input order', () => {
    const list = [checkIn('a', 'need_help', 30), checkInOnBehalf('a', 'safe', 'colleague', at(20))];
    expect(latestCheckIns(list).get('a')?.status).toBe('need_help');
    expect(latestCheckIns([...list].reverse()).get('a')?.status).toBe('need_help');
  });

  it('prefers need help at the same instant, and ignores what came after "as of"', () => {
    expect(latestCheckIns([checkIn('a', 'safe', 10), checkIn('a', 'need_help', 10), checkIn('a', 'safe', 10)]).get('a')?.status).toBe('need_help');
    expect(latestCheckIns([checkIn('a', 'safe', 10), checkIn('a', 'need_help', 40)], at(30)).get('a')?.status).toBe('safe');
  });

  it('does not depend on the order the check-ins are read in', () => {
    const arb = fc.array(fc.record({ p: fc.constantFrom('a', 'b', 'c'), s: fc.constantFrom('safe' as const, 'need_help' as const), m: fc.integer({ min: 0, max: 20 }) }), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((x) => checkIn(x.p, x.s, x.m));
        const status = (m: Map<string, TCheckIn>) => [...m.entries()].map(([k, v]) => [k, v.status, v.at.getTime()]).sort();
        expect(status(latestCheckIns([...list].reverse()))).toEqual(status(latestCheckIns(list)));
      }),
    );
  });
});

const recipient = (personId: string, unitId: string, reachable = true, supervisorId: string | null = null): TRollCallRecipient => ({ personId, unitId, reachable, supervisorId });

describe('accountability', () => {
  it('counts safe, need help, no answer and unreachable per office and overall', () => {
    const recipients = [recipient('a', 'co'), recipient('b', 'co'), recipient('c', 'co', false), recipient('d', 'sub'), recipient('e', 'sub', false)];
    const { overall, byUnit } = accountability(recipients, [checkIn('a', 'safe', 5), checkIn('b', 'need_help', 6), checkInOnBehalf('e', 'safe', 'd', at(7))]);
    expect(overall).toEqual({ total: 5, safe: 2, needHelp: 1, noAnswer: 1, unreachable: 1 });
    expect(byUnit.get('co')).toEqual({ total: 3, safe: 1, needHelp: 1, noAnswer: 0, unreachable: 1 });
    expect(byUnit.get('sub')).toEqual({ total: 2, safe: 1, needHelp: 0, noAnswer: 1, unreachable: 0 });
  });

  it('ignores check-ins of people outside the audience and counts a repeated recipient once', () => {
    const { overall } = accountability([recipient('a', 'co'), recipient('a', 'co')], [checkIn('stranger', 'safe', 1)]);
    expect(overall).toEqual({ total: 1, safe: 0, needHelp: 0, noAnswer: 1, unreachable: 0 });
  });

  it('always adds up: each recipient in one column, offices summing to the whole', () => {
    const arb = fc.array(fc.record({ unit: fc.constantFrom('u1', 'u2', 'u3'), reachable: fc.boolean(), answer: fc.constantFrom(null, 'safe' as const, 'need_help' as const) }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (specs) => {
        const recipients = specs.map((s, i) => recipient(`p${i}`, s.unit, s.reachable));
        const checkIns = specs.flatMap((s, i) => (s.answer ? [checkIn(`p${i}`, s.answer, i)] : []));
        const { overall, byUnit } = accountability(recipients, checkIns);
        expect(overall.safe + overall.needHelp + overall.noAnswer + overall.unreachable).toBe(overall.total);
        expect(overall.total).toBe(specs.length);
        expect([...byUnit.values()].reduce((n, u) => n + u.total, 0)).toBe(overall.total);
        expect(overall.needHelp).toBe(specs.filter((s) => s.answer === 'need_help').length);
      }),
    );
  });
});

describe('accountability per office', () => {
  const units = [
    { id: 'hq', parentId: null },
    { id: 'co', parentId: 'hq' },
    { id: 'sub', parentId: 'co' },
    { id: 'co2', parentId: 'hq' },
  ];

  it("counts a duty station's people in its office, and keeps units under no office on their own line", () => {
    const { byUnit } = accountability([recipient('a', 'co'), recipient('b', 'sub'), recipient('c', 'sub', false), recipient('d', 'co2'), recipient('e', 'hq')], [checkIn('b', 'safe', 1)]);
    const rolled = rollUpToOffices(byUnit, units, ['co', 'co2']);
    expect(rolled.get('co')).toEqual({ total: 3, safe: 1, needHelp: 0, noAnswer: 1, unreachable: 1 });
    expect(rolled.get('co2')).toEqual({ total: 1, safe: 0, needHelp: 0, noAnswer: 1, unreachable: 0 });
    expect(rolled.get('hq')).toEqual({ total: 1, safe: 0, needHelp: 0, noAnswer: 1, unreachable: 0 });
    expect(rolled.has('sub')).toBe(false);
  });

  it('preserves every column of the total, whatever offices are chosen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('hq', 'co', 'sub', 'co2'), { maxLength: 20 }), fc.subarray(['hq', 'co', 'sub', 'co2']), (placed, offices) => {
        const recipients = placed.map((unitId, i) => recipient(`p${i}`, unitId, i % 3 !== 0));
        const { overall, byUnit } = accountability(recipients, placed.flatMap((_, i) => (i % 4 === 1 ? [checkIn(`p${i}`, 'safe', i)] : [])));
        const rolled = [...rollUpToOffices(byUnit, units, offices).values()];
        for (const k of ['total', 'safe', 'needHelp', 'noAnswer', 'unreachable'] as const) expect(rolled.reduce((n, t) => n + t[k], 0)).toBe(overall[k]);
      }),
    );
  });
});

describe('re-alerts and escalation', () => {
  const timers: TCheckInTimers = { broadcastId: 'b1', broadcastAt: at(0), warningAfterMs: 15 * 60_000, realertEveryMs: 10 * 60_000, maxRealerts: 3, escalateAtRound: 2 };
  const recipients = [recipient('a', 'co', true, 'boss'), recipient('b', 'co'), recipient('c', 'co', false, 'boss'), recipient('d', 'co')];
  const replies = [checkIn('d', 'need_help', 3)];

  it('does nothing before the warning threshold', () => {
    expect(realertRound(timers, at(14))).toBe(0);
    expect(dueFollowUps(timers, recipients, replies, at(14))).toEqual({ realerts: [], escalations: [] });
    expect(nextFollowUpAt(timers, at(14))).toEqual(at(15));
  });

  it('re-alerts the silent at the threshold and escalates at once those no channel reaches', () => {
    expect(dueFollowUps(timers, recipients, replies, at(15))).toEqual({
      realerts: [
        { personId: 'a', round: 1, key: 'checkin-realert:b1:a:1' },
        { personId: 'b', round: 1, key: 'checkin-realert:b1:b:1' },
      ],
      escalations: [{ personId: 'c', supervisorId: 'boss', key: 'checkin-escalate:b1:c' }],
    });
  });

  it('escalates to the supervisor, or the CMT when there is none, from the chosen round', () => {
    const due = dueFollowUps(timers, recipients, replies, at(25));
    expect(due.realerts.map((r) => r.key)).toEqual(['checkin-realert:b1:a:2', 'checkin-realert:b1:b:2']);
    expect(due.escalations).toEqual([
      { personId: 'a', supervisorId: 'boss', key: 'checkin-escalate:b1:a' },
      { personId: 'b', supervisorId: null, key: 'checkin-escalate:b1:b' },
      { personId: 'c', supervisorId: 'boss', key: 'checkin-escalate:b1:c' },
    ]);
  });

  it('stops chasing someone once they answer, and counts only answers given by then', () => {
    const later = [...replies, checkIn('a', 'safe', 20)];
    expect(dueFollowUps(timers, recipients, later, at(25)).realerts.map((r) => r.personId)).toEqual(['b']);
    expect(dueFollowUps(timers, recipients, later, at(16)).realerts.map((r) => r.personId)).toEqual(['a', 'b']);
  });

  it('stays on the last round after the maximum, so no more messages go out', () => {
    expect(realertRound(timers, at(600))).toBe(3);
    expect(dueFollowUps(timers, recipients, replies, at(600)).realerts.map((r) => r.round)).toEqual([3, 3]);
    expect(nextFollowUpAt(timers, at(35))).toBeNull();
    expect(nextFollowUpAt(timers, at(34))).toEqual(at(35));
  });

  it('never re-alerts when the maximum is zero', () => {
    expect(dueFollowUps({ ...timers, maxRealerts: 0 }, recipients, replies, at(600))).toEqual({ realerts: [], escalations: [] });
  });

  it('gives the same keys however often it is asked within a round, and new keys each round', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (m1, m2) => {
        const k1 = dueFollowUps(timers, recipients, replies, at(m1)).realerts.map((r) => r.key);
        const k2 = dueFollowUps(timers, recipients, replies, at(m2)).realerts.map((r) => r.key);
        const sameRound = realertRound(timers, at(m1)) === realertRound(timers, at(m2));
        if (sameRound) expect(k2).toEqual(k1);
        else expect(k1.some((k) => k2.includes(k))).toBe(false);
      }),
    );
  });
});
