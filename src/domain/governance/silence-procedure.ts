/**
 * Decisions by silence procedure (issue 8, must-have 3; BRIEF module 10; the review's chapter
 * VI.E), after the UN General Assembly's decision 74/544: the President circulates a draft
 * decision in every official language with a deadline at least 72 hours away; if no member
 * breaks silence before the deadline, the decision is adopted; one member's signed statement
 * breaks silence and the draft is not adopted.
 *
 * The procedure is a fold over its event record (ADR 0013). `decide(events, now)` derives the
 * state; commands return the events to append or a refusal. The outcome depends only on the
 * timestamps in the record compared with the deadline — never on when anyone asks — so a server
 * that was down at the deadline decides the same thing when it comes back, and a statement
 * stamped at or after the deadline can never count.
 */
import { LANGUAGES, type TLanguage } from '../languages.js';
import { accept, isAccredited, refuse, type TAccreditation, type TCommandResult } from './accreditation.js';
import { hoursBetween, instantMs, isBefore, normalizeInstant, wallClock, type TInstant, type TWallClock } from './instants.js';

/** Decision 74/544: "a period of at least 72 hours". A body may set a longer minimum, never a shorter one here. */
export const MINIMUM_SILENCE_HOURS = 72;

export const SILENCE_STATES = ['none', 'draft', 'circulated', 'silence_broken', 'adopted', 'withdrawn'] as const;
export type TSilenceState = (typeof SILENCE_STATES)[number];

export type TDraftTexts = Partial<Record<TLanguage, string>>;

export type TSilenceEvent =
  /** `languages`: the body's official languages the draft must exist in (all six when absent). */
  | { type: 'drafted'; at: TInstant; by: string; timeZone: string; texts: TDraftTexts; languages?: TLanguage[] }
  | { type: 'text_set'; at: TInstant; by: string; language: TLanguage; text: string }
  | { type: 'circulated'; at: TInstant; by: string; deadline: TInstant; members: string[] }
  | { type: 'silence_broken'; at: TInstant; memberId: string; representativeId: string; language: TLanguage; statement: string }
  | { type: 'withdrawn'; at: TInstant; by: string; reason: string }
  /** Written by the scheduler once the deadline has passed: `at` is the deadline itself, `recordedAt` when it was written. */
  | { type: 'closed'; at: TInstant; recordedAt: TInstant };

export const SILENCE_REFUSALS = [
  'already_drafted',
  'not_drafted',
  'not_a_draft',
  'missing_languages',
  'deadline_too_short',
  'no_members',
  'not_circulated',
  'not_a_member',
  'not_accredited',
  'empty_statement',
  'deadline_passed',
  'already_broken',
  'concluded',
  'deadline_not_reached',
  'not_the_deadline',
  'out_of_order',
] as const;
export type TSilenceRefusal = (typeof SILENCE_REFUSALS)[number];

export interface TSilenceProcedure {
  state: TSilenceState;
  timeZone: string | null;
  texts: TDraftTexts;
  /** The languages the draft must be circulated in. */
  languages: TLanguage[];
  circulatedAt: TInstant | null;
  deadline: TInstant | null;
  /** The members the draft was circulated to: those who may break silence. */
  members: string[];
  /** The statement that broke silence, if one did. */
  brokenBy: Extract<TSilenceEvent, { type: 'silence_broken' }> | null;
  /** When the outcome took effect: the breaking statement's time, the deadline, or the withdrawal. */
  decidedAt: TInstant | null;
  /** True when adopted by the passing of the deadline but the closing event is not yet in the record. */
  awaitingClose: boolean;
  /** Events the rules do not allow (a late statement written by a faulty node …), with why; they change nothing. */
  /** The time of the latest event the rules accepted (closing events aside): nothing may be recorded before it. */
  lastEventAt: TInstant | null;
  ignored: { index: number; reason: TSilenceRefusal }[];
}

const EMPTY: TSilenceProcedure = {
  state: 'none',
  timeZone: null,
  texts: {},
  languages: [...LANGUAGES],
  circulatedAt: null,
  deadline: null,
  members: [],
  brokenBy: null,
  decidedAt: null,
  awaitingClose: false,
  lastEventAt: null,
  ignored: [],
};

