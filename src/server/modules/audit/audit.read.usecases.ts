import type { Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { planNotFound } from '../plans/plans.errors.js';
import { plansPolicy } from '../plans/plans.policy.js';
import { loadVisiblePlan } from '../plans/plans.usecases.js';
import { listAuditEntries } from './audit.usecases.js';

/** Roles that read the organization's whole trail; everyone else reads the history of what they can see. */
const TRAIL_READERS = new Set(['bc_coordinator', 'executive', 'internal_auditor', 'external_auditor', 'oversight_committee']);

export async function readOrgAudit(ctx: Ctx, orgId: string, query: { entityType?: string; entityId?: string; limit: number }) {
  const scope = await loadOrgScope(ctx, orgId);
  const rootUnits = scope.units.filter((u) => u.parentId === null).map((u) => u.id);
  const readsWholeTrail = scope.readsAll || rootUnits.some((id) => [...scope.rolesAt(id)].some((r) => TRAIL_READERS.has(r)));
  let approvalsOnly = false;
  if (!readsWholeTrail) {
    if (query.entityType !== 'plan' || !query.entityId) throw forbidden('Your role reads the history of one plan at a time.');
    const { row } = await loadVisiblePlan(ctx, orgId, query.entityId).catch(() => {
      throw planNotFound();
    });
    // Readers who see no drafts learn when versions came into force, not what drafts said.
    approvalsOnly = !plansPolicy.readAllStates(scope, row.unitId);
  }
  const rows = await listAuditEntries(ctx.db, orgId, query);
  return rows
    .filter((r) => !approvalsOnly || r.action === 'plan.approved')
    .map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: approvalsOnly ? null : (r.before ?? null),
      after: approvalsOnly ? null : (r.after ?? null),
    }));
}
