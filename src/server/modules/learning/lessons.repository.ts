import { and, arrayOverlaps, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { minimumMatches } from '../../../domain/learning/ngrams.js';
import { organizations, units } from '../orgs/orgs.table.js';
import { lessons, lessonTranslations } from './learning.table.js';

export type TLessonRow = typeof lessons.$inferSelect & { orgName: string; unitName: string | null; translations: { language: string; title: string; narrative: string }[]; score?: number };

/**
 * Lessons the caller may see from organization `orgId`: its own (drafts only when
 * `ownDrafts`), and what other organizations published installation-wide. This is the one
 * place that says what crosses organizations; every route reads lessons through it.
 */
export function visibleTo(orgId: string, ownDrafts: boolean): SQL {
  const own = ownDrafts ? eq(lessons.orgId, orgId) : and(eq(lessons.orgId, orgId), eq(lessons.status, 'published'))!;
  return or(own, and(eq(lessons.sharing, 'installation'), eq(lessons.status, 'published')))!;
}

const textArray = (grams: readonly string[]) => sql`ARRAY[${sql.join(grams.map((g) => sql`${g}`), sql`, `)}]::text[]`;

export async function findLessons(db: Db, where: SQL, options: { grams?: string[]; limit?: number } = {}): Promise<TLessonRow[]> {
  const grams = options.grams ?? [];
  const score = grams.length ? sql<number>`(SELECT count(*) FROM unnest(${lessons.searchGrams}) AS g WHERE g = ANY(${textArray(grams)}))::int` : sql<number>`0`;
  const conditions = [where];
  if (grams.length) conditions.push(arrayOverlaps(lessons.searchGrams, grams), sql`${score} >= ${minimumMatches(grams.length)}`);
  const rows = await db
    .select({ lesson: lessons, orgName: organizations.name, unitName: units.name, score })
    .from(lessons)
    .innerJoin(organizations, eq(organizations.id, lessons.orgId))
    .leftJoin(units, eq(units.id, lessons.unitId))
    .where(and(...conditions))
    .orderBy(...(grams.length ? [desc(score)] : []), desc(lessons.publishedAt), desc(lessons.updatedAt))
    .limit(options.limit ?? 200);
  const ids = rows.map((r) => r.lesson.id);
  const translations = ids.length ? await db.select().from(lessonTranslations).where(inArray(lessonTranslations.lessonId, ids)) : [];
  return rows.map((r) => ({ ...r.lesson, orgName: r.orgName, unitName: r.unitName, score: r.score, translations: translations.filter((t) => t.lessonId === r.lesson.id) }));
}