export const missingLanguages = (texts: TDraftTexts, languages: readonly TLanguage[] = LANGUAGES): TLanguage[] => languages.filter((l) => !(texts[l] ?? '').trim());

/** Whether the deadline has passed at `at`: at the deadline itself silence can no longer be broken. */
const deadlinePassed = (p: TSilenceProcedure, at: TInstant) => p.deadline !== null && !isBefore(at, p.deadline);

/** One event applied to the procedure as it stood: the rules of the fold, shared by the commands. */
function step(p: TSilenceProcedure, e: TSilenceEvent, lastAt: TInstant | null): TSilenceProcedure | TSilenceRefusal {
  // The record is written in time order; an event stamped before its predecessor was not (closing events excepted: they carry the deadline).
  if (e.type !== 'closed' && lastAt !== null && isBefore(e.at, lastAt)) return 'out_of_order';
  switch (e.type) {
    case 'drafted':
      if (p.state !== 'none') return 'already_drafted';
      return { ...p, state: 'draft', timeZone: e.timeZone, texts: { ...e.texts }, languages: e.languages && e.languages.length > 0 ? LANGUAGES.filter((l) => e.languages!.includes(l)) : [...LANGUAGES] };
    case 'text_set':
      if (p.state === 'none') return 'not_drafted';
      return p.state === 'draft' ? { ...p, texts: { ...p.texts, [e.language]: e.text } } : 'not_a_draft';
    case 'circulated': {
      if (p.state === 'none') return 'not_drafted';
      if (p.state !== 'draft') return 'not_a_draft';
      if (missingLanguages(p.texts, p.languages).length > 0) return 'missing_languages';
      if (e.members.length === 0) return 'no_members';
      if (hoursBetween(e.at, e.deadline) < MINIMUM_SILENCE_HOURS) return 'deadline_too_short';
      return { ...p, state: 'circulated', circulatedAt: e.at, deadline: e.deadline, members: [...e.members] };
    }
    case 'silence_broken':
      if (p.state === 'silence_broken') return 'already_broken';
      if (p.state !== 'circulated') return p.state === 'none' || p.state === 'draft' ? 'not_circulated' : 'concluded';
      if (deadlinePassed(p, e.at)) return 'deadline_passed';
      if (!p.members.includes(e.memberId)) return 'not_a_member';
      if (!e.statement.trim()) return 'empty_statement';
      return { ...p, state: 'silence_broken', brokenBy: e, decidedAt: e.at };
    case 'withdrawn':
      if (p.state === 'none') return 'not_drafted';
      if (p.state !== 'draft' && p.state !== 'circulated') return 'concluded';
      if (deadlinePassed(p, e.at)) return 'deadline_passed';
      return { ...p, state: 'withdrawn', decidedAt: e.at };
    case 'closed':
      if (p.state !== 'circulated') return p.state === 'none' || p.state === 'draft' ? 'not_circulated' : 'concluded';
      if (instantMs(e.at) !== instantMs(p.deadline!)) return 'not_the_deadline';
      if (isBefore(e.recordedAt, p.deadline!)) return 'deadline_not_reached';
      return { ...p, state: 'adopted', decidedAt: p.deadline };
  }
}

/**
 * The procedure as the record shows it at `now`. Without a closing event a circulated draft whose
 * deadline has passed is already adopted (`awaitingClose` tells the scheduler to write the event);
 * with one, or two, the answer is the same.
 */
export function decide(events: readonly TSilenceEvent[], now: TInstant): TSilenceProcedure {
  let p: TSilenceProcedure = { ...EMPTY, ignored: [] };
  let lastAt: TInstant | null = null;
  events.forEach((e, index) => {
    const next = step(p, e, lastAt);
    if (typeof next === 'string') {
      p = { ...p, ignored: [...p.ignored, { index, reason: next }] };
      return;
    }
    p = next;
    if (e.type !== 'closed') lastAt = e.at;
  });
  p = { ...p, lastEventAt: lastAt };
  if (p.state === 'circulated' && deadlinePassed(p, now)) return { ...p, state: 'adopted', decidedAt: p.deadline, awaitingClose: true };
  return p;
}

