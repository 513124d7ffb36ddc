import { eq } from 'drizzle-orm';
import type { TBiaSettings, TBiaSettingsView } from '../../../domain/contract/bia.js';
import { levelProblems, scaleOf } from '../../../domain/bia/bia-settings.js';
import { checkImpactScale } from '../../../domain/bia/impact-scale.js';
import { deriveMtpd } from '../../../domain/bia/recovery-objectives.js';
import { inTransaction, type Ctx } from '../../context.js';
import { forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { invalidScale } from './bia.errors.js';
import { biaPolicy } from './bia.policy.js';
import { ratingsOf } from './bia.present.js';
import { loadSettings, storeDerivedMtpds } from './bia.repository.js';
import { biaServices, biaSettings } from './bia.table.js';

/** Every member reads the scale (the UI words impacts with it); the coordinator at the top unit changes it. */
export async function getBiaSettings(ctx: Ctx, orgId: string): Promise<TBiaSettingsView> {
  const scope = await loadOrgScope(ctx, orgId);
  const { settings, isDefault } = await loadSettings(ctx.db, orgId);
  return { scale: settings, isDefault, allowedActions: { edit: biaPolicy.editSettings(scope) } };
}

/**
 * A new scale re-derives the stored MTPD of every service of the organization in the same
 * transaction, so lists and the gap analysis never mix two scales.
 */
export async function putBiaSettings(ctx: Ctx, orgId: string, scale: TBiaSettings): Promise<TBiaSettingsView> {
  const scope = await loadOrgScope(ctx, orgId);
  if (!biaPolicy.editSettings(scope)) throw forbidden();
  const problems = [...checkImpactScale(scaleOf(scale)), ...levelProblems(scale)];
  if (scale.intolerableLevel === 1) problems.push('level 1 cannot be intolerable: every service would be intolerable at once');
  if (problems.length > 0) throw invalidScale(`The impact scale is not consistent: ${problems.join('; ')}.`, problems.map((message) => ({ path: 'body', message })));
  return inTransaction(ctx, async (t) => {
    const before = await loadSettings(t.db, orgId);
    const now = ctx.clock.now();
    await t.db
      .insert(biaSettings)
      .values({ orgId, scale, updatedAt: now, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: biaSettings.orgId, set: { scale, updatedAt: now, updatedBy: ctx.actor.userId } });
    const services = await t.db.select({ id: biaServices.id, impacts: biaServices.impacts, derived: biaServices.derivedMtpdMinutes }).from(biaServices).where(eq(biaServices.orgId, orgId));
    const rules = scaleOf(scale);
    const moved = services.flatMap((s) => {
      const m = deriveMtpd(ratingsOf(s.impacts), rules)?.minutes ?? null;
      return m === s.derived ? [] : [{ id: s.id, m }];
    });
    await storeDerivedMtpds(t.db, orgId, moved);
    await audit(t, { orgId, action: 'bia.settings_updated', entityType: 'bia_settings', entityId: orgId, before: before.settings, after: { ...scale, servicesRederived: moved.length } });
    return { scale, isDefault: false, allowedActions: { edit: true } };
  });
}
