import { eq, inArray } from 'drizzle-orm';
import { reviewReminderDue } from '../../../domain/learning/learning.js';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { localDate } from '../../../domain/mer/calendar.js';
import type { Services } from '../../context.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { roleDirectory, unique, type TRecipient } from '../notify/recipients.js';
import { people, units } from '../orgs/orgs.table.js';
import { postIncidentReviews } from './learning.table.js';

type Stage = 'before' | 'due' | 'overdue';
const TEXTS: Record<TLanguage, { subject: Record<Stage, string>; body: string }> = {
  en: { subject: { before: 'Review due in 7 days: {title}', due: 'Review due today: {title}', overdue: 'Review overdue: {title}' }, body: 'The post-incident review "{title}" is due on {due}. Walk the team through what happened, what worked and what must change, and record each required change as a remedial action.\n\n{link}' },
  fr: { subject: { before: 'Revue à rendre dans 7 jours : {title}', due: 'Revue à rendre aujourd’hui : {title}', overdue: 'Revue en retard : {title}' }, body: 'La revue post-incident « {title} » est attendue le {due}. Revoyez avec l’équipe ce qui s’est passé, ce qui a fonctionné et ce qui doit changer, et enregistrez chaque changement requis comme action corrective.\n\n{link}' },
  es: { subject: { before: 'Revisión pendiente en 7 días: {title}', due: 'Revisión pendiente hoy: {title}', overdue: 'Revisión vencida: {title}' }, body: 'La revisión posterior al incidente «{title}» vence el {due}. Repase con el equipo lo ocurrido, lo que funcionó y lo que debe cambiar, y registre cada cambio necesario como acción correctiva.\n\n{link}' },
  ru: { subject: { before: 'Разбор через 7 дней: {title}', due: 'Разбор сегодня: {title}', overdue: 'Разбор просрочен: {title}' }, body: 'Разбор после инцидента «{title}» должен быть завершён {due}. Обсудите с командой, что произошло, что сработало и что нужно изменить, и оформите каждое изменение как корректирующую меру.\n\n{link}' },
  zh: { subject: { before: '审查将于 7 天后到期：{title}', due: '审查今天到期：{title}', overdue: '审查已逾期：{title}' }, body: '事件后审查“{title}”的截止日期为 {due}。请与团队回顾经过、有效与无效之处以及必须改变的内容，并将每项必要的改变记录为补救措施。\n\n{link}' },
  ar: { subject: { before: 'موعد المراجعة بعد 7 أيام: {title}', due: 'موعد المراجعة اليوم: {title}', overdue: 'المراجعة متأخرة: {title}' }, body: 'موعد مراجعة ما بعد الحادث "{title}" هو {due}. راجع مع الفريق ما جرى وما نجح وما يجب تغييره، وسجّل كل تغيير مطلوب كإجراء تصحيحي.\n\n{link}' },
};
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/**
 * Reminds the owner of each open review 7 days before, on the due day, then weekly; an overdue
 * review also goes to the nearest BC coordinator. Keyed per review, stage, day and recipient:
 * any number of runs or nodes queue each message once.
 */
export async function queueReviewReminders(services: Services, publicUrl: string): Promise<number> {
  const db = services.db;
  const open = await db.select().from(postIncidentReviews).where(eq(postIncidentReviews.status, 'open'));
  if (open.length === 0) return 0;
  const now = services.clock.now();
  const unitRows = await db.select({ id: units.id, timeZone: units.timeZone }).from(units).where(inArray(units.id, [...new Set(open.map((r) => r.unitId))]));
  const zoneOf = new Map(unitRows.map((u) => [u.id, u.timeZone]));
  const ownerIds = [...new Set(open.flatMap((r) => (r.ownerPersonId ? [r.ownerPersonId] : [])))];
  const owners = ownerIds.length ? await db.select({ id: people.id, email: people.email, language: people.preferredLanguage }).from(people).where(inArray(people.id, ownerIds)) : [];
  const ownerOf = new Map(owners.map((o) => [o.id, o]));
  const directories = new Map<string, Awaited<ReturnType<typeof roleDirectory>>>();
  const emails: TOutgoingEmail[] = [];
  for (const review of open) {
    const due = reviewReminderDue(review.dueOn, localDate(now, zoneOf.get(review.unitId) ?? 'UTC'));
    if (!due) continue;
    const owner = review.ownerPersonId ? ownerOf.get(review.ownerPersonId) : undefined;
    const recipients: TRecipient[] = owner?.email ? [{ email: owner.email, personId: owner.id, language: ((LANGUAGES as readonly string[]).includes(owner.language ?? '') ? owner.language : 'en') as TLanguage }] : [];
    if (due.kind === 'overdue' || recipients.length === 0) {
      if (!directories.has(review.orgId)) directories.set(review.orgId, await roleDirectory(db, review.orgId, ['bc_coordinator']));
      recipients.push(...directories.get(review.orgId)!.nearest(review.unitId, ['bc_coordinator']));
    }
    for (const r of unique(recipients)) {
      const t = TEXTS[r.language];
      const values = { title: review.title, due: review.dueOn, link: `${publicUrl}/orgs/${review.orgId}/learning/reviews/${review.id}` };
      emails.push({ orgId: review.orgId, to: r.email, personId: r.personId, language: r.language, subject: fill(t.subject[due.kind], values), text: fill(t.body, values), dedupeKey: `learning:review:${review.id}:${review.dueOn}:${due.kind}@${due.stamp}:${r.email}` });
    }
  }
  return enqueueEmails(db, now, emails);
}
