import { and, desc, eq, max } from 'drizzle-orm';
import type { TMaturityRatingInput, TMaturityView } from '../../../domain/contract/assurance.js';
import { raterSpread, suggestMaturity, type TMaturityLevel } from '../../../domain/assurance/maturity.js';
import { MATURITY_RATERS, type TMaturityRater } from '../../../domain/assurance/ratings.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { assuranceRecords } from './assurance.facts.js';
import { assurancePolicy, rootOf } from './assurance.policy.js';
import { nextInstant, readableScope, todayOf, userNames } from './assurance.shared.js';
import { maturityRatings } from './assurance.table.js';

/** Each rater's rating side by side (as of a day), how far apart they are, and what the data suggests. */
export async function getMaturity(ctx: Ctx, orgId: string, query: { asOf?: string | undefined }): Promise<TMaturityView> {
  const scope = await readableScope(ctx, orgId);
  const asOf = query.asOf ?? todayOf(ctx, scope);
  const rows = (await ctx.db.select().from(maturityRatings).where(eq(maturityRatings.orgId, orgId)).orderBy(desc(maturityRatings.recordedAt))).filter((r) => r.ratedOn <= asOf && localDate(r.recordedAt, rootOf(scope).timeZone) <= asOf);
  const names = await userNames(ctx.db, rows.map((r) => r.recordedBy));
  const raters = MATURITY_RATERS.map((rater) => {
    const history = rows.filter((r) => r.rater === rater).map((r) => ({ id: r.id, rater, level: r.level as TMaturityLevel, justification: r.justification, ratedOn: r.ratedOn, recordedAt: r.recordedAt.toISOString(), recordedByName: names.get(r.recordedBy) ?? r.recordedBy }));
    return { rater, current: history[0] ?? null, history };
  });
  const { maturity } = await (await assuranceRecords(ctx.db, orgId, scope.units, ctx.clock.now())).load(asOf);
  return {
    asOf,
    raters,
    spread: raterSpread(raters.flatMap((r) => (r.current ? [r.current.level] : []))),
    suggestion: suggestMaturity(maturity),
    allowedActions: { rateAs: assurancePolicy.rateMaturityAs(scope) },
  };
}

/** A rater's assessment; earlier ones stay as its history. */
export async function rateMaturity(ctx: Ctx, orgId: string, input: TMaturityRatingInput): Promise<TMaturityView> {
  const scope = await readableScope(ctx, orgId);
  const allowed: TMaturityRater[] = assurancePolicy.rateMaturityAs(scope);
  if (allowed.length === 0) throw forbidden();
  if (!allowed.includes(input.rater)) throw forbidden(`Your role does not rate maturity as ${input.rater.replaceAll('_', ' ')}.`);
  if (input.ratedOn > todayOf(ctx, scope)) throw invalidInput('A rating cannot be dated in the future.', [{ path: 'body.ratedOn', message: 'In the future' }]);
  await inTransaction(ctx, async (t) => {
    const [latest] = await t.db.select({ at: max(maturityRatings.recordedAt) }).from(maturityRatings).where(and(eq(maturityRatings.orgId, orgId), eq(maturityRatings.rater, input.rater)));
    const [row] = await t.db.insert(maturityRatings).values({ orgId, ...input, recordedAt: nextInstant(ctx.clock.now(), latest?.at), recordedBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'maturity.rated', entityType: 'maturity_rating', entityId: row!.id, after: input });
  });
  return getMaturity(ctx, orgId, {});
}
