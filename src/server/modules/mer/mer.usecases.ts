import type { TMerPolicyView, TObligationsQuery, TObligationView } from '../../../domain/contract/mer.js';
import { localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { explainObligation, OBLIGATION_STATUSES, obligationState, type TObligationRecord, type TObligationStatus } from '../../../domain/mer/obligations.js';
import { DEFAULT_MER_POLICY, type TMerPolicy } from '../../../domain/mer/policy.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import { subtreeIds } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { merPolicy } from './mer.policy.js';
import { changeEvents, planRecords, policyVersions } from './mer.repository.js';
import { merPolicies } from './mer.table.js';

const readableUnits = (scope: OrgScope) => scope.units.filter((u) => merPolicy.readObligations(scope, u.id)).map((u) => u.id);

async function currentPolicy(ctx: Ctx, orgId: string): Promise<TMerPolicy> {
  const [latest] = await policyVersions(ctx.db, orgId);
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
  const [policy, records, events] = await Promise.all([currentPolicy(ctx, orgId), planRecords(ctx.db, orgId, wanted), changeEvents(ctx.db, orgId, wanted)]);
  const now = ctx.clock.now();
  const items: TObligationView[] = [];
  for (const plan of records) {
    // Each office is judged on its own calendar day.
    const day = (at: Date) => localDate(at, plan.timeZone);
    const today: TIsoDate = query.asOf ?? day(now);
    const startsOn = day(plan.createdAt);
    const lastApproved = plan.lastApprovedAt ? day(plan.lastApprovedAt) : null;
    const triggers = events.filter((e) => e.unitId === plan.unitId).map((e) => ({ trigger: e.trigger, on: day(e.at) }));
    const records: TObligationRecord[] = [
      // An edit of the plan, or an approval, is an update.
      { kind: 'plan_update', lastDoneOn: laterOf(day(plan.lastEditedAt), lastApproved), startsOn, triggers },
      { kind: 'plan_approval', lastDoneOn: lastApproved, startsOn },
    ];
    for (const record of records) {
      const state = obligationState(record, policy, today);
      if (query.status && state.status !== query.status) continue;
      items.push({
        subject: { type: 'plan', id: plan.id, title: plan.title, planType: plan.type as TPlanType },
        unitId: plan.unitId,
        unitName: plan.unitName,
        ...state,
        explanation: explainObligation(state),
      });
    }
  }
  items.sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName));
  const counts = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, items.filter((i) => i.status === s).length])) as Record<TObligationStatus, number>;
  return { asOf: query.asOf ?? localDate(now, 'UTC'), items, counts };
}

const laterOf = (a: TIsoDate, b: TIsoDate | null) => (b !== null && b > a ? b : a);
