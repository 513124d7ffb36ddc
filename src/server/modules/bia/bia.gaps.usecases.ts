import { and, eq, inArray } from 'drizzle-orm';
import type { TBiaListQuery, TGapReport } from '../../../domain/contract/bia.js';
import type { TDependencyKind } from '../../../domain/bia/dependency-kinds.js';
import { analyseRecoveryGaps } from '../../../domain/bia/recovery-gaps.js';
import { recoveryVerdict } from '../../../domain/mer/exercises.js';
import type { Ctx } from '../../context.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { readableUnits } from './bia.access.js';
import { exercises, type TExerciseResult } from '../mer/exercises.table.js';
import { biaDependencies, biaServiceDependencies, biaServices } from './bia.table.js';

/**
 * Recovery gaps for a unit (and its subtree) or the whole organization, over the units the
 * caller may read. Three queries whatever the size — services, their links, the organization's
 * dependencies — then one linear pass (analyseRecoveryGaps): the cost grows with the data, not faster.
 */
export async function getGaps(ctx: Ctx, orgId: string, query: Partial<TBiaListQuery>): Promise<TGapReport> {
  const scope = await loadOrgScope(ctx, orgId);
  return gapReport(ctx, scope, orgId, readableUnits(scope, query));
}

export async function gapReport(ctx: Ctx, scope: OrgScope, orgId: string, unitIds: string[]): Promise<TGapReport> {
  const empty = { gaps: [], dependencies: [], summary: { units: unitIds.length, services: 0, dependencies: 0, links: 0, servicesWithGaps: 0 }, exercised: [] };
  if (unitIds.length === 0) return empty;
  // Every unit of the organization: no list of ids to send (the common case of a coordinator at the top).
  const allUnits = unitIds.length === scope.units.length;
  const serviceFilter = allUnits ? eq(biaServices.orgId, orgId) : and(eq(biaServices.orgId, orgId), inArray(biaServices.unitId, unitIds));
  // Three queries in parallel; for the whole organization the links need no join at all.
  const linkQuery = ctx.db.select({ serviceId: biaServiceDependencies.serviceId, dependencyId: biaServiceDependencies.dependencyId }).from(biaServiceDependencies);
  const [services, links, dependencies, conducted] = await Promise.all([
    ctx.db.select({ id: biaServices.id, unitId: biaServices.unitId, name: biaServices.name, priority: biaServices.priority, rtoMinutes: biaServices.rtoMinutes }).from(biaServices).where(serviceFilter),
    allUnits
      ? linkQuery.where(eq(biaServiceDependencies.orgId, orgId))
      : linkQuery.innerJoin(biaServices, eq(biaServices.id, biaServiceDependencies.serviceId)).where(and(eq(biaServiceDependencies.orgId, orgId), serviceFilter)),
    // Dependencies of any unit may be named; fetch the organization's once rather than by a long id list.
    ctx.db.select({ id: biaDependencies.id, kind: biaDependencies.kind, name: biaDependencies.name, achievedMinutes: biaDependencies.achievedMinutes }).from(biaDependencies).where(eq(biaDependencies.orgId, orgId)),
    ctx.db
      .select({ id: exercises.id, title: exercises.title, conductedOn: exercises.conductedOn, results: exercises.results })
      .from(exercises)
      .where(and(eq(exercises.orgId, orgId), inArray(exercises.state, ['conducted', 'closed']))),
  ]);
  const analysis = analyseRecoveryGaps(
    services,
    dependencies.map((d) => ({ id: d.id, kind: d.kind as TDependencyKind, achievedMinutes: d.achievedMinutes })),
    links,
  );
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const dependencyById = new Map(dependencies.map((d) => [d.id, d]));
  const gaps = analysis.gaps.map((g) => {
    const s = serviceById.get(g.serviceId)!;
    const d = dependencyById.get(g.dependencyId)!;
    return {
      serviceId: s.id,
      serviceName: s.name,
      priority: s.priority,
      unitId: s.unitId,
      unitName: scope.unit(s.unitId)?.name ?? '',
      dependencyId: d.id,
      dependencyName: d.name,
      dependencyKind: d.kind as TDependencyKind,
      requiredMinutes: g.requiredMinutes,
      achievedMinutes: g.achievedMinutes,
    };
  });
  // Plain comparisons, not localeCompare: the order only needs to be stable and readable, and this runs over every gap.
  gaps.sort((a, b) => a.priority - b.priority || a.requiredMinutes - b.requiredMinutes || compare(a.serviceName, b.serviceName) || compare(a.dependencyName, b.dependencyName));
  const flowDown = [...analysis.requiredByDependency].map(([id, requiredMinutes]) => {
    const d = dependencyById.get(id)!;
    return { id, name: d.name, kind: d.kind as TDependencyKind, requiredMinutes, achievedMinutes: d.achievedMinutes };
  });
  flowDown.sort((a, b) => a.requiredMinutes - b.requiredMinutes || compare(a.name, b.name));
  return {
    gaps,
    dependencies: flowDown,
    exercised: demonstrated(scope, serviceById, conducted),
    summary: { units: unitIds.length, services: services.length, dependencies: new Set(links.map((l) => l.dependencyId)).size, links: links.length, servicesWithGaps: new Set(gaps.map((g) => g.serviceId)).size },
  };
}

/** The latest exercise result of each service in view: what recovery was actually achieved, against today's RTO. */
function demonstrated(
  scope: OrgScope,
  serviceById: Map<string, { id: string; unitId: string; name: string; rtoMinutes: number | null }>,
  conducted: { id: string; title: string; conductedOn: string | null; results: TExerciseResult[] }[],
): TGapReport['exercised'] {
  const latest = new Map<string, TGapReport['exercised'][number]>();
  for (const exercise of conducted) {
    if (!exercise.conductedOn) continue;
    for (const result of exercise.results) {
      const service = serviceById.get(result.serviceId);
      const known = latest.get(result.serviceId);
      if (!service || (known && known.conductedOn >= exercise.conductedOn)) continue;
      latest.set(result.serviceId, {
        serviceId: service.id,
        serviceName: service.name,
        unitName: scope.unit(service.unitId)?.name ?? '',
        rtoMinutes: service.rtoMinutes,
        achievedMinutes: result.achievedMinutes,
        verdict: recoveryVerdict(result.achievedMinutes, service.rtoMinutes),
        exerciseId: exercise.id,
        exerciseTitle: exercise.title,
        conductedOn: exercise.conductedOn,
      });
    }
  }
  return [...latest.values()].sort((a, b) => compare(b.conductedOn, a.conductedOn) || compare(a.serviceName, b.serviceName));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
