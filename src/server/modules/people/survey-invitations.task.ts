import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Services } from '../../context.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { people, units } from '../orgs/orgs.table.js';
import { wellbeingSurveys } from './people.table.js';
import { surveyInvitation, inLanguage } from './survey-messages.js';

/** The page where a staff member answers, in their language; signing in is what identifies them (no personal token in the link to leak). */
export const answerPath = (orgId: string, surveyId: string, language: TLanguage) => `/orgs/${orgId}/people/surveys/${surveyId}/answer?lang=${language}`;

/**
 * Invites everybody in the units a launched survey reaches, on its opening day or later while
 * it is open, each once (dedupe key survey × person), in their language. People added to a
 * unit while the survey is open are invited at the next run.
 */
export async function queueSurveyInvitations(services: Services, publicUrl: string): Promise<number> {
  const db = services.db;
  const now = services.clock.now();
  const surveys = await db.select().from(wellbeingSurveys).where(and(isNotNull(wellbeingSurveys.launchedAt), isNull(wellbeingSurveys.closedAt)));
  let queued = 0;
  for (const s of surveys) {
    const orgUnits = await db.select({ id: units.id, parentId: units.parentId, timeZone: units.timeZone }).from(units).where(eq(units.orgId, s.orgId));
    const today = localDate(now, orgUnits.find((u) => u.parentId === null)?.timeZone ?? 'UTC');
    if (today < s.opensOn || today > s.closesOn) continue;
    const covered = new Set(s.targetUnitIds.flatMap((id) => [...subtreeIds(orgUnits, id)]));
    if (covered.size === 0) continue;
    const invitees = await db.select({ id: people.id, email: people.email, language: people.preferredLanguage }).from(people).where(and(eq(people.orgId, s.orgId), inArray(people.unitId, [...covered])));
    const emails: TOutgoingEmail[] = invitees.map((p) => {
      const language = ((LANGUAGES as readonly string[]).includes(p.language) ? p.language : 'en') as TLanguage;
      const message = surveyInvitation(language, inLanguage(s.title, language), s.closesOn, `${publicUrl}${answerPath(s.orgId, s.id, language)}`);
      return { orgId: s.orgId, to: p.email, personId: p.id, language, ...message, dedupeKey: `people.survey-invitation:${s.id}:${p.id}` };
    });
    queued += await enqueueEmails(db, now, emails);
  }
  return queued;
}
