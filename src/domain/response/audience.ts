import type { TLanguage } from '../languages.js';
import { addMonths } from '../mer/calendar.js';
import { subtreeIds } from '../units.js';

/**
 * Who a broadcast reaches and through which channels. The audience is a union of selectors
 * (units with everything beneath them, role holders, named people, people at locations),
 * resolved against the staff directory into one target per person and channel. The
 * pre-send check lists, before anything goes out, who cannot be reached and why, so the CMT
 * can phone them or ask a colleague instead of discovering the gap in the roll call.
 */
export const CHANNELS = ['email', 'sms', 'voice', 'push'] as const;
export type TChannel = (typeof CHANNELS)[number];

export interface TDirectoryPerson {
  id: string;
  unitId: string;
  language: TLanguage;
  email: string | null;
  mobilePhone: string | null;
  /** Has at least one web-push subscription. */
  push: boolean;
  /** Where the person is (duty station, city or country codes as the directory keeps them). */
  locations: readonly string[];
  /** Roles the person holds, each over a unit and its subtree. */
  roles: readonly { role: string; unitId: string }[];
  supervisorId: string | null;
  /** When the person last confirmed their contact details; null when never. */
  contactConfirmedAt: Date | null;
}

export interface TAudience {
  /** Everyone in these units and the units beneath them. */
  unitIds: readonly string[];
  /** Holders of a role, optionally only where the role's unit lies within `withinUnitId`'s subtree. */
  roles: readonly { role: string; withinUnitId?: string }[];
  personIds: readonly string[];
  locations: readonly string[];
}

export interface TTarget {
  personId: string;
  channel: TChannel;
  address: string;
  language: TLanguage;
}

export const REACH_PROBLEMS = ['no_channel', 'no_email', 'no_phone', 'invalid_phone', 'no_push', 'stale_contact', 'shared_phone'] as const;
export type TReachProblem = (typeof REACH_PROBLEMS)[number];

export interface TReachIssue {
  personId: string;
  problem: TReachProblem;
  /** The channel concerned; absent for problems about the person as a whole. */
  channel?: TChannel;
  /** `stale_contact`: when the details were last confirmed (null: never). `shared_phone`: the others on that number. */
  confirmedAt?: Date | null;
  sharedWith?: string[];
}

export interface TResolvedAudience {
  recipients: TDirectoryPerson[];
  targets: TTarget[];
  issues: TReachIssue[];
  /** Recipients with no target at all: counted as unreachable in the roll call. */
  unreachableIds: string[];
}

export interface TAudienceOptions {
  channels: readonly TChannel[];
  /** Contact details older than this are flagged (the message still goes out). */
  staleAfterMonths: number;
  now: Date;
}

/** E.164: a plus, a country code, up to 15 digits. SMS gateways refuse anything else. */
export const isE164 = (phone: string) => /^\+[1-9]\d{6,14}$/.test(phone);

/** Spaces, dashes, dots and brackets people type into phone numbers, removed before checking. */
export const normalizePhone = (phone: string) => phone.replace(/[\s\-().]/g, '');

/** The people a selection of units, roles, people and locations designates, each once, in directory order. */
export function audienceMembers(audience: TAudience, people: readonly TDirectoryPerson[], units: readonly { id: string; parentId: string | null }[]): TDirectoryPerson[] {
  const inUnits = new Set<string>();
  for (const root of audience.unitIds) for (const id of subtreeIds(units, root)) inUnits.add(id);
  const roleScopes = audience.roles.map((r) => ({ role: r.role, within: r.withinUnitId === undefined ? null : subtreeIds(units, r.withinUnitId) }));
  const named = new Set(audience.personIds);
  const places = new Set(audience.locations);
  const chosen = people.filter(
    (p) =>
      inUnits.has(p.unitId) ||
      named.has(p.id) ||
      p.locations.some((l) => places.has(l)) ||
      roleScopes.some((s) => p.roles.some((held) => held.role === s.role && (s.within === null || s.within.has(held.unitId)))),
  );
  // A person matched by several selectors, or listed twice by the directory read, is one recipient.
  return [...new Map(chosen.map((p) => [p.id, p])).values()];
}

/** Recipients × channels with their addresses, and everything that stands in the way of reaching them. */
export function resolveAudience(
  audience: TAudience,
  people: readonly TDirectoryPerson[],
  units: readonly { id: string; parentId: string | null }[],
  options: TAudienceOptions,
): TResolvedAudience {
  const recipients = audienceMembers(audience, people, units);
  const channels = CHANNELS.filter((c) => options.channels.includes(c));
  const staleBefore = addMonths(options.now.toISOString().slice(0, 10), -options.staleAfterMonths);
  const targets: TTarget[] = [];
  const issues: TReachIssue[] = [];
  const unreachableIds: string[] = [];
  const byPhone = new Map<string, string[]>();
  for (const person of recipients) {
    let reached = 0;
    const phone = person.mobilePhone === null ? '' : normalizePhone(person.mobilePhone);
    for (const channel of channels) {
      const miss = (problem: TReachProblem) => issues.push({ personId: person.id, problem, channel });
      const add = (address: string) => {
        targets.push({ personId: person.id, channel, address, language: person.language });
        reached++;
      };
      if (channel === 'email') {
        if (person.email?.trim()) add(person.email.trim());
        else miss('no_email');
      } else if (channel === 'push') {
        if (person.push) add(person.id);
        else miss('no_push');
      } else if (phone === '') miss('no_phone');
      else if (!isE164(phone)) miss('invalid_phone');
      else add(phone);
    }
    if (phone !== '' && isE164(phone) && channels.some((c) => c === 'sms' || c === 'voice')) byPhone.set(phone, [...(byPhone.get(phone) ?? []), person.id]);
    if (reached === 0) {
      unreachableIds.push(person.id);
      issues.push({ personId: person.id, problem: 'no_channel' });
    }
    const confirmedOn = person.contactConfirmedAt?.toISOString().slice(0, 10) ?? null;
    if (confirmedOn === null || confirmedOn < staleBefore) issues.push({ personId: person.id, problem: 'stale_contact', confirmedAt: person.contactConfirmedAt });
  }
  // A shared phone (a family or office handset) still gets each message, but its replies cannot tell who is safe.
  for (const ids of byPhone.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) issues.push({ personId: id, problem: 'shared_phone', sharedWith: ids.filter((other) => other !== id) });
  }
  return { recipients, targets, issues, unreachableIds };
}
