import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages.js';
import type { TAccreditation } from './accreditation.js';
import { addHours, instantOf } from './instants.js';
import {
  breakSilence,
  circulate,
  closeAt,
  deadlineInBodyZone,
  decide,
  draft,
  setText,
  withdraw,
  type TDraftTexts,
  type TSilenceEvent,
} from './silence-procedure.js';

const allTexts: TDraftTexts = Object.fromEntries(LANGUAGES.map((l) => [l, `Draft decision (${l})`]));
const T0 = '2026-03-02T15:00:00.000Z';
const DEADLINE = addHours(T0, 72);
const roster: TAccreditation[] = [
  { memberId: 'FRA', representativeId: 'u-fra', from: '2020-01-01T00:00:00Z', until: null },
  { memberId: 'KEN', representativeId: 'u-ken', from: '2020-01-01T00:00:00Z', until: null },
  { memberId: 'PER', representativeId: 'u-per-old', from: '2020-01-01T00:00:00Z', until: '2026-03-03T00:00:00Z' },
];

function ok(result: { ok: boolean; events?: TSilenceEvent[] }): TSilenceEvent[] {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.events!;
}

/** A draft in all six languages circulated at T0 with a 72-hour deadline. */
function circulated(deadline = DEADLINE): TSilenceEvent[] {
  const log = ok(draft([], { at: '2026-03-01T09:00:00Z', by: 'secretariat', timeZone: 'America/New_York', texts: allTexts }));
  return [...log, ...ok(circulate(log, { at: T0, by: 'secretariat', deadline, members: ['FRA', 'KEN', 'PER'] }))];
}

const statement = (at: string, memberId = 'FRA', representativeId = 'u-fra') => ({ at, memberId, representativeId, language: 'fr' as const, statement: 'La France rompt le silence.' });

describe('circulating a draft', () => {
  it('is refused while any of the six official languages is missing, naming them', () => {
    const { ar: _ar, zh: _zh, ...someTexts } = allTexts;
    const log = ok(draft([], { at: '2026-03-01T09:00:00Z', by: 's', timeZone: 'UTC', texts: someTexts }));
    expect(circulate(log, { at: T0, by: 's', deadline: DEADLINE, members: ['FRA'] })).toEqual({ ok: false, reason: 'missing_languages', detail: ['zh', 'ar'] });
    // A blank text is no translation.
    const blank = [...log, ...ok(setText(log, { at: T0, by: 's', language: 'zh', text: '  ' }))];
    expect(circulate(blank, { at: T0, by: 's', deadline: DEADLINE, members: ['FRA'] })).toMatchObject({ ok: false, detail: ['zh', 'ar'] });
    const complete = [...blank, ...ok(setText(blank, { at: T0, by: 's', language: 'zh', text: '决定草案' })), ...ok(setText(blank, { at: T0, by: 's', language: 'ar', text: 'مشروع مقرر' }))];
    expect(circulate(complete, { at: T0, by: 's', deadline: DEADLINE, members: ['FRA'] }).ok).toBe(true);
  });

  it('needs at least 72 hours of real time, whatever the clocks of the body say', () => {
    const log = ok(draft([], { at: T0, by: 's', timeZone: 'UTC', texts: allTexts }));
    expect(circulate(log, { at: T0, by: 's', deadline: addHours(T0, 72), members: ['FRA'] }).ok).toBe(true);
    expect(circulate(log, { at: T0, by: 's', deadline: addHours(T0, 71.99), members: ['FRA'] })).toEqual({ ok: false, reason: 'deadline_too_short' });
    // New York springs forward on 8 March 2026: Friday 18:00 to Monday 18:00 local is only 71 hours.
    const friday = instantOf('2026-03-06', '18:00', 'America/New_York')!;
    const monday = instantOf('2026-03-09', '18:00', 'America/New_York')!;
    const nyLog = ok(draft([], { at: friday, by: 's', timeZone: 'America/New_York', texts: allTexts }));
    expect(circulate(nyLog, { at: friday, by: 's', deadline: monday, members: ['FRA'] })).toEqual({ ok: false, reason: 'deadline_too_short' });
    expect(circulate(nyLog, { at: friday, by: 's', deadline: addHours(monday, 1), members: ['FRA'] }).ok).toBe(true);
  });

  it('may require more than 72 hours for a body that says so, never fewer', () => {
    const log = ok(draft([], { at: T0, by: 's', timeZone: 'UTC', texts: allTexts }));
    expect(circulate(log, { at: T0, by: 's', deadline: addHours(T0, 96), members: ['FRA'], minimumHours: 120 })).toEqual({ ok: false, reason: 'deadline_too_short' });
    expect(circulate(log, { at: T0, by: 's', deadline: addHours(T0, 48), members: ['FRA'], minimumHours: 24 })).toEqual({ ok: false, reason: 'deadline_too_short' });
  });

  it('happens once, and only to a draft', () => {
    const log = circulated();
    expect(circulate(log, { at: addHours(T0, 1), by: 's', deadline: addHours(T0, 100), members: ['FRA'] })).toEqual({ ok: false, reason: 'not_a_draft' });
    expect(circulate([], { at: T0, by: 's', deadline: DEADLINE, members: ['FRA'] })).toEqual({ ok: false, reason: 'not_drafted' });
    expect(setText(log, { at: addHours(T0, 1), by: 's', language: 'en', text: 'changed after circulation' })).toEqual({ ok: false, reason: 'not_a_draft' });
    expect(draft(log, { at: addHours(T0, 1), by: 's', timeZone: 'UTC', texts: allTexts })).toEqual({ ok: false, reason: 'already_drafted' });
    const drafted = ok(draft([], { at: T0, by: 's', timeZone: 'UTC', texts: allTexts }));
    expect(circulate(drafted, { at: T0, by: 's', deadline: DEADLINE, members: [] })).toEqual({ ok: false, reason: 'no_members' });
  });

  it('shows the deadline in the body’s own time zone', () => {
    const p = decide(circulated(), T0);
    expect(p.deadline).toBe('2026-03-05T15:00:00.000Z');
    expect(deadlineInBodyZone(p)).toEqual({ date: '2026-03-05', time: '10:00', timeZone: 'America/New_York', offset: 'GMT-05:00' });
  });
});

