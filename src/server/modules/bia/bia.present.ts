import type { TBiaSettings, TDependencyDetails, TDependencyView, TServiceView } from '../../../domain/contract/bia.js';
import { scaleOf } from '../../../domain/bia/bia-settings.js';
import type { TDependencyKind } from '../../../domain/bia/dependency-kinds.js';
import type { TImpactLevel } from '../../../domain/bia/impact-scale.js';
import { analyseRecoveryGaps } from '../../../domain/bia/recovery-gaps.js';
import { checkRecoveryObjectives, deriveMtpd, type TImpactRatings } from '../../../domain/bia/recovery-objectives.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { biaPolicy } from './bia.policy.js';
import type { linksOfServices, TDependencyRow, TServiceRow } from './bia.repository.js';

type TLink = Awaited<ReturnType<typeof linksOfServices>>[number];

/** Ratings as the pure rules take them: unrated cells (null) count as the lowest level. */
export function ratingsOf(impacts: TServiceRow['impacts']): TImpactRatings {
  return Object.fromEntries(Object.entries(impacts).map(([k, levels]) => [k, levels.map((l) => (l ?? 1) as TImpactLevel)]));
}

export const effectiveMtpd = (row: Pick<TServiceRow, 'derivedMtpdMinutes' | 'mtpdOverrideMinutes'>) => row.mtpdOverrideMinutes ?? row.derivedMtpdMinutes;

export interface ServiceContext {
  scope: OrgScope;
  settings: TBiaSettings;
  links: TLink[];
  lockedUnits: Set<string>;
}

/** Services with their dependencies, derived MTPD and its reasons, rolled-up recovery and gaps. */
export function presentServices(rows: TServiceRow[], c: ServiceContext): TServiceView[] {
  const scale = scaleOf(c.settings);
  const deps = new Map<string, TDependencyRow>();
  for (const l of c.links) deps.set(l.dependency.id, l.dependency);
  const analysis = analyseRecoveryGaps(
    rows.map((r) => ({ id: r.id, unitId: r.unitId, rtoMinutes: r.rtoMinutes })),
    [...deps.values()].map((d) => ({ id: d.id, kind: d.kind as TDependencyKind, achievedMinutes: d.achievedMinutes })),
    c.links.map((l) => ({ serviceId: l.serviceId, dependencyId: l.dependency.id })),
  );
  const gapsBy = new Map<string, number>();
  for (const g of analysis.gaps) gapsBy.set(g.serviceId, (gapsBy.get(g.serviceId) ?? 0) + 1);
  const linksBy = new Map<string, TDependencyRow[]>();
  for (const l of c.links) linksBy.set(l.serviceId, [...(linksBy.get(l.serviceId) ?? []), l.dependency]);
  return rows.map((row) => {
    const locked = c.lockedUnits.has(row.unitId);
    const mtpd = effectiveMtpd(row);
    const editable = biaPolicy.edit(c.scope, row.unitId) && !locked;
    const problems = checkRecoveryObjectives({ mtpdMinutes: mtpd, rtoMinutes: row.rtoMinutes, rpoMinutes: row.rpoMinutes, minimumServiceLevels: row.minimumServiceLevels }).map((p) => p.code);
    return {
      id: row.id,
      orgId: row.orgId,
      unitId: row.unitId,
      unitName: c.scope.unit(row.unitId)?.name ?? '',
      name: row.name,
      description: row.description,
      priority: row.priority,
      impacts: row.impacts,
      derivedMtpdMinutes: row.derivedMtpdMinutes,
      mtpdBecauseOf: deriveMtpd(ratingsOf(row.impacts), scale)?.becauseOf ?? [],
      mtpdOverride: row.mtpdOverrideMinutes !== null ? { minutes: row.mtpdOverrideMinutes, justification: row.mtpdOverrideJustification ?? '' } : null,
      effectiveMtpdMinutes: mtpd,
      rtoMinutes: row.rtoMinutes,
      rpoMinutes: row.rpoMinutes,
      minimumServiceLevels: row.minimumServiceLevels,
      peakPeriods: row.peakPeriods,
      dependencies: (linksBy.get(row.id) ?? []).map((d) => ({ id: d.id, name: d.name, kind: d.kind as TDependencyKind, unitId: d.unitId, achievedMinutes: d.achievedMinutes })),
      achievedMinutes: analysis.achievedByService.get(row.id) ?? null,
      gapsCount: gapsBy.get(row.id) ?? 0,
      problems,
      locked,
      updatedAt: row.updatedAt.toISOString(),
      allowedActions: { edit: editable, delete: editable },
    };
  });
}

export function personIdsOf(details: TDependencyDetails): string[] {
  return details.kind === 'key_role' ? [...details.holderPersonIds, ...details.alternatePersonIds] : [];
}

export function presentDependency(
  row: TDependencyRow,
  c: { scope: OrgScope; lockedUnits: Set<string>; usedByCount: number; people: Map<string, string> },
): TDependencyView {
  const locked = c.lockedUnits.has(row.unitId);
  const editable = biaPolicy.edit(c.scope, row.unitId) && !locked;
  return {
    id: row.id,
    orgId: row.orgId,
    unitId: row.unitId,
    unitName: c.scope.unit(row.unitId)?.name ?? '',
    kind: row.kind as TDependencyKind,
    name: row.name,
    description: row.description,
    achievedMinutes: row.achievedMinutes,
    details: row.details,
    people: personIdsOf(row.details).flatMap((id) => (c.people.has(id) ? [{ id, fullName: c.people.get(id)! }] : [])),
    usedByCount: c.usedByCount,
    locked,
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: { edit: editable, delete: editable },
  };
}
