import { addMonths } from '../mer/calendar.js';
import type { TPlanType } from '../plans/plan-types.js';
import type { TAssuranceFacts } from './facts.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import type { TEvidence, TKpiRating } from './ratings.js';

export interface TKpiDerivation {
  number: number;
  /** The figure shown: a count, a percentage, months, or null when there is nothing to count. */
  value: number | null;
  unit: 'count' | 'percent' | 'months' | 'of_total';
  /** For `of_total`: value of total. */
  total?: number;
  rating: TKpiRating;
  evidence: TEvidence[];
}

type Rule = (f: TAssuranceFacts) => Omit<TKpiDerivation, 'number'>;

/** Within the twelve months up to and including the as-of day. */
const inLastYear = (day: string | null, asOf: string) => day !== null && day > addMonths(asOf, -12) && day <= asOf;
const byShare = (done: number, total: number, fully: number, partially: number): TKpiRating =>
  total === 0 ? 'not_completed' : done / total >= fully ? 'fully' : done / total >= partially ? 'partially' : 'not_completed';
const percent = (done: number, total: number) => (total === 0 ? null : Math.round((done / total) * 100));
const adopted = (f: TAssuranceFacts) => f.policyDocuments.filter((d) => d.adoptedOn !== null && d.adoptedOn <= f.asOf);
const docEvidence = (d: TAssuranceFacts['policyDocuments'][number]): TEvidence => ({ kind: 'policy_document', id: d.id, label: d.title, ...(d.adoptedOn ? { on: d.adoptedOn } : {}) });
const awarenessHeld = (f: TAssuranceFacts) => {
  const awareness = new Set(f.courses.filter((c) => c.kind === 'awareness').map((c) => c.id));
  return f.sessions.filter((s) => awareness.has(s.courseId) && inLastYear(s.heldOn, f.asOf));
};
const sessionEvidence = (f: TAssuranceFacts, s: TAssuranceFacts['sessions'][number]): TEvidence => ({ kind: 'training_session', id: s.id, label: f.courses.find((c) => c.id === s.courseId)?.title ?? '', on: s.heldOn });

function planRule(type: TPlanType): Rule {
  return (f) => {
    const ofType = f.plans.filter((p) => p.type === type);
    const current = ofType.filter((p) => p.state === 'approved' && inLastYear(p.approvedOn, f.asOf));
    const shown = current.length > 0 ? current : ofType;
    return {
      value: current.length,
      unit: 'of_total',
      total: ofType.length,
      rating: current.length > 0 ? 'fully' : ofType.length > 0 ? 'partially' : 'not_completed',
      evidence: shown.map((p) => ({ kind: 'plan', id: p.id, label: p.title, ...(p.approvedOn ? { on: p.approvedOn } : {}) })),
    };
  };
}

