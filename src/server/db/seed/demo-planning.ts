import { randomUUID } from 'node:crypto';
import { ZDependencyInput, ZServiceInput } from '../../../domain/contract/bia.js';
import { ZPlanStructurePatch } from '../../../domain/contract/plan-structure.js';
import { ZRiskInput } from '../../../domain/contract/risks.js';
import type { Ctx } from '../../context.js';
import { launchCampaign } from '../../modules/bia/bia.campaigns.usecases.js';
import { createDependency } from '../../modules/bia/bia.dependencies.usecases.js';
import { recordEffort } from '../../modules/bia/bia.effort.usecases.js';
import { transitionUnitBia } from '../../modules/bia/bia.lifecycle.usecases.js';
import { createService } from '../../modules/bia/bia.services.usecases.js';
import { createRisk } from '../../modules/risks/risks.usecases.js';

const H = 60;
const D = 24 * H;

/** The BIA of a country office, light but real: services, what they depend on, and the gaps that follow. */
export async function seedCountryBia(focalPoint: Ctx, coordinator: Ctx, orgId: string, unitId: string, city: string) {
  const dependency = async (input: Record<string, unknown>) => (await createDependency(focalPoint, orgId, ZDependencyInput.parse({ unitId, ...input }))).id;
  const erp = await dependency({ name: 'Finance and payroll system (ERP)', achievedMinutes: 3 * D, details: { kind: 'ict_system', owner: 'Regional ICT officer', hosting: 'Regional data centre', testedAt: null } });
  const mail = await dependency({ name: 'E-mail and collaboration (cloud)', achievedMinutes: 4 * H, details: { kind: 'ict_system', owner: 'Headquarters ICT', hosting: 'Cloud' } });
  const bank = await dependency({ name: 'Partner bank — payments', achievedMinutes: D, details: { kind: 'supplier', contact: 'Relationship manager, +256 414 000 000', contractReference: 'LTA-2024-117', contractedRecoveryMinutes: D } });
  const office = await dependency({ name: `${city} office premises`, achievedMinutes: 3 * D, details: { kind: 'facility', address: city, alternateSite: 'Sub-office, or hotel conference room under standby agreement', alternateCapacity: 25 } });
  const finance = await dependency({ name: 'Finance officers', achievedMinutes: D, details: { kind: 'key_role', minimumStaff: 2 } });
  const records = await dependency({ name: 'Beneficiary registration records', details: { kind: 'vital_record', location: 'Registration database, copies in the regional office', backup: 'Nightly', recoveryPointMinutes: D } });

  const service = async (input: Record<string, unknown>) => (await createService(focalPoint, orgId, ZServiceInput.parse({ unitId, ...input }))).id;
  const cash = await service({
    name: 'Cash transfers to registered households',
    priority: 1,
    impacts: { mandate_delivery: [2, 3, 4, 5, 5, 5], beneficiaries_partners: [2, 4, 5, 5, 5, 5], reputational: [1, 2, 3, 4, 4, 5] },
    rtoMinutes: 12 * H,
    rpoMinutes: D,
    minimumServiceLevels: [
      { afterMinutes: D, percent: 50 },
      { afterMinutes: 7 * D, percent: 100 },
    ],
    peakPeriods: [{ label: 'Lean season', from: '04-01', to: '08-31' }],
    dependencyIds: [erp, bank, records, finance],
  });
  const security = await service({
    name: 'Staff safety and security communications',
    priority: 1,
    impacts: { staff_safety_wellbeing: [4, 5, 5, 5, 5, 5] },
    rtoMinutes: 2 * H,
    rpoMinutes: 0,
    dependencyIds: [mail],
  });
  const payroll = await service({
    name: 'Payroll for national staff',
    priority: 2,
    impacts: { financial: [1, 1, 2, 3, 4, 5], staff_safety_wellbeing: [1, 1, 2, 2, 3, 4], legal_compliance: [1, 1, 1, 2, 3, 4] },
    rtoMinutes: 5 * D,
    rpoMinutes: D,
    dependencyIds: [erp, bank, finance],
  });
  const logistics = await service({
    name: 'Food distribution logistics',
    priority: 3,
    impacts: { mandate_delivery: [1, 2, 3, 4, 5, 5], beneficiaries_partners: [1, 2, 3, 4, 5, 5] },
    rtoMinutes: 3 * D,
    dependencyIds: [office],
  });
  await recordEffort(focalPoint, orgId, { unitId, campaignId: null, hours: 6.5, externalCost: 0, currency: 'USD', note: 'Two workshops with programme, finance and ICT staff' });
  await transitionUnitBia(focalPoint, orgId, unitId, 'submit');
  await transitionUnitBia(coordinator, orgId, unitId, 'approve');
  return { services: { cash, security, payroll, logistics }, dependencies: { erp, mail, bank, office, finance, records } };
}

