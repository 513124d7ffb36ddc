import type { TLanguage } from '../../../domain/languages.js';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import type { TObligationKind } from '../../../domain/mer/policy.js';

/** What a reminder says, in the recipient's language. Dates stay ISO: unambiguous in every script. */
export interface TReminderFacts {
  kind: TObligationKind;
  stage: 'before' | 'on_the_day' | 'escalation';
  /** A plan's obligation names the plan and its unit; a unit's obligation names the unit. */
  subjectType: 'plan' | 'unit';
  title: string;
  unitName: string;
  dueOn: string;
  daysLate: number;
  link: string;
}

export interface TDigestFacts {
  /** The Monday of the week the digest is for. */
  weekOf: string;
  items: (Omit<TReminderFacts, 'stage'> & { status: TObligationStatus })[];
  dashboard: string;
}

interface Catalogue {
  obligation: Record<TObligationKind, string>;
  quote: (title: string) => string;
  subject: Record<TReminderFacts['stage'], (f: TReminderFacts, what: string) => string>;
  body: (f: TReminderFacts, what: string, thing: string) => string;
  overdue: (f: TReminderFacts, what: string, thing: string) => string;
  open: Record<'plan' | 'unit', string>;
  digest: { subject: (weekOf: string, overdue: number, upcoming: number) => string; overdue: string; upcoming: string; line: (what: string, thing: string, dueOn: string, daysLate: number) => string; dashboard: string };
}

const en: Catalogue = {
  obligation: { plan_update: 'update of the plan', plan_approval: 'approval of the plan', functional_test: 'functional test of the plan', awareness_plan: 'awareness action plan', training_currency: 'training of focal points and crisis team' },
  quote: (s) => `"${s}"`,
  subject: {
    before: (f, what) => `Due ${f.dueOn}: ${what} "${f.title}"`,
    on_the_day: (f, what) => `Due today: ${what} "${f.title}"`,
    escalation: (f, what) => `Overdue by ${f.daysLate} days: ${what} "${f.title}"`,
  },
  body: (f, what, thing) => `Due on ${f.dueOn}: ${what} ${thing}.`,
  overdue: (f, what, thing) => `Overdue since ${f.dueOn} (${f.daysLate} days): ${what} ${thing}.`,
  open: { plan: 'Open the plan', unit: 'Record it in ORMS' },
  digest: {
    subject: (w, o, u) => `Week of ${w}: ${o} overdue, ${u} due soon`,
    overdue: 'Overdue',
    upcoming: 'Due in the next 30 days',
    line: (what, thing, dueOn, late) => `- ${what} ${thing}: due ${dueOn}${late > 0 ? `, ${late} days overdue` : ''}`,
    dashboard: 'Compliance dashboard',
  },
};

const fr: Catalogue = {
  obligation: { plan_update: 'mise à jour du plan', plan_approval: 'approbation du plan', functional_test: 'test fonctionnel du plan', awareness_plan: 'plan d’action de sensibilisation', training_currency: 'formation des points focaux et de la cellule de crise' },
  quote: (s) => `« ${s} »`,
  subject: {
    before: (f, what) => `Échéance ${f.dueOn} : ${what} « ${f.title} »`,
    on_the_day: (f, what) => `Échéance aujourd’hui : ${what} « ${f.title} »`,
    escalation: (f, what) => `En retard de ${f.daysLate} jours : ${what} « ${f.title} »`,
  },
  body: (f, what, thing) => `Échéance le ${f.dueOn} : ${what} ${thing}.`,
  overdue: (f, what, thing) => `En retard depuis le ${f.dueOn} (${f.daysLate} jours) : ${what} ${thing}.`,
  open: { plan: 'Ouvrir le plan', unit: 'L’enregistrer dans ORMS' },
  digest: {
    subject: (w, o, u) => `Semaine du ${w} : ${o} en retard, ${u} à échéance prochaine`,
    overdue: 'En retard',
    upcoming: 'À échéance dans les 30 prochains jours',
    line: (what, thing, dueOn, late) => `- ${what} ${thing} : échéance ${dueOn}${late > 0 ? `, ${late} jours de retard` : ''}`,
    dashboard: 'Tableau de bord de conformité',
  },
};

