import type { TDependencyKind } from './dependency-kinds.js';

/**
 * Recovery gap analysis (ISO 22301 8.2.3 c, 8.3): a service needs each of its dependencies
 * (key roles, ICT systems, facilities, suppliers, vital records) back within the service's
 * RTO. Required recovery flows down — a dependency must meet the tightest RTO of the services
 * that use it — and achieved recovery rolls up — a service can be back no sooner than its
 * slowest dependency. Each mismatch is a gap. Linear in services + dependencies + links.
 */
export interface TGapService {
  id: string;
  unitId: string;
  rtoMinutes: number | null;
}

export interface TGapDependency {
  id: string;
  kind: TDependencyKind;
  /** What the dependency can achieve today (an ICT system's tested recovery, a supplier's contracted time); null when unknown. */
  achievedMinutes: number | null;
}

export interface TGapLink {
  serviceId: string;
  dependencyId: string;
}

export interface TRecoveryGap {
  serviceId: string;
  unitId: string;
  dependencyId: string;
  requiredMinutes: number;
  /** Null: the dependency's recovery capability is unknown, which is a gap too. */
  achievedMinutes: number | null;
}

export interface TGapAnalysis {
  gaps: TRecoveryGap[];
  /** Per dependency, the tightest RTO among the services that use it. */
  requiredByDependency: Map<string, number>;
  /** Per service, the slowest recovery among its dependencies (null if any is unknown). */
  achievedByService: Map<string, number | null>;
}

export function analyseRecoveryGaps(services: readonly TGapService[], dependencies: readonly TGapDependency[], links: readonly TGapLink[]): TGapAnalysis {
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const dependencyById = new Map(dependencies.map((d) => [d.id, d]));
  const requiredByDependency = new Map<string, number>();
  const achievedByService = new Map<string, number | null>();
  const gaps: TRecoveryGap[] = [];
  for (const link of links) {
    const service = serviceById.get(link.serviceId);
    const dependency = dependencyById.get(link.dependencyId);
    if (!service || !dependency) continue;
    if (service.rtoMinutes !== null) {
      const required = requiredByDependency.get(dependency.id);
      if (required === undefined || service.rtoMinutes < required) requiredByDependency.set(dependency.id, service.rtoMinutes);
    }
    const achieved = achievedByService.has(service.id) ? achievedByService.get(service.id)! : 0;
    achievedByService.set(service.id, achieved === null || dependency.achievedMinutes === null ? null : Math.max(achieved, dependency.achievedMinutes));
    if (service.rtoMinutes !== null && (dependency.achievedMinutes === null || dependency.achievedMinutes > service.rtoMinutes)) {
      gaps.push({ serviceId: service.id, unitId: service.unitId, dependencyId: dependency.id, requiredMinutes: service.rtoMinutes, achievedMinutes: dependency.achievedMinutes });
    }
  }
  return { gaps, requiredByDependency, achievedByService };
}
