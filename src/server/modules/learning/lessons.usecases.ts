import { and, eq, inArray, or } from 'drizzle-orm';
import type { TLessonInput, TLessonQuery, TLessonUpdate, TLessonView } from '../../../domain/contract/learning.js';
import { lessonEventTypes } from '../../../domain/learning/plan-event-types.js';
import { ngrams } from '../../../domain/learning/ngrams.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { TEventType } from '../../../domain/response/events.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden, invalidInput } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { findPlan } from '../plans/plans.repository.js';
import { risks } from '../risks/risks.table.js';
import { lessons, lessonTranslations, postIncidentReviews } from './learning.table.js';
import { learningPolicy as policy, rootOf } from './learning.policy.js';
import { findLessons, visibleTo, type TLessonRow } from './lessons.repository.js';

export const lessonNotFound = defineError({ code: 'learning.lesson_not_found', status: 404, message: 'Lesson not found.' });
const planNotFound = defineError({ code: 'plans.not_found', status: 404, message: 'Plan not found.' });

const unitOf = (scope: OrgScope, row: { unitId: string | null }) => row.unitId ?? rootOf(scope);
const mayWrite = (scope: OrgScope, row: { unitId: string | null }) => policy.writeLessons(scope, unitOf(scope, row));

/**
 * What a reader of organization `orgId` is shown. Another organization's anonymized lesson
 * carries no source at all (no organization, unit, review or author); a named one its
 * organization and unit. The author is never sent.
 */
function present(scope: OrgScope, orgId: string, row: TLessonRow): TLessonView & { score?: number } {
  const own = row.orgId === orgId;
  return {
    id: row.id,
    kind: row.kind as TLessonView['kind'],
    title: row.title,
    narrative: row.narrative,
    category: row.category as TLessonView['category'],
    eventType: (row.eventType as TEventType | null) ?? null,
    phase: (row.phase as TLessonView['phase']) ?? null,
    language: row.language as TLanguage,
    translations: Object.fromEntries(row.translations.map((t) => [t.language, { title: t.title, narrative: t.narrative }])),
    sharing: row.sharing as TLessonView['sharing'],
    anonymized: row.anonymized,
    status: row.status as TLessonView['status'],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    own,
    source: own ? { orgName: row.orgName, unitName: row.unitName, reviewId: row.reviewId } : row.anonymized ? null : { orgName: row.orgName, unitName: row.unitName, reviewId: null },
    allowedActions: own ? { edit: mayWrite(scope, row), publish: row.status === 'draft' && policy.publishLesson(scope, unitOf(scope, row), row.sharing) } : { edit: false, publish: false },
    ...(row.score !== undefined ? { score: row.score } : {}),
  };
}

/** Own drafts are seen by those who may write lessons somewhere in the organization. */
const seesDrafts = (scope: OrgScope) => scope.units.some((u) => policy.writeLessons(scope, u.id));

async function readableScope(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!policy.readPublishedLessons(scope)) throw lessonNotFound();
  return scope;
}

export async function listLessons(ctx: Ctx, orgId: string, query: TLessonQuery) {
  const scope = await readableScope(ctx, orgId);
  const conditions = [visibleTo(orgId, seesDrafts(scope))];
  if (query.category) conditions.push(eq(lessons.category, query.category));
  if (query.eventType) conditions.push(eq(lessons.eventType, query.eventType));
  const grams = query.q ? ngrams(query.q) : [];
  const rows = (await findLessons(ctx.db, and(...conditions)!, { grams })).filter(
    (r) => (query.scope === 'all' || (query.scope === 'own') === (r.orgId === orgId)) && (r.orgId !== orgId || r.status === 'published' || mayWrite(scope, r)),
  );
  return { items: rows.map((r) => present(scope, orgId, r)), allowedActions: { create: seesDrafts(scope) } };
}

export async function getLesson(ctx: Ctx, orgId: string, lessonId: string) {
  const scope = await readableScope(ctx, orgId);
  const [row] = await findLessons(ctx.db, and(eq(lessons.id, lessonId), visibleTo(orgId, seesDrafts(scope)))!);
  if (!row || (row.orgId === orgId && row.status === 'draft' && !mayWrite(scope, row))) throw lessonNotFound();
  return present(scope, orgId, row);
}

async function checkRefs(ctx: Ctx, scope: OrgScope, orgId: string, input: TLessonUpdate) {
  const issues: { path: string; message: string }[] = [];
  if (input.unitId && !scope.unit(input.unitId)) issues.push({ path: 'body.unitId', message: 'Not a unit of this organization' });
  if (input.reviewId) {
    const [review] = await ctx.db.select({ id: postIncidentReviews.id }).from(postIncidentReviews).where(and(eq(postIncidentReviews.orgId, orgId), eq(postIncidentReviews.id, input.reviewId)));
    if (!review) issues.push({ path: 'body.reviewId', message: 'Not a review of this organization' });
  }
  if (issues.length) throw invalidInput('The lesson names units or reviews outside the organization.', issues);
}

const gramsOf = (l: { title: string; narrative: string; translations: Partial<Record<string, { title: string; narrative: string }>> }) =>
  [...new Set([l.title, l.narrative, ...Object.values(l.translations).flatMap((t) => (t ? [t.title, t.narrative] : []))].flatMap(ngrams))];

