import { describe, expect, it } from 'vitest';
import { emptySections, incompleteSections, PLAN_SECTION_KEYS } from './plan-template.js';

describe('standard plan template', () => {
  it('has the eight contents the review requires of a plan (Figure V)', () => {
    expect(PLAN_SECTION_KEYS).toHaveLength(8);
    expect(PLAN_SECTION_KEYS).toContain('delegation_of_authority');
    expect(PLAN_SECTION_KEYS).toContain('post_incident_review');
  });

  it('counts whitespace-only sections as incomplete', () => {
    const sections = { ...emptySections(), critical_functions: 'Payroll', external_links: '  \n\t' };
    expect(incompleteSections(sections)).not.toContain('critical_functions');
    expect(incompleteSections(sections)).toContain('external_links');
    expect(incompleteSections(sections)).toHaveLength(7);
  });
});
