import { ZBiaListQuery } from '../../../domain/contract/bia.js';
import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZLanguage } from '../../../domain/contract/orgs.js';
import { describeDuration } from '../../../domain/bia/durations.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { Ctx } from '../../context.js';
import { renderXlsx, type TSheet } from '../../exports/xlsx.js';
import type { App, CtxOf } from '../../http/types.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { readableUnits } from './bia.access.js';
import { viewDependencies } from './bia.dependencies.usecases.js';
import { gapReport } from './bia.gaps.usecases.js';
import { dependenciesOf, loadSettings, servicesOf } from './bia.repository.js';
import { viewServices } from './bia.services.usecases.js';

const ZExportQuery = ZBiaListQuery.extend({ language: ZLanguage.default('en') });
const duration = (minutes: number | null) => (minutes === null ? '' : describeDuration(minutes));

/** The BIA of a unit (and subtree) or of every unit the caller may read, as a workbook: services, dependencies, gaps. */
export async function exportBia(ctx: Ctx, orgId: string, query: { unitId?: string; subtree: boolean; language: TLanguage }) {
  const scope = await loadOrgScope(ctx, orgId);
  const unitIds = readableUnits(scope, query);
  const [{ settings }, serviceRows, dependencyRows] = await Promise.all([loadSettings(ctx.db, orgId), servicesOf(ctx.db, orgId, { unitIds }), dependenciesOf(ctx.db, orgId, { unitIds })]);
  const [services, dependencies, gaps] = [await viewServices(ctx, scope, orgId, serviceRows), await viewDependencies(ctx, scope, orgId, dependencyRows), await gapReport(ctx, scope, orgId, unitIds)];
  const impactColumns = settings.categories.flatMap((c) => settings.timePoints.map((minutes, i) => ({ header: `${c.label} — ${describeDuration(minutes)}`, key: `impact_${c.key}_${i}`, width: 14 })));
  const sheets: TSheet[] = [
    {
      name: 'Services',
      columns: [
        { header: 'Unit', key: 'unit', width: 28 },
        { header: 'Priority', key: 'priority', width: 10 },
        { header: 'Service', key: 'name', width: 36 },
        { header: 'MTPD', key: 'mtpd', width: 14 },
        { header: 'MTPD derived', key: 'derived', width: 14 },
        { header: 'MTPD override justification', key: 'justification', width: 30 },
        { header: 'RTO', key: 'rto', width: 14 },
        { header: 'RPO', key: 'rpo', width: 14 },
        { header: 'Dependencies', key: 'dependencies', width: 40 },
        ...impactColumns,
      ],
      rows: [...services]
        .sort((a, b) => a.unitName.localeCompare(b.unitName) || a.priority - b.priority)
        .map((s) => ({
          unit: s.unitName,
          priority: s.priority,
          name: s.name,
          mtpd: duration(s.effectiveMtpdMinutes),
          derived: duration(s.derivedMtpdMinutes),
          justification: s.mtpdOverride?.justification ?? '',
          rto: duration(s.rtoMinutes),
          rpo: s.rpoMinutes === 0 ? '0 minutes' : duration(s.rpoMinutes),
          dependencies: s.dependencies.map((d) => d.name).join('; '),
          ...Object.fromEntries(settings.categories.flatMap((c) => settings.timePoints.map((_, i) => [`impact_${c.key}_${i}`, s.impacts[c.key]?.[i] ?? null]))),
        })),
    },
    {
      name: 'Dependencies',
      columns: [
        { header: 'Unit', key: 'unit', width: 28 },
        { header: 'Kind', key: 'kind', width: 16 },
        { header: 'Name', key: 'name', width: 36 },
        { header: 'Achievable recovery', key: 'achieved', width: 18 },
        { header: 'Used by services', key: 'usedBy', width: 14 },
        { header: 'Details', key: 'details', width: 60 },
      ],
      rows: dependencies.map((d) => ({ unit: d.unitName, kind: d.kind, name: d.name, achieved: duration(d.achievedMinutes) || 'unknown', usedBy: d.usedByCount, details: detailsText(d.details, d.people) })),
    },
    {
      name: 'Gaps',
      columns: [
        { header: 'Unit', key: 'unit', width: 28 },
        { header: 'Priority', key: 'priority', width: 10 },
        { header: 'Service', key: 'service', width: 36 },
        { header: 'Dependency', key: 'dependency', width: 36 },
        { header: 'Kind', key: 'kind', width: 16 },
        { header: 'Required (RTO)', key: 'required', width: 16 },
        { header: 'Achievable', key: 'achieved', width: 16 },
      ],
      rows: gaps.gaps.map((g) => ({ unit: g.unitName, priority: g.priority, service: g.serviceName, dependency: g.dependencyName, kind: g.dependencyKind, required: duration(g.requiredMinutes), achieved: duration(g.achievedMinutes) || 'unknown' })),
    },
  ];
  const buffer = await renderXlsx(sheets, { language: query.language, generatedAt: ctx.clock.now() });
  const unitPart = query.unitId ? `-${(scope.unit(query.unitId)?.code ?? 'unit').toLowerCase().replace(/[^a-z0-9-]+/g, '-')}` : '';
  return { buffer, fileName: `bia-${scope.org.slug}${unitPart}-${ctx.clock.now().toISOString().slice(0, 10)}.xlsx` };
}

function detailsText(details: Record<string, unknown>, people: { fullName: string }[]): string {
  const parts = Object.entries(details)
    .filter(([key, value]) => key !== 'kind' && !key.endsWith('PersonIds') && value !== null && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'number' && key.endsWith('Minutes') ? describeDuration(value) : String(value)}`);
  if (people.length > 0) parts.push(`people: ${people.map((p) => p.fullName).join(', ')}`);
  return parts.join('; ');
}

export function biaExportRoute(app: App, ctxOf: CtxOf) {
  app.get(
    '/api/orgs/:orgId/bia/export.xlsx',
    { schema: { tags: ['bia'], summary: 'Services, dependencies and gaps as an Excel workbook', params: ZOrgRef, querystring: ZExportQuery } },
    async (req, reply) => {
      const { buffer, fileName } = await exportBia(ctxOf(req), req.params.orgId, req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(buffer);
    },
  );
}
