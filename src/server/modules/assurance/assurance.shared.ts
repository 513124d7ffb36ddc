import { eq, inArray } from 'drizzle-orm';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import type { Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { defineError, forbidden } from '../../http/errors.js';
import { user } from '../auth/auth.table.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { assurancePolicy, rootOf } from './assurance.policy.js';

export const documentNotFound = defineError({ code: 'assurance.document_not_found', status: 404, message: 'Policy document not found.' });
export const memberNotFound = defineError({ code: 'assurance.member_not_found', status: 404, message: 'Team member not found.' });
export const noCrisisTeam = defineError({ code: 'assurance.no_crisis_team', status: 409, message: 'Record the crisis management team first.' });

/** The caller's scope, refused (403) unless they may read assurance at all. */
export async function readableScope(ctx: Ctx, orgId: string): Promise<OrgScope> {
  const scope = await loadOrgScope(ctx, orgId);
  if (!assurancePolicy.read(scope)) throw forbidden();
  return scope;
}

/** Today in the organization's head office. */
export const todayOf = (ctx: Ctx, scope: OrgScope): TIsoDate => localDate(ctx.clock.now(), rootOf(scope).timeZone);

/** Display names of the users who recorded something (the audit trail keeps who, this shows it). */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(unique.length === 1 ? eq(user.id, unique[0]!) : inArray(user.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The instant to record an entry of an append-only history at: now, or just after the latest
 * entry when the clock has not moved on (a frozen demo clock, two saves in one millisecond), so
 * "the current rating is the latest" never depends on a tie.
 */
export function nextInstant(now: Date, latest: Date | null | undefined): Date {
  return latest && latest.getTime() >= now.getTime() ? new Date(latest.getTime() + 1) : now;
}
