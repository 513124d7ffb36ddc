import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { TAssuranceFacts } from '../../../domain/assurance/facts.js';
import type { TMaturityFacts } from '../../../domain/assurance/maturity.js';
import { addMonths, localDate, type TIsoDate } from '../../../domain/mer/calendar.js';
import { DEFAULT_MER_POLICY, type TMerPolicy } from '../../../domain/mer/policy.js';
import { renewalMonthsOf, trainingCurrency, type TCourseKind } from '../../../domain/mer/training.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import type { TRiskCategory } from '../../../domain/risks/risk-categories.js';
import type { Db } from '../../db/database.js';
import { remedialActions } from '../actions/actions.table.js';
import { user } from '../auth/auth.table.js';
import { biaServices, biaVersions } from '../bia/bia.table.js';
import { managementReviews } from '../learning/learning.table.js';
import { exercises } from '../mer/exercises.table.js';
import { judgeObligations, type TJudgedObligation } from '../mer/mer.obligations.js';
import { planRecords } from '../mer/mer.repository.js';
import { merPolicies } from '../mer/mer.table.js';
import { trainingAttendance, trainingCourses, trainingSessions } from '../mer/training.table.js';
import type { TUnitRow } from '../orgs/org-scope.js';
import { people, roleAssignments } from '../orgs/orgs.table.js';
import { planVersions } from '../plans/plans.table.js';
import { risks } from '../risks/risks.table.js';
import { coreElementRatings, crisisTeamMeetings, crisisTeamMembers, crisisTeams, kpiVerifications, maturityRatings, policyDocuments } from './assurance.table.js';

/**
 * Everything the KPI and maturity rules read, loaded once for an organization and then cut at
 * any day in memory; only the ME&R obligations and plan records are judged per day, by the
 * ME&R slice's own code (judgeObligations, planRecords), so the KPIs and the compliance
 * dashboard never disagree. Days of instants are read in the head office's time zone.
 */
export interface TAssuranceRecords {
  load(asOf: TIsoDate): Promise<{ facts: TAssuranceFacts; maturity: TMaturityFacts }>;
}

const FIELD_KINDS = new Set(['regional_office', 'country_office', 'duty_station']);

