/**
 * Return-to-office plans (review para 135: phased return, rotation of staff on site, hygiene,
 * cleaning and meeting-room rules). Pure rules: which phase is in force on a day, who of a
 * rotating team is on site, and the check that no rota ever puts more people at a site than the
 * phase's occupancy limit.
 */
export interface TPhase {
  key: string;
  name: string;
  startsOn: string;
  /** Null: until further notice. */
  endsOn: string | null;
  criteria: string;
  /** Share of each site's normal capacity that may be used during the phase. */
  occupancyPercent: number;
  /** Teams that come on site (on their days) during the phase; the others work remotely. */
  teamKeys: string[];
}

export interface TSite {
  key: string;
  name: string;
  floor: string;
  /** Desks in normal times. */
  capacity: number;
}

/** every_week: on its weekdays each week; odd_weeks / even_weeks: only in ISO weeks of that parity. */
export const ROTATIONS = ['every_week', 'odd_weeks', 'even_weeks'] as const;
export type TRotation = (typeof ROTATIONS)[number];

export interface TTeam {
  key: string;
  name: string;
  siteKey: string;
  rotation: TRotation;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
}

export interface TRotaPlan {
  phases: readonly TPhase[];
  sites: readonly TSite[];
  teams: readonly TTeam[];
}

