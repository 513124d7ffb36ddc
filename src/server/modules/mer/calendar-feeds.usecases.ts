import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { TCreateCalendarFeedRequest } from '../../../domain/contract/mer.js';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { renderCalendar } from '../../../domain/mer/ics.js';
import { obligationPath } from '../../../domain/mer/obligation-links.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx, type Services } from '../../context.js';
import { defineError } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { actorForUser } from '../auth/actor.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { calendarFeeds } from './calendar-feeds.table.js';
import { judgeObligations } from './mer.obligations.js';
import { merPolicy } from './mer.policy.js';
import { currentPolicy } from './mer.usecases.js';
import { obligationLabel } from './reminder-messages.js';

export const feedNotFound = defineError({ code: 'mer.calendar_feed_not_found', status: 404, message: 'Calendar feed not found.' });
const SECRET_PREFIX = 'ormscal_';
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** Roles whose holders are the ones things are due for. */
const RESPONSIBLE = ['plan_owner', 'focal_point', 'bc_coordinator'] as const;

function present(row: typeof calendarFeeds.$inferSelect, scope: OrgScope) {
  return {
    id: row.id,
    scope: row.scope as 'mine' | 'unit',
    unitId: row.unitId,
    unitName: row.unitId ? (scope.unit(row.unitId)?.name ?? null) : null,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null,
  };
}

export async function listCalendarFeeds(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const rows = await ctx.db.select().from(calendarFeeds).where(and(eq(calendarFeeds.orgId, orgId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)));
  return { items: rows.map((r) => present(r, scope)) };
}

/** A new secret address; the secret is shown once and only its hash is kept. */
export async function createCalendarFeed(ctx: Ctx, orgId: string, input: TCreateCalendarFeedRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  if (input.unitId && (!scope.unit(input.unitId) || !merPolicy.readObligations(scope, input.unitId))) throw unitNotFound();
  const secret = SECRET_PREFIX + randomBytes(24).toString('base64url');
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db
      .insert(calendarFeeds)
      .values({ orgId, userId: ctx.actor.userId, scope: input.scope, unitId: input.unitId ?? null, secretHash: hashSecret(secret), prefix: secret.slice(0, SECRET_PREFIX.length + 6), createdAt: ctx.clock.now() })
      .returning();
    await audit(t, { orgId, action: 'calendar_feed.created', entityType: 'calendar_feed', entityId: row!.id, after: { scope: input.scope, unitId: input.unitId ?? null, prefix: row!.prefix } });
    return { ...present(row!, scope), path: `/api/calendar/${secret}.ics` };
  });
}

export async function revokeCalendarFeed(ctx: Ctx, orgId: string, feedId: string) {
  await loadOrgScope(ctx, orgId);
  await inTransaction(ctx, async (t) => {
    const [row] = await t.db
      .update(calendarFeeds)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(calendarFeeds.id, feedId), eq(calendarFeeds.orgId, orgId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)))
      .returning();
    if (!row) throw feedNotFound();
    await audit(t, { orgId, action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: feedId, before: { prefix: row.prefix } });
  });
}

/**
 * The feed's calendar, judged today with the owner's current roles: someone who lost their
 * role gets an empty calendar, and a revoked or unknown secret is "not found".
 */
export async function renderCalendarFeed(services: Services, secret: string, origin: string): Promise<string> {
  const [feed] = await services.db.select().from(calendarFeeds).where(and(eq(calendarFeeds.secretHash, hashSecret(secret)), isNull(calendarFeeds.revokedAt)));
  const actor = feed ? await actorForUser(services.db, feed.userId) : null;
  if (!feed || !actor) throw feedNotFound();
  const ctx: Ctx = { ...services, actor };
  const scope = await loadOrgScope(ctx, feed.orgId).catch(() => null);
  if (!scope) throw feedNotFound();
  const units =
    feed.scope === 'unit' && feed.unitId
      ? [...subtreeIds(scope.units, feed.unitId)].filter((id) => merPolicy.readObligations(scope, id))
      : [...scope.unitsWithAnyRole(RESPONSIBLE)];
  const now = services.clock.now();
  const [items, language] = await Promise.all([judgeObligations(services.db, feed.orgId, units, await currentPolicy(services.db, feed.orgId), now), languageOf(ctx)]);
  await services.db.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.id, feed.id));
  return renderCalendar({
    name: `ORMS — ${feed.scope === 'unit' ? (scope.unit(feed.unitId!)?.name ?? '') : actor.name}`,
    stamp: now,
    events: items.map((i) => ({
      uid: `${i.subject.id}-${i.kind}-${i.dueOn}@orms`,
      date: i.dueOn,
      summary: `${obligationLabel(language, i.kind)}: ${i.subject.title} (${i.unitName})`,
      description: i.explanation,
      url: `${origin}${obligationPath(feed.orgId, i)}`,
      categories: [i.status],
    })),
  });
}

async function languageOf(ctx: Ctx): Promise<TLanguage> {
  if (!ctx.actor.personId) return 'en';
  const [person] = await ctx.db.select({ language: people.preferredLanguage }).from(people).where(eq(people.id, ctx.actor.personId));
  return (LANGUAGES as readonly string[]).includes(person?.language ?? '') ? (person!.language as TLanguage) : 'en';
}