async function writeTranslations(ctx: Ctx, lessonId: string, translations: TLessonInput['translations']) {
  await ctx.db.delete(lessonTranslations).where(eq(lessonTranslations.lessonId, lessonId));
  const rows = Object.entries(translations).flatMap(([language, t]) => (t ? [{ lessonId, language, title: t.title, narrative: t.narrative }] : []));
  if (rows.length) await ctx.db.insert(lessonTranslations).values(rows);
}

export async function createLesson(ctx: Ctx, orgId: string, input: TLessonInput) {
  const scope = await readableScope(ctx, orgId);
  await checkRefs(ctx, scope, orgId, input);
  if (!mayWrite(scope, input)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const { translations, ...fields } = input;
    const [row] = await t.db.insert(lessons).values({ orgId, ...fields, status: 'draft', searchGrams: gramsOf(input), createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await writeTranslations(t, row!.id, translations);
    await audit(t, { orgId, action: 'lesson.created', entityType: 'lesson', entityId: row!.id, after: { ...fields, languages: Object.keys(translations) } });
    return getLesson(t, orgId, row!.id);
  });
}

async function loadOwn(ctx: Ctx, orgId: string, lessonId: string) {
  const scope = await readableScope(ctx, orgId);
  const [row] = await findLessons(ctx.db, and(eq(lessons.id, lessonId), eq(lessons.orgId, orgId))!);
  if (!row || (row.status === 'draft' && !mayWrite(scope, row))) throw lessonNotFound();
  return { scope, row };
}

export async function updateLesson(ctx: Ctx, orgId: string, lessonId: string, input: TLessonUpdate) {
  const { scope, row } = await loadOwn(ctx, orgId, lessonId);
  await checkRefs(ctx, scope, orgId, input);
  const next = { ...row, ...input };
  if (!mayWrite(scope, row) || !mayWrite(scope, next)) throw forbidden();
  // Widening a published lesson's audience is publishing it again: the publisher's call.
  if (row.status === 'published' && (next.sharing !== row.sharing || next.anonymized !== row.anonymized) && !policy.publishLesson(scope, unitOf(scope, next), next.sharing)) throw forbidden();
  const translations = input.translations ?? Object.fromEntries(row.translations.map((t) => [t.language, { title: t.title, narrative: t.narrative }]));
  if (translations[next.language as TLanguage]) throw invalidInput('The original language is not a translation.', [{ path: 'body.translations', message: 'The original language is not a translation' }]);
  return inTransaction(ctx, async (t) => {
    const { translations: _t, ...fields } = input;
    await t.db.update(lessons).set({ ...fields, searchGrams: gramsOf({ title: next.title, narrative: next.narrative, translations }), updatedAt: ctx.clock.now() }).where(eq(lessons.id, lessonId));
    if (input.translations) await writeTranslations(t, lessonId, input.translations);
    await audit(t, { orgId, action: 'lesson.updated', entityType: 'lesson', entityId: lessonId, before: Object.fromEntries(Object.keys(fields).map((k) => [k, row[k as keyof typeof row]])), after: fields });
    return getLesson(t, orgId, lessonId);
  });
}

export async function publishLesson(ctx: Ctx, orgId: string, lessonId: string) {
  const { scope, row } = await loadOwn(ctx, orgId, lessonId);
  if (row.status === 'published') return present(scope, orgId, row);
  if (!policy.publishLesson(scope, unitOf(scope, row), row.sharing)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    await t.db.update(lessons).set({ status: 'published', publishedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).where(eq(lessons.id, lessonId));
    await audit(t, { orgId, action: 'lesson.published', entityType: 'lesson', entityId: lessonId, before: { status: 'draft' }, after: { status: 'published', sharing: row.sharing, anonymized: row.anonymized } });
    return getLesson(t, orgId, lessonId);
  });
}

/**
 * Lessons to read before writing a plan or while an event runs: published lessons (own and
 * shared) about the event types the plan prepares for — its covered scenarios and the
 * categories of the risks it links — and the own organization's lessons from the plan's unit.
 */
export async function suggestLessons(ctx: Ctx, orgId: string, query: { planId?: string; eventType?: TEventType }) {
  const scope = await readableScope(ctx, orgId);
  const eventTypes = new Set<TEventType>(query.eventType ? [query.eventType] : []);
  let planUnitId: string | null = null;
  if (query.planId) {
    const plan = await findPlan(ctx.db, orgId, query.planId);
    if (!plan || !(scope.readsAll || scope.rolesAt(plan.unitId).size > 0)) throw planNotFound();
    planUnitId = plan.unitId;
    const structure = plan.version.structure;
    const riskIds = structure.riskIds ?? [];
    const categories = riskIds.length ? (await ctx.db.select({ category: risks.category }).from(risks).where(and(eq(risks.orgId, orgId), inArray(risks.id, riskIds)))).map((r) => r.category) : [];
    for (const t of lessonEventTypes((structure.scenarios ?? []).filter((s) => s.covered).map((s) => s.scenario), categories)) eventTypes.add(t);
  }
  const about = [...eventTypes];
  const conditions = [];
  if (about.length) conditions.push(inArray(lessons.eventType, about));
  if (planUnitId) conditions.push(and(eq(lessons.orgId, orgId), eq(lessons.unitId, planUnitId))!);
  if (conditions.length === 0) return { eventTypes: about, items: [] };
  const rows = await findLessons(ctx.db, and(visibleTo(orgId, false), or(...conditions))!, { limit: 10 });
  return { eventTypes: about, items: rows.map((r) => present(scope, orgId, r)) };
}
