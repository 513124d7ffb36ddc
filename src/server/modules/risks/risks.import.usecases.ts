import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TRiskImportReport, TRiskImportRequest } from '../../../domain/contract/risks.js';
import { checkMapping, proposeMapping, type TMapping } from '../../../domain/risks/header-matching.js';
import { describeRowIssues, validateRows, type TImportedRisk } from '../../../domain/risks/row-validation.js';
import { inTransaction, type Ctx } from '../../context.js';
import { DomainError, forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { readRegisterFile } from './risks.import-file.js';
import { risksPolicy } from './risks.policy.js';
import { riskSnapshot } from './risks.present.js';
import { importLookups, risksByReference } from './risks.repository.js';
import { risks } from './risks.table.js';

/** A refused import: 422 with the full report, so the user sees every broken row at once. */
export class ImportRefused extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly report: TRiskImportReport,
  ) {
    const lines = report.fileIssues.map((i) => i.message).concat(describeRowIssues(report.rows));
    super(code, 422, message, lines.slice(0, 100).map((line) => ({ path: 'body.contentBase64', message: line })));
  }
}

const NEW_RISK_DEFAULTS = { description: '', unitId: null, ownerPersonId: null, treatmentPlan: '', lastAssessedOn: null, status: 'open' } as const;

export async function importRegister(ctx: Ctx, orgId: string, request: TRiskImportRequest): Promise<TRiskImportReport> {
  const scope = await loadOrgScope(ctx, orgId);
  if (!risksPolicy.import(scope)) throw forbidden();
  const base = { fileName: request.fileName, format: request.format, committed: false };
  const read = await readRegisterFile(request.format, request.contentBase64);
  if (!read.ok) {
    const headers = read.header ?? [];
    const report: TRiskImportReport = {
      ...base,
      sheet: null,
      headers,
      mapping: request.mapping ?? proposeMapping(headers),
      mappingProposed: !request.mapping,
      fileIssues: [{ field: null, column: null, ...read.problem }],
      rows: [],
      counts: { rows: 0, new: 0, updated: 0, errors: 0 },
    };
    throw new ImportRefused('risks.import_unreadable', `The file cannot be imported: ${read.problem.message}.`, report);
  }
  const { header, rows, sheet } = read.file;
  const mapping: TMapping = request.mapping ?? proposeMapping(header);
  const fileIssues = checkMapping(header, mapping);
  const [lookups, existing] = await Promise.all([importLookups(ctx.db, orgId), risksByReference(ctx.db, orgId)]);
  const results = fileIssues.length > 0 ? [] : validateRows(header, mapping, rows, lookups);
  const action = (r: (typeof results)[number]) => (r.status === 'error' ? 'none' : existing.has(r.value!.reference.toLowerCase()) ? 'update' : 'create');
  const report: TRiskImportReport = {
    ...base,
    sheet,
    headers: header,
    mapping,
    mappingProposed: !request.mapping,
    fileIssues,
    rows: results.map((r) => ({ rowNumber: r.rowNumber, status: r.status, reference: r.reference, action: action(r), issues: r.issues })),
    counts: {
      rows: rows.length,
      new: results.filter((r) => action(r) === 'create').length,
      updated: results.filter((r) => action(r) === 'update').length,
      errors: results.filter((r) => r.status === 'error').length,
    },
  };
  if (request.mode === 'preview') return report;
  if (fileIssues.length > 0) throw new ImportRefused('risks.import_invalid', 'The columns cannot be mapped: nothing was imported.', report);
  if (report.counts.errors > 0) {
    throw new ImportRefused('risks.import_invalid', `${report.counts.errors} of ${rows.length} rows are not valid: nothing was imported.`, report);
  }
  await commit(ctx, orgId, request, results.map((r) => r.value!), report);
  return { ...report, committed: true };
}

/** Every row in one transaction with one audit entry; any failure rolls the whole file back. */
async function commit(ctx: Ctx, orgId: string, request: TRiskImportRequest, values: TImportedRisk[], report: TRiskImportReport) {
  await inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const who = { updatedAt: now, updatedBy: ctx.actor.userId };
    // Read again inside the transaction: the preview may be minutes old.
    const existing = await risksByReference(t.db, orgId);
    const fresh = values.filter((v) => !existing.has(v.reference.toLowerCase()));
    const created: { id: string; reference: string }[] = [];
    for (let i = 0; i < fresh.length; i += 500) {
      const chunk = fresh.slice(i, i + 500).map((v) => ({ orgId, ...NEW_RISK_DEFAULTS, ...v, createdAt: now, ...who }));
      created.push(...(await t.db.insert(risks).values(chunk).returning({ id: risks.id, reference: risks.reference })));
    }
    const updated: { id: string; reference: string; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
    for (const value of values) {
      const current = existing.get(value.reference.toLowerCase());
      if (!current) continue;
      const before = riskSnapshot(current) as Record<string, unknown>;
      const changed = Object.keys(value).filter((k) => JSON.stringify(before[k]) !== JSON.stringify((value as unknown as Record<string, unknown>)[k]));
      if (changed.length === 0) continue;
      await t.db.update(risks).set({ ...value, ...who }).where(and(eq(risks.orgId, orgId), eq(risks.id, current.id)));
      updated.push({
        id: current.id,
        reference: value.reference,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, (value as unknown as Record<string, unknown>)[k]])),
      });
    }
    await audit(t, {
      orgId,
      action: 'risks.imported',
      entityType: 'risk_import',
      entityId: randomUUID(),
      after: { fileName: request.fileName, format: request.format, counts: report.counts, created, updated },
    });
  });
}
