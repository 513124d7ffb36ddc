import type { TMerPolicyView, TObligationsQuery } from '../../../domain/contract/mer.js';
import { localDate } from '../../../domain/mer/calendar.js';
import { OBLIGATION_STATUSES, type TObligationStatus } from '../../../domain/mer/obligations.js';
import { DEFAULT_MER_POLICY, type TMerPolicy } from '../../../domain/mer/policy.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { merPolicy } from './mer.policy.js';
import { judgeObligations } from './mer.obligations.js';
import { policyVersions } from './mer.repository.js';
import { merPolicies } from './mer.table.js';

const readableUnits = (scope: OrgScope) => scope.units.filter((u) => merPolicy.readObligations(scope, u.id)).map((u) => u.id);

export async function currentPolicy(db: Db, orgId: string): Promise<TMerPolicy> {
  const [latest] = await policyVersions(db, orgId);
  return latest?.policy ?? DEFAULT_MER_POLICY;
}

export async function getMerPolicy(ctx: Ctx, orgId: string): Promise<TMerPolicyView> {
  // The policy binds everyone in the organization, so every member may read it.
  const scope = await loadOrgScope(ctx, orgId);
  const versions = await policyVersions(ctx.db, orgId);
  const latest = versions[0];
  return {
    versionNumber: latest?.versionNumber ?? 0,
    policy: latest?.policy ?? DEFAULT_MER_POLICY,
    setAt: latest?.createdAt.toISOString() ?? null,
    setByName: latest?.createdByName ?? null,
    history: versions.map((v) => ({ versionNumber: v.versionNumber, setAt: v.createdAt.toISOString(), setByName: v.createdByName })),
    allowedActions: { edit: merPolicy.setPolicy(scope) },
  };
}

/** A new version of the policy; statuses are judged by it from now on. */
export async function setMerPolicy(ctx: Ctx, orgId: string, policy: TMerPolicy): Promise<TMerPolicyView> {
  const scope = await loadOrgScope(ctx, orgId);
  if (!merPolicy.setPolicy(scope)) throw forbidden();
  await inTransaction(ctx, async (t) => {
    const [latest] = await policyVersions(t.db, orgId);
    const versionNumber = (latest?.versionNumber ?? 0) + 1;
    await t.db.insert(merPolicies).values({ orgId, versionNumber, policy, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId });
    await audit(t, { orgId, action: 'mer_policy.set', entityType: 'mer_policy', entityId: orgId, before: { versionNumber: latest?.versionNumber ?? 0, ...(latest?.policy ?? DEFAULT_MER_POLICY) }, after: { versionNumber, ...policy } });
  });
  return getMerPolicy(ctx, orgId);
}

/** Every plan obligation of the units the caller follows, as of a day, with why. */
export async function listObligations(ctx: Ctx, orgId: string, query: TObligationsQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  let wanted = readableUnits(scope);
  if (query.unitId) {
    if (!scope.unit(query.unitId) || !wanted.includes(query.unitId)) throw unitNotFound();
    const inSubtree = query.subtree ? subtreeIds(scope.units, query.unitId) : new Set([query.unitId]);
    wanted = wanted.filter((id) => inSubtree.has(id));
  }
  const all = await judgeObligations(ctx.db, orgId, wanted, await currentPolicy(ctx.db, orgId), ctx.clock.now(), query.asOf);
  const counts = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, all.filter((i) => i.status === s).length])) as Record<TObligationStatus, number>;
  const items = all.filter((i) => !query.status || i.status === query.status).map(({ timeZone: _, ...item }) => item);
  items.sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName));
  return { asOf: query.asOf ?? localDate(ctx.clock.now(), 'UTC'), items, counts };
}
