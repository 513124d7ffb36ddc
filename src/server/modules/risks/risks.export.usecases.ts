import { IMPORT_FIELDS, TEMPLATE_HEADERS, type TImportField } from '../../../domain/risks/risk-import-fields.js';
import type { Ctx } from '../../context.js';
import { renderXlsx, type TSheetCell } from '../../exports/xlsx.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { visibleRisks } from './risks.reports.usecases.js';
import { allVisibleRisks, importLookups } from './risks.repository.js';

const columns = IMPORT_FIELDS.map((field) => ({ header: TEMPLATE_HEADERS[field], key: field, width: field === 'title' || field === 'description' || field === 'treatmentPlan' ? 40 : 16 }));

/** The register as the caller may see it, in the import template's columns: an export imports again unchanged. */
export async function exportRegister(ctx: Ctx, orgId: string): Promise<Buffer> {
  const scope = await loadOrgScope(ctx, orgId);
  const [rows, lookups] = await Promise.all([allVisibleRisks(ctx.db, orgId, visibleRisks(scope)), importLookups(ctx.db, orgId)]);
  const sheetRows = rows.map(({ risk }): Record<TImportField, TSheetCell> => ({
    reference: risk.reference,
    title: risk.title,
    description: risk.description,
    category: risk.category,
    unit: risk.unitId ? lookups.unitCodes.get(risk.unitId) : '',
    likelihood: risk.likelihood,
    impact: risk.impact,
    owner: risk.ownerPersonId ? lookups.emails.get(risk.ownerPersonId) : '',
    treatment: risk.treatment,
    treatmentPlan: risk.treatmentPlan,
    // Text, not a date cell: it reads back exactly as yyyy-mm-dd whatever the spreadsheet's locale.
    lastAssessedOn: risk.lastAssessedOn ?? '',
    status: risk.status,
  }));
  return renderXlsx([{ name: 'Risk register', columns, rows: sheetRows }], { language: 'en', generatedAt: ctx.clock.now() });
}

/** The CSV template: the header row only, the columns an import maps without help. */
export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_FIELDS.map((f) => TEMPLATE_HEADERS[f]).join(',')}\r\n`;
}
