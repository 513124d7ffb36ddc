import type { TLanguage } from '../../../domain/languages.js';

interface Facts {
  campaign: string;
  unitName: string;
  dueOn: string;
  daysLate: number;
  link: string;
}

type Wording = { subject: (f: Facts) => string; body: (f: Facts) => string; open: string };

/** Before and on the due date the reminder says when; after it, by how much it is late. */
const WORDING: Record<TLanguage, Wording> = {
  en: { subject: (f) => (f.daysLate > 0 ? `BIA overdue by ${f.daysLate} days: ${f.unitName}` : `BIA due ${f.dueOn}: ${f.unitName}`), body: (f) => `The business impact analysis of ${f.unitName} for "${f.campaign}" is due on ${f.dueOn}. Record its services, impacts, recovery objectives and dependencies, then submit it.`, open: 'Open the BIA' },
  fr: { subject: (f) => (f.daysLate > 0 ? `BIA en retard de ${f.daysLate} jours : ${f.unitName}` : `BIA attendu le ${f.dueOn} : ${f.unitName}`), body: (f) => `L’analyse d’impact de ${f.unitName} pour « ${f.campaign} » est attendue le ${f.dueOn}. Saisissez ses services, impacts, objectifs de reprise et dépendances, puis soumettez-la.`, open: 'Ouvrir le BIA' },
  es: { subject: (f) => (f.daysLate > 0 ? `BIA con ${f.daysLate} días de retraso: ${f.unitName}` : `BIA vence el ${f.dueOn}: ${f.unitName}`), body: (f) => `El análisis de impacto de ${f.unitName} para «${f.campaign}» vence el ${f.dueOn}. Registre sus servicios, impactos, objetivos de recuperación y dependencias, y envíelo.`, open: 'Abrir el BIA' },
  ru: { subject: (f) => (f.daysLate > 0 ? `АВД просрочен на ${f.daysLate} дн.: ${f.unitName}` : `Срок АВД ${f.dueOn}: ${f.unitName}`), body: (f) => `Срок анализа воздействия на деятельность для ${f.unitName} («${f.campaign}») — ${f.dueOn}. Внесите услуги, воздействия, цели восстановления и зависимости и отправьте анализ.`, open: 'Открыть АВД' },
  zh: { subject: (f) => (f.daysLate > 0 ? `业务影响分析已逾期 ${f.daysLate} 天：${f.unitName}` : `业务影响分析 ${f.dueOn} 到期：${f.unitName}`), body: (f) => `${f.unitName} 在“${f.campaign}”中的业务影响分析截止日期为 ${f.dueOn}。请录入服务、影响、恢复目标和依赖关系，然后提交。`, open: '打开业务影响分析' },
  ar: { subject: (f) => (f.daysLate > 0 ? `تحليل الأثر متأخر ${f.daysLate} يومًا: ${f.unitName}` : `موعد تحليل الأثر ${f.dueOn}: ${f.unitName}`), body: (f) => `موعد تحليل أثر الأعمال لـ ${f.unitName} ضمن «${f.campaign}» هو ${f.dueOn}. سجّل الخدمات والآثار وأهداف التعافي والاعتماديات ثم قدّمه.`, open: 'فتح تحليل الأثر' },
};

export function campaignReminder(language: TLanguage, f: Facts) {
  const w = WORDING[language];
  return { subject: w.subject(f), text: `${w.body(f)}\n\n${w.open}: ${f.link}\n` };
}