const RULES: Record<number, Rule> = {
  1: (f) => {
    const docs = adopted(f);
    const approved = docs.filter((d) => d.approvedByExecutiveHead);
    return { value: docs.length, unit: 'count', rating: approved.length > 0 ? 'fully' : docs.length > 0 ? 'partially' : 'not_completed', evidence: (approved.length > 0 ? approved : docs).map(docEvidence) };
  },
  2: (f) => {
    const promulgated = adopted(f).filter((d) => d.promulgatedOn !== null && d.promulgatedOn <= f.asOf);
    const held = awarenessHeld(f);
    const met = Number(promulgated.length > 0) + Number(held.length > 0);
    return { value: held.length, unit: 'count', rating: met === 2 ? 'fully' : met === 1 ? 'partially' : 'not_completed', evidence: [...promulgated.map(docEvidence), ...held.map((s) => sessionEvidence(f, s))] };
  },
  4: (f) => {
    const docs = adopted(f);
    const orms = docs.filter((d) => d.referencesOrms);
    const other = docs.filter((d) => d.referencesIso22301);
    return { value: orms.length, unit: 'count', rating: orms.length > 0 ? 'fully' : other.length > 0 ? 'partially' : 'not_completed', evidence: (orms.length > 0 ? orms : other).map(docEvidence) };
  },
  5: (f) => {
    const whole = f.coordinators.filter((c) => c.atRoot);
    const shown = whole.length > 0 ? whole : f.coordinators;
    return { value: f.coordinators.length, unit: 'count', rating: whole.length > 0 ? 'fully' : f.coordinators.length > 0 ? 'partially' : 'not_completed', evidence: shown.map((c) => ({ kind: 'person', id: c.personId, label: c.name })) };
  },
  6: (f) => {
    const team = f.crisisTeam;
    if (!team) return { value: 0, unit: 'count', rating: 'not_completed', evidence: [] };
    const complete = team.members.length >= 3 && team.chair !== null;
    return { value: team.members.length, unit: 'count', rating: complete ? 'fully' : 'partially', evidence: [{ kind: 'cmt', id: team.id, label: team.name }] };
  },
  7: (f) => {
    const chair = f.crisisTeam?.chair ?? null;
    if (!chair) return { value: null, unit: 'count', rating: 'not_completed', evidence: [] };
    return { value: null, unit: 'count', rating: chair.senior ? 'fully' : 'partially', evidence: [{ kind: 'cmt_member', id: chair.personId, label: chair.name }] };
  },
  8: (f) => {
    const members = f.crisisTeam?.members ?? [];
    const withRole = members.filter((m) => m.role !== null && m.role.trim() !== '');
    const rating: TKpiRating = members.length === 0 || withRole.length === 0 ? 'not_completed' : withRole.length === members.length ? 'fully' : 'partially';
    return { value: withRole.length, unit: 'of_total', total: members.length, rating, evidence: withRole.map((m) => ({ kind: 'cmt_member', id: m.personId, label: m.name })) };
  },
  9: (f) => {
    const team = f.crisisTeam;
    if (!team) return { value: null, unit: 'of_total', rating: 'not_completed', evidence: [] };
    if (team.expectedEntities.length === 0) return { value: null, unit: 'of_total', rating: 'not_applicable', evidence: [{ kind: 'cmt', id: team.id, label: team.name }] };
    const present = new Set(team.members.map((m) => m.entity).filter((e): e is string => e !== null));
    const represented = team.expectedEntities.filter((e) => present.has(e));
    const rating: TKpiRating = represented.length === team.expectedEntities.length ? 'fully' : represented.length > 0 ? 'partially' : 'not_completed';
    return { value: represented.length, unit: 'of_total', total: team.expectedEntities.length, rating, evidence: team.members.filter((m) => m.entity !== null && represented.includes(m.entity)).map((m) => ({ kind: 'cmt_member', id: m.personId, label: `${m.name} (${m.entity})` })) };
  },
  10: (f) => {
    const held = (f.crisisTeam?.meetings ?? []).filter((m) => inLastYear(m.heldOn, f.asOf));
    return { value: held.length, unit: 'count', rating: held.length >= 2 ? 'fully' : held.length === 1 ? 'partially' : 'not_completed', evidence: held.map((m) => ({ kind: 'cmt_meeting', id: m.id, label: m.heldOn, on: m.heldOn })) };
  },
  11: (f) => {
    const courses = f.courses.filter((c) => c.kind !== 'awareness');
    const mandatory = courses.filter((c) => c.mandatory);
    const shown = mandatory.length > 0 ? mandatory : courses;
    return { value: mandatory.length, unit: 'count', rating: mandatory.length > 0 ? 'fully' : courses.length > 0 ? 'partially' : 'not_completed', evidence: shown.map((c) => ({ kind: 'course', id: c.id, label: c.title })) };
  },
  12: (f) => {
    const defined = f.courses.filter((c) => c.kind === 'awareness');
    const held = awarenessHeld(f);
    const evidence: TEvidence[] = held.length > 0 ? held.map((s) => sessionEvidence(f, s)) : defined.map((c) => ({ kind: 'course', id: c.id, label: c.title }));
    return { value: held.length, unit: 'count', rating: held.length > 0 ? 'fully' : defined.length > 0 ? 'partially' : 'not_completed', evidence };
  },
  13: (f) => {
    const mandatory = f.courses.filter((c) => c.mandatory);
    const recent = f.sessions.filter((s) => inLastYear(s.heldOn, f.asOf));
    const offered = mandatory.filter((c) => recent.some((s) => s.courseId === c.id));
    const rating: TKpiRating = recent.length === 0 ? 'not_completed' : mandatory.length > 0 && offered.length === mandatory.length ? 'fully' : 'partially';
    return { value: offered.length, unit: 'of_total', total: mandatory.length, rating, evidence: recent.map((s) => sessionEvidence(f, s)) };
  },
  14: (f) => {
    if (!f.merPolicy) return { value: null, unit: 'percent', rating: 'not_completed', evidence: [] };
    const met = f.obligations.filter((o) => o.status !== 'overdue');
    const overdue = f.obligations.filter((o) => o.status === 'overdue');
    return {
      value: percent(met.length, f.obligations.length),
      unit: 'percent',
      rating: byShare(met.length, f.obligations.length, 0.9, 0.5),
      evidence: [{ kind: 'mer_policy', id: f.merPolicy.id, label: 'ME&R policy', on: f.merPolicy.inForceSince }, ...overdue.map((o) => ({ kind: 'obligation' as const, id: o.id, label: o.label }))],
    };
  },
  15: (f) => {
    const members = f.crisisTeam?.members ?? [];
    const trained = members.filter((m) => m.trainedCurrent);
    return { value: percent(trained.length, members.length), unit: 'percent', rating: byShare(trained.length, members.length, 0.9, 0.5), evidence: trained.map((m) => ({ kind: 'cmt_member', id: m.personId, label: m.name })) };
  },
  16: (f) => {
    const assessed = f.risks.filter((r) => r.assessedOn !== null);
    return { value: assessed.length, unit: 'count', rating: assessed.length > 0 ? 'fully' : f.risks.length > 0 ? 'partially' : 'not_completed', evidence: assessed.map((r) => ({ kind: 'risk', id: r.id, label: r.title, on: r.assessedOn! })) };
  },
  17: (f) => {
    const latest = f.risks.map((r) => r.assessedOn).filter((d): d is string => d !== null && d <= f.asOf).sort().at(-1) ?? null;
    if (latest === null) return { value: null, unit: 'months', rating: 'not_completed', evidence: [] };
    const months = monthsBetween(latest, f.asOf);
    const rating: TKpiRating = latest > addMonths(f.asOf, -12) ? 'fully' : latest > addMonths(f.asOf, -24) ? 'partially' : 'not_completed';
    return { value: months, unit: 'months', rating, evidence: f.risks.filter((r) => r.assessedOn === latest).map((r) => ({ kind: 'risk', id: r.id, label: r.title, on: latest })) };
  },
  18: (f) => {
    const required = ['security', 'medical', 'ict_disaster_recovery', 'business_continuity'] as const;
    const open = f.risks.filter((r) => r.status === 'open');
    const covered = required.filter((c) => open.some((r) => r.category === c));
    const rating: TKpiRating = covered.length === required.length ? 'fully' : covered.length > 0 ? 'partially' : 'not_completed';
    return { value: covered.length, unit: 'of_total', total: required.length, rating, evidence: covered.map((c) => open.find((r) => r.category === c)!).map((r) => ({ kind: 'risk', id: r.id, label: r.title })) };
  },
  19: (f) => {
    const open = f.risks.filter((r) => r.status === 'open');
    const treated = open.filter((r) => r.ownerPersonId !== null && r.treatment !== null);
    return { value: percent(treated.length, open.length), unit: 'percent', rating: open.length > 0 && treated.length === open.length ? 'fully' : byShare(treated.length, open.length, 1.01, 0.5), evidence: treated.map((r) => ({ kind: 'risk', id: r.id, label: r.title })) };
  },
  20: planRule('security'),
  21: planRule('crisis_management'),
  22: planRule('business_continuity'),
  23: planRule('ict_disaster_recovery'),
  24: planRule('crisis_communications'),
  25: planRule('mass_casualty_response'),
  26: planRule('staff_support'),
  28: (f) => {
    const onTime = f.plans.filter((p) => !p.overdue);
    return { value: percent(onTime.length, f.plans.length), unit: 'percent', rating: byShare(onTime.length, f.plans.length, 0.9, 0.5), evidence: f.plans.filter((p) => p.overdue).map((p) => ({ kind: 'plan', id: p.id, label: p.title })) };
  },
};

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * Every KPI a rule can derive, as of the facts' day. A derived "fully" always names its
 * evidence: where a rule would say fully with nothing to show, it says partially instead.
 */
export function deriveKpis(facts: TAssuranceFacts): TKpiDerivation[] {
  return KPI_CATALOGUE.filter((k) => k.derived).map((k) => {
    const derived = RULES[k.number]!(facts);
    const rating = derived.rating === 'fully' && derived.evidence.length === 0 ? 'partially' : derived.rating;
    return { number: k.number, ...derived, rating };
  });
}

export const hasRule = (number: number) => number in RULES;