/** The deadline as members in the body's time zone read it. */
export function deadlineInBodyZone(p: TSilenceProcedure): TWallClock | null {
  return p.deadline && p.timeZone ? wallClock(p.deadline, p.timeZone) : null;
}

type TResult = TCommandResult<TSilenceEvent, TSilenceRefusal>;

/** Appends `event` if the fold accepts it after the record: one rule for commands and for reading the record. */
function tryAppend(events: readonly TSilenceEvent[], event: TSilenceEvent): TResult {
  const current = decide(events, event.at);
  const next = step(current.awaitingClose ? { ...current, state: 'circulated' } : current, event, current.lastEventAt);
  if (typeof next !== 'string') return accept(event);
  return next === 'missing_languages' ? refuse(next, missingLanguages(current.texts, current.languages)) : refuse(next);
}

export function draft(events: readonly TSilenceEvent[], input: { at: TInstant; by: string; timeZone: string; texts: TDraftTexts; languages?: readonly TLanguage[] }): TResult {
  const languages = input.languages ? { languages: LANGUAGES.filter((l) => input.languages!.includes(l)) } : {};
  return tryAppend(events, { type: 'drafted', at: normalizeInstant(input.at), by: input.by, timeZone: input.timeZone, texts: { ...input.texts }, ...languages });
}

export function setText(events: readonly TSilenceEvent[], input: { at: TInstant; by: string; language: TLanguage; text: string }): TResult {
  return tryAppend(events, { type: 'text_set', at: normalizeInstant(input.at), by: input.by, language: input.language, text: input.text });
}

/** Circulates the draft to the members accredited now; refused while a language is missing or the silence is too short. */
export function circulate(
  events: readonly TSilenceEvent[],
  input: { at: TInstant; by: string; deadline: TInstant; members: readonly string[]; minimumHours?: number },
): TResult {
  const at = normalizeInstant(input.at);
  const deadline = normalizeInstant(input.deadline);
  const result = tryAppend(events, { type: 'circulated', at, by: input.by, deadline, members: [...new Set(input.members)].sort() });
  // The fold checks the 72-hour floor every body shares; a body may require more of its own.
  if (result.ok && input.minimumHours !== undefined && hoursBetween(at, deadline) < input.minimumHours) return refuse('deadline_too_short');
  return result;
}

/** A member breaks silence: the representative must be accredited for it at the moment of the statement. */
export function breakSilence(
  events: readonly TSilenceEvent[],
  roster: readonly TAccreditation[],
  input: { at: TInstant; memberId: string; representativeId: string; language: TLanguage; statement: string },
): TResult {
  const at = normalizeInstant(input.at);
  const { memberId, representativeId, language, statement } = input;
  const result = tryAppend(events, { type: 'silence_broken', at, memberId, representativeId, language, statement });
  // The record's own rules first (late, already broken …); accreditation is checked against the roster of the day.
  if (result.ok && !isAccredited(roster, input.memberId, input.representativeId, at)) return refuse('not_accredited');
  return result;
}

export function withdraw(events: readonly TSilenceEvent[], input: { at: TInstant; by: string; reason: string }): TResult {
  return tryAppend(events, { type: 'withdrawn', at: normalizeInstant(input.at), by: input.by, reason: input.reason });
}

/**
 * The closing event for the scheduler, stamped with the deadline and not with the hour the job
 * ran. Idempotent: nothing to append when the record is already closed or was decided otherwise
 * (broken, withdrawn); refused only before the deadline.
 */
export function closeAt(events: readonly TSilenceEvent[], now: TInstant): TResult {
  const p = decide(events, now);
  if (p.state === 'circulated') return refuse('deadline_not_reached');
  if (p.state === 'none' || p.state === 'draft') return refuse('not_circulated');
  if (!p.awaitingClose) return accept();
  return accept({ type: 'closed', at: p.deadline!, recordedAt: normalizeInstant(now) });
}