describe('breaking silence', () => {
  it('by one accredited member before the deadline: silence broken, the draft is not adopted', () => {
    const log = circulated();
    const at = addHours(T0, 10);
    const broken = [...log, ...ok(breakSilence(log, roster, statement(at)))];
    const p = decide(broken, addHours(T0, 500));
    expect(p).toMatchObject({ state: 'silence_broken', decidedAt: at, awaitingClose: false, brokenBy: { memberId: 'FRA', representativeId: 'u-fra' } });
    expect(closeAt(broken, addHours(T0, 500))).toEqual({ ok: true, events: [] });
  });

  it('up to the last millisecond before the deadline, and not at it', () => {
    const log = circulated();
    expect(breakSilence(log, roster, statement(addHours(DEADLINE, -1 / 3_600_000))).ok).toBe(true);
    expect(breakSilence(log, roster, statement(DEADLINE))).toEqual({ ok: false, reason: 'deadline_passed' });
    expect(breakSilence(log, roster, statement(addHours(DEADLINE, 30)))).toEqual({ ok: false, reason: 'deadline_passed' });
  });

  it('is refused to non-members, to representatives not accredited at that moment, and to empty statements', () => {
    const log = circulated();
    const at = addHours(T0, 1);
    expect(breakSilence(log, roster, statement(at, 'BRA', 'u-bra'))).toEqual({ ok: false, reason: 'not_a_member' });
    expect(breakSilence(log, roster, statement(at, 'KEN', 'u-fra'))).toEqual({ ok: false, reason: 'not_accredited' });
    // PER's representative was accredited until 3 March: a statement on the 4th is not theirs to make.
    expect(breakSilence(log, roster, statement('2026-03-04T00:00:00Z', 'PER', 'u-per-old'))).toEqual({ ok: false, reason: 'not_accredited' });
    expect(breakSilence(log, roster, statement('2026-03-02T20:00:00Z', 'PER', 'u-per-old')).ok).toBe(true);
    expect(breakSilence(log, roster, { ...statement(at), statement: ' \n' })).toEqual({ ok: false, reason: 'empty_statement' });
  });

  it('once: a second statement is refused as already broken', () => {
    const log = circulated();
    const broken = [...log, ...ok(breakSilence(log, roster, statement(addHours(T0, 1))))];
    expect(breakSilence(broken, roster, statement(addHours(T0, 2), 'KEN', 'u-ken'))).toEqual({ ok: false, reason: 'already_broken' });
  });

  it('is refused before circulation and after withdrawal', () => {
    const drafted = ok(draft([], { at: T0, by: 's', timeZone: 'UTC', texts: allTexts }));
    expect(breakSilence(drafted, roster, statement(addHours(T0, 1)))).toEqual({ ok: false, reason: 'not_circulated' });
    const log = circulated();
    const withdrawn = [...log, ...ok(withdraw(log, { at: addHours(T0, 1), by: 's', reason: 'superseded' }))];
    expect(breakSilence(withdrawn, roster, statement(addHours(T0, 2)))).toEqual({ ok: false, reason: 'concluded' });
    expect(decide(withdrawn, addHours(T0, 200)).state).toBe('withdrawn');
  });
});

