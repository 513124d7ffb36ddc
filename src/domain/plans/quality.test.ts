import { describe, expect, it } from 'vitest';
import { ZPlanStructure, type TPlanStructure } from '../contract/plan-structure.js';
import { planQuality, planWords, READABILITY, type TQualityInput } from './quality.js';
import { emptySections, PLAN_SECTION_KEYS } from './plan-template.js';
import { checkStructure } from './structure-rules.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const today = new Date('2026-06-15T10:00:00Z');
const full = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, 'Text.'])) as ReturnType<typeof emptySections>;

function goodStructure(): TPlanStructure {
  return ZPlanStructure.parse({
    criticalFunctions: [{ serviceId: id(1) }],
    roles: [
      { id: id(10), title: 'Lead', primaryPersonId: id(20), alternatePersonIds: [id(21)] },
      { id: id(11), title: 'Deputy', primaryPersonId: id(21), alternatePersonIds: [id(20)], calledByRoleId: id(10) },
    ],
    activationCriteria: ['Office closed'],
    recoverySteps: [{ id: id(30), phase: 'first_hour', who: id(10), does: 'Call staff' }],
    externalContacts: [{ name: 'Fire brigade', verifiedOn: '2026-03-01' }],
    scenarios: [
      { scenario: 'protracted_disruption', covered: true },
      { scenario: 'global_disruption', covered: true },
    ],
    consultations: ['medical_counselling', 'security', 'human_resources', 'ict'].map((fn) => ({ function: fn, consultedOn: '2026-05-01', withWhom: 'Someone' })),
    riskIds: [id(40)],
  });
}

function input(over: Partial<TQualityInput> = {}): TQualityInput {
  return {
    type: 'business_continuity',
    sections: full,
    structure: goodStructure(),
    services: [{ id: id(1), name: 'Payroll', rtoMinutes: 1440, mtpdMinutes: 4320 }],
    people: [
      { id: id(20), fullName: 'Ana', updatedAt: new Date('2026-05-01T00:00:00Z') },
      { id: id(21), fullName: 'Ben', updatedAt: new Date('2026-05-01T00:00:00Z') },
    ],
    unit: { ictSystems: [{ id: id(50), name: 'ERP', requiredMinutes: 1440 }], ictRecoveries: [{ dependencyId: id(50), recoveryMinutes: 720 }], hasCrisisManagementPlan: true },
    today,
    ...over,
  };
}

const statusOf = (i: TQualityInput) => Object.fromEntries(planQuality(i).map((c) => [c.code, c.status]));
const checkOf = (i: TQualityInput, code: string) => planQuality(i).find((c) => c.code === code)!;

