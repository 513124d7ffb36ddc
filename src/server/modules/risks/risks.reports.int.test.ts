import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { createRisk, linkRisksToPlan } from './risks.test-support.js';

const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

let t: TestApp;
let f: OrgFixture;
const risk: Record<string, string> = {};
const plan: Record<string, string> = {};

async function newPlan(unitId: string, title: string, approve = false) {
  const author = client(t, f.at.plan_owner);
  const id = (await author.post(`/api/orgs/${f.orgId}/plans`, { unitId, type: 'business_continuity', title })).body.id as string;
  if (approve) {
    await author.patch(`/api/orgs/${f.orgId}/plans/${id}`, { sections: fullSections });
    await author.post(`/api/orgs/${f.orgId}/plans/${id}/submit`);
    expect((await client(t, f.at.executive).post(`/api/orgs/${f.orgId}/plans/${id}/approve`)).status).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const make = async (key: string, over: Record<string, unknown>) => (risk[key] = (await createRisk(t, f.orgId, f.at.risk_officer, { reference: key, ...over })).id);
  await make('answered-draft', { category: 'security', unitId: f.unit.country });
  await make('answered-approved', { category: 'medical', unitId: f.unit.country });
  await make('unanswered-country', { category: 'natural_hazard', unitId: f.unit.country, likelihood: 5, impact: 5 });
  await make('unanswered-other', { category: 'operational', unitId: f.unit.otherCountry });
  await make('unanswered-org', { category: 'ict_disaster_recovery', unitId: null });
  await make('strategic', { category: 'strategic', unitId: f.unit.country });
  await make('closed', { category: 'security', unitId: f.unit.country, status: 'closed' });
  plan.draft = await newPlan(f.unit.country, 'Country BCP draft');
  await linkRisksToPlan(t, plan.draft, [risk['answered-draft']!]);
  plan.approved = await newPlan(f.unit.country, 'Country BCP approved', true);
  await linkRisksToPlan(t, plan.approved, [risk['answered-approved']!]);
  plan.none = await newPlan(f.unit.country, 'Plan without risks');
  plan.stale = await newPlan(f.unit.otherCountry, 'Plan linking a deleted risk');
  await linkRisksToPlan(t, plan.stale, ['00000000-0000-4000-8000-000000000000']);
  plan.hq = await newPlan(f.unit.hq, 'HQ crisis plan', true);
  await linkRisksToPlan(t, plan.hq, [risk['strategic']!]);
});
afterAll(() => t.close());

const unanswered = async (who = f.at.bc_coordinator) => (await client(t, who).get(`/api/orgs/${f.orgId}/risks/reports/unanswered`)).body;
const withoutRisks = async (who = f.at.bc_coordinator) => (await client(t, who).get(`/api/orgs/${f.orgId}/risks/reports/plans-without-risks`)).body;

describe('report: disruption risks no plan answers', () => {
  it('lists open disruption risks no current or approved plan version lists, per unit with its plans', async () => {
    const body = await unanswered();
    const byUnit = Object.fromEntries(body.groups.map((g: { unitId: string | null; risks: { reference: string }[] }) => [g.unitId ?? 'org', g.risks.map((r) => r.reference)]));
    expect(byUnit).toEqual({ [f.unit.country]: ['unanswered-country'], [f.unit.otherCountry]: ['unanswered-other'], org: ['unanswered-org'] });
    expect(body.total).toBe(3);
    const country = body.groups.find((g: { unitId: string | null }) => g.unitId === f.unit.country);
    expect(country.plans.map((p: { title: string }) => p.title).sort()).toEqual(['Country BCP approved', 'Country BCP draft', 'Plan without risks']);
    // Organization-wide risks are shown with the plans of the top unit.
    expect(body.groups.find((g: { unitId: string | null }) => g.unitId === null).plans.map((p: { title: string }) => p.title)).toEqual(['HQ crisis plan']);
  });

  it('shows a country office only its own gaps and the organization-wide ones', async () => {
    const body = await unanswered(f.country.focal_point);
    expect(body.groups.map((g: { unitId: string | null }) => g.unitId).sort()).toEqual([f.unit.country, null].sort());
    expect((await unanswered(f.country.staff)).total).toBe(0);
  });
});

describe('report: plans written without the register', () => {
  it('lists plans whose version links no risk of the register (none, or only deleted ones)', async () => {
    const body = await withoutRisks();
    expect(body.items.map((p: { title: string }) => p.title).sort()).toEqual(['Plan linking a deleted risk', 'Plan without risks']);
  });

  it('lists only plans the caller may read; readers who see no drafts judge the version in force', async () => {
    expect((await withoutRisks(f.country.focal_point)).items.map((p: { title: string }) => p.title)).toEqual(['Plan without risks']);
    // Staff see approved plans only, and every approved plan here links a risk.
    expect((await withoutRisks(f.country.staff)).items).toEqual([]);
  });
});
