import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { TSurveyAnswerInput, TSurveyInput, TSurveyView } from '../../../domain/contract/people.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { people } from '../orgs/orgs.table.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { peoplePolicy, todayOf } from './people.policy.js';
import { wellbeingAnswers, wellbeingParticipation, wellbeingSurveys } from './people.table.js';

export const surveyNotFound = defineError({ code: 'people.survey_not_found', status: 404, message: 'Survey not found.' });
const wrongState = defineError({ code: 'people.survey_state', status: 409, message: 'The survey is not in a state that allows this.' });
const alreadyAnswered = defineError({ code: 'people.already_answered', status: 409, message: 'You have already answered this survey.' });

export type TSurveyRow = typeof wellbeingSurveys.$inferSelect;
export type TSurveyState = TSurveyView['state'];

export function surveyState(row: TSurveyRow, today: string): TSurveyState {
  if (row.launchedAt === null) return 'draft';
  if (row.closedAt !== null || today > row.closesOn) return 'closed';
  return today < row.opensOn ? 'scheduled' : 'open';
}

/** The units a survey reaches: its target units and everything beneath them. */
export function coveredUnits(scope: OrgScope, row: Pick<TSurveyRow, 'targetUnitIds'>): Set<string> {
  const covered = new Set<string>();
  for (const id of row.targetUnitIds) for (const u of subtreeIds(scope.units, id)) covered.add(u);
  return covered;
}

/**
 * The office a unit belongs to: itself, or for a department or a governing-body secretariat the
 * nearest office above it. Results are by office, so the staff of headquarters' divisions count
 * together — a flat partition: each respondent in exactly one group, no group inside another.
 */
export function officeOf(scope: OrgScope, unitId: string): string {
  let unit = scope.unit(unitId);
  while (unit && (unit.kind === 'department' || unit.kind === 'governing_body_secretariat') && unit.parentId) unit = scope.unit(unit.parentId);
  return unit?.id ?? unitId;
}

/** The caller's own directory entry in this organization, if any. */
async function myPerson(ctx: Ctx, orgId: string) {
  if (!ctx.actor.personId) return null;
  const [p] = await ctx.db.select({ id: people.id, unitId: people.unitId }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, ctx.actor.personId)));
  return p ?? null;
}

async function present(ctx: Ctx, scope: OrgScope, row: TSurveyRow, me: { id: string; unitId: string } | null): Promise<TSurveyView> {
  const today = todayOf(scope, ctx.clock.now());
  const state = surveyState(row, today);
  const covered = coveredUnits(scope, row);
  const runs = peoplePolicy.runSurvey(scope, row.targetUnitIds);
  const invitedMe = me !== null && covered.has(me.unitId) && state !== 'draft';
  const [answered] = invitedMe ? await ctx.db.select({ n: count() }).from(wellbeingParticipation).where(and(eq(wellbeingParticipation.surveyId, row.id), eq(wellbeingParticipation.personId, me.id))) : [{ n: 0 }];
  let invited: number | null = null;
  let responded: number | null = null;
  if (runs || scope.readsAll) {
    const ids = [...covered];
    invited = ids.length ? ((await ctx.db.select({ n: count() }).from(people).where(and(eq(people.orgId, scope.org.id), inArray(people.unitId, ids))))[0]?.n ?? 0) : 0;
    responded = (await ctx.db.select({ n: count() }).from(wellbeingParticipation).where(eq(wellbeingParticipation.surveyId, row.id)))[0]?.n ?? 0;
  }
  const mineAnswered = (answered?.n ?? 0) > 0;
  return {
    id: row.id,
    seriesId: row.seriesId,
    title: row.title as Record<string, string>,
    intro: row.intro as Record<string, string>,
    questions: row.questions.map((q) => ({ key: q.key, kind: q.kind, text: q.text as Record<string, string>, options: q.options.map((o) => ({ key: o.key, text: o.text as Record<string, string> })), required: q.required })),
    targetUnitIds: row.targetUnitIds,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    minimumGroupSize: row.minimumGroupSize,
    state,
    invited,
    responded,
    mine: { invited: invitedMe, answered: mineAnswered },
    allowedActions: {
      launch: runs && state === 'draft',
      close: runs && (state === 'open' || state === 'scheduled'),
      answer: invitedMe && state === 'open' && !mineAnswered,
      results: peoplePolicy.readResults(scope, row.targetUnitIds),
    },
  };
}

