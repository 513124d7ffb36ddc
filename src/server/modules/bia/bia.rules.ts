import type { TBiaSettings, TImpactRatings } from '../../../domain/contract/bia.js';
import { scaleOf } from '../../../domain/bia/bia-settings.js';
import { describeDuration } from '../../../domain/bia/durations.js';
import { checkRecoveryObjectives, deriveMtpd } from '../../../domain/bia/recovery-objectives.js';
import { rtoExceedsMtpd, serviceLevelNotRising, unknownCategory } from './bia.errors.js';
import { ratingsOf } from './bia.present.js';

export interface TServiceObjectives {
  impacts: TImpactRatings;
  mtpdOverride: { minutes: number; justification: string } | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  minimumServiceLevels: { afterMinutes: number; percent: number }[];
}

/**
 * The rules a service must satisfy to be saved, in the order a person fixes them: impacts
 * on the organization's scale, then the RTO within the (effective) MTPD, then minimum
 * service levels that step up. Returns the derived MTPD to store.
 */
export function checkServiceRules(s: TServiceObjectives, settings: TBiaSettings): { derivedMtpdMinutes: number | null } {
  const keys = new Set(settings.categories.map((c) => c.key));
  const badImpacts = Object.entries(s.impacts).filter(([key, levels]) => !keys.has(key) || levels.length > settings.timePoints.length);
  if (badImpacts.length > 0) {
    throw unknownCategory(undefined, badImpacts.map(([key]) => ({ path: `body.impacts.${key}`, message: keys.has(key) ? `At most ${settings.timePoints.length} time points` : 'Not a category of the organization’s scale' })));
  }
  const derived = deriveMtpd(ratingsOf(s.impacts), scaleOf(settings))?.minutes ?? null;
  const mtpd = s.mtpdOverride?.minutes ?? derived;
  const problems = checkRecoveryObjectives({ mtpdMinutes: mtpd, rtoMinutes: s.rtoMinutes, rpoMinutes: s.rpoMinutes, minimumServiceLevels: s.minimumServiceLevels });
  if (problems.some((p) => p.code === 'bia.rto_exceeds_mtpd')) {
    const message = `The recovery time objective (${describeDuration(s.rtoMinutes!)}) is longer than the maximum tolerable period of disruption (${describeDuration(mtpd!)}).`;
    throw rtoExceedsMtpd(message, [{ path: 'body.rtoMinutes', message }]);
  }
  const falling = problems.filter((p) => p.code === 'bia.service_level_not_rising');
  if (falling.length > 0) {
    throw serviceLevelNotRising(undefined, falling.map((p) => ({ path: `body.${p.path}`, message: 'Each step must come later and ask at least as much as the one before' })));
  }
  return { derivedMtpdMinutes: derived };
}
