import type { TLanguage } from '../../../domain/languages.js';
import type { TObligationKind } from '../../../domain/mer/policy.js';

/** What a reminder says, in the recipient's language. Dates stay ISO: unambiguous in every script. */
export interface TReminderFacts {
  kind: TObligationKind;
  stage: 'before' | 'on_the_day' | 'escalation';
  planTitle: string;
  unitName: string;
  dueOn: string;
  daysLate: number;
  link: string;
}

interface Catalogue {
  obligation: Record<'plan_update' | 'plan_approval', string>;
  subject: Record<TReminderFacts['stage'], (f: TReminderFacts, what: string) => string>;
  body: (f: TReminderFacts, what: string) => string;
  overdue: (f: TReminderFacts, what: string) => string;
  open: string;
}

const en: Catalogue = {
  obligation: { plan_update: 'update of the plan', plan_approval: 'approval of the plan' },
  subject: {
    before: (f, what) => `Due ${f.dueOn}: ${what} "${f.planTitle}"`,
    on_the_day: (f, what) => `Due today: ${what} "${f.planTitle}"`,
    escalation: (f, what) => `Overdue by ${f.daysLate} days: ${what} "${f.planTitle}"`,
  },
  body: (f, what) => `The ${what} "${f.planTitle}" (${f.unitName}) is due on ${f.dueOn}.`,
  overdue: (f, what) => `The ${what} "${f.planTitle}" (${f.unitName}) was due on ${f.dueOn} and is ${f.daysLate} days overdue.`,
  open: 'Open the plan',
};

const fr: Catalogue = {
  obligation: { plan_update: 'mise à jour du plan', plan_approval: 'approbation du plan' },
  subject: {
    before: (f, what) => `Échéance ${f.dueOn} : ${what} « ${f.planTitle} »`,
    on_the_day: (f, what) => `Échéance aujourd’hui : ${what} « ${f.planTitle} »`,
    escalation: (f, what) => `En retard de ${f.daysLate} jours : ${what} « ${f.planTitle} »`,
  },
  body: (f, what) => `La ${what} « ${f.planTitle} » (${f.unitName}) est attendue le ${f.dueOn}.`,
  overdue: (f, what) => `La ${what} « ${f.planTitle} » (${f.unitName}) était attendue le ${f.dueOn} : ${f.daysLate} jours de retard.`,
  open: 'Ouvrir le plan',
};

const es: Catalogue = {
  obligation: { plan_update: 'actualización del plan', plan_approval: 'aprobación del plan' },
  subject: {
    before: (f, what) => `Vence el ${f.dueOn}: ${what} «${f.planTitle}»`,
    on_the_day: (f, what) => `Vence hoy: ${what} «${f.planTitle}»`,
    escalation: (f, what) => `Con ${f.daysLate} días de retraso: ${what} «${f.planTitle}»`,
  },
  body: (f, what) => `La ${what} «${f.planTitle}» (${f.unitName}) vence el ${f.dueOn}.`,
  overdue: (f, what) => `La ${what} «${f.planTitle}» (${f.unitName}) venció el ${f.dueOn}: ${f.daysLate} días de retraso.`,
  open: 'Abrir el plan',
};

const ru: Catalogue = {
  obligation: { plan_update: 'обновление плана', plan_approval: 'утверждение плана' },
  subject: {
    before: (f, what) => `Срок ${f.dueOn}: ${what} «${f.planTitle}»`,
    on_the_day: (f, what) => `Срок сегодня: ${what} «${f.planTitle}»`,
    escalation: (f, what) => `Просрочено на ${f.daysLate} дн.: ${what} «${f.planTitle}»`,
  },
  body: (f, what) => `Срок: ${what} «${f.planTitle}» (${f.unitName}) — ${f.dueOn}.`,
  overdue: (f, what) => `Срок: ${what} «${f.planTitle}» (${f.unitName}) — ${f.dueOn}; просрочено на ${f.daysLate} дн.`,
  open: 'Открыть план',
};

const zh: Catalogue = {
  obligation: { plan_update: '计划更新', plan_approval: '计划审批' },
  subject: {
    before: (f, what) => `${f.dueOn} 到期：${what}“${f.planTitle}”`,
    on_the_day: (f, what) => `今天到期：${what}“${f.planTitle}”`,
    escalation: (f, what) => `已逾期 ${f.daysLate} 天：${what}“${f.planTitle}”`,
  },
  body: (f, what) => `${what}“${f.planTitle}”（${f.unitName}）的截止日期为 ${f.dueOn}。`,
  overdue: (f, what) => `${what}“${f.planTitle}”（${f.unitName}）已于 ${f.dueOn} 到期，逾期 ${f.daysLate} 天。`,
  open: '打开计划',
};

const ar: Catalogue = {
  obligation: { plan_update: 'تحديث الخطة', plan_approval: 'اعتماد الخطة' },
  subject: {
    before: (f, what) => `الموعد ${f.dueOn}: ${what} «${f.planTitle}»`,
    on_the_day: (f, what) => `الموعد اليوم: ${what} «${f.planTitle}»`,
    escalation: (f, what) => `متأخر ${f.daysLate} يومًا: ${what} «${f.planTitle}»`,
  },
  body: (f, what) => `موعد ${what} «${f.planTitle}» (${f.unitName}) هو ${f.dueOn}.`,
  overdue: (f, what) => `كان موعد ${what} «${f.planTitle}» (${f.unitName}) هو ${f.dueOn}، والتأخير ${f.daysLate} يومًا.`,
  open: 'فتح الخطة',
};

const CATALOGUES: Record<TLanguage, Catalogue> = { en, fr, es, ru, zh, ar };

export function reminderMessage(language: TLanguage, f: TReminderFacts): { subject: string; text: string } {
  const c = CATALOGUES[language];
  const what = c.obligation[f.kind as 'plan_update' | 'plan_approval'] ?? f.kind;
  const sentence = f.daysLate > 0 ? c.overdue(f, what) : c.body(f, what);
  return { subject: c.subject[f.stage](f, what), text: `${sentence}\n\n${c.open}: ${f.link}\n` };
}

/** "Approval of the plan" and the like, for calendar entries. */
export function obligationLabel(language: TLanguage, kind: TObligationKind): string {
  const label = CATALOGUES[language].obligation[kind as 'plan_update' | 'plan_approval'] ?? kind;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
