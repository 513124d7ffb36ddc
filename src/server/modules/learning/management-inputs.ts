import { and, eq, gte, lte } from 'drizzle-orm';
import type { TManagementInputs } from '../../../domain/contract/learning.js';
import { isOverdue } from '../../../domain/learning/learning.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { recoveryVerdict } from '../../../domain/mer/exercises.js';
import type { Ctx } from '../../context.js';
import { remedialActions } from '../actions/actions.table.js';
import { judgeObligations } from '../mer/mer.obligations.js';
import { currentPolicy } from '../mer/mer.usecases.js';
import { exercises } from '../mer/exercises.table.js';
import { trainingCurrencyReport } from '../mer/training.usecases.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { responseEvents } from '../response/response.table.js';
import { lessons, postIncidentReviews } from './learning.table.js';
import { rootOf } from './learning.policy.js';

/**
 * The inputs ISO 22301 9.3.2 asks a management review to consider, assembled from what ORMS
 * holds: remedial actions (nonconformities and corrective actions), exercise results,
 * disruptive events of the period, ME&R compliance (monitoring and measurement), the crisis
 * management team's training (KPI 15), reviews done and lessons published. Changes in
 * context and audit results are written by hand.
 */
export async function assembleInputs(ctx: Ctx, scope: OrgScope, orgId: string, period: { from: string; to: string }): Promise<TManagementInputs> {
  const asOf = localDate(ctx.clock.now(), scope.unit(rootOf(scope))?.timeZone ?? 'UTC');
  const actions = await ctx.db.select().from(remedialActions).where(eq(remedialActions.orgId, orgId));
  const bySource: Record<string, number> = {};
  for (const a of actions) bySource[a.sourceType] = (bySource[a.sourceType] ?? 0) + 1;
  const exerciseRows = await ctx.db
    .select()
    .from(exercises)
    .where(and(eq(exercises.orgId, orgId), gte(exercises.conductedOn, period.from), lte(exercises.conductedOn, period.to)))
    .orderBy(exercises.conductedOn);
  const reviews = await ctx.db.select().from(postIncidentReviews).where(eq(postIncidentReviews.orgId, orgId));
  const events = await ctx.db
    .select({ title: responseEvents.title, type: responseEvents.type, severity: responseEvents.severity, declaredAt: responseEvents.declaredAt, exercise: responseEvents.exercise })
    .from(responseEvents)
    .where(eq(responseEvents.orgId, orgId));
  const obligations = await judgeObligations(ctx.db, orgId, null, await currentPolicy(ctx.db, orgId), ctx.clock.now());
  const training = (await trainingCurrencyReport(ctx, orgId)).byFunction.find((f) => f.function === 'cmt_member');
  const published = await ctx.db.select({ id: lessons.id, publishedAt: lessons.publishedAt }).from(lessons).where(and(eq(lessons.orgId, orgId), eq(lessons.status, 'published')));
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  // Compliant: done, or not yet due (due soon still is).
  const done = obligations.filter((o) => o.status === 'done' || o.status === 'due_soon').length;
  return {
    asOf,
    actions: {
      open: actions.filter((a) => a.status === 'open').length,
      inProgress: actions.filter((a) => a.status === 'in_progress').length,
      closed: actions.filter((a) => a.status === 'closed').length,
      overdue: actions.filter((a) => isOverdue(a, asOf, 'closed')).length,
      bySource,
    },
    exercises: exerciseRows.map((e) => {
      const verdicts = e.results.map((r) => recoveryVerdict(r.achievedMinutes, r.rtoMinutes));
      return {
        title: e.title,
        type: e.type,
        conductedOn: e.conductedOn,
        met: verdicts.filter((v) => v === 'met').length,
        missed: verdicts.filter((v) => v === 'missed').length,
        findings: actions.filter((a) => a.sourceType === 'exercise' && a.sourceId === e.id).length,
      };
    }),
    reviews: { open: reviews.filter((r) => r.status === 'open').length, completed: reviews.filter((r) => r.status === 'completed').length, overdue: reviews.filter((r) => isOverdue(r, asOf)).length },
    events: events
      .map((e) => ({ title: e.title, type: e.type, severity: e.severity, declaredOn: e.declaredAt.toISOString().slice(0, 10), exercise: e.exercise }))
      .filter((e) => !e.exercise && inPeriod(e.declaredOn))
      .map(({ exercise: _x, ...e }) => e),
    compliance: {
      total: obligations.length,
      overdue: obligations.filter((o) => o.status === 'overdue').length,
      dueSoon: obligations.filter((o) => o.status === 'due_soon').length,
      percentCompliant: obligations.length ? Math.round((done / obligations.length) * 100) : null,
    },
    training: { trained: training?.trained ?? 0, total: training?.total ?? 0, percent: training?.percent ?? null },
    lessonsPublished: published.filter((l) => l.publishedAt && inPeriod(l.publishedAt.toISOString().slice(0, 10))).length,
  };
}
