/**
 * Safety check-in: reading the replies, who is accounted for, and who must be chased. The
 * rule behind every choice here: a wrong "safe" leaves someone without help, a wrong "need
 * help" costs the CMT a phone call. So anything that mentions help counts as a call for help.
 */
export const CHECK_IN_STATUSES = ['safe', 'need_help'] as const;
export type TCheckInStatus = (typeof CHECK_IN_STATUSES)[number];

export interface TParsedReply {
  /** Null when the reply says neither: it is kept and shown to the CMT, but accounts for no one. */
  status: TCheckInStatus | null;
  /** How the status was read: the reply code (`1`/`2`), words, or not at all. */
  recognizedBy: 'code' | 'words' | null;
  /** The reply as received (trimmed): never lost, whatever was recognized. */
  text: string;
}

// Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits; full-width digits are folded by NFKC.
const DIGITS: Record<string, string> = {};
for (let d = 0; d < 10; d++) {
  DIGITS[String.fromCharCode(0x0660 + d)] = String(d);
  DIGITS[String.fromCharCode(0x06f0 + d)] = String(d);
}

/** Folds width, case, accents and digit forms, so "SÛR", "sur" and "Sûr" read alike, as do "１", "١" and "1". */
export function foldReply(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => DIGITS[d]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Words in the six languages. Phrases in scripts written with spaces match whole words;
 * Chinese matches anywhere ("我很安全"). A negated "safe" (not safe, 不安全) is a call for help.
 */
const SAFE_WORDS = [
  'safe', 'ok', 'okay', 'fine', 'sûr', 'sûre', 'en sécurité', 'sain et sauf', 'bien',
  'seguro', 'segura', 'a salvo', 'безопасно', 'в безопасности', 'в порядке', 'хорошо',
  '安全', '平安', '没事', 'آمن', 'بأمان', 'بخير', 'سالم',
];
/** A safe word right after one of these ("not safe", "pas en sécurité", "не в порядке", "غير آمن") is a call for help. */
const NEGATIONS = ['not', 'no', 'pas', 'ne', 'не', 'нет', 'غير', 'لست', 'ليس', 'مش'].map((w) => foldReply(w));
const HELP_WORDS = [
  'help', 'sos', 'unsafe', 'danger',
  'aide', 'au secours', 'secours',
  'ayuda', 'auxilio', 'socorro', 'no estoy seguro', 'no estoy segura', 'no estoy bien', 'no estoy a salvo', 'peligro',
  'помощь', 'помогите', 'небезопасно', 'опасность',
  '帮助', '救命', '求助', '不安全', '危险',
  'مساعدة', 'النجدة', 'ساعدوني', 'خطر',
];

const HAN = /\p{Script=Han}/u;
/** Words, with a `|` between clauses so "No. Safe." is not read as "not safe". */
const words = (folded: string) =>
  folded.split(/[.,;:!?¡¿،؛。，！？、]+/u).flatMap((clause, i) => [...(i > 0 ? ['|'] : []), ...clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean)]);

interface TPhrase {
  text: string;
  han: boolean;
  words: string[];
}
// Folded once: replies are read by the thousand in the minutes after an alert.
const phrases = (list: readonly string[]): TPhrase[] => list.map((w) => foldReply(w)).map((text) => ({ text, han: HAN.test(text), words: words(text) }));
const SAFE = phrases(SAFE_WORDS);
const HELP = phrases(HELP_WORDS);

/** Where each phrase occurs: whole words in spaced scripts, anywhere in Chinese (index -1 there: no words to look behind). */
function occurrences(folded: string, tokens: readonly string[], phrases: readonly TPhrase[]): number[] {
  const at: number[] = [];
  for (const { text: p, han, words: want } of phrases) {
    if (han) {
      if (folded.includes(p)) at.push(-1);
      continue;
    }
    for (let i = 0; i + want.length <= tokens.length; i++) if (want.every((w, j) => tokens[i + j] === w)) at.push(i);
  }
  return at;
}

