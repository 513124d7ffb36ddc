/**
 * The 28 ORMS KPIs (review, Annex XI) as versioned reference data. Each carries the criterion
 * a rating must meet, so that "fully" means the same in every organization (para 95–102), and
 * says whether ORMS derives it from records or it is rated by hand with evidence.
 */
export const KPI_COMPONENTS = ['policy', 'governance', 'mer', 'risk_management', 'planning'] as const;
export type TKpiComponent = (typeof KPI_COMPONENTS)[number];

export interface TKpiCriteria {
  fully: string;
  partially: string;
  not_completed: string;
}

export interface TKpiDefinition {
  number: number;
  key: string;
  component: TKpiComponent;
  /** True when a rule in kpi-rules.ts derives it; otherwise a person rates it and names the evidence. */
  derived: boolean;
  criteria: TKpiCriteria;
}

const plan = (number: number, key: string, what: string): TKpiDefinition => ({
  number,
  key,
  component: 'planning',
  derived: true,
  criteria: {
    fully: `An approved ${what} whose approval is less than 12 months old.`,
    partially: `A ${what} exists but is not approved, or its approval is more than 12 months old.`,
    not_completed: `No ${what}.`,
  },
});

export const KPI_CATALOGUE_VERSION = '2021-annex-xi/1';

export const KPI_CATALOGUE: readonly TKpiDefinition[] = [
  { number: 1, key: 'policy_developed', component: 'policy', derived: true, criteria: { fully: 'A policy document adopted and approved by the executive head.', partially: 'A policy document exists but is not approved by the executive head.', not_completed: 'No policy document.' } },
  { number: 2, key: 'policy_promulgated', component: 'policy', derived: true, criteria: { fully: 'The adopted policy was promulgated and an awareness activity was held in the last 12 months.', partially: 'Promulgated, or an awareness activity in the last 12 months, but not both.', not_completed: 'Neither.' } },
  { number: 3, key: 'policy_integrates_planning_tools', component: 'policy', derived: false, criteria: { fully: 'The policy names every plan of the suite and how they relate, citing the clause.', partially: 'The policy names some of the plans.', not_completed: 'The policy does not address the planning tools.' } },
  { number: 4, key: 'policy_harmonized', component: 'policy', derived: true, criteria: { fully: 'An adopted policy document references the ORMS policy.', partially: 'It references ISO 22301 or another standard but not the ORMS policy.', not_completed: 'No reference to a standard.' } },
  { number: 5, key: 'programme_owner', component: 'governance', derived: true, criteria: { fully: 'A business continuity coordinator is designated for the whole organization.', partially: 'Coordinators are designated only for parts of the organization.', not_completed: 'No coordinator designated.' } },
  { number: 6, key: 'crisis_structure_established', component: 'governance', derived: true, criteria: { fully: 'A crisis management team is recorded with at least three members and a chair.', partially: 'A team is recorded but has fewer than three members or no chair.', not_completed: 'No crisis management team recorded.' } },
  { number: 7, key: 'senior_chair', component: 'governance', derived: true, criteria: { fully: 'The chair is a senior official.', partially: 'A chair is named who is not a senior official.', not_completed: 'No chair.' } },
  { number: 8, key: 'roles_defined', component: 'governance', derived: true, criteria: { fully: 'Every member of the crisis management team has a defined role.', partially: 'Some members have a defined role.', not_completed: 'No member has a defined role.' } },
  { number: 9, key: 'entities_included', component: 'governance', derived: true, criteria: { fully: 'Every entity expected at the table is represented.', partially: 'Some of the expected entities are represented.', not_completed: 'None of the expected entities is represented.' } },
  { number: 10, key: 'structure_meets', component: 'governance', derived: true, criteria: { fully: 'At least two meetings in the last 12 months.', partially: 'One meeting in the last 12 months.', not_completed: 'No meeting in the last 12 months.' } },
  { number: 11, key: 'training_programme', component: 'mer', derived: true, criteria: { fully: 'A course is mandatory for at least one function.', partially: 'Courses exist but none is mandatory.', not_completed: 'No course.' } },
  { number: 12, key: 'awareness_materials', component: 'mer', derived: true, criteria: { fully: 'An awareness activity is defined and was held in the last 12 months.', partially: 'An awareness activity is defined but was not held in the last 12 months.', not_completed: 'No awareness activity defined.' } },
  { number: 13, key: 'training_frequency', component: 'mer', derived: true, criteria: { fully: 'Every mandatory course had a session in the last 12 months.', partially: 'Some mandatory courses had a session in the last 12 months.', not_completed: 'No session in the last 12 months.' } },
  { number: 14, key: 'mer_programme', component: 'mer', derived: true, criteria: { fully: 'An ME&R policy is in force and at least 90% of obligations are not overdue.', partially: 'An ME&R policy is in force and at least 50% of obligations are not overdue.', not_completed: 'No ME&R policy, or fewer than 50% of obligations met.' } },
  { number: 15, key: 'crisis_structure_trained', component: 'mer', derived: true, criteria: { fully: 'At least 90% of crisis management team members are current on their mandatory training.', partially: 'At least 50%.', not_completed: 'Fewer than 50%, or no member.' } },
  { number: 16, key: 'risk_assessment_documented', component: 'risk_management', derived: true, criteria: { fully: 'The risk register holds assessed risks.', partially: 'The register holds risks none of which is assessed.', not_completed: 'No risk recorded.' } },
  { number: 17, key: 'risk_assessment_annual', component: 'risk_management', derived: true, criteria: { fully: 'The latest assessment is less than 12 months old.', partially: 'The latest assessment is 12 to 24 months old.', not_completed: 'No assessment in the last 24 months.' } },
  { number: 18, key: 'risk_assessment_coverage', component: 'risk_management', derived: true, criteria: { fully: 'Open risks cover security, medical, ICT disaster recovery and business continuity.', partially: 'Some of those four categories are covered.', not_completed: 'None of them.' } },
  { number: 19, key: 'risks_treated', component: 'risk_management', derived: true, criteria: { fully: 'Every open risk has an owner and a treatment.', partially: 'At least half of the open risks have both.', not_completed: 'Fewer than half, or no open risk.' } },
  plan(20, 'security_plan', 'security plan'),
  plan(21, 'crisis_management_plan', 'crisis management plan'),
  plan(22, 'business_continuity_plan', 'business continuity plan'),
  plan(23, 'ict_disaster_recovery_plan', 'ICT disaster recovery plan'),
  plan(24, 'crisis_communications_plan', 'crisis communications plan'),
  plan(25, 'mass_casualty_plan', 'mass casualty incident response plan'),
  plan(26, 'staff_support_plan', 'staff support plan'),
  { number: 27, key: 'plans_harmonized', component: 'planning', derived: false, criteria: { fully: 'The plans of the suite refer to one another consistently (roles, triggers, contacts), shown by a review record.', partially: 'Some plans are aligned.', not_completed: 'The plans were written independently.' } },
  { number: 28, key: 'plan_review_frequency', component: 'planning', derived: true, criteria: { fully: 'At least 90% of plans are not overdue for update or approval.', partially: 'At least 50%.', not_completed: 'Fewer than 50%, or no plan.' } },
];

export const kpiByNumber = (number: number) => KPI_CATALOGUE.find((k) => k.number === number);