export async function assuranceRecords(db: Db, orgId: string, orgUnits: readonly TUnitRow[], now: Date): Promise<TAssuranceRecords> {
  const root = orgUnits.find((u) => u.parentId === null)!;
  const day = (at: Date) => localDate(at, root.timeZone);
  // One read after another: the caller may hold a transaction, whose connection takes one query at a time.
  const docs = await db.select().from(policyDocuments).where(eq(policyDocuments.orgId, orgId));
  const coordinators = await db
    .select({ userId: roleAssignments.userId, unitId: roleAssignments.unitId, since: roleAssignments.createdAt, personId: user.personId, userName: user.name, fullName: people.fullName })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .leftJoin(people, and(eq(people.id, user.personId), eq(people.orgId, orgId)))
    .where(and(eq(roleAssignments.orgId, orgId), eq(roleAssignments.role, 'bc_coordinator')));
  const [team] = await db.select().from(crisisTeams).where(and(eq(crisisTeams.orgId, orgId), eq(crisisTeams.unitId, root.id)));
  const members = team ? await db.select({ m: crisisTeamMembers, fullName: people.fullName }).from(crisisTeamMembers).innerJoin(people, eq(people.id, crisisTeamMembers.personId)).where(eq(crisisTeamMembers.teamId, team.id)) : [];
  const meetings = team ? await db.select({ id: crisisTeamMeetings.id, heldOn: crisisTeamMeetings.heldOn }).from(crisisTeamMeetings).where(eq(crisisTeamMeetings.teamId, team.id)) : [];
  const courses = await db.select().from(trainingCourses).where(eq(trainingCourses.orgId, orgId));
  const sessions = await db.select({ id: trainingSessions.id, courseId: trainingSessions.courseId, heldOn: trainingSessions.heldOn }).from(trainingSessions).where(eq(trainingSessions.orgId, orgId));
  const attended = await db.select({ personId: trainingAttendance.personId, courseId: trainingSessions.courseId, heldOn: trainingSessions.heldOn }).from(trainingAttendance).innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId)).where(eq(trainingAttendance.orgId, orgId));
  const policies = await db.select({ id: merPolicies.id, policy: merPolicies.policy, createdAt: merPolicies.createdAt }).from(merPolicies).where(eq(merPolicies.orgId, orgId)).orderBy(desc(merPolicies.versionNumber));
  const riskRows = await db.select().from(risks).where(eq(risks.orgId, orgId));
  // Maturity only.
  const biaApprovals = await db.select({ approvedAt: biaVersions.approvedAt }).from(biaVersions).where(eq(biaVersions.orgId, orgId));
  const services = await db.select({ createdAt: biaServices.createdAt, rto: biaServices.rtoMinutes }).from(biaServices).where(eq(biaServices.orgId, orgId));
  const approvedVersions = await db.select({ planId: planVersions.planId, approvedAt: planVersions.approvedAt, structure: planVersions.structure }).from(planVersions).where(and(eq(planVersions.orgId, orgId), isNotNull(planVersions.approvedAt)));
  const conducted = await db.select({ conductedOn: exercises.conductedOn }).from(exercises).where(and(eq(exercises.orgId, orgId), isNotNull(exercises.conductedOn)));
  const reviews = await db.select({ heldOn: managementReviews.heldOn, status: managementReviews.status }).from(managementReviews).where(eq(managementReviews.orgId, orgId));
  const actions = await db.select({ dueOn: remedialActions.dueOn, closedAt: remedialActions.closedAt }).from(remedialActions).where(eq(remedialActions.orgId, orgId));
  const coreRatings = await db.select({ ratedAt: coreElementRatings.ratedAt }).from(coreElementRatings).where(eq(coreElementRatings.orgId, orgId));
  const maturity = await db.select({ rater: maturityRatings.rater, ratedOn: maturityRatings.ratedOn }).from(maturityRatings).where(eq(maturityRatings.orgId, orgId));
  const verifications = await db.select({ verifiedAt: kpiVerifications.verifiedAt }).from(kpiVerifications).where(eq(kpiVerifications.orgId, orgId));

  const unitKind = new Map(orgUnits.map((u) => [u.id, u.kind]));
  const cmtCourses = courses.filter((c) => c.mandatoryFor.includes('cmt_member'));
  // Recorded today, the team may have sat for years: it exists from its first member or meeting, if earlier.
  const teamSince = team ? [day(team.createdAt), ...members.map(({ m }) => m.since), ...meetings.map((m) => m.heldOn)].sort()[0]! : null;
  const latest = (days: readonly (string | null)[], asOf: TIsoDate) => days.filter((d): d is string => d !== null && d <= asOf).sort().at(-1) ?? null;

  return {
    async load(asOf) {
      const version = policies.find((p) => day(p.createdAt) <= asOf) ?? null;
      const policy: TMerPolicy = version?.policy ?? DEFAULT_MER_POLICY;
      const obligations = await judgeObligations(db, orgId, null, policy, now, asOf);
      const planRows = await planRecords(db, orgId, null, { asOf });
      const overdueBy = new Map<string, TJudgedObligation[]>();
      for (const o of obligations) if (o.subject.type === 'plan' && o.status === 'overdue') overdueBy.set(o.subject.id, [...(overdueBy.get(o.subject.id) ?? []), o]);

      // KPI 15: a member is trained when current on every course mandatory for CMT members; with no such course, nobody is.
      const trained = (personId: string) =>
        cmtCourses.length > 0 &&
        cmtCourses.every((c) => trainingCurrency(attended.filter((a) => a.personId === personId && a.courseId === c.id).map((a) => a.heldOn), renewalMonthsOf(c, policy), asOf).status === 'current');
      const sitting = members.filter(({ m }) => m.since <= asOf && (m.until === null || m.until > asOf));
      const chair = sitting.find(({ m }) => m.isChair);
      const plans = planRows.map((p) => ({
        id: p.id,
        title: p.title,
        type: p.type as TPlanType,
        unitId: p.unitId,
        state: p.lastApprovedAt ? ('approved' as const) : ('draft' as const),
        approvedOn: p.lastApprovedAt ? day(p.lastApprovedAt) : null,
        overdue: (overdueBy.get(p.id) ?? []).some((o) => o.kind === 'plan_update' || o.kind === 'plan_approval'),
      }));
      const facts: TAssuranceFacts = {
        asOf,
        policyDocuments: docs.map((d) => ({ id: d.id, title: d.title, adoptedOn: d.adoptedOn, promulgatedOn: d.promulgatedOn, approvedByExecutiveHead: d.approvedByExecutiveHead, referencesOrms: d.referencesOrms, referencesIso22301: d.referencesIso22301 })),
        coordinators: coordinators.filter((c) => day(c.since) <= asOf).map((c) => ({ personId: c.personId ?? c.userId, name: c.fullName ?? c.userName, atRoot: c.unitId === root.id })),
        crisisTeam:
          team && teamSince! <= asOf
            ? {
                id: team.id,
                name: team.name,
                chair: chair ? { personId: chair.m.personId, name: chair.fullName, senior: chair.m.senior } : null,
                members: sitting.map(({ m, fullName }) => ({ personId: m.personId, name: fullName, role: m.role.trim() === '' ? null : m.role, entity: m.entity, trainedCurrent: trained(m.personId) })),
                expectedEntities: team.expectedEntities,
                meetings: meetings.filter((m) => m.heldOn <= asOf),
              }
            : null,
        courses: courses.filter((c) => day(c.createdAt) <= asOf).map((c) => ({ id: c.id, title: c.title, kind: c.kind as TCourseKind, mandatory: c.mandatoryFor.length > 0 })),
        sessions: sessions.filter((s) => s.heldOn <= asOf),
        merPolicy: version ? { id: version.id, inForceSince: day(version.createdAt) } : null,
        obligations: obligations.map((o) => ({ id: `${o.subject.id}:${o.kind}`, label: `${o.subject.title} (${o.kind.replaceAll('_', ' ')})`, status: o.status })),
        // The register keeps only the last assessment: one made after the day does not count for it.
        risks: riskRows
          .filter((r) => day(r.createdAt) <= asOf)
          .map((r) => ({ id: r.id, title: r.title, category: r.category as TRiskCategory, status: r.status === 'closed' ? 'closed' : 'open', assessedOn: r.lastAssessedOn !== null && r.lastAssessedOn <= asOf ? r.lastAssessedOn : null, ownerPersonId: r.ownerPersonId, treatment: r.treatment.trim() === '' ? null : r.treatment })),
        plans: plans.map(({ unitId: _u, ...p }) => p),
      };

      const approved = plans.filter((p) => p.state === 'approved');
      const approvedTypes = new Set(approved.map((p) => p.type));
      const planObligations = obligations.filter((o) => o.subject.type === 'plan');
      const tests = planObligations.filter((o) => o.kind === 'functional_test');
      const share = (list: readonly TJudgedObligation[]) => (list.length === 0 ? null : list.filter((o) => o.status !== 'overdue').length / list.length);
      const dueLastYear = actions.filter((a) => a.dueOn > addMonths(asOf, -12) && a.dueOn <= asOf);
      const concluded = reviews.filter((r) => r.status === 'concluded' && r.heldOn <= asOf).map((r) => r.heldOn);
      const adoptedDocs = docs.filter((d) => d.adoptedOn !== null && d.adoptedOn <= asOf);
      const maturityFacts: TMaturityFacts = {
        asOf,
        policyApprovedByExecutiveHead: adoptedDocs.some((d) => d.approvedByExecutiveHead),
        coordinatorDesignated: facts.coordinators.length > 0,
        biaConducted: biaApprovals.some((b) => day(b.approvedAt) <= asOf),
        riskAssessmentDone: facts.risks.some((r) => r.assessedOn !== null),
        plansLinkedToRisks: approvedVersions.some((v) => day(v.approvedAt!) <= asOf && (v.structure.riskIds?.length ?? 0) > 0),
        fieldOfficesHavePlans: approved.some((p) => FIELD_KINDS.has(unitKind.get(p.unitId) ?? '')),
        recoveryObjectivesSet: services.some((s) => s.rto !== null && day(s.createdAt) <= asOf),
        approvedPlans: approved.length,
        crisisTeamEstablished: facts.crisisTeam !== null && facts.crisisTeam.members.length >= 3 && facts.crisisTeam.chair !== null,
        responseAndRecoveryPlansApproved: (['crisis_management', 'business_continuity', 'ict_disaster_recovery'] as const).every((t) => approvedTypes.has(t)),
        lastAwarenessOn: latest(sessions.filter((s) => courses.find((c) => c.id === s.courseId)?.kind === 'awareness').map((s) => s.heldOn), asOf),
        lastExerciseOn: latest(conducted.map((e) => e.conductedOn), asOf),
        merCompliance: share(obligations),
        plansTested: share(tests),
        changeTriggeredUpdatesOverdue: planObligations.filter((o) => o.kind === 'plan_update' && o.status === 'overdue' && o.why.reason === 'change').length,
        // Nothing in the records says whether the organization works with other agencies or stayed seamless in a disruption.
        interAgencyCooperation: null,
        lastManagementReviewOn: latest(concluded, asOf),
        lastSelfAssessmentOn: latest([...coreRatings.map((r) => day(r.ratedAt)), ...maturity.filter((m) => m.rater === 'self').map((m) => m.ratedOn)], asOf),
        lastAuditOn: latest([...verifications.map((v) => day(v.verifiedAt)), ...maturity.filter((m) => m.rater === 'internal_audit' || m.rater === 'external_audit').map((m) => m.ratedOn)], asOf),
        managementReviewsInLastTwoYears: concluded.filter((d) => d > addMonths(asOf, -24)).length,
        actionsClosedOnTime: dueLastYear.length === 0 ? null : dueLastYear.filter((a) => a.closedAt !== null && day(a.closedAt) <= a.dueOn).length / dueLastYear.length,
        seamlessDuringDisruptions: null,
      };
      return { facts, maturity: maturityFacts };
    },
  };
}