const negatedAt = (tokens: readonly string[], i: number) => i > 0 && NEGATIONS.includes(tokens[i - 1]!);

/** Reads an SMS reply: `1` safe, `2` need help (in any digit form), or words in the six languages. */
export function parseSmsReply(raw: string): TParsedReply {
  const text = raw.trim();
  const folded = foldReply(text);
  const tokens = words(folded);
  const safeAt = occurrences(folded, tokens, SAFE);
  const helpWords = occurrences(folded, tokens, HELP).length > 0 || safeAt.some((i) => negatedAt(tokens, i));
  // The code is the first token alone ("1", "1.", "2 trapped"), not "12" or "1st".
  const code = /^([12])(?![\p{L}\p{N}])/u.exec(folded)?.[1];
  if (code !== undefined) return { status: code === '2' || helpWords ? 'need_help' : 'safe', recognizedBy: 'code', text };
  if (helpWords) return { status: 'need_help', recognizedBy: 'words', text };
  if (safeAt.length > 0) return { status: 'safe', recognizedBy: 'words', text };
  return { status: null, recognizedBy: null, text };
}

export interface TCheckIn {
  personId: string;
  status: TCheckInStatus;
  at: Date;
  /** Who reported it: the person, or a colleague checking in on their behalf. */
  reportedBy: string;
  source: 'sms' | 'link' | 'app' | 'on_behalf';
  note?: string;
}

/** A colleague's check-in for someone else: recorded as theirs, with the colleague named. */
export function checkInOnBehalf(personId: string, status: TCheckInStatus, colleagueId: string, at: Date, note?: string): TCheckIn {
  return { personId, status, at, reportedBy: colleagueId, source: 'on_behalf', ...(note === undefined ? {} : { note }) };
}

/**
 * The check-in that stands for each person: the latest one up to `asOf`, whoever reported
 * it (someone who needed help and is later reported safe by the colleague who reached them
 * is safe). Two at the same instant: need help wins.
 */
export function latestCheckIns(checkIns: readonly TCheckIn[], asOf?: Date): Map<string, TCheckIn> {
  const latest = new Map<string, TCheckIn>();
  for (const c of checkIns) {
    if (asOf && c.at > asOf) continue;
    const held = latest.get(c.personId);
    if (!held || c.at > held.at || (c.at.getTime() === held.at.getTime() && c.status === 'need_help')) latest.set(c.personId, c);
  }
  return latest;
}

export interface TRollCallRecipient {
  personId: string;
  unitId: string;
  /** False when no channel could reach the person (see audience.ts). */
  reachable: boolean;
  supervisorId: string | null;
}

export interface TAccountability {
  total: number;
  safe: number;
  needHelp: number;
  noAnswer: number;
  /** Could not be alerted and nobody has checked in for them. */
  unreachable: number;
}

const empty = (): TAccountability => ({ total: 0, safe: 0, needHelp: 0, noAnswer: 0, unreachable: 0 });

/** Who is accounted for, per office and overall. Each recipient is in exactly one column. */
export function accountability(recipients: readonly TRollCallRecipient[], checkIns: readonly TCheckIn[], asOf?: Date): { overall: TAccountability; byUnit: Map<string, TAccountability> } {
  const latest = latestCheckIns(checkIns, asOf);
  const overall = empty();
  const byUnit = new Map<string, TAccountability>();
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.personId)) continue;
    seen.add(r.personId);
    const unit = byUnit.get(r.unitId) ?? empty();
    byUnit.set(r.unitId, unit);
    const status = latest.get(r.personId)?.status;
    const column: keyof TAccountability = status === 'safe' ? 'safe' : status === 'need_help' ? 'needHelp' : r.reachable ? 'noAnswer' : 'unreachable';
    for (const tally of [overall, unit]) {
      tally.total++;
      tally[column]++;
    }
  }
  return { overall, byUnit };
}

