import type { TActionCard, TActionCards, TPlanStructure } from '../../../domain/contract/plan-structure.js';
import type { TLanguage } from '../../../domain/languages.js';
import { PLAN_SECTION_KEYS, type TPlanSections } from '../../../domain/plans/plan-template.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import { RECOVERY_PHASES } from '../../../domain/plans/plan-structure.js';
import type { TBlock, TExportDocument } from '../../exports/document.js';
import { exportLabels, formatMinutes, type TExportLabels } from './export-labels.js';

/** What the full-plan export shows, already resolved to names. */
export interface TPlanExportInput {
  language: TLanguage;
  title: string;
  unitName: string;
  type: TPlanType;
  state: TPlanState;
  versionNumber: number;
  approvedAt: Date | null;
  sections: TPlanSections;
  structure: TPlanStructure;
  services: Map<string, { name: string; rtoMinutes: number | null; mtpdMinutes: number | null }>;
  people: Map<string, { fullName: string; mobilePhone: string | null; email: string }>;
  risks: Map<string, { reference: string; title: string }>;
  dependencies: Map<string, string>;
  generatedAt: Date;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const orDash = (v: string | null | undefined) => (v && v.trim() ? v : '—');

function part(blocks: TBlock[], heading: string, rows: string[][], header: string[], labels: TExportLabels, widths?: number[]) {
  blocks.push({ kind: 'heading', level: 2, text: heading });
  if (rows.length === 0) blocks.push({ kind: 'paragraph', text: labels.none });
  else blocks.push({ kind: 'table', header, rows, ...(widths ? { widths } : {}) });
}

/** The whole plan: its sections as written, then each structured part as a table. */
export function planDocument(p: TPlanExportInput): TExportDocument {
  const l = exportLabels(p.language);
  const s = p.structure;
  const roleTitle = new Map(s.roles.map((r) => [r.id, r.title]));
  const person = (id: string | null) => (id ? (p.people.get(id)?.fullName ?? '—') : l.vacant);
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(l, m));
  const blocks: TBlock[] = [];
  for (const key of PLAN_SECTION_KEYS) {
    blocks.push({ kind: 'heading', level: 1, text: l.section[key] });
    blocks.push(p.sections[key].trim() ? { kind: 'markdown', markdown: p.sections[key], headingOffset: 1 } : { kind: 'paragraph', text: '—' });
  }
  blocks.push({ kind: 'pageBreak' });
  part(blocks, l.criticalFunctions, s.criticalFunctions.map((c) => { const x = p.services.get(c.serviceId); return [x?.name ?? '—', minutes(x?.rtoMinutes ?? null), minutes(x?.mtpdMinutes ?? null), c.note]; }), [l.service, l.rto, l.mtpd, l.notes], l, [3, 1, 1, 3]);
  part(blocks, l.roles, s.roles.map((r) => [r.title, person(r.primaryPersonId), r.alternatePersonIds.map(person).join(', ') || '—', r.calledByRoleId ? (roleTitle.get(r.calledByRoleId) ?? l.unknownRole) : '—']), [l.role, l.primary, l.alternates, l.calledBy], l);
  blocks.push({ kind: 'heading', level: 2, text: l.activationCriteria });
  blocks.push(s.activationCriteria.length > 0 ? { kind: 'list', items: s.activationCriteria } : { kind: 'paragraph', text: l.none });
  blocks.push({ kind: 'heading', level: 2, text: l.recoverySteps });
  for (const phase of RECOVERY_PHASES) {
    const steps = s.recoverySteps.filter((x) => x.phase === phase);
    if (steps.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: l.phase[phase] });
    blocks.push({ kind: 'table', header: [l.who, l.does, l.what, l.when, l.where, l.how], rows: steps.map((x) => [roleTitle.get(x.who) ?? l.unknownRole, x.does, x.what, x.when, x.where, x.how]), widths: [2, 3, 3, 1, 2, 3] });
  }
  if (s.recoverySteps.length === 0) blocks.push({ kind: 'paragraph', text: l.none });
  part(blocks, l.resources, s.resources.map((r) => [r.name, r.quantity, r.location, r.notes]), [l.name, l.quantity, l.location, l.notes], l);
  part(blocks, l.externalContacts, s.externalContacts.map((c) => [c.name, c.organization, c.purpose, orDash(c.phone), orDash(c.email), orDash(c.verifiedOn)]), [l.name, l.organization, l.purpose, l.phone, l.email, l.verifiedOn], l);
  part(blocks, l.workingArrangements, s.workingArrangements.map((w) => [l.arrangement[w.kind], w.description, w.location, w.capacity === null ? '—' : String(w.capacity)]), [l.kind, l.description, l.location, l.capacity], l);
  part(blocks, l.scenarios, s.scenarios.map((x) => [l.scenarioName[x.scenario], x.covered ? l.yes : l.no, x.notes]), [l.scenario, l.covered, l.notes], l);
  part(blocks, l.consultations, s.consultations.map((c) => [l.consulted[c.function], c.consultedOn, c.withWhom, c.notes]), [l.function, l.date, l.withWhom, l.notes], l);
  part(blocks, l.risks, s.riskIds.map((id) => { const r = p.risks.get(id); return [r?.reference ?? '—', r?.title ?? '—']; }), [l.name, l.description], l, [1, 4]);
  if (s.ictRecoveries.length > 0) part(blocks, l.ictRecoveries, s.ictRecoveries.map((r) => [p.dependencies.get(r.dependencyId) ?? '—', formatMinutes(l, r.recoveryMinutes)]), [l.system, l.recoveryTime], l);
  return {
    language: p.language,
    title: p.title,
    subtitle: l.planType[p.type],
    meta: [
      [l.unit, p.unitName],
      [l.version, `${p.versionNumber} — ${l.planState[p.state]}`],
      [l.approvedOn, p.approvedAt ? day(p.approvedAt) : l.notApproved],
      [l.generatedOn, day(p.generatedAt)],
    ],
    generatedAt: p.generatedAt,
    blocks,
  };
}