export async function seedCampaign(coordinator: Ctx, orgId: string, rootUnitId: string, dueDate: string) {
  await launchCampaign(coordinator, orgId, {
    rootUnitId,
    title: 'Business impact analysis 2026',
    instructions: 'Every office records its services, how soon their loss becomes intolerable, the recovery time it needs and what each depends on. Start with the light form; the coordinator reviews each BIA before approval.',
    dueDate,
  });
}

/** A register mixing disruption risks with others; the warehouse flood is left for no plan to answer. */
export async function seedRisks(riskOfficer: Ctx, orgId: string, unitId: string, ownerId: string, services: { cash: string; payroll: string; logistics: string; security: string }, assessedOn: string) {
  const risk = async (input: Record<string, unknown>) => (await createRisk(riskOfficer, orgId, ZRiskInput.parse({ unitId, ownerPersonId: ownerId, lastAssessedOn: assessedOn, ...input }))).id;
  return {
    unrest: await risk({ reference: 'R-001', title: 'Civil unrest around elections', category: 'security', likelihood: 3, impact: 4, treatment: 'reduce', treatmentPlan: 'Hibernation and relocation arrangements; movement restrictions', serviceIds: [services.security, services.logistics] }),
    ransomware: await risk({ reference: 'R-002', title: 'Ransomware on the finance system', category: 'ict_disaster_recovery', likelihood: 3, impact: 5, treatment: 'reduce', treatmentPlan: 'Offline backups, tested restore', serviceIds: [services.cash, services.payroll] }),
    cholera: await risk({ reference: 'R-003', title: 'Cholera outbreak in the operational area', category: 'medical', likelihood: 2, impact: 4, treatment: 'reduce', treatmentPlan: 'Medical kit, staff counselling, remote work' }),
    bank: await risk({ reference: 'R-004', title: 'Partner bank unable to pay out', category: 'business_continuity', likelihood: 2, impact: 4, treatment: 'transfer', treatmentPlan: 'Second bank under standby agreement', serviceIds: [services.cash] }),
    flood: await risk({ reference: 'R-005', title: 'Flooding of the main warehouse', category: 'natural_hazard', likelihood: 3, impact: 3, treatment: 'reduce', treatmentPlan: 'Raised pallets; alternate warehouse to identify', serviceIds: [services.logistics] }),
    funding: await risk({ reference: 'R-006', title: 'Funding shortfall in the second half', category: 'financial', likelihood: 3, impact: 3, treatment: 'accept' }),
  };
}

