import { eq } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import type { Ctx } from '../../context.js';
import { renderPdf } from '../../exports/pdf.js';
import { people } from '../orgs/orgs.table.js';
import { getExercise } from './exercises.usecases.js';

type Labels = Record<'report' | 'unit' | 'type' | 'scheduled' | 'conducted' | 'scenario' | 'objectives' | 'participants' | 'timeline' | 'results' | 'service' | 'achieved' | 'rto' | 'verdict' | 'findings' | 'owner' | 'due' | 'status' | 'summary' | 'met' | 'missed' | 'none', string>;

const LABELS: Record<TLanguage, Labels> = {
  en: { report: 'Exercise report', unit: 'Unit', type: 'Type', scheduled: 'Scheduled', conducted: 'Conducted', scenario: 'Scenario', objectives: 'Objectives', participants: 'Participants', timeline: 'Timeline and injects', results: 'Recovery achieved', service: 'Critical function', achieved: 'Achieved', rto: 'RTO', verdict: 'Verdict', findings: 'Findings and remedial actions', owner: 'Owner', due: 'Due', status: 'Status', summary: 'What happened', met: 'met', missed: 'missed', none: 'no RTO' },
  fr: { report: 'Rapport d’exercice', unit: 'Unité', type: 'Type', scheduled: 'Prévu', conducted: 'Réalisé', scenario: 'Scénario', objectives: 'Objectifs', participants: 'Participants', timeline: 'Déroulé et injects', results: 'Reprise obtenue', service: 'Fonction critique', achieved: 'Obtenu', rto: 'DMIA', verdict: 'Résultat', findings: 'Constats et actions correctives', owner: 'Responsable', due: 'Échéance', status: 'Statut', summary: 'Déroulement', met: 'atteint', missed: 'manqué', none: 'pas de DMIA' },
  es: { report: 'Informe del ejercicio', unit: 'Unidad', type: 'Tipo', scheduled: 'Previsto', conducted: 'Realizado', scenario: 'Escenario', objectives: 'Objetivos', participants: 'Participantes', timeline: 'Cronología e inyecciones', results: 'Recuperación lograda', service: 'Función crítica', achieved: 'Logrado', rto: 'RTO', verdict: 'Resultado', findings: 'Hallazgos y acciones correctivas', owner: 'Responsable', due: 'Vence', status: 'Estado', summary: 'Qué ocurrió', met: 'cumplido', missed: 'no cumplido', none: 'sin RTO' },
  ru: { report: 'Отчёт об учениях', unit: 'Подразделение', type: 'Тип', scheduled: 'Запланировано', conducted: 'Проведено', scenario: 'Сценарий', objectives: 'Цели', participants: 'Участники', timeline: 'Ход и вводные', results: 'Достигнутое восстановление', service: 'Критическая функция', achieved: 'Достигнуто', rto: 'RTO', verdict: 'Итог', findings: 'Выводы и корректирующие меры', owner: 'Ответственный', due: 'Срок', status: 'Статус', summary: 'Что произошло', met: 'выполнено', missed: 'не выполнено', none: 'нет RTO' },
  zh: { report: '演练报告', unit: '单位', type: '类型', scheduled: '计划日期', conducted: '实施日期', scenario: '情景', objectives: '目标', participants: '参与者', timeline: '进程与注入事件', results: '实际恢复', service: '关键职能', achieved: '实际', rto: 'RTO', verdict: '结论', findings: '发现与补救措施', owner: '负责人', due: '截止', status: '状态', summary: '经过', met: '达标', missed: '未达标', none: '无 RTO' },
  ar: { report: 'تقرير التمرين', unit: 'الوحدة', type: 'النوع', scheduled: 'الموعد المقرر', conducted: 'تاريخ التنفيذ', scenario: 'السيناريو', objectives: 'الأهداف', participants: 'المشاركون', timeline: 'المجريات والمدخلات', results: 'التعافي المحقق', service: 'الوظيفة الحرجة', achieved: 'المحقق', rto: 'زمن التعافي المستهدف', verdict: 'النتيجة', findings: 'النتائج والإجراءات التصحيحية', owner: 'المسؤول', due: 'الموعد', status: 'الحالة', summary: 'ما جرى', met: 'تحقق', missed: 'لم يتحقق', none: 'لا هدف' },
};

const hours = (minutes: number | null) => (minutes === null ? '—' : minutes % 1440 === 0 ? `${minutes / 1440} d` : `${Math.round((minutes / 60) * 10) / 10} h`);

/** The exercise report in the reader's language (their directory language, else English). */
export async function exerciseReportPdf(ctx: Ctx, orgId: string, exerciseId: string) {
  const exercise = await getExercise(ctx, orgId, exerciseId);
  const language = await readerLanguage(ctx);
  const l = LABELS[language];
  const verdict = { met: l.met, missed: l.missed, no_objective: l.none };
  const pdf = await renderPdf({
    language,
    title: exercise.title,
    subtitle: l.report,
    meta: [
      [l.unit, exercise.unitName],
      [l.type, exercise.type.replaceAll('_', ' ')],
      [l.scheduled, exercise.scheduledOn],
      [l.conducted, exercise.conductedOn ?? '—'],
    ],
    generatedAt: ctx.clock.now(),
    blocks: [
      { kind: 'heading', level: 2, text: l.scenario },
      { kind: 'markdown', markdown: exercise.scenario || '—' },
      { kind: 'heading', level: 2, text: l.objectives },
      { kind: 'list', ordered: true, items: exercise.objectives.length ? exercise.objectives : ['—'] },
      { kind: 'heading', level: 2, text: l.participants },
      { kind: 'list', items: exercise.participants.map((p) => `${p.fullName} (${p.role})`) },
      ...(exercise.timeline.length ? [{ kind: 'heading' as const, level: 2 as const, text: l.timeline }, { kind: 'table' as const, header: ['', l.scenario, l.summary], rows: exercise.timeline.map((x) => [x.at, x.inject, x.response]), widths: [1, 3, 3] }] : []),
      { kind: 'heading', level: 2, text: l.summary },
      { kind: 'markdown', markdown: exercise.summary || '—' },
      { kind: 'heading', level: 2, text: l.results },
      { kind: 'table', header: [l.service, l.achieved, l.rto, l.verdict], rows: exercise.results.map((r) => [r.serviceName, hours(r.achievedMinutes), hours(r.rtoMinutes), verdict[r.verdict]]), widths: [3, 1, 1, 1] },
      { kind: 'heading', level: 2, text: l.findings },
      { kind: 'table', header: [l.findings, l.owner, l.due, l.status], rows: exercise.findings.map((f) => [f.title, f.ownerName ?? '', f.dueOn, f.status]), widths: [3, 2, 1, 1] },
    ],
  });
  const fileName = `exercise-${exercise.scheduledOn}-${exercise.id.slice(0, 8)}.pdf`;
  return { fileName, pdf };
}

async function readerLanguage(ctx: Ctx): Promise<TLanguage> {
  if (!ctx.actor.personId) return 'en';
  const [person] = await ctx.db.select({ language: people.preferredLanguage }).from(people).where(eq(people.id, ctx.actor.personId));
  return (LANGUAGES as readonly string[]).includes(person?.language ?? '') ? (person!.language as TLanguage) : 'en';
}
