/**
 * Who may speak for a member of a governing body, and when (issue 8, must-have 1 and 3). Only
 * a representative accredited for a member at the moment of a statement or vote may make it;
 * accreditation has a start and an optional end, so the question is always answerable for a
 * past instant and a record can be re-checked long after a representative has moved on.
 */
import { instantMs, type TInstant } from './instants.js';

export interface TAccreditation {
  /** The member of the body (a state, an organization, a constituency). */
  memberId: string;
  /** The authenticated person who signs on its behalf. */
  representativeId: string;
  from: TInstant;
  /** Exclusive; null while the accreditation lasts. */
  until: TInstant | null;
}

export function isAccredited(roster: readonly TAccreditation[], memberId: string, representativeId: string, at: TInstant): boolean {
  const t = instantMs(at);
  return roster.some(
    (a) => a.memberId === memberId && a.representativeId === representativeId && instantMs(a.from) <= t && (a.until === null || t < instantMs(a.until)),
  );
}

/** The members with at least one accredited representative at `at`, sorted: the body as it stands then. */
export function membersAt(roster: readonly TAccreditation[], at: TInstant): string[] {
  const t = instantMs(at);
  const members = new Set(roster.filter((a) => instantMs(a.from) <= t && (a.until === null || t < instantMs(a.until))).map((a) => a.memberId));
  return [...members].sort();
}

/** A command's answer: the events to append, or why nothing may be appended. */
export type TCommandResult<TEvent, TReason extends string> = { ok: true; events: TEvent[] } | { ok: false; reason: TReason; detail?: string[] };

export const accept = <TEvent>(...events: TEvent[]) => ({ ok: true as const, events });
export const refuse = <TReason extends string>(reason: TReason, detail?: string[]) => ({ ok: false as const, reason, ...(detail ? { detail } : {}) });
