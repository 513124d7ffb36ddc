import type { TBlock, TExportDocument } from '../../exports/document.js';
import { renderDocx } from '../../exports/docx.js';
import { renderPdf } from '../../exports/pdf.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { Ctx } from '../../context.js';
import { getEvaluation } from './evaluations.usecases.js';
import { getManagementReview } from './management.usecases.js';
import { EXPORT_LABELS } from './learning.export-labels.js';

const render = (doc: TExportDocument, format: 'pdf' | 'docx') => (format === 'pdf' ? renderPdf(doc) : renderDocx(doc));
const orDash = (text: string | undefined) => (text && text.trim() ? text : '—');

/** The management review record (ISO 22301 9.3): inputs as considered, decisions, actions. */
export async function managementReviewDocument(ctx: Ctx, orgId: string, id: string, language: TLanguage, format: 'pdf' | 'docx') {
  const r = await getManagementReview(ctx, orgId, id);
  const l = EXPORT_LABELS[language];
  const i = r.inputs;
  const blocks: TBlock[] = [
    { kind: 'heading', level: 2, text: l.inputs },
    { kind: 'heading', level: 3, text: l.actions },
    { kind: 'table', header: [l.open, l.inProgress, l.closed, l.overdue], rows: [[String(i.actions.open), String(i.actions.inProgress), String(i.actions.closed), String(i.actions.overdue)]] },
    { kind: 'heading', level: 3, text: l.exercises },
    i.exercises.length
      ? { kind: 'table', header: [l.title, l.date, l.met, l.missed, l.findings], rows: i.exercises.map((e) => [e.title, e.conductedOn ?? '—', String(e.met), String(e.missed), String(e.findings)]), widths: [3, 1, 1, 1, 1] }
      : { kind: 'paragraph', text: l.none },
    { kind: 'heading', level: 3, text: l.events },
    i.events.length ? { kind: 'table', header: [l.title, l.type, l.severity, l.date], rows: i.events.map((e) => [e.title, e.type.replaceAll('_', ' '), e.severity, e.declaredOn]), widths: [3, 2, 1, 1] } : { kind: 'paragraph', text: l.none },
    { kind: 'heading', level: 3, text: l.reviews },
    { kind: 'keyValue', pairs: [[l.open, String(i.reviews.open)], [l.closed, String(i.reviews.completed)], [l.overdue, String(i.reviews.overdue)]] },
    { kind: 'heading', level: 3, text: l.compliance },
    { kind: 'keyValue', pairs: [[l.obligations, String(i.compliance.total)], [l.overdue, String(i.compliance.overdue)], [l.compliant, i.compliance.percentCompliant === null ? '—' : `${i.compliance.percentCompliant}%`]] },
    { kind: 'heading', level: 3, text: l.training },
    { kind: 'paragraph', text: i.training.total ? `${i.training.trained} / ${i.training.total} (${i.training.percent ?? 0}%)` : '—' },
    { kind: 'keyValue', pairs: [[l.lessonsPublished, String(i.lessonsPublished)]] },
    { kind: 'heading', level: 3, text: l.auditFindings },
    { kind: 'paragraph', text: orDash(r.auditFindings) },
    { kind: 'heading', level: 3, text: l.contextChanges },
    { kind: 'paragraph', text: orDash(r.contextChanges) },
    { kind: 'heading', level: 2, text: l.decisions },
    { kind: 'list', ordered: true, items: r.decisions.length ? r.decisions : ['—'] },
    { kind: 'heading', level: 2, text: l.decidedActions },
    r.actions.length ? { kind: 'table', header: [l.title, l.owner, l.due, l.status], rows: r.actions.map((a) => [a.title, a.ownerName, a.dueOn, a.status]), widths: [3, 2, 1, 1] } : { kind: 'paragraph', text: l.none },
  ];
  const doc: TExportDocument = {
    language,
    title: r.title,
    subtitle: l.managementReview,
    meta: [
      [l.heldOn, r.heldOn],
      [l.period, `${r.periodFrom} – ${r.periodTo}`],
      [l.attendees, orDash(r.attendees)],
      [l.status, r.status === 'concluded' ? l.concluded : l.draft],
    ],
    generatedAt: ctx.clock.now(),
    blocks,
  };
  return { fileName: `management-review-${r.heldOn}.${format}`, file: await render(doc, format) };
}

/** The crisis management evaluation for the governing body (recommendations 5 and 6). */
export async function evaluationDocument(ctx: Ctx, orgId: string, id: string, language: TLanguage, format: 'pdf' | 'docx') {
  const e = await getEvaluation(ctx, orgId, id);
  const l = EXPORT_LABELS[language];
  const phases = (['baseline', 'initial_impact', 'adjustment', 'future'] as const).flatMap((phase): TBlock[] => {
    const notes = e.phases[phase] ?? {};
    return [
      { kind: 'heading', level: 2, text: l.phases[phase] },
      { kind: 'paragraph', text: orDash(notes.summary) },
      { kind: 'keyValue', pairs: [[l.hr, orDash(notes.hr)], [l.ict, orDash(notes.ict)], [l.osh, orDash(notes.osh)]] },
    ];
  });
  const findings = (['enablers', 'gaps', 'goodPractices', 'lessons', 'policyChanges'] as const).flatMap((f): TBlock[] => [
    { kind: 'heading', level: 2, text: l.evaluationFindings[f] },
    { kind: 'markdown', markdown: orDash(e.findings[f]) },
  ]);
  const doc: TExportDocument = {
    language,
    title: e.title,
    subtitle: l.evaluation,
    meta: [
      [l.crisis, orDash(e.crisis)],
      [l.period, e.periodFrom || e.periodTo ? `${e.periodFrom ?? '…'} – ${e.periodTo ?? '…'}` : '—'],
      [l.governingBody, orDash(e.governingBody)],
      [l.status, e.status === 'final' ? l.final : l.draft],
    ],
    generatedAt: ctx.clock.now(),
    blocks: [...phases, ...findings],
  };
  return { fileName: `crisis-evaluation-${e.id.slice(0, 8)}.${format}`, file: await render(doc, format) };
}