describe('plan quality checks', () => {
  it('passes every check for a complete, current, consulted, coherent plan', () => {
    const result = planQuality(input());
    expect(result.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(result).toHaveLength(16);
  });

  it('fails on empty sections and names them', () => {
    const c = checkOf(input({ sections: { ...full, critical_functions: ' ' } }), 'sections_complete');
    expect(c).toEqual({ code: 'sections_complete', status: 'fail', params: { missing: ['critical_functions'] } });
  });

  it('fails when a critical function is no longer in the BIA, and warns when none is chosen', () => {
    expect(checkOf(input({ services: [] }), 'critical_functions_linked')).toMatchObject({ status: 'fail', params: { unlinked: 1 } });
    expect(checkOf(input({ structure: { ...goodStructure(), criticalFunctions: [] } }), 'critical_functions_linked').status).toBe('warn');
  });

  it('fails when a linked service recovers after its MTPD, warns when objectives are missing', () => {
    expect(checkOf(input({ services: [{ id: id(1), name: 'Payroll', rtoMinutes: 5000, mtpdMinutes: 4320 }] }), 'rto_within_mtpd')).toMatchObject({ status: 'fail', params: { services: ['Payroll'] } });
    expect(checkOf(input({ services: [{ id: id(1), name: 'Payroll', rtoMinutes: 4320, mtpdMinutes: 4320 }] }), 'rto_within_mtpd').status).toBe('pass');
    expect(checkOf(input({ services: [{ id: id(1), name: 'Payroll', rtoMinutes: null, mtpdMinutes: 4320 }] }), 'rto_within_mtpd').status).toBe('warn');
  });

  it('warns on roles without an alternate, fails with no roles at all', () => {
    const s = goodStructure();
    s.roles[1]!.alternatePersonIds = [];
    expect(checkOf(input({ structure: s }), 'roles_staffed')).toMatchObject({ status: 'warn', params: { roles: ['Deputy'] } });
    expect(checkOf(input({ structure: { ...s, roles: [], recoverySteps: [] } }), 'roles_staffed').status).toBe('fail');
  });

  it('flags people and contacts not confirmed within six months', () => {
    const stale = input({ people: [{ id: id(20), fullName: 'Ana', updatedAt: new Date('2025-12-14T00:00:00Z') }, { id: id(21), fullName: 'Ben', updatedAt: new Date('2025-12-16T00:00:00Z') }] });
    expect(checkOf(stale, 'people_current')).toMatchObject({ status: 'warn', params: { names: ['Ana'] } });
    const s = goodStructure();
    s.externalContacts.push({ ...s.externalContacts[0]!, name: 'Police', verifiedOn: null }, { ...s.externalContacts[0]!, name: 'Old', verifiedOn: '2025-12-14' });
    expect(checkOf(input({ structure: s }), 'contacts_current').params.names).toEqual(['Police', 'Old']);
  });

  it('fails without medical or counselling input, and warns on missing security, HR or ICT consultation', () => {
    const s = goodStructure();
    s.consultations = s.consultations.filter((c) => c.function !== 'medical_counselling' && c.function !== 'ict');
    expect(statusOf(input({ structure: s }))).toMatchObject({ medical_counselling_consulted: 'fail', consultation_coverage: 'warn' });
    expect(checkOf(input({ structure: s }), 'consultation_coverage').params.missing).toEqual(['ict']);
  });

  it('counts words of sections and steps (ideographs one by one) against the readability threshold', () => {
    expect(planWords({ ...full, critical_functions: '业务连续性 plan — ok' }, goodStructure())).toBe(7 + 5 + 2 + 2);
    const long = { ...full, critical_functions: 'word '.repeat(READABILITY.maxWords) };
    expect(checkOf(input({ sections: long }), 'plan_length')).toMatchObject({ status: 'warn', params: { max: 6000 } });
  });

  it('warns on too many steps, and on a role with more than twelve first-hour steps', () => {
    const s = goodStructure();
    s.recoverySteps = Array.from({ length: 13 }, (_, i) => ({ ...s.recoverySteps[0]!, id: id(100 + i) }));
    expect(checkOf(input({ structure: s }), 'step_count')).toMatchObject({ status: 'warn', params: { overloadedRoles: ['Lead'] } });
    s.recoverySteps = Array.from({ length: 61 }, (_, i) => ({ ...s.recoverySteps[0]!, id: id(100 + i), phase: 'first_week' as const }));
    expect(checkOf(input({ structure: s }), 'step_count')).toMatchObject({ status: 'warn', params: { steps: 61, overloadedRoles: [] } });
  });

  it('warns when protracted or global disruption is not covered, or no activation criteria', () => {
    const s = goodStructure();
    s.scenarios = [{ scenario: 'global_disruption', covered: false, notes: '' }];
    s.activationCriteria = [];
    expect(checkOf(input({ structure: s }), 'scenario_coverage').params.missing).toEqual(['protracted_disruption', 'global_disruption']);
    expect(checkOf(input({ structure: s }), 'activation_criteria').status).toBe('warn');
  });

  it('warns when the call tree does not reach every role from the first caller', () => {
    const s = goodStructure();
    s.roles[1]!.calledByRoleId = null;
    expect(checkOf(input({ structure: s }), 'call_tree')).toMatchObject({ status: 'warn', params: { unreached: ['Deputy'] } });
  });

  it('checks the ICT recovery plan against what the BIA requires of each system', () => {
    const unit = input().unit;
    expect(checkOf(input({ unit: { ...unit, ictRecoveries: [{ dependencyId: id(50), recoveryMinutes: 2880 }] } }), 'ict_recovery_meets_rto')).toMatchObject({ status: 'fail', params: { late: ['ERP'] } });
    expect(checkOf(input({ unit: { ...unit, ictRecoveries: [] } }), 'ict_recovery_meets_rto')).toMatchObject({ status: 'warn', params: { missing: ['ERP'] } });
    expect(checkOf(input({ unit: { ...unit, ictRecoveries: null } }), 'ict_recovery_meets_rto')).toMatchObject({ status: 'warn', params: { noPlan: 'true' } });
    expect(checkOf(input({ unit: { ...unit, ictSystems: [] } }), 'ict_recovery_meets_rto').status).toBe('pass');
    expect(checkOf(input({ unit: { ...unit, hasCrisisManagementPlan: false } }), 'crisis_management_plan').status).toBe('warn');
  });
});

describe('structure rules', () => {
  it('accepts a well-formed structure', () => {
    expect(checkStructure(goodStructure())).toEqual([]);
  });

  it('finds steps by unknown roles, duplicate ids, self calls and cycles', () => {
    const s = goodStructure();
    s.recoverySteps.push({ ...s.recoverySteps[0]!, id: id(30), who: id(99) });
    s.roles[0]!.calledByRoleId = id(11);
    const issues = checkStructure(s).map((i) => i.path);
    expect(issues).toEqual(expect.arrayContaining(['recoverySteps.1.id', 'recoverySteps.1.who']));
    expect(issues.filter((p) => p.endsWith('calledByRoleId'))).toHaveLength(1);
    s.roles[0]!.calledByRoleId = id(10);
    expect(checkStructure(s).map((i) => i.path)).toContain('roles.0.calledByRoleId');
  });
});
