import { and, desc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { TKpiReport, TKpiRow, ZKpiRatingInput, ZKpiVerificationInput } from '../../../domain/contract/assurance.js';
import { KPI_CATALOGUE_VERSION } from '../../../domain/assurance/kpi-catalogue.js';
import { assessKpis } from '../../../domain/assurance/kpi-report.js';
import { deriveKpis } from '../../../domain/assurance/kpi-rules.js';
import type { TKpiRating } from '../../../domain/assurance/ratings.js';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { monthEnds } from '../mer/mer.dashboard.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { assuranceRecords } from './assurance.facts.js';
import { assurancePolicy, rootOf } from './assurance.policy.js';
import { nextInstant, readableScope, todayOf, userNames } from './assurance.shared.js';
import { kpiRatings, kpiVerifications } from './assurance.table.js';

/** The ratings and verdicts recorded by the end of the as-of day, newest first, per KPI. */
async function recordedBy(ctx: Ctx, scope: OrgScope, asOf: TIsoDate) {
  const orgId = scope.org.id;
  const day = (at: Date) => localDate(at, rootOf(scope).timeZone);
  const ratings = (await ctx.db.select().from(kpiRatings).where(eq(kpiRatings.orgId, orgId)).orderBy(desc(kpiRatings.ratedAt))).filter((r) => day(r.ratedAt) <= asOf);
  const verdicts = (await ctx.db.select().from(kpiVerifications).where(eq(kpiVerifications.orgId, orgId)).orderBy(desc(kpiVerifications.verifiedAt))).filter((v) => day(v.verifiedAt) <= asOf);
  const names = await userNames(ctx.db, [...ratings.map((r) => r.ratedBy), ...verdicts.map((v) => v.verifiedBy)]);
  const ratingViews = ratings.map((r) => ({ number: r.kpiNumber, rating: r.rating as TKpiRating, evidence: r.evidence, ratedAt: r.ratedAt.toISOString(), ratedByName: names.get(r.ratedBy) ?? r.ratedBy, catalogueVersion: r.catalogueVersion }));
  const verdictViews = verdicts.map((v) => ({ number: v.kpiNumber, verdict: v.verdict as 'agree' | 'disagree', comment: v.comment, shownRating: v.shownRating as TKpiRating | null, asOf: v.asOf, verifiedAt: v.verifiedAt.toISOString(), verifiedByName: names.get(v.verifiedBy) ?? v.verifiedBy }));
  return { ratingViews, verdictViews };
}

/** The 28 KPIs as of a day, with the figures of the 12 month-ends before it for the trend. */
async function kpiReport(ctx: Ctx, scope: OrgScope, asOf: TIsoDate, withTrend: boolean): Promise<TKpiReport> {
  const records = await assuranceRecords(ctx.db, scope.org.id, scope.units, ctx.clock.now());
  const { facts } = await records.load(asOf);
  const { ratingViews, verdictViews } = await recordedBy(ctx, scope, asOf);
  const firstOf = <T extends { number: number }>(list: readonly T[]) => {
    const out = new Map<number, T>();
    for (const item of list) if (!out.has(item.number)) out.set(item.number, item);
    return out;
  };
  const manual = firstOf(ratingViews);
  const verdicts = firstOf(verdictViews);
  const assessed = assessKpis(facts, manual, verdicts);
  const trendDays = withTrend ? monthEnds(asOf) : [];
  const trend: { on: TIsoDate; derived: ReturnType<typeof deriveKpis> }[] = [];
  for (const on of trendDays) trend.push({ on, derived: deriveKpis((await records.load(on)).facts) });
  const items: TKpiRow[] = assessed.map((a) => {
    const n = a.definition.number;
    const strip = <T extends { number: number }>({ number: _n, ...rest }: T) => rest;
    return {
      number: n,
      key: a.definition.key,
      component: a.definition.component,
      derivable: a.definition.derived,
      criteria: a.definition.criteria,
      derived: a.derived ? strip(a.derived) : null,
      organizationRating: manual.has(n) ? strip(manual.get(n)!) : null,
      ratingHistory: ratingViews.filter((r) => r.number === n).map(strip),
      shown: a.shown,
      verification: verdicts.has(n) ? strip(verdicts.get(n)!) : null,
      verificationHistory: verdictViews.filter((v) => v.number === n).map(strip),
      trend: trend.map((p) => {
        const d = p.derived.find((x) => x.number === n);
        return { on: p.on, rating: d?.rating ?? null, value: d?.value ?? null };
      }),
    };
  });
  return { asOf, catalogueVersion: KPI_CATALOGUE_VERSION, items, allowedActions: { rate: assurancePolicy.rateKpis(scope), verify: assurancePolicy.verifyKpis(scope) } };
}

export async function getKpis(ctx: Ctx, orgId: string, query: { asOf?: string | undefined }): Promise<TKpiReport> {
  const scope = await readableScope(ctx, orgId);
  return kpiReport(ctx, scope, query.asOf ?? todayOf(ctx, scope), true);
}

/** The organization's own rating of a KPI (with where its evidence is); kept beside a derived figure, never over it. */
export async function rateKpi(ctx: Ctx, orgId: string, number: number, input: z.infer<typeof ZKpiRatingInput>): Promise<TKpiRow> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.rateKpis(scope)) throw forbidden();
  await inTransaction(ctx, async (t) => {
    const [latest] = await t.db.select({ at: max(kpiRatings.ratedAt) }).from(kpiRatings).where(and(eq(kpiRatings.orgId, orgId), eq(kpiRatings.kpiNumber, number)));
    const [row] = await t.db.insert(kpiRatings).values({ orgId, kpiNumber: number, catalogueVersion: KPI_CATALOGUE_VERSION, ...input, ratedAt: nextInstant(ctx.clock.now(), latest?.at), ratedBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'kpi.rated', entityType: 'kpi_rating', entityId: row!.id, after: { kpi: number, ...input } });
  });
  return (await kpiReport(ctx, scope, todayOf(ctx, scope), false)).items.find((i) => i.number === number)!;
}

/** An internal auditor's verdict on the KPI as shown on a day (today unless named). */
export async function verifyKpi(ctx: Ctx, orgId: string, number: number, input: z.infer<typeof ZKpiVerificationInput>): Promise<TKpiRow> {
  const scope = await readableScope(ctx, orgId);
  if (!assurancePolicy.verifyKpis(scope)) throw forbidden();
  const today = todayOf(ctx, scope);
  const asOf = input.asOf ?? today;
  const shown = (await kpiReport(ctx, scope, asOf, false)).items.find((i) => i.number === number)!.shown.rating;
  await inTransaction(ctx, async (t) => {
    const [latest] = await t.db.select({ at: max(kpiVerifications.verifiedAt) }).from(kpiVerifications).where(and(eq(kpiVerifications.orgId, orgId), eq(kpiVerifications.kpiNumber, number)));
    const [row] = await t.db
      .insert(kpiVerifications)
      .values({ orgId, kpiNumber: number, catalogueVersion: KPI_CATALOGUE_VERSION, verdict: input.verdict, comment: input.comment, shownRating: shown, asOf, verifiedAt: nextInstant(ctx.clock.now(), latest?.at), verifiedBy: ctx.actor.userId })
      .returning();
    await audit(t, { orgId, action: 'kpi.verified', entityType: 'kpi_verification', entityId: row!.id, after: { kpi: number, verdict: input.verdict, comment: input.comment, shownRating: shown, asOf } });
  });
  return (await kpiReport(ctx, scope, today, false)).items.find((i) => i.number === number)!;
}