/** A survey the caller may see: those who run it or read its results, and the people it invites once launched. */
export async function loadSurvey(ctx: Ctx, orgId: string, surveyId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const [row] = await ctx.db.select().from(wellbeingSurveys).where(and(eq(wellbeingSurveys.orgId, orgId), eq(wellbeingSurveys.id, surveyId)));
  if (!row) throw surveyNotFound();
  const me = await myPerson(ctx, orgId);
  const visible = peoplePolicy.readResults(scope, row.targetUnitIds) || (row.launchedAt !== null && me !== null && coveredUnits(scope, row).has(me.unitId));
  if (!visible) throw surveyNotFound();
  return { scope, row, me };
}

export async function listSurveys(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  const me = await myPerson(ctx, orgId);
  const rows = await ctx.db.select().from(wellbeingSurveys).where(eq(wellbeingSurveys.orgId, orgId)).orderBy(wellbeingSurveys.opensOn);
  const items: TSurveyView[] = [];
  for (const row of rows) {
    const visible = peoplePolicy.readResults(scope, row.targetUnitIds) || (row.launchedAt !== null && me !== null && coveredUnits(scope, row).has(me.unitId));
    if (visible) items.push(await present(ctx, scope, row, me));
  }
  const rootId = scope.units.find((u) => u.parentId === null)!.id;
  return { items: items.reverse(), allowedActions: { create: peoplePolicy.runSurvey(scope, [rootId]) || scope.units.some((u) => peoplePolicy.runSurvey(scope, [u.id])) } };
}

export async function getSurvey(ctx: Ctx, orgId: string, surveyId: string) {
  const { scope, row, me } = await loadSurvey(ctx, orgId, surveyId);
  return present(ctx, scope, row, me);
}

/** A draft survey (a new wave of an earlier one when `previousSurveyId` is given). */
export async function createSurvey(ctx: Ctx, orgId: string, input: TSurveyInput) {
  const scope = await loadOrgScope(ctx, orgId);
  input.targetUnitIds.forEach((id, i) => {
    if (!scope.unit(id)) throw unitNotFound('A target unit does not exist in this organization.', [{ path: `body.targetUnitIds.${i}`, message: 'Unknown unit' }]);
  });
  if (!peoplePolicy.runSurvey(scope, input.targetUnitIds)) throw forbidden();
  let seriesId: string | null = null;
  if (input.previousSurveyId) {
    const [previous] = await ctx.db.select().from(wellbeingSurveys).where(and(eq(wellbeingSurveys.orgId, orgId), eq(wellbeingSurveys.id, input.previousSurveyId)));
    if (!previous || !peoplePolicy.runSurvey(scope, previous.targetUnitIds)) throw invalidInput('The earlier wave is not a survey you run.', [{ path: 'body.previousSurveyId', message: 'Unknown survey' }]);
    seriesId = previous.seriesId;
  }
  return inTransaction(ctx, async (t) => {
    const id = randomUUID();
    const { previousSurveyId, ...fields } = input;
    const [row] = await t.db.insert(wellbeingSurveys).values({ id, orgId, seriesId: seriesId ?? id, ...fields, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId }).returning();
    await audit(t, { orgId, action: 'wellbeing_survey.created', entityType: 'wellbeing_survey', entityId: id, after: { title: input.title, questions: input.questions.length, targetUnitIds: input.targetUnitIds, opensOn: input.opensOn, closesOn: input.closesOn, minimumGroupSize: input.minimumGroupSize, previousSurveyId } });
    return present(t, scope, row!, null);
  });
}

