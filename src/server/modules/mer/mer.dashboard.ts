import type { TMerDashboard, TMerDashboardQuery, TOverdueItem, TRollUp, TStatusCounts, TTrendPoint } from '../../../domain/contract/mer-dashboard.js';
import type { TObligationView } from '../../../domain/contract/mer.js';
import { addDays, localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { explainObligation, OBLIGATION_STATUSES } from '../../../domain/mer/obligations.js';
import { DEFAULT_MER_POLICY, type TMerPolicy } from '../../../domain/mer/policy.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { renderXlsx } from '../../exports/xlsx.js';
import { roleDirectory } from '../notify/recipients.js';
import { loadOrgScope, type OrgScope } from '../orgs/org-scope.js';
import { unitNotFound } from '../orgs/orgs.usecases.js';
import { judgePlans, judgeUnits } from './mer.obligations.js';
import { merPolicy } from './mer.policy.js';
import { changeEvents, ownerNames, planRecords, planTitles, policyVersions } from './mer.repository.js';
import { unitRecords } from './mer.unit-records.js';

/**
 * The compliance dashboard: roll-ups for the organization and per region, the overdue list
 * with the people responsible, and the share compliant at each of the last 12 month-ends,
 * every figure judged by the same engine as the obligations list, as of the day asked.
 */

type Judged = TObligationView & { timeZone: string };
type PolicyVersions = Awaited<ReturnType<typeof policyVersions>>;

/** Which units the dashboard covers: those the caller follows, within the unit asked for. */
function coveredUnits(scope: OrgScope, unitId: string | undefined): string[] {
  let wanted = scope.units.filter((u) => merPolicy.readObligations(scope, u.id)).map((u) => u.id);
  if (unitId) {
    if (!scope.unit(unitId) || !wanted.includes(unitId)) throw unitNotFound();
    const inSubtree = subtreeIds(scope.units, unitId);
    wanted = wanted.filter((id) => inSubtree.has(id));
  }
  return wanted;
}

/** The policy in force at the end of a day (the latest version set by then), so a past month is judged by its own rules. */
function policyOn(versions: PolicyVersions, day: TIsoDate | undefined): TMerPolicy {
  if (day === undefined) return versions[0]?.policy ?? DEFAULT_MER_POLICY;
  return versions.find((v) => localDate(v.createdAt, 'UTC') <= day)?.policy ?? DEFAULT_MER_POLICY;
}

/**
 * Every obligation of the units as of a day (today in each unit's zone when absent), from the records of that day.
 * Unexplained (empty explanation): only the overdue ones listed are explained, in overdueWithOwners.
 */
async function judgeAsOf(ctx: Ctx, orgId: string, units: Covered, versions: PolicyVersions, asOf: TIsoDate | undefined): Promise<Judged[]> {
  const policy = policyOn(versions, asOf);
  const [records, events, unitFacts] = await Promise.all([
    planRecords(ctx.db, orgId, units.list, { asOf, titles: false }),
    changeEvents(ctx.db, orgId, units.list, { asOf }),
    unitRecords(ctx.db, orgId, units.list, policy),
  ]);
  const now = ctx.clock.now();
  // Judged unit by unit, each with its own changes: the cost grows with the records, not with plans × changes.
  const recordsByUnit = groupBy(records, (r) => r.unitId);
  const eventsByUnit = groupBy(events, (e) => e.unitId ?? '');
  const eventsByPlan = groupBy(events, (e) => e.planId ?? '');
  const items: Judged[] = [];
  for (const [unitId, plansOfUnit] of recordsByUnit) {
    const relevant = [...(eventsByUnit.get(unitId) ?? []), ...plansOfUnit.flatMap((r) => eventsByPlan.get(r.id) ?? [])];
    items.push(...judgePlans(plansOfUnit, relevant, policy, now, asOf, false));
  }
  // The units' own obligations (awareness plan, training currency), as the obligations list judges them.
  items.push(...judgeUnits(unitFacts, policy, now, asOf, false));
  return items;
}

/** The units covered; `list` is null when they are the whole organization (the query then needs no list). */
interface Covered {
  ids: readonly string[];
  list: readonly string[] | null;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const emptyCounts = (): TStatusCounts => ({ done: 0, due_soon: 0, due: 0, overdue: 0 });
const compliantOf = (c: TStatusCounts) => c.done + c.due_soon;

function rollUp(items: readonly Judged[]): TRollUp {
  const counts = emptyCounts();
  const byKind: TRollUp['byKind'] = {};
  for (const item of items) {
    counts[item.status]++;
    (byKind[item.kind] ??= emptyCounts())[item.status]++;
  }
  return { total: items.length, counts, byKind, compliantShare: items.length === 0 ? null : compliantOf(counts) / items.length };
}

/** The regional office above (or at) each unit; units under none belong to headquarters. */
function regionOf(scope: OrgScope) {
  const memo = new Map<string, string | null>();
  const find = (unitId: string): string | null => {
    if (memo.has(unitId)) return memo.get(unitId)!;
    const unit = scope.unit(unitId);
    const region = !unit ? null : unit.kind === 'regional_office' ? unit.id : unit.parentId ? find(unit.parentId) : null;
    memo.set(unitId, region);
    return region;
  };
  return find;
}

function regionalRollUps(scope: OrgScope, units: readonly string[], items: readonly Judged[]): TMerDashboard['regions'] {
  const region = regionOf(scope);
  const groups = new Map<string | null, Judged[]>();
  // Every region the caller follows appears, with or without obligations.
  for (const id of units) if (!groups.has(region(id))) groups.set(region(id), []);
  for (const item of items) groups.get(region(item.unitId))?.push(item);
  const collator = new Intl.Collator('en');
  return [...groups]
    .map(([unitId, list]) => ({ unitId, unitName: unitId ? scope.unit(unitId)!.name : null, group: unitId ? ('regional_office' as const) : ('headquarters' as const), ...rollUp(list) }))
    .sort((a, b) => (a.unitId === null ? -1 : b.unitId === null ? 1 : collator.compare(a.unitName!, b.unitName!)));
}

/** The last day of each of the 12 months ending on or before `day`. */
export function monthEnds(day: TIsoDate): TIsoDate[] {
  const firstOfMonth = `${day.slice(0, 8)}01`;
  const [y, m] = day.split('-').map(Number) as [number, number];
  const endOfThisMonth = addDays(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10), -1);
  const out: TIsoDate[] = [];
  let end = endOfThisMonth === day ? day : addDays(firstOfMonth, -1);
  for (let i = 0; i < 12; i++) {
    out.unshift(end);
    end = addDays(`${end.slice(0, 8)}01`, -1);
  }
  return out;
}

/**
 * The organization (or subtree) roll-up and its regional roll-ups as of a day: what the
 * dashboard's headline is made of, and what bench/compliance times.
 */
export async function dashboardRollUps(ctx: Ctx, orgId: string, query: TMerDashboardQuery) {
  const scope = await loadOrgScope(ctx, orgId);
  const units = coveredUnits(scope, query.unitId);
  // Every unit of the organization: no list to send, the query reads the organization whole.
  const covered: Covered = { ids: units, list: units.length === scope.units.length ? null : units };
  const versions = await policyVersions(ctx.db, orgId);
  const items = await judgeAsOf(ctx, orgId, covered, versions, query.asOf);
  return { scope, units, covered, versions, items, organization: rollUp(items), regions: regionalRollUps(scope, units, items) };
}

async function overdueWithOwners(db: Db, orgId: string, items: readonly Judged[]): Promise<TOverdueItem[]> {
  const overdue = items.filter((i) => i.status === 'overdue').sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName));
  if (overdue.length === 0) return [];
  const directory = await roleDirectory(db, orgId, ['plan_owner', 'focal_point']);
  const ownersByUnit = new Map(overdue.map((i) => [i.unitId, directory.nearest(i.unitId, ['plan_owner', 'focal_point'])]));
  const recipients = [...ownersByUnit.values()].flat();
  const titles = await planTitles(db, orgId, [...new Set(overdue.flatMap((i) => (i.subject.type === 'plan' ? [i.subject.id] : [])))]);
  const names = await ownerNames(db, orgId, [...new Set(recipients.flatMap((r) => (r.personId ? [r.personId] : [])))], [...new Set(recipients.map((r) => r.email))]);
  return overdue.map((i) => ({
    // Roll-ups are judged without titles; the few overdue plans get theirs here.
    subject: i.subject.type === 'plan' ? { ...i.subject, title: titles.get(i.subject.id) ?? i.subject.title } : i.subject,
    unitId: i.unitId,
    unitName: i.unitName,
    kind: i.kind,
    dueOn: i.dueOn,
    daysLate: i.daysLate,
    explanation: explainObligation(i),
    owners: ownersByUnit.get(i.unitId)!.map((r) => ({ name: (r.personId && names.byPerson.get(r.personId)) || names.byEmail.get(r.email) || r.email, email: r.email })),
  }));
}

