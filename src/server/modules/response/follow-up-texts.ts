import type { TLanguage } from '../../../domain/languages.js';
import { EXERCISE_PREFIX } from '../../../domain/response/messages.js';

type TEscalation = { exercise: boolean; eventTitle: string; personName: string; link: string };

const ESCALATION: Record<TLanguage, (f: TEscalation) => { subject: string; text: string }> = {
  en: (f) => ({ subject: `No safety check-in: ${f.personName}`, text: `${f.personName} has not answered the safety check-in for "${f.eventTitle}". Please try to reach them. If you do, report for them: ${f.link}` }),
  fr: (f) => ({ subject: `Pas de réponse à l'appel de sécurité : ${f.personName}`, text: `${f.personName} n'a pas répondu à l'appel de sécurité pour « ${f.eventTitle} ». Essayez de le ou la joindre. Si vous y parvenez, répondez pour cette personne : ${f.link}` }),
  es: (f) => ({ subject: `Sin respuesta al control de seguridad: ${f.personName}`, text: `${f.personName} no ha respondido al control de seguridad de «${f.eventTitle}». Intente comunicarse. Si lo logra, responda en su nombre: ${f.link}` }),
  ru: (f) => ({ subject: `Нет ответа на проверку безопасности: ${f.personName}`, text: `${f.personName} не ответил(а) на проверку безопасности по событию «${f.eventTitle}». Попробуйте связаться. Если удастся, ответьте за этого сотрудника: ${f.link}` }),
  zh: (f) => ({ subject: `未报平安：${f.personName}`, text: `${f.personName}尚未回复"${f.eventTitle}"的安全确认。请设法联系。如已联系上，请代为报告：${f.link}` }),
  ar: (f) => ({ subject: `لم يرد على التحقق من السلامة: ${f.personName}`, text: `لم يرد ${f.personName} على التحقق من السلامة بشأن "${f.eventTitle}". يرجى محاولة الاتصال به. إذا تمكنت من ذلك، فأبلغ نيابة عنه: ${f.link}` }),
};

/** To a supervisor: a person they supervise has not answered; the link lets them report for that person. */
export function escalationText(language: TLanguage, facts: TEscalation) {
  const copy = ESCALATION[language](facts);
  const prefix = facts.exercise ? EXERCISE_PREFIX[language] : '';
  return { subject: prefix + copy.subject, text: prefix + copy.text };
}

const SITREP: Record<TLanguage, (kind: string, title: string, stage: string) => string> = {
  en: (k, t, s) => `Situation report (${k}) for "${t}": ${s === 'before' ? 'due soon' : s === 'due' ? 'due now' : 'overdue'}.`,
  fr: (k, t, s) => `Rapport de situation (${k}) pour « ${t} » : ${s === 'before' ? 'attendu bientôt' : s === 'due' ? 'attendu maintenant' : 'en retard'}.`,
  es: (k, t, s) => `Informe de situación (${k}) de «${t}»: ${s === 'before' ? 'vence pronto' : s === 'due' ? 'vence ahora' : 'atrasado'}.`,
  ru: (k, t, s) => `Доклад о ситуации (${k}) по «${t}»: ${s === 'before' ? 'скоро срок' : s === 'due' ? 'срок наступил' : 'просрочен'}.`,
  zh: (k, t, s) => `"${t}"的情况报告（${k}）：${s === 'before' ? '即将到期' : s === 'due' ? '现已到期' : '已逾期'}。`,
  ar: (k, t, s) => `تقرير الحالة (${k}) بشأن "${t}": ${s === 'before' ? 'يحين موعده قريبًا' : s === 'due' ? 'حان موعده' : 'متأخر'}.`,
};

export function sitrepReminderText(language: TLanguage, exercise: boolean, kind: string, eventTitle: string, stage: string, link: string) {
  const prefix = exercise ? EXERCISE_PREFIX[language] : '';
  const line = SITREP[language](kind, eventTitle, stage);
  return { subject: prefix + line, text: `${prefix}${line}\n\n${link}` };
}
