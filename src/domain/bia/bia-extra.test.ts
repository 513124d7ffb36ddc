import { describe, expect, it } from 'vitest';
import { DEFAULT_BIA_SETTINGS, levelProblems, scaleOf } from './bia-settings.js';
import { campaignUnitStatus, effortTotals, isOverdue } from './campaign-progress.js';
import { describeDuration, splitDuration } from './durations.js';
import { checkImpactScale } from './impact-scale.js';
import { deriveMtpd } from './recovery-objectives.js';

describe('durations', () => {
  it('reads in the largest unit that divides evenly', () => {
    expect(describeDuration(3 * 24 * 60)).toBe('3 days');
    expect(describeDuration(24 * 60)).toBe('1 day');
    expect(describeDuration(240)).toBe('4 hours');
    expect(describeDuration(7 * 24 * 60)).toBe('1 week');
    expect(describeDuration(30 * 24 * 60)).toBe('1 month');
    expect(describeDuration(90)).toBe('90 minutes');
    expect(splitDuration(36 * 60)).toEqual({ count: 36, unit: 'hour' });
  });
});

describe('default settings', () => {
  it('are a valid scale with the six categories, six time points and five worded levels', () => {
    expect(checkImpactScale(scaleOf(DEFAULT_BIA_SETTINGS))).toEqual([]);
    expect(levelProblems(DEFAULT_BIA_SETTINGS)).toEqual([]);
    expect(DEFAULT_BIA_SETTINGS.categories).toHaveLength(6);
    expect(DEFAULT_BIA_SETTINGS.timePoints).toEqual([240, 1440, 4320, 10080, 20160, 43200]);
    expect(DEFAULT_BIA_SETTINGS.intolerableLevel).toBe(4);
  });
  it('refuses levels worded twice or missing', () => {
    const levels = DEFAULT_BIA_SETTINGS.levels.map((l) => ({ ...l, level: l.level === 5 ? (4 as const) : l.level }));
    expect(levelProblems({ ...DEFAULT_BIA_SETTINGS, levels })).toHaveLength(1);
  });
  it('derive the MTPD with a lower intolerable level sooner', () => {
    const ratings = { financial: [1, 2, 3, 4, 5, 5] as (1 | 2 | 3 | 4 | 5)[] };
    expect(deriveMtpd(ratings, scaleOf(DEFAULT_BIA_SETTINGS))?.minutes).toBe(10080);
    expect(deriveMtpd(ratings, scaleOf({ ...DEFAULT_BIA_SETTINGS, intolerableLevel: 3 }))?.minutes).toBe(4320);
  });
});

describe('campaign progress', () => {
  it('derives the status of a unit', () => {
    expect(campaignUnitStatus(null, 0)).toBe('not_started');
    expect(campaignUnitStatus('draft', 0)).toBe('not_started');
    expect(campaignUnitStatus('draft', 2)).toBe('in_progress');
    expect(campaignUnitStatus('submitted', 2)).toBe('submitted');
    expect(campaignUnitStatus('approved', 0)).toBe('approved');
  });
  it('is overdue only after the due date, while open, and before submission', () => {
    expect(isOverdue('in_progress', '2026-03-01', '2026-03-01', true)).toBe(false);
    expect(isOverdue('in_progress', '2026-03-01', '2026-03-02', true)).toBe(true);
    expect(isOverdue('not_started', '2026-03-01', '2026-03-02', false)).toBe(false);
    expect(isOverdue('submitted', '2026-03-01', '2026-03-02', true)).toBe(false);
  });
  it('adds effort per currency without floating-point drift', () => {
    expect(
      effortTotals([
        { hours: 0.25, externalCost: 0.1, currency: 'USD' },
        { hours: 1.5, externalCost: 0.2, currency: 'USD' },
        { hours: 2, externalCost: 100, currency: 'CHF' },
      ]),
    ).toEqual({ hours: 3.75, costs: [{ currency: 'CHF', amount: 100 }, { currency: 'USD', amount: 0.3 }] });
  });
});
