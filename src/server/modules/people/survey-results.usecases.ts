import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TFollowUpInput, TSurveyResults } from '../../../domain/contract/people.js';
import { choiceResults, freeTexts, scaleOnly, type TRawResponse } from '../../../domain/people/survey-results.js';
import { surveyResults, trend, TOTAL_GROUP, type TCell } from '../../../domain/people/wellbeing.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { peoplePolicy, todayOf } from './people.policy.js';
import { surveyFollowUps, wellbeingAnswers, wellbeingSurveys } from './people.table.js';
import { coveredUnits, loadSurvey, officeOf, surveyState, type TSurveyRow } from './surveys.usecases.js';

const followUpNotFound = defineError({ code: 'people.follow_up_not_found', status: 404, message: 'Follow-up action not found.' });

const scaleCell = (c: TCell) => (c.hidden ? { hidden: true as const, reason: c.reason } : { hidden: false as const, answered: c.answered, mean: c.mean, favourableShare: c.favourableShare });

/**
 * Results of a closed survey by respondent's office and overall. Nothing here returns an answer
 * row: only figures of groups at or above the minimum (with complementary suppression, see
 * `domain/people/wellbeing.ts`) and free texts of the whole survey at or above the minimum.
 * Units are a flat partition (each respondent counts in their own unit only), so no parent
 * subtotal exists to subtract a hidden child from.
 */
export function computeResults(scope: OrgScope, row: TSurveyRow, state: TSurveyResults['state'], responses: readonly TRawResponse[], respondents: number): TSurveyResults {
  const available = state === 'closed';
  const groupIds = [...new Set([...coveredUnits(scope, row)].map((id) => officeOf(scope, id)))].sort((a, b) => (scope.unit(a)?.name ?? '').localeCompare(scope.unit(b)?.name ?? ''));
  const data = available ? responses : [];
  const min = row.minimumGroupSize;
  const scaleKeys = row.questions.filter((q) => q.kind === 'scale').map((q) => q.key);
  const scale = surveyResults(scaleOnly(data, scaleKeys), scaleKeys, groupIds, { minimumGroupSize: min });
  return {
    surveyId: row.id,
    state,
    available,
    minimumGroupSize: min,
    respondents: available ? respondents : 0,
    groups: groupIds.map((id) => ({ unitId: id, unitName: scope.unit(id)?.name ?? '' })),
    questions: row.questions.map((q) => {
      const s = q.kind === 'scale' ? scale.find((x) => x.questionId === q.key)! : null;
      const c = q.kind === 'choice' ? choiceResults(data, q.key, q.options.map((o) => o.key), groupIds, min) : null;
      return {
        key: q.key,
        kind: q.kind,
        text: q.text as Record<string, string>,
        options: q.options.map((o) => ({ key: o.key, text: o.text as Record<string, string> })),
        scale: s ? { groups: s.groups.map((g) => ({ unitId: g.group, cell: scaleCell(g) })), total: scaleCell(s.total) } : null,
        choice: c ? { groups: c.groups.map((g) => ({ unitId: g.group, cell: g.cell })), total: c.total } : null,
        texts: q.kind === 'text' ? freeTexts(data, q.key, min) : null,
      };
    }),
  };
}

async function responsesOf(ctx: Ctx, surveyId: string): Promise<TRawResponse[]> {
  // Read in a fixed order that says nothing of when each was written (ids are random).
  const rows = await ctx.db.select({ group: wellbeingAnswers.groupUnitId, answers: wellbeingAnswers.answers }).from(wellbeingAnswers).where(eq(wellbeingAnswers.surveyId, surveyId)).orderBy(asc(wellbeingAnswers.id));
  return rows;
}

export async function surveyResultsOf(ctx: Ctx, orgId: string, surveyId: string): Promise<TSurveyResults> {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.readResults(scope, row.targetUnitIds)) throw forbidden('Only those who run the survey see its results.');
  const state = surveyState(row, todayOf(scope, ctx.clock.now()));
  const responses = state === 'closed' ? await responsesOf(ctx, surveyId) : [];
  return computeResults(scope, row, state, responses, responses.length);
}