/** Launching fixes the questionnaire; invitations go out (by the invitations task) from the opening day. */
export async function launchSurvey(ctx: Ctx, orgId: string, surveyId: string) {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.runSurvey(scope, row.targetUnitIds)) throw forbidden();
  const today = todayOf(scope, ctx.clock.now());
  if (surveyState(row, today) !== 'draft') throw wrongState('Only a draft is launched.');
  if (row.closesOn < today) throw wrongState('The survey would close before today.');
  return inTransaction(ctx, async (t) => {
    const [updated] = await t.db.update(wellbeingSurveys).set({ launchedAt: ctx.clock.now() }).where(eq(wellbeingSurveys.id, surveyId)).returning();
    await audit(t, { orgId, action: 'wellbeing_survey.launched', entityType: 'wellbeing_survey', entityId: surveyId, after: { opensOn: row.opensOn, closesOn: row.closesOn } });
    return present(t, scope, updated!, null);
  });
}

/** Closing early; results become available once a survey is closed. */
export async function closeSurvey(ctx: Ctx, orgId: string, surveyId: string) {
  const { scope, row } = await loadSurvey(ctx, orgId, surveyId);
  if (!peoplePolicy.runSurvey(scope, row.targetUnitIds)) throw forbidden();
  const state = surveyState(row, todayOf(scope, ctx.clock.now()));
  if (state !== 'open' && state !== 'scheduled') throw wrongState('Only an open or scheduled survey is closed.');
  return inTransaction(ctx, async (t) => {
    const [updated] = await t.db.update(wellbeingSurveys).set({ closedAt: ctx.clock.now() }).where(eq(wellbeingSurveys.id, surveyId)).returning();
    const [responded] = await t.db.select({ n: count() }).from(wellbeingParticipation).where(eq(wellbeingParticipation.surveyId, surveyId));
    await audit(t, { orgId, action: 'wellbeing_survey.closed', entityType: 'wellbeing_survey', entityId: surveyId, after: { responded: responded?.n ?? 0 } });
    return present(t, scope, updated!, null);
  });
}

/** Checks answers against the questionnaire: each key a question, each value of its kind, required ones given. */
function answerIssues(row: TSurveyRow, input: TSurveyAnswerInput) {
  const issues: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(input.answers)) {
    const q = row.questions.find((x) => x.key === key);
    const path = `body.answers.${key}`;
    if (!q) issues.push({ path, message: 'Not a question of this survey' });
    else if (value === null) continue;
    else if (q.kind === 'scale' && typeof value !== 'number') issues.push({ path, message: 'A score from 1 to 5' });
    else if (q.kind === 'choice' && (typeof value !== 'string' || !q.options.some((o) => o.key === value))) issues.push({ path, message: 'One of the options' });
    else if (q.kind === 'text' && typeof value !== 'string') issues.push({ path, message: 'A text' });
  }
  for (const q of row.questions) {
    const v = input.answers[q.key];
    if (q.required && (v === undefined || v === null || (typeof v === 'string' && v.length === 0))) issues.push({ path: `body.answers.${q.key}`, message: 'Required' });
  }
  return issues;
}

/**
 * One person's answers, stored without them: the participation row says that they answered
 * (so they cannot answer twice), the answer row what was answered and in which unit — and the
 * two share nothing (no key, no time, no ordered id). Not an audit entry either: an audit entry
 * carries the actor and the time, the very link this keeps out. The count is audited at closing.
 */
export async function answerSurvey(ctx: Ctx, orgId: string, surveyId: string, input: TSurveyAnswerInput) {
  const { scope, row, me } = await loadSurvey(ctx, orgId, surveyId);
  if (!me || !coveredUnits(scope, row).has(me.unitId)) throw forbidden('This survey is for other units.');
  if (surveyState(row, todayOf(scope, ctx.clock.now())) !== 'open') throw wrongState('The survey is not open.');
  const issues = answerIssues(row, input);
  if (issues.length > 0) throw invalidInput('Some answers do not fit the questionnaire.', issues);
  const answers = Object.fromEntries(row.questions.map((q) => [q.key, input.answers[q.key] ?? null]));
  await inTransaction(ctx, async (t) => {
    const inserted = await t.db.insert(wellbeingParticipation).values({ orgId, surveyId, personId: me.id }).onConflictDoNothing().returning();
    if (inserted.length === 0) throw alreadyAnswered();
    await t.db.insert(wellbeingAnswers).values({ orgId, surveyId, groupUnitId: officeOf(scope, me.unitId), answers });
  });
  return { answered: true as const };
}
