import { readStructure, type TPlanStructure } from '../../../domain/contract/plan-structure.js';
import { planQuality, type TQualityCheck } from '../../../domain/plans/quality.js';
import type { TPlanSections } from '../../../domain/plans/plan-template.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { Db } from '../../db/database.js';
import type { OrgScope } from '../orgs/org-scope.js';
import { ictNeedsOfUnits, peopleByIds, requiredIctRecovery, servicesByIds } from './plan-links.repository.js';
import { ancestorIds, plansOfUnits, type TUnitPlanRow } from './plan-units.repository.js';

/**
 * Recovery times the unit's ICT disaster recovery plans commit to — the latest version of
 * each, or only versions in force for readers who see no drafts; null when it has none.
 */
export function ictRecoveriesOf(unitPlans: readonly TUnitPlanRow[], unitId: string, draftsVisible: boolean, self?: { id: string; structure: TPlanStructure }) {
  const ictPlans = unitPlans.filter((p) => p.unitId === unitId && p.type === 'ict_disaster_recovery' && (draftsVisible || p.inForce.versionNumber !== null));
  if (ictPlans.length === 0) return null;
  return ictPlans.flatMap((p) => (p.id === self?.id ? self.structure : readStructure(draftsVisible ? p.current.structure : p.inForce.structure)).ictRecoveries);
}

/** The facts the quality checks need, gathered in four queries, then the pure checks. */
export async function qualityOf(
  db: Db,
  scope: OrgScope,
  plan: { id: string; orgId: string; unitId: string; type: string; sections: TPlanSections; structure: unknown },
  today: Date,
  draftsVisible: boolean,
): Promise<TQualityCheck[]> {
  const structure = readStructure(plan.structure);
  const chain = ancestorIds(scope.units, plan.unitId);
  const personIds = structure.roles.flatMap((r) => [r.primaryPersonId, ...r.alternatePersonIds]).filter((id): id is string => id !== null);
  const [services, named, unitPlans, ictNeeds] = await Promise.all([
    servicesByIds(db, plan.orgId, structure.criticalFunctions.map((c) => c.serviceId)),
    peopleByIds(db, plan.orgId, [...new Set(personIds)]),
    plansOfUnits(db, plan.orgId, chain),
    ictNeedsOfUnits(db, plan.orgId, [plan.unitId]),
  ]);
  return planQuality({
    type: plan.type as TPlanType,
    sections: plan.sections,
    structure,
    services: services.map((s) => ({ id: s.id, name: s.name, rtoMinutes: s.rtoMinutes, mtpdMinutes: s.mtpdOverrideMinutes ?? s.derivedMtpdMinutes })),
    people: named,
    unit: {
      ictSystems: [...(requiredIctRecovery(ictNeeds).get(plan.unitId)?.values() ?? [])],
      ictRecoveries: ictRecoveriesOf(unitPlans, plan.unitId, draftsVisible, { id: plan.id, structure }),
      hasCrisisManagementPlan: unitPlans.some((p) => p.type === 'crisis_management'),
    },
    today,
  });
}