/** Overall means of the scale questions across the closed waves of the survey's series, oldest first. */
export async function surveyTrend(ctx: Ctx, orgId: string, surveyId: string) {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.readResults(scope, row.targetUnitIds)) throw forbidden('Only those who run the survey see its results.');
  const today = todayOf(scope, ctx.clock.now());
  const waves = (await ctx.db.select().from(wellbeingSurveys).where(and(eq(wellbeingSurveys.orgId, orgId), eq(wellbeingSurveys.seriesId, row.seriesId))).orderBy(wellbeingSurveys.opensOn)).filter(
    (w) => surveyState(w, today) === 'closed' && peoplePolicy.readResults(scope, w.targetUnitIds),
  );
  const rounds: { roundId: string; results: ReturnType<typeof surveyResults> }[] = [];
  for (const w of waves) {
    const responses = await responsesOf(ctx, w.id);
    const keys = w.questions.filter((q) => q.kind === 'scale').map((q) => q.key);
    rounds.push({ roundId: w.id, results: surveyResults(scaleOnly(responses, keys), keys, [...new Set([...coveredUnits(scope, w)].map((id) => officeOf(scope, id)))], { minimumGroupSize: w.minimumGroupSize }) });
  }
  return {
    seriesId: row.seriesId,
    waves: waves.map((w) => ({ surveyId: w.id, title: w.title as Record<string, string>, closesOn: w.closesOn })),
    questions: row.questions
      .filter((q) => q.kind === 'scale')
      .map((q) => ({ key: q.key, text: q.text as Record<string, string>, points: trend(rounds, q.key, TOTAL_GROUP).map((p) => ({ surveyId: p.roundId, mean: p.mean, change: p.change })) })),
  };
}

type FollowUpRow = typeof surveyFollowUps.$inferSelect;
const presentFollowUp = (r: FollowUpRow, ownerName: string) => ({ id: r.id, surveyId: r.surveyId, questionKey: r.questionKey, groupUnitId: r.groupUnitId, title: r.title, description: r.description, ownerPersonId: r.ownerPersonId, ownerName, dueOn: r.dueOn, status: r.status as 'open' | 'closed' });

export async function listFollowUps(ctx: Ctx, orgId: string, surveyId: string) {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.readResults(scope, row.targetUnitIds)) throw forbidden('Only those who run the survey see its follow-up.');
  const rows = await ctx.db.select({ f: surveyFollowUps, ownerName: people.fullName }).from(surveyFollowUps).innerJoin(people, eq(people.id, surveyFollowUps.ownerPersonId)).where(and(eq(surveyFollowUps.orgId, orgId), eq(surveyFollowUps.surveyId, surveyId))).orderBy(surveyFollowUps.dueOn);
  return { items: rows.map((r) => presentFollowUp(r.f, r.ownerName)) };
}

/**
 * Turns a result into an action. A unit may be named only when its figures for that question
 * are shown: an action "for Bangui, on workload" would otherwise say what the hidden figure was.
 */
export async function createFollowUp(ctx: Ctx, orgId: string, surveyId: string, input: TFollowUpInput) {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.runSurvey(scope, row.targetUnitIds)) throw forbidden();
  const issues: { path: string; message: string }[] = [];
  const question = input.questionKey === null ? null : row.questions.find((q) => q.key === input.questionKey);
  if (input.questionKey !== null && !question) issues.push({ path: 'body.questionKey', message: 'Not a question of this survey' });
  if (input.groupUnitId !== null) {
    const state = surveyState(row, todayOf(scope, ctx.clock.now()));
    const results = computeResults(scope, row, state, state === 'closed' ? await responsesOf(ctx, surveyId) : [], 0);
    const q = results.questions.find((x) => x.key === input.questionKey);
    const cell = q?.scale?.groups.find((g) => g.unitId === input.groupUnitId)?.cell ?? q?.choice?.groups.find((g) => g.unitId === input.groupUnitId)?.cell;
    if (!question || !cell || cell.hidden) issues.push({ path: 'body.groupUnitId', message: 'Only a unit whose results are shown for this question' });
  }
  const [owner] = await ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [input.ownerPersonId])));
  if (!owner) issues.push({ path: 'body.ownerPersonId', message: 'Not a person of this organization' });
  if (issues.length > 0) throw invalidInput('The action does not fit the survey.', issues);
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [created] = await t.db.insert(surveyFollowUps).values({ orgId, surveyId, ...input, status: 'open', createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'survey_follow_up.created', entityType: 'survey_follow_up', entityId: created!.id, after: { surveyId, ...input } });
    return presentFollowUp(created!, owner!.fullName);
  });
}

export async function setFollowUpStatus(ctx: Ctx, orgId: string, surveyId: string, followUpId: string, status: 'open' | 'closed') {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  const [found] = await ctx.db.select({ f: surveyFollowUps, ownerName: people.fullName }).from(surveyFollowUps).innerJoin(people, eq(people.id, surveyFollowUps.ownerPersonId)).where(and(eq(surveyFollowUps.orgId, orgId), eq(surveyFollowUps.surveyId, surveyId), eq(surveyFollowUps.id, followUpId)));
  if (!found) throw followUpNotFound();
  if (!peoplePolicy.runSurvey(scope, row.targetUnitIds) && found.f.ownerPersonId !== ctx.actor.personId) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const [updated] = await t.db.update(surveyFollowUps).set({ status, updatedAt: ctx.clock.now() }).where(eq(surveyFollowUps.id, followUpId)).returning();
    await audit(t, { orgId, action: 'survey_follow_up.updated', entityType: 'survey_follow_up', entityId: followUpId, before: { status: found.f.status }, after: { status } });
    return presentFollowUp(updated!, found.ownerName);
  });
}
