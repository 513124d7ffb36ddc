import type { TPlanSections } from '../../../domain/plans/plan-template.js';

/** Plausible, short plan text for a unit: the review found long plans go unread (para 57). */
export function demoSections(unitName: string, city: string): TPlanSections {
  return {
    delegation_of_authority:
      `The Head of the ${unitName} leads the response. If unavailable, authority passes to the Deputy Head, then to the Operations Manager.\n\n` +
      `- Delegated authority covers spending up to USD 50,000 and relocation of staff within the country.\n- Delegation starts when the plan is activated and ends at deactivation.`,
    roles_and_responsibilities:
      `| Role | Primary | Alternate |\n|---|---|---|\n| Crisis lead | Head of Office | Deputy Head |\n| Staff accountability | HR Associate | Administrative Officer |\n| ICT continuity | ICT Assistant | Regional ICT Officer |\n| Communications | Communications Officer | Head of Office |`,
    external_links:
      `- UN Department of Safety and Security (DSS) security cell in ${city}\n- Host government emergency management authority\n- Resident Coordinator's Office and the inter-agency security management team\n- Landlord and building management (24/7 number in the contact list)`,
    resource_requirements:
      `- Alternate site: partner agency compound, 12 desks, reserved under a standing agreement\n- 10 laptops with VPN, 4 satellite phones, 2 generators with 72 hours of fuel\n- Emergency cash float for 30 days of operations`,
    incident_identification:
      `Any staff member who becomes aware of an incident informs the Head of Office or the duty officer at once by phone. ` +
      `The Head of Office assesses within 1 hour and reports to the regional office and the BC coordinator using the incident report form.`,
    critical_functions:
      `1. Staff safety and accountability — within 4 hours\n2. Emergency cash and payments to partners — within 1 day\n3. Beneficiary assistance pipeline — within 3 days\n4. Donor reporting — within 2 weeks`,
    activation_and_deactivation:
      `**Activate** when the office cannot be used for more than 4 hours, when more than 30% of staff are unavailable, or on instruction of the regional office.\n\n` +
      `**Deactivate** when critical functions are running normally for 48 hours; the Head of Office records the decision in the crisis log.`,
    post_incident_review:
      `Within 30 days of deactivation, the Head of Office runs an after-action review with the crisis team. Findings become remedial actions with owners and due dates, and lessons are shared with the BC coordinator.`,
  };
}