/** Roles, steps and links of the country business continuity plan: what its action cards are made of. */
export function countryPlanStructure(people: { head: string; focal: string; finance: string; ict: string; alternates: string[] }, services: { cash: string; security: string; payroll: string }, risks: string[], today: string) {
  const head = randomUUID();
  const focal = randomUUID();
  const finance = randomUUID();
  const ict = randomUUID();
  const step = (phase: string, who: string, does: string, rest: Record<string, string> = {}) => ({ id: randomUUID(), phase, who, does, ...rest });
  return ZPlanStructurePatch.parse({
    criticalFunctions: [
      { serviceId: services.security, note: 'Within 2 hours' },
      { serviceId: services.cash, note: 'Within 12 hours; 50% of households within a day' },
      { serviceId: services.payroll, note: 'Within 5 days' },
    ],
    roles: [
      { id: head, title: 'Head of office (crisis lead)', responsibilities: 'Activates the plan, chairs the country crisis team, decides relocation.', primaryPersonId: people.head, alternatePersonIds: [people.alternates[0]!], calledByRoleId: null },
      { id: focal, title: 'BC focal point', responsibilities: 'Runs the call tree, keeps the log, tracks recovery against the BIA.', primaryPersonId: people.focal, alternatePersonIds: [people.alternates[1]!], calledByRoleId: head },
      { id: finance, title: 'Finance lead', responsibilities: 'Keeps payments to households and staff going.', primaryPersonId: people.finance, alternatePersonIds: [people.alternates[2]!], calledByRoleId: focal },
      { id: ict, title: 'ICT lead', responsibilities: 'Restores connectivity and the finance system, or switches to the fallback.', primaryPersonId: people.ict, alternatePersonIds: [people.alternates[3]!], calledByRoleId: focal },
    ],
    activationCriteria: ['Office inaccessible for more than 4 hours', 'Finance system down for more than 12 hours', 'Security phase raised for the duty station'],
    recoverySteps: [
      step('first_hour', head, 'Confirm staff safety with the security focal point', { what: 'Headcount of all staff and dependants', how: 'Call tree and SMS check-in' }),
      step('first_hour', focal, 'Activate the call tree', { what: 'All team leads', when: 'Within 30 minutes of activation', how: 'Phone, then SMS' }),
      step('first_hour', ict, 'Switch e-mail and files to the cloud fallback', { where: 'Remote', how: 'Runbook ICT-03' }),
      step('first_day', finance, 'Pay registered households through the standby bank', { what: 'Cash transfer batch of the week', where: 'Alternate site', how: 'Signed paper instruction with two signatories' }),
      step('first_day', head, 'Brief the regional director and staff', { what: 'Situation, decisions, next update', how: 'Call and written update' }),
      step('first_week', finance, 'Run national staff payroll offline if the ERP is still down', { how: 'Last approved payroll, variations on paper' }),
      step('first_week', ict, 'Restore the finance system from offline backup', { where: 'Regional data centre' }),
    ],
    resources: [{ name: 'Satellite phones', quantity: '3', location: 'Security room, and one at the sub-office' }],
    externalContacts: [
      { name: 'UNDSS security operations', organization: 'UN Department of Safety and Security', purpose: 'Security clearance and advisories', phone: '+256 414 000 111', verifiedOn: today },
      { name: 'Partner bank relationship manager', organization: 'Partner bank', purpose: 'Payment instructions', phone: '+256 414 000 000', verifiedOn: today },
    ],
    workingArrangements: [
      { kind: 'remote_work', description: 'Staff work from home with laptops and mobile data for up to four weeks' },
      { kind: 'alternate_site', description: 'Sub-office takes critical functions; hotel conference room under standby agreement', capacity: 25 },
    ],
    scenarios: [
      { scenario: 'loss_of_premises', covered: true },
      { scenario: 'loss_of_ict', covered: true },
      { scenario: 'security_incident', covered: true },
      { scenario: 'pandemic', covered: true, notes: 'Remote work and staff support as in 2020–2022' },
      { scenario: 'protracted_disruption', covered: false },
    ],
    consultations: [
      { function: 'security', consultedOn: today, withWhom: 'Field security associate' },
      { function: 'human_resources', consultedOn: today, withWhom: 'HR associate' },
      { function: 'ict', consultedOn: today, withWhom: 'Regional ICT officer' },
      { function: 'medical_counselling', consultedOn: today, withWhom: 'UN clinic doctor and staff counsellor' },
    ],
    riskIds: risks,
  });
}