export interface TMember {
  personId: string;
  teamKey: string;
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (the date is a day, not an instant: no time zone). */
export function isoWeekday(date: string): number {
  const d = utcDay(date).getUTCDay();
  return d === 0 ? 7 : d;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const d = utcDay(date);
  d.setUTCDate(d.getUTCDate() + 4 - isoWeekday(date));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** The phase in force on a day: the one that started last among those covering it. */
export function phaseOn(phases: readonly TPhase[], date: string): TPhase | null {
  return [...phases].filter((p) => p.startsOn <= date && (p.endsOn === null || p.endsOn >= date)).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0] ?? null;
}

/** The occupancy limit of a site in a phase: whole people, rounded down. */
export const occupancyLimit = (site: TSite, phase: TPhase) => Math.floor((site.capacity * phase.occupancyPercent) / 100);

function teamOnSite(team: TTeam, phase: TPhase, weekday: number, oddWeek: boolean): boolean {
  if (!phase.teamKeys.includes(team.key) || !team.weekdays.includes(weekday)) return false;
  return team.rotation === 'every_week' || (team.rotation === 'odd_weeks') === oddWeek;
}

export type TWhereabouts =
  | { where: 'on_site'; siteKey: string; phaseKey: string }
  | { where: 'remote'; reason: 'no_phase' | 'not_in_plan' | 'team_not_in_phase' | 'not_team_day'; phaseKey: string | null };

/** Where a member works on a day. */
export function whereabouts(plan: TRotaPlan, member: TMember | null, date: string): TWhereabouts {
  const phase = phaseOn(plan.phases, date);
  if (!phase) return { where: 'remote', reason: 'no_phase', phaseKey: null };
  const team = member ? plan.teams.find((t) => t.key === member.teamKey) : undefined;
  if (!team) return { where: 'remote', reason: 'not_in_plan', phaseKey: phase.key };
  if (!phase.teamKeys.includes(team.key)) return { where: 'remote', reason: 'team_not_in_phase', phaseKey: phase.key };
  if (!teamOnSite(team, phase, isoWeekday(date), isoWeek(date) % 2 === 1)) return { where: 'remote', reason: 'not_team_day', phaseKey: phase.key };
  return { where: 'on_site', siteKey: team.siteKey, phaseKey: phase.key };
}

export interface TDayRota {
  date: string;
  phaseKey: string | null;
  sites: { siteKey: string; limit: number; personIds: string[] }[];
  remote: string[];
}

/** Who is on site where on a day, and who works remotely. */
export function dayRota(plan: TRotaPlan, members: readonly TMember[], date: string): TDayRota {
  const phase = phaseOn(plan.phases, date);
  const sites = plan.sites.map((s) => ({ siteKey: s.key, limit: phase ? occupancyLimit(s, phase) : 0, personIds: [] as string[] }));
  const remote: string[] = [];
  for (const m of members) {
    const w = whereabouts(plan, m, date);
    const site = w.where === 'on_site' ? sites.find((s) => s.siteKey === w.siteKey) : undefined;
    if (site) site.personIds.push(m.personId);
    else remote.push(m.personId);
  }
  return { date, phaseKey: phase?.key ?? null, sites, remote };
}

export interface TPlanIssue {
  /** Path in the plan, e.g. `phases.1.endsOn`, `teams.0.siteKey`. */
  path: string;
  code: 'duplicate_key' | 'ends_before_start' | 'phases_overlap' | 'unknown_site' | 'unknown_team' | 'over_occupancy';
  message: string;
}

/**
 * Everything that makes a plan unusable: keys repeated, a phase ending before it starts or
 * overlapping another, teams on unknown sites, phases naming unknown teams, and — for every
 * phase, weekday and week parity — more members on a site than the phase allows. The rota
 * repeats every two weeks, so checking those 14 days per phase checks every day.
 */
export function planIssues(plan: TRotaPlan, members: readonly TMember[]): TPlanIssue[] {
  const issues: TPlanIssue[] = [];
  const dupes = (list: readonly { key: string }[], name: string) =>
    list.forEach((x, i) => {
      if (list.findIndex((y) => y.key === x.key) !== i) issues.push({ path: `${name}.${i}.key`, code: 'duplicate_key', message: `The key ${x.key} is used twice.` });
    });
  dupes(plan.phases, 'phases');
  dupes(plan.sites, 'sites');
  dupes(plan.teams, 'teams');
  plan.phases.forEach((p, i) => {
    if (p.endsOn !== null && p.endsOn < p.startsOn) issues.push({ path: `phases.${i}.endsOn`, code: 'ends_before_start', message: 'The phase ends before it starts.' });
    plan.phases.forEach((q, j) => {
      if (j <= i) return;
      const overlap = (p.endsOn === null || q.startsOn <= p.endsOn) && (q.endsOn === null || p.startsOn <= q.endsOn);
      if (overlap) issues.push({ path: `phases.${j}.startsOn`, code: 'phases_overlap', message: `Phase ${q.name} overlaps phase ${p.name}.` });
    });
    p.teamKeys.forEach((k, n) => {
      if (!plan.teams.some((t) => t.key === k)) issues.push({ path: `phases.${i}.teamKeys.${n}`, code: 'unknown_team', message: `No team ${k}.` });
    });
  });
  plan.teams.forEach((t, i) => {
    if (!plan.sites.some((s) => s.key === t.siteKey)) issues.push({ path: `teams.${i}.siteKey`, code: 'unknown_site', message: `No site ${t.siteKey}.` });
  });
  members.forEach((m, i) => {
    if (!plan.teams.some((t) => t.key === m.teamKey)) issues.push({ path: `members.${i}.teamKey`, code: 'unknown_team', message: `No team ${m.teamKey}.` });
  });
  plan.phases.forEach((phase, i) => {
    for (const site of plan.sites) {
      const limit = occupancyLimit(site, phase);
      for (const oddWeek of [true, false]) {
        for (let weekday = 1; weekday <= 7; weekday++) {
          const count = members.filter((m) => {
            const team = plan.teams.find((t) => t.key === m.teamKey);
            return team !== undefined && team.siteKey === site.key && teamOnSite(team, phase, weekday, oddWeek);
          }).length;
          if (count > limit) {
            issues.push({ path: `phases.${i}.occupancyPercent`, code: 'over_occupancy', message: `${site.name}: ${count} on site on weekday ${weekday}${oddWeek ? ' (odd weeks)' : ' (even weeks)'} in phase ${phase.name}, limit ${limit}.` });
            return;
          }
        }
      }
    }
  });
  return issues;
}