const es: Catalogue = {
  obligation: { plan_update: 'actualización del plan', plan_approval: 'aprobación del plan', functional_test: 'prueba funcional del plan', awareness_plan: 'plan de acción de sensibilización', training_currency: 'formación de los coordinadores y del equipo de crisis' },
  quote: (s) => `«${s}»`,
  subject: {
    before: (f, what) => `Vence el ${f.dueOn}: ${what} «${f.title}»`,
    on_the_day: (f, what) => `Vence hoy: ${what} «${f.title}»`,
    escalation: (f, what) => `Con ${f.daysLate} días de retraso: ${what} «${f.title}»`,
  },
  body: (f, what, thing) => `Vence el ${f.dueOn}: ${what} ${thing}.`,
  overdue: (f, what, thing) => `Vencido desde el ${f.dueOn} (${f.daysLate} días): ${what} ${thing}.`,
  open: { plan: 'Abrir el plan', unit: 'Registrarlo en ORMS' },
  digest: {
    subject: (w, o, u) => `Semana del ${w}: ${o} vencidos, ${u} por vencer`,
    overdue: 'Vencidos',
    upcoming: 'Vencen en los próximos 30 días',
    line: (what, thing, dueOn, late) => `- ${what} ${thing}: vence el ${dueOn}${late > 0 ? `, ${late} días de retraso` : ''}`,
    dashboard: 'Panel de cumplimiento',
  },
};

const ru: Catalogue = {
  obligation: { plan_update: 'обновление плана', plan_approval: 'утверждение плана', functional_test: 'функциональное тестирование плана', awareness_plan: 'план мероприятий по повышению осведомлённости', training_currency: 'обучение координаторов и группы управления кризисом' },
  quote: (s) => `«${s}»`,
  subject: {
    before: (f, what) => `Срок ${f.dueOn}: ${what} «${f.title}»`,
    on_the_day: (f, what) => `Срок сегодня: ${what} «${f.title}»`,
    escalation: (f, what) => `Просрочено на ${f.daysLate} дн.: ${what} «${f.title}»`,
  },
  body: (f, what, thing) => `Срок ${f.dueOn}: ${what} ${thing}.`,
  overdue: (f, what, thing) => `Просрочено с ${f.dueOn} (${f.daysLate} дн.): ${what} ${thing}.`,
  open: { plan: 'Открыть план', unit: 'Отметить в ORMS' },
  digest: {
    subject: (w, o, u) => `Неделя с ${w}: просрочено ${o}, скоро срок ${u}`,
    overdue: 'Просрочено',
    upcoming: 'Срок в ближайшие 30 дней',
    line: (what, thing, dueOn, late) => `- ${what} ${thing}: срок ${dueOn}${late > 0 ? `, просрочено на ${late} дн.` : ''}`,
    dashboard: 'Панель соблюдения требований',
  },
};

const zh: Catalogue = {
  obligation: { plan_update: '计划更新', plan_approval: '计划审批', functional_test: '计划功能测试', awareness_plan: '提高认识行动计划', training_currency: '协调人和危机管理小组培训' },
  quote: (s) => `“${s}”`,
  subject: {
    before: (f, what) => `${f.dueOn} 到期：${what}“${f.title}”`,
    on_the_day: (f, what) => `今天到期：${what}“${f.title}”`,
    escalation: (f, what) => `已逾期 ${f.daysLate} 天：${what}“${f.title}”`,
  },
  body: (f, what, thing) => `${f.dueOn} 到期：${what}${thing}。`,
  overdue: (f, what, thing) => `自 ${f.dueOn} 起逾期（${f.daysLate} 天）：${what}${thing}。`,
  open: { plan: '打开计划', unit: '在 ORMS 中记录' },
  digest: {
    subject: (w, o, u) => `${w} 当周：逾期 ${o} 项，即将到期 ${u} 项`,
    overdue: '已逾期',
    upcoming: '未来 30 天内到期',
    line: (what, thing, dueOn, late) => `- ${what}${thing}：${dueOn} 到期${late > 0 ? `，已逾期 ${late} 天` : ''}`,
    dashboard: '合规仪表板',
  },
};