/**
 * The tallies of `accountability` gathered at chosen offices: a duty station's people count
 * in its country office when only the country offices are shown. Units under none of the
 * offices keep their own line, so nobody drops out of the total.
 */
export function rollUpToOffices(byUnit: ReadonlyMap<string, TAccountability>, units: readonly { id: string; parentId: string | null }[], officeIds: readonly string[]): Map<string, TAccountability> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const offices = new Set(officeIds);
  const out = new Map<string, TAccountability>();
  for (const [unitId, tally] of byUnit) {
    let office = unitId;
    const seen = new Set<string>();
    for (let at: string | null = unitId; at !== null && !seen.has(at); at = parentOf.get(at) ?? null) {
      seen.add(at);
      if (offices.has(at)) {
        office = at;
        break;
      }
    }
    const sum = out.get(office) ?? empty();
    for (const k of Object.keys(sum) as (keyof TAccountability)[]) sum[k] += tally[k];
    out.set(office, sum);
  }
  return out;
}

export interface TCheckInTimers {
  broadcastId: string;
  broadcastAt: Date;
  /** Silence longer than this makes a recipient overdue: the first re-alert goes out. */
  warningAfterMs: number;
  realertEveryMs: number;
  /** Rounds of re-alert after the first alert; none after the last. */
  maxRealerts: number;
  /** The re-alert round at which the supervisor is told as well (1 = at the warning threshold). */
  escalateAtRound: number;
}

export interface TFollowUps {
  realerts: { personId: string; round: number; key: string }[];
  /** To the supervisor, or to the CMT when the person has none. */
  escalations: { personId: string; supervisorId: string | null; key: string }[];
}

/** The re-alert round in progress at `now`: 0 before the warning threshold, capped at `maxRealerts`. */
export function realertRound(timers: TCheckInTimers, now: Date): number {
  const elapsed = now.getTime() - timers.broadcastAt.getTime() - timers.warningAfterMs;
  if (elapsed < 0 || timers.maxRealerts <= 0) return 0;
  return Math.min(Math.floor(elapsed / Math.max(timers.realertEveryMs, 1)) + 1, timers.maxRealerts);
}

/**
 * What is due for non-responders at `now`, given the answers that count for this roll call
 * (an update broadcast that asks for no check-in has no timers). Deterministic and
 * idempotent: a worker calls it every minute and inserts the keys under a unique index, so
 * a round is sent once however often it runs. After an outage only the current round goes
 * out, not every missed one. Someone no channel reaches is escalated at the threshold:
 * re-alerting them is pointless.
 */
export function dueFollowUps(timers: TCheckInTimers, recipients: readonly TRollCallRecipient[], checkIns: readonly TCheckIn[], now: Date): TFollowUps {
  const round = realertRound(timers, now);
  const out: TFollowUps = { realerts: [], escalations: [] };
  if (round === 0) return out;
  const answered = latestCheckIns(checkIns, now);
  const seen = new Set<string>();
  for (const r of [...recipients].sort((a, b) => a.personId.localeCompare(b.personId))) {
    if (seen.has(r.personId) || answered.has(r.personId)) continue;
    seen.add(r.personId);
    if (r.reachable) out.realerts.push({ personId: r.personId, round, key: `checkin-realert:${timers.broadcastId}:${r.personId}:${round}` });
    if (!r.reachable || round >= timers.escalateAtRound) {
      out.escalations.push({ personId: r.personId, supervisorId: r.supervisorId, key: `checkin-escalate:${timers.broadcastId}:${r.personId}` });
    }
  }
  return out;
}

/** The next instant at which `dueFollowUps` can answer something new: lets a worker sleep until then. */
export function nextFollowUpAt(timers: TCheckInTimers, now: Date): Date | null {
  const round = realertRound(timers, now);
  if (round >= timers.maxRealerts) return null;
  return new Date(timers.broadcastAt.getTime() + timers.warningAfterMs + round * timers.realertEveryMs);
}
