import { readStructure } from '../../../domain/contract/plan-structure.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { Ctx } from '../../context.js';
import type { TExportDocument } from '../../exports/document.js';
import { renderDocx } from '../../exports/docx.js';
import { renderPdf } from '../../exports/pdf.js';
import { getActionCards, loadReadableVersion } from './plan-cards.usecases.js';
import { cardsDocument, planDocument } from './plan-export.documents.js';
import { dependenciesByIds, peopleByIds, risksByIds, servicesByIds } from './plan-links.repository.js';

export type TExportFormat = 'pdf' | 'docx';

export const CONTENT_TYPES: Record<TExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const render = (doc: TExportDocument, format: TExportFormat) => (format === 'pdf' ? renderPdf(doc) : renderDocx(doc));

/** A file name any browser and file system accept, from a title in any script. */
export function fileName(name: string, format: TExportFormat) {
  const ascii = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').replace(/-+/g, '-').slice(0, 80) || 'plan';
  return { ascii: `${ascii}.${format}`, utf8: `${[...name].filter((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch)).join('').slice(0, 120)}.${format}` };
}

/** The full plan as the caller reads it (readers who see no drafts get the version in force), in the plan's language. */
export async function exportPlan(ctx: Ctx, orgId: string, planId: string, format: TExportFormat) {
  const { row } = await loadReadableVersion(ctx, orgId, planId);
  const s = readStructure(row.version.structure);
  const personIds = s.roles.flatMap((r) => [r.primaryPersonId, ...r.alternatePersonIds]).filter((id): id is string => id !== null);
  const [services, people, risks, dependencies] = await Promise.all([
    servicesByIds(ctx.db, orgId, s.criticalFunctions.map((c) => c.serviceId)),
    peopleByIds(ctx.db, orgId, [...new Set(personIds)]),
    risksByIds(ctx.db, orgId, s.riskIds),
    dependenciesByIds(ctx.db, orgId, s.ictRecoveries.map((r) => r.dependencyId)),
  ]);
  const doc = planDocument({
    language: row.version.language as TLanguage,
    title: row.version.title,
    unitName: row.unitName,
    type: row.type as TPlanType,
    state: row.version.state as TPlanState,
    versionNumber: row.version.versionNumber,
    approvedAt: row.version.approvedAt,
    sections: row.version.sections,
    structure: s,
    services: new Map(services.map((x) => [x.id, { name: x.name, rtoMinutes: x.rtoMinutes, mtpdMinutes: x.mtpdOverrideMinutes ?? x.derivedMtpdMinutes }])),
    people: new Map(people.map((x) => [x.id, x])),
    risks: new Map(risks.map((x) => [x.id, x])),
    dependencies: new Map(dependencies.map((x) => [x.id, x.name])),
    generatedAt: ctx.clock.now(),
  });
  return { body: await render(doc, format), name: fileName(row.version.title, format) };
}

/** The action cards of every role, or of one, as one document with a page per card. */
export async function exportCards(ctx: Ctx, orgId: string, planId: string, format: TExportFormat, roleId?: string) {
  const cards = await getActionCards(ctx, orgId, planId, roleId);
  const doc = cardsDocument(cards, ctx.clock.now());
  const suffix = roleId && cards.cards[0] ? cards.cards[0].title : 'cards';
  return { body: await render(doc, format), name: fileName(`${cards.title} - ${suffix}`, format) };
}
