import { ZCoreElementRatingInput, ZCrisisTeamInput, ZCrisisTeamMeetingInput, ZCrisisTeamMemberInput, ZMaturityRatingInput, ZPolicyDocumentInput } from '../../../domain/contract/assurance.js';
import { addDays, addMonths, localDate } from '../../../domain/mer/calendar.js';
import type { Ctx } from '../../context.js';
import { addCrisisTeamMember, recordCrisisTeamMeeting, saveCrisisTeam } from '../../modules/assurance/crisis-team.usecases.js';
import { createPolicyDocument, rateCoreElement } from '../../modules/assurance/framework.usecases.js';
import { rateMaturity } from '../../modules/assurance/maturity.usecases.js';

export interface AssuranceSeed {
  orgId: string;
  /** The standing team: the executive head chairs it; the others sit with a role each. */
  chair: string;
  members: { personId: string; role: string }[];
}

/**
 * The organization's framework as a coordinator would record it: the BCM policy approved by
 * the executive head, a self-assessment of the 11 core elements (not all reflected, as the
 * review found), the standing crisis management team with two meetings in the last year, and
 * two maturity ratings that disagree (the self-assessment two levels above internal audit).
 */
export async function seedAssurance(coordinator: Ctx, internalAuditor: Ctx, s: AssuranceSeed): Promise<void> {
  const today = localDate(coordinator.clock.now(), 'UTC');
  const ago = (days: number) => addDays(today, -days);
  const policy = await createPolicyDocument(
    coordinator,
    s.orgId,
    ZPolicyDocumentInput.parse({ title: 'Organizational resilience and business continuity policy', kind: 'policy', adoptedOn: addMonths(today, -26), lastUpdatedOn: ago(150), approvedByExecutiveHead: true, referencesOrms: true, referencesIso22301: true, promulgatedOn: addDays(addMonths(today, -26), 14), link: 'https://intranet.example/policies/bcm' }),
  );
  const ratings: [string, 'fully' | 'partially' | 'not_reflected', string][] = [
    ['approach_and_scope', 'fully', '§1–2'],
    ['un_standards_alignment', 'fully', '§3 (ORMS policy, ISO 22301)'],
    ['governance_structure', 'fully', '§5 and annex A'],
    ['roles_and_reporting_lines', 'partially', '§6: focal points named, reporting lines not'],
    ['integration_with_other_processes', 'partially', '§7: risk management only'],
    ['periodic_policy_review', 'fully', '§12: every two years'],
    ['lessons_learned_mechanisms', 'not_reflected', ''],
    ['training_and_awareness', 'partially', '§9'],
    ['plans_at_defined_levels', 'fully', '§10'],
    ['quality_assurance_of_unit_plans', 'not_reflected', ''],
    ['mer_requirements', 'partially', '§11: update and approval, no test cycle'],
  ];
  for (const [elementKey, rating, reflectedIn] of ratings) {
    await rateCoreElement(coordinator, s.orgId, ZCoreElementRatingInput.parse({ elementKey, rating, reflectedIn, policyDocumentId: rating === 'not_reflected' ? null : policy.id }));
  }

  await saveCrisisTeam(coordinator, s.orgId, ZCrisisTeamInput.parse({ name: 'Crisis management team', expectedEntities: [] }));
  await addCrisisTeamMember(coordinator, s.orgId, ZCrisisTeamMemberInput.parse({ personId: s.chair, role: 'Chair', isChair: true, senior: true, since: ago(400) }));
  for (const m of s.members) await addCrisisTeamMember(coordinator, s.orgId, ZCrisisTeamMemberInput.parse({ personId: m.personId, role: m.role, since: ago(400) }));
  const everyone = [s.chair, ...s.members.map((m) => m.personId)];
  await recordCrisisTeamMeeting(coordinator, s.orgId, ZCrisisTeamMeetingInput.parse({ heldOn: ago(250), attendeePersonIds: everyone, minutes: 'Annual review of the crisis management plan; call tree tested; the chair asked for an alternate to be named.' }));
  await recordCrisisTeamMeeting(coordinator, s.orgId, ZCrisisTeamMeetingInput.parse({ heldOn: ago(60), attendeePersonIds: everyone.slice(0, -1), minutes: 'Civil unrest scenario at the country office: triggers for relocation agreed.' }));

  await rateMaturity(coordinator, s.orgId, ZMaturityRatingInput.parse({ rater: 'self', level: 'integrated', justification: 'Policy, plans at every level and an annual exercise programme; management reviews the plan.', ratedOn: ago(40) }));
  await rateMaturity(internalAuditor, s.orgId, ZMaturityRatingInput.parse({ rater: 'internal_audit', level: 'planned', justification: 'Plans exist but half of them have not been tested; the crisis management plan is not approved.', ratedOn: ago(20) }));
}