describe('at the deadline', () => {
  it('a draft nobody objected to is adopted, the closing event stamped with the deadline', () => {
    const log = circulated();
    expect(decide(log, addHours(DEADLINE, -0.001)).state).toBe('circulated');
    expect(closeAt(log, addHours(DEADLINE, -0.001))).toEqual({ ok: false, reason: 'deadline_not_reached' });
    const atDeadline = decide(log, DEADLINE);
    expect(atDeadline).toMatchObject({ state: 'adopted', decidedAt: DEADLINE, awaitingClose: true });
    const closing = ok(closeAt(log, DEADLINE));
    expect(closing).toEqual([{ type: 'closed', at: DEADLINE, recordedAt: DEADLINE }]);
    expect(decide([...log, ...closing], DEADLINE)).toMatchObject({ state: 'adopted', awaitingClose: false, ignored: [] });
  });

  it('is decided the same way by a server that was down at the deadline and comes back days later', () => {
    const log = circulated();
    // A statement made in time, recorded before the outage: broken, whenever asked.
    const broken = [...log, ...ok(breakSilence(log, roster, statement(addHours(DEADLINE, -0.5))))];
    expect(decide(broken, addHours(DEADLINE, 24 * 9)).state).toBe('silence_broken');
    // Nobody objected: adopted at the deadline, not at the hour the job finally ran.
    const late = addHours(DEADLINE, 24 * 9 + 3.25);
    const closing = ok(closeAt(log, late));
    expect(closing).toEqual([{ type: 'closed', at: DEADLINE, recordedAt: late }]);
    expect(decide([...log, ...closing], late)).toMatchObject({ state: 'adopted', decidedAt: DEADLINE });
    // A statement arriving when the server is back is too late, though nothing was closed yet.
    expect(breakSilence(log, roster, statement(late))).toEqual({ ok: false, reason: 'deadline_passed' });
  });

  it('closes exactly once: a second closing appends nothing, a duplicate in the record changes nothing', () => {
    const log = circulated();
    const once = [...log, ...ok(closeAt(log, addHours(DEADLINE, 1)))];
    expect(closeAt(once, addHours(DEADLINE, 2))).toEqual({ ok: true, events: [] });
    const twice = [...once, { type: 'closed' as const, at: DEADLINE, recordedAt: addHours(DEADLINE, 2) }];
    expect(decide(twice, addHours(DEADLINE, 3))).toMatchObject({ state: 'adopted', decidedAt: DEADLINE, ignored: [{ index: twice.length - 1, reason: 'concluded' }] });
  });

  it('ignores what the rules forbid even if it reached the record: a late statement, a closing stamped with another time', () => {
    const log = circulated();
    const late: TSilenceEvent = { type: 'silence_broken', ...statement(addHours(DEADLINE, 1)) };
    const wrongClose: TSilenceEvent = { type: 'closed', at: addHours(DEADLINE, 5), recordedAt: addHours(DEADLINE, 5) };
    const early: TSilenceEvent = { type: 'closed', at: DEADLINE, recordedAt: addHours(DEADLINE, -1) };
    const p = decide([...log, wrongClose, early, late], addHours(DEADLINE, 6));
    expect(p.state).toBe('adopted');
    expect(p.ignored.map((i) => i.reason)).toEqual(['not_the_deadline', 'deadline_not_reached', 'deadline_passed']);
  });

  it('refuses an event stamped before the one recorded last, and a rejected event does not move that mark', () => {
    const log = circulated();
    const broken = [...log, ...ok(breakSilence(log, roster, statement(addHours(T0, 5))))];
    expect(withdraw(broken, { at: addHours(T0, 4), by: 's', reason: 'x' })).toEqual({ ok: false, reason: 'out_of_order' });
    // A forged far-future statement in the record is ignored, and does not block statements made in time.
    const forged: TSilenceEvent = { type: 'silence_broken', ...statement(addHours(DEADLINE, 100)) };
    const record = [...log, forged];
    expect(decide(record, T0)).toMatchObject({ state: 'circulated', lastEventAt: T0, ignored: [{ index: 2, reason: 'deadline_passed' }] });
    expect(breakSilence(record, roster, statement(addHours(T0, 1), 'KEN', 'u-ken')).ok).toBe(true);
  });

  it('refuses to withdraw a draft once the deadline has passed', () => {
    expect(withdraw(circulated(), { at: DEADLINE, by: 's', reason: 'too late' })).toEqual({ ok: false, reason: 'deadline_passed' });
  });
});

