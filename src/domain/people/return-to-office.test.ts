import { describe, expect, it } from 'vitest';
import { dayRota, isoWeek, isoWeekday, phaseOn, planIssues, whereabouts, type TMember, type TRotaPlan } from './return-to-office.js';

const plan: TRotaPlan = {
  phases: [
    { key: 'p1', name: 'Essential staff', startsOn: '2026-03-02', endsOn: '2026-03-29', criteria: 'Local transmission falling', occupancyPercent: 25, teamKeys: ['a'] },
    { key: 'p2', name: 'Half', startsOn: '2026-03-30', endsOn: null, criteria: 'Two weeks without new cases', occupancyPercent: 50, teamKeys: ['a', 'b'] },
  ],
  sites: [{ key: 'main', name: 'Main building', floor: '2', capacity: 8 }],
  teams: [
    { key: 'a', name: 'Team A', siteKey: 'main', rotation: 'every_week', weekdays: [1, 3] },
    { key: 'b', name: 'Team B', siteKey: 'main', rotation: 'odd_weeks', weekdays: [2, 4] },
  ],
};
const members: TMember[] = [
  { personId: 'ana', teamKey: 'a' },
  { personId: 'bo', teamKey: 'a' },
  { personId: 'cy', teamKey: 'b' },
];

describe('calendar', () => {
  it('knows ISO weekdays and weeks', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2026-03-31')).toBe(14);
  });
});

describe('phases and whereabouts', () => {
  it('finds the phase in force', () => {
    expect(phaseOn(plan.phases, '2026-03-01')).toBeNull();
    expect(phaseOn(plan.phases, '2026-03-29')?.key).toBe('p1');
    expect(phaseOn(plan.phases, '2027-01-01')?.key).toBe('p2');
  });

  it('says who is on site on a day', () => {
    expect(whereabouts(plan, members[0]!, '2026-03-04')).toEqual({ where: 'on_site', siteKey: 'main', phaseKey: 'p1' });
    expect(whereabouts(plan, members[0]!, '2026-03-05')).toMatchObject({ where: 'remote', reason: 'not_team_day' });
    expect(whereabouts(plan, members[2]!, '2026-03-03')).toMatchObject({ where: 'remote', reason: 'team_not_in_phase' });
    // Week 15 is odd: team B on Tuesday; week 14 even: not.
    expect(whereabouts(plan, members[2]!, '2026-04-07')).toMatchObject({ where: 'on_site' });
    expect(whereabouts(plan, members[2]!, '2026-03-31')).toMatchObject({ where: 'remote', reason: 'not_team_day' });
    expect(whereabouts(plan, null, '2026-03-31')).toMatchObject({ where: 'remote', reason: 'not_in_plan' });
    expect(whereabouts(plan, members[0]!, '2026-01-05')).toMatchObject({ where: 'remote', reason: 'no_phase' });
  });

  it('lists a day per site with its limit', () => {
    expect(dayRota(plan, members, '2026-03-04')).toEqual({ date: '2026-03-04', phaseKey: 'p1', sites: [{ siteKey: 'main', limit: 2, personIds: ['ana', 'bo'] }], remote: ['cy'] });
  });
});

describe('plan issues', () => {
  it('accepts a rota within the limits', () => {
    expect(planIssues(plan, members)).toEqual([]);
  });

  it('refuses more people on site than the phase allows', () => {
    const issues = planIssues(plan, [...members, { personId: 'di', teamKey: 'a' }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'over_occupancy', path: 'phases.0.occupancyPercent' })]);
  });

  it('refuses overlapping phases, unknown sites and teams, repeated keys', () => {
    const bad: TRotaPlan = {
      phases: [...plan.phases, { key: 'p2', name: 'Again', startsOn: '2026-03-15', endsOn: '2026-03-10', criteria: '', occupancyPercent: 10, teamKeys: ['zz'] }],
      sites: plan.sites,
      teams: [...plan.teams, { key: 'c', name: 'C', siteKey: 'nowhere', rotation: 'every_week', weekdays: [5] }],
    };
    const codes = planIssues(bad, [{ personId: 'x', teamKey: 'q' }]).map((i) => `${i.code}@${i.path}`);
    expect(codes).toEqual(expect.arrayContaining(['duplicate_key@phases.2.key', 'ends_before_start@phases.2.endsOn', 'phases_overlap@phases.2.startsOn', 'unknown_team@phases.2.teamKeys.0', 'unknown_site@teams.2.siteKey', 'unknown_team@members.0.teamKey']));
  });
});