export async function getMerDashboard(ctx: Ctx, orgId: string, query: TMerDashboardQuery): Promise<TMerDashboard> {
  const { covered, versions, items, organization, regions } = await dashboardRollUps(ctx, orgId, query);
  const today = query.asOf ?? localDate(ctx.clock.now(), 'UTC');
  const [overdue, trend] = await Promise.all([
    overdueWithOwners(ctx.db, orgId, items),
    Promise.all(
      monthEnds(today).map(async (on): Promise<TTrendPoint> => {
        const judged = await judgeAsOf(ctx, orgId, covered, versions, on);
        const compliant = judged.filter((i) => i.status === 'done' || i.status === 'due_soon').length;
        return { on, total: judged.length, compliant, compliantShare: judged.length === 0 ? null : compliant / judged.length };
      }),
    ),
  ]);
  return { asOf: today, organization, regions, overdue, trend };
}

const statusColumns = OBLIGATION_STATUSES.map((s) => ({ header: s, key: s, width: 12 }));
const share = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** The same data as a workbook: organization by obligation, regions, overdue with owners, trend. */
export async function exportMerDashboard(ctx: Ctx, orgId: string, query: TMerDashboardQuery): Promise<Buffer> {
  const d = await getMerDashboard(ctx, orgId, query);
  return renderXlsx(
    [
      {
        name: 'Organization',
        columns: [{ header: 'obligation', key: 'kind', width: 20 }, ...statusColumns, { header: 'total', key: 'total', width: 10 }],
        rows: [
          ...Object.entries(d.organization.byKind).map(([kind, c]) => ({ kind, ...c, total: c.done + c.due_soon + c.due + c.overdue })),
          { kind: 'all', ...d.organization.counts, total: d.organization.total },
        ],
      },
      {
        name: 'Regions',
        columns: [{ header: 'region', key: 'region', width: 30 }, ...statusColumns, { header: 'total', key: 'total', width: 10 }, { header: 'compliant %', key: 'share', width: 12 }],
        rows: d.regions.map((r) => ({ region: r.unitName ?? 'Headquarters', ...r.counts, total: r.total, share: share(r.compliantShare) })),
      },
      {
        name: 'Overdue',
        columns: [
          { header: 'unit', key: 'unit', width: 26 },
          { header: 'plan', key: 'plan', width: 30 },
          { header: 'plan type', key: 'planType', width: 20 },
          { header: 'obligation', key: 'kind', width: 18 },
          { header: 'due on', key: 'dueOn', width: 12 },
          { header: 'days late', key: 'daysLate', width: 10 },
          { header: 'owners', key: 'owners', width: 40 },
          { header: 'why', key: 'why', width: 60 },
        ],
        rows: d.overdue.map((o) => ({
          unit: o.unitName,
          plan: o.subject.title,
          planType: o.subject.type === 'plan' ? o.subject.planType : '',
          kind: o.kind,
          // Text, not a date cell: it reads back exactly as yyyy-mm-dd whatever the spreadsheet's locale.
          dueOn: o.dueOn,
          daysLate: o.daysLate,
          owners: o.owners.map((p) => `${p.name} <${p.email}>`).join('; '),
          why: o.explanation,
        })),
      },
      {
        name: 'Trend',
        columns: [{ header: 'month end', key: 'on', width: 12 }, { header: 'total', key: 'total', width: 10 }, { header: 'compliant', key: 'compliant', width: 12 }, { header: 'compliant %', key: 'share', width: 12 }],
        rows: d.trend.map((p) => ({ on: p.on, total: p.total, compliant: p.compliant, share: share(p.compliantShare) })),
      },
    ],
    { language: 'en', generatedAt: ctx.clock.now() },
  );
}