function personLine(l: TExportLabels, p: TActionCard['primary']) {
  if (!p) return l.vacant;
  return [p.fullName, p.jobTitle, p.mobilePhone, p.email].filter((x) => x && x.trim()).join(' · ');
}

function cardBlocks(l: TExportLabels, card: TActionCard): TBlock[] {
  const blocks: TBlock[] = [{ kind: 'heading', level: 1, text: `${l.actionCard}: ${card.title}` }];
  if (card.responsibilities.trim()) blocks.push({ kind: 'paragraph', text: card.responsibilities });
  blocks.push({
    kind: 'keyValue',
    pairs: [
      [l.primary, personLine(l, card.primary)],
      ...card.alternates.map((a): [string, string] => [l.alternates, personLine(l, a)]),
      [l.youAreCalledBy, card.calledBy ? `${card.calledBy.title} — ${personLine(l, card.calledBy.primary)}` : '—'],
      [l.youCall, card.calls.length > 0 ? card.calls.map((c) => `${c.title} — ${personLine(l, c.primary)}`).join('; ') : '—'],
    ],
  });
  for (const phase of ['first_hour', 'first_day', 'first_week'] as const) {
    blocks.push({ kind: 'heading', level: 2, text: l.phase[phase] });
    const steps = card.steps[phase];
    blocks.push(steps.length > 0 ? { kind: 'list', ordered: true, items: steps.map((x) => [x.does, x.what, x.when && `${l.when}: ${x.when}`, x.where && `${l.where}: ${x.where}`, x.how && `${l.how}: ${x.how}`].filter(Boolean).join(' — ')) } : { kind: 'paragraph', text: l.none });
  }
  if (card.keyContacts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: l.keyContacts });
    blocks.push({ kind: 'table', header: [l.name, l.purpose, l.phone, l.email], rows: card.keyContacts.map((c) => [[c.name, c.organization].filter(Boolean).join(', '), c.purpose, orDash(c.phone), orDash(c.email)]) });
  }
  return blocks;
}

/** One page per role: the cards people keep on their phone or in their pocket. */
export function cardsDocument(cards: TActionCards, generatedAt: Date): TExportDocument {
  const l = exportLabels(cards.language);
  const blocks: TBlock[] = [];
  if (cards.activationCriteria.length > 0) {
    blocks.push({ kind: 'callout', tone: 'warning', title: l.activationCriteria, text: cards.activationCriteria.join(' · ') });
  }
  cards.cards.forEach((card, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...cardBlocks(l, card));
  });
  if (cards.cards.length === 0) blocks.push({ kind: 'paragraph', text: l.none });
  return {
    language: cards.language,
    title: `${l.actionCards} — ${cards.title}`,
    subtitle: cards.unitName,
    meta: [[l.version, `${cards.versionNumber} — ${l.planState[cards.state]}`], [l.generatedOn, day(generatedAt)]],
    generatedAt,
    blocks,
  };
}