const ar: Catalogue = {
  obligation: { plan_update: 'تحديث الخطة', plan_approval: 'اعتماد الخطة', functional_test: 'الاختبار الوظيفي للخطة', awareness_plan: 'خطة عمل التوعية', training_currency: 'تدريب جهات التنسيق وفريق إدارة الأزمات' },
  quote: (s) => `«${s}»`,
  subject: {
    before: (f, what) => `الموعد ${f.dueOn}: ${what} «${f.title}»`,
    on_the_day: (f, what) => `الموعد اليوم: ${what} «${f.title}»`,
    escalation: (f, what) => `متأخر ${f.daysLate} يومًا: ${what} «${f.title}»`,
  },
  body: (f, what, thing) => `الموعد ${f.dueOn}: ${what} ${thing}.`,
  overdue: (f, what, thing) => `متأخر منذ ${f.dueOn} (${f.daysLate} يومًا): ${what} ${thing}.`,
  open: { plan: 'فتح الخطة', unit: 'تسجيله في ORMS' },
  digest: {
    subject: (w, o, u) => `أسبوع ${w}: ${o} متأخرة، ${u} يحين موعدها قريبًا`,
    overdue: 'متأخرة',
    upcoming: 'يحين موعدها خلال الثلاثين يومًا القادمة',
    line: (what, thing, dueOn, late) => `- ${what} ${thing}: الموعد ${dueOn}${late > 0 ? `، التأخير ${late} يومًا` : ''}`,
    dashboard: 'لوحة الامتثال',
  },
};

const CATALOGUES: Record<TLanguage, Catalogue> = { en, fr, es, ru, zh, ar };

/** The plan in quotes with its unit, or the unit in quotes. */
const thingOf = (c: Catalogue, f: Pick<TReminderFacts, 'subjectType' | 'title' | 'unitName'>) => (f.subjectType === 'plan' ? `${c.quote(f.title)} (${f.unitName})` : c.quote(f.unitName));

export function reminderMessage(language: TLanguage, f: TReminderFacts): { subject: string; text: string } {
  const c = CATALOGUES[language];
  const what = c.obligation[f.kind];
  const sentence = f.daysLate > 0 ? c.overdue(f, what, thingOf(c, f)) : c.body(f, what, thingOf(c, f));
  return { subject: c.subject[f.stage](f, what), text: `${sentence}\n\n${c.open[f.subjectType]}: ${f.link}\n` };
}

/** A coordinator's week: what is overdue, then what falls due soon, each with its link. */
export function digestMessage(language: TLanguage, d: TDigestFacts): { subject: string; text: string } {
  const c = CATALOGUES[language];
  const overdue = d.items.filter((i) => i.status === 'overdue');
  const upcoming = d.items.filter((i) => i.status === 'due' || i.status === 'due_soon');
  const lines = (list: typeof d.items) => list.map((i) => `${c.digest.line(c.obligation[i.kind], thingOf(c, i), i.dueOn, i.daysLate)}\n  ${i.link}`).join('\n');
  const parts = [overdue.length ? `${c.digest.overdue}:\n${lines(overdue)}` : '', upcoming.length ? `${c.digest.upcoming}:\n${lines(upcoming)}` : '', `${c.digest.dashboard}: ${d.dashboard}`];
  return { subject: c.digest.subject(d.weekOf, overdue.length, upcoming.length), text: `${parts.filter(Boolean).join('\n\n')}\n` };
}

/** "Approval of the plan" and the like, for calendar entries. */
export function obligationLabel(language: TLanguage, kind: TObligationKind): string {
  const label = CATALOGUES[language].obligation[kind];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