describe('properties', () => {
  const offsetHours = fc.double({ min: 0, max: 200, noNaN: true });

  it('the outcome depends on when statements were made, never on when it is asked', () => {
    fc.assert(
      fc.property(fc.option(offsetHours, { nil: null }), offsetHours, offsetHours, (breakAfter, askA, askB) => {
        const log = circulated();
        const attempt = breakAfter === null ? null : breakSilence(log, roster, statement(addHours(T0, breakAfter)));
        const record = attempt?.ok ? [...log, ...attempt.events] : log;
        // Accepted exactly when the statement came before the deadline.
        if (breakAfter !== null) expect(attempt!.ok).toBe(breakAfter < 72);
        const laterA = addHours(DEADLINE, askA);
        const laterB = addHours(DEADLINE, askB);
        const a = decide(record, laterA);
        const b = decide(record, laterB);
        expect(a.state).toBe(b.state);
        expect(a.decidedAt).toBe(b.decidedAt);
        expect(a.state).toBe(breakAfter !== null && breakAfter < 72 ? 'silence_broken' : 'adopted');
        // And the closing event, whenever written, does not change it.
        const closed = [...record, ...ok(closeAt(record, laterA)), ...ok(closeAt(record, laterB))];
        expect(decide(closed, laterB)).toMatchObject({ state: a.state, decidedAt: a.decidedAt });
        expect(closed.filter((e) => e.type === 'closed').length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('closing any number of times leaves one outcome and one effective closing', () => {
    fc.assert(
      fc.property(fc.array(offsetHours, { minLength: 1, maxLength: 6 }), (runs) => {
        let record = circulated();
        for (const h of runs) record = [...record, ...ok(closeAt(record, addHours(DEADLINE, h)))];
        expect(record.filter((e) => e.type === 'closed')).toHaveLength(1);
        expect(decide(record, addHours(DEADLINE, 300))).toMatchObject({ state: 'adopted', decidedAt: DEADLINE, ignored: [] });
      }),
    );
  });
});

describe('official languages of the body', () => {
  it('asks for the body’s languages only, and names the missing ones', async () => {
    const { draft: d, circulate: c, decide: dec } = await import('./silence-procedure.js');
    const drafted = d([], { at: '2026-03-02T09:00:00Z', by: 'sec', timeZone: 'UTC', texts: { en: 'Draft' }, languages: ['fr', 'en'] });
    expect(drafted.ok).toBe(true);
    const events = drafted.ok ? drafted.events : [];
    const refused = c(events, { at: '2026-03-02T10:00:00Z', by: 'sec', deadline: '2026-03-06T10:00:00Z', members: ['m1'] });
    expect(refused).toEqual({ ok: false, reason: 'missing_languages', detail: ['fr'] });
    const withFrench = [...events, { type: 'text_set' as const, at: '2026-03-02T09:30:00.000Z', by: 'sec', language: 'fr' as const, text: 'Projet' }];
    expect(c(withFrench, { at: '2026-03-02T10:00:00Z', by: 'sec', deadline: '2026-03-06T10:00:00Z', members: ['m1'] }).ok).toBe(true);
    expect(dec(events, '2026-03-02T10:00:00Z').languages).toEqual(['en', 'fr']);
  });
});
