import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImpactScale, DEFAULT_IMPACT_SCALE, type TImpactLevel } from './impact-scale.js';
import { analyseRecoveryGaps, type TGapDependency, type TGapLink, type TGapService } from './recovery-gaps.js';
import { checkRecoveryObjectives, decreasingRatings, deriveMtpd } from './recovery-objectives.js';

const scale = DEFAULT_IMPACT_SCALE;
const flat = (level: TImpactLevel) => scale.timePoints.map(() => level);

describe('MTPD', () => {
  it('is the first time point where any category becomes intolerable', () => {
    const ratings = {
      mandate_delivery: [1, 2, 3, 4, 5, 5] as TImpactLevel[],
      financial: [1, 1, 2, 3, 4, 5] as TImpactLevel[],
      staff_safety_wellbeing: [1, 1, 1, 4, 4, 5] as TImpactLevel[],
    };
    expect(deriveMtpd(ratings, scale)).toEqual({ minutes: 7 * 24 * 60, becauseOf: ['mandate_delivery', 'staff_safety_wellbeing'] });
  });

  it('is undefined when nothing becomes intolerable within the horizon', () => {
    expect(deriveMtpd({ mandate_delivery: flat(3) }, scale)).toBeNull();
  });

  it('never comes later when any rating rises', () => {
    const ratings = fc.array(fc.constantFrom<TImpactLevel>(1, 2, 3, 4, 5), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(ratings, fc.nat(5), (levels, bump) => {
        const before = deriveMtpd({ financial: levels }, scale)?.minutes ?? Infinity;
        const raised = levels.map((l, i) => (i === bump ? 5 : l)) as TImpactLevel[];
        const after = deriveMtpd({ financial: raised }, scale)?.minutes ?? Infinity;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('flags ratings that fall over time', () => {
    expect(decreasingRatings({ financial: [1, 3, 2, 4, 4, 4], legal_compliance: flat(2) }, scale)).toEqual(['financial']);
  });
});

describe('recovery objectives', () => {
  const base = { mtpdMinutes: 1440, rtoMinutes: 240, rpoMinutes: 60, minimumServiceLevels: [] };
  it('accepts an RTO within the MTPD and refuses one beyond it', () => {
    expect(checkRecoveryObjectives(base)).toEqual([]);
    expect(checkRecoveryObjectives({ ...base, rtoMinutes: 2880 })).toEqual([{ code: 'bia.rto_exceeds_mtpd', path: 'rtoMinutes' }]);
    expect(checkRecoveryObjectives({ ...base, rtoMinutes: null })).toEqual([{ code: 'bia.rto_missing', path: 'rtoMinutes' }]);
  });
  it('wants minimum service levels that step up over time', () => {
    const levels = [
      { afterMinutes: 240, percent: 30 },
      { afterMinutes: 1440, percent: 20 },
    ];
    expect(checkRecoveryObjectives({ ...base, minimumServiceLevels: levels })).toEqual([{ code: 'bia.service_level_not_rising', path: 'minimumServiceLevels.1' }]);
  });
  it('checks the scale an organization configures', () => {
    expect(checkImpactScale(scale)).toEqual([]);
    expect(checkImpactScale({ ...scale, timePoints: [60, 60] })).toHaveLength(1);
    expect(checkImpactScale({ ...scale, categories: ['a', 'a'] })).toHaveLength(1);
  });
});

describe('recovery gaps', () => {
  const services: TGapService[] = [
    { id: 'payments', unitId: 'co', rtoMinutes: 1440 },
    { id: 'reporting', unitId: 'co', rtoMinutes: 20160 },
    { id: 'unassessed', unitId: 'co', rtoMinutes: null },
  ];
  const dependencies: TGapDependency[] = [
    { id: 'erp', kind: 'ict_system', achievedMinutes: 4320 },
    { id: 'bank', kind: 'supplier', achievedMinutes: 240 },
    { id: 'archive', kind: 'vital_record', achievedMinutes: null },
  ];
  const links: TGapLink[] = [
    { serviceId: 'payments', dependencyId: 'erp' },
    { serviceId: 'payments', dependencyId: 'bank' },
    { serviceId: 'reporting', dependencyId: 'erp' },
    { serviceId: 'reporting', dependencyId: 'archive' },
    { serviceId: 'unassessed', dependencyId: 'erp' },
  ];

  it('lists every dependency that cannot meet the RTO of a service that needs it, and unknown capabilities', () => {
    const { gaps } = analyseRecoveryGaps(services, dependencies, links);
    expect(gaps).toEqual([
      { serviceId: 'payments', unitId: 'co', dependencyId: 'erp', requiredMinutes: 1440, achievedMinutes: 4320 },
      { serviceId: 'reporting', unitId: 'co', dependencyId: 'archive', requiredMinutes: 20160, achievedMinutes: null },
    ]);
  });

  it('flows the tightest RTO down to each dependency and rolls the slowest recovery up to each service', () => {
    const { requiredByDependency, achievedByService } = analyseRecoveryGaps(services, dependencies, links);
    expect(requiredByDependency.get('erp')).toBe(1440);
    expect(requiredByDependency.get('bank')).toBe(1440);
    expect(achievedByService.get('payments')).toBe(4320);
    expect(achievedByService.get('reporting')).toBeNull();
  });

  it('on random data, a service has a gap exactly when its rolled-up recovery exceeds its RTO', () => {
    const arb = fc.record({
      rtos: fc.array(fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }), { minLength: 1, maxLength: 20 }),
      achieved: fc.array(fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }), { minLength: 1, maxLength: 20 }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
    });
    fc.assert(
      fc.property(arb, ({ rtos, achieved, pairs }) => {
        const s = rtos.map((rtoMinutes, i) => ({ id: `s${i}`, unitId: 'u', rtoMinutes }));
        const d = achieved.map((achievedMinutes, i) => ({ id: `d${i}`, kind: 'ict_system' as const, achievedMinutes }));
        const l = pairs.map(([a, b]) => ({ serviceId: `s${a % s.length}`, dependencyId: `d${b % d.length}` }));
        const result = analyseRecoveryGaps(s, d, l);
        for (const service of s) {
          if (service.rtoMinutes === null || !result.achievedByService.has(service.id)) continue;
          const rolledUp = result.achievedByService.get(service.id)!;
          const hasGap = result.gaps.some((g) => g.serviceId === service.id);
          expect(hasGap).toBe(rolledUp === null || rolledUp > service.rtoMinutes);
        }
      }),
    );
  });
});
