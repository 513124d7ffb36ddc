import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

describe('plan workflow: draft → in review → approved → superseded', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());

  it('walks a country-office plan through review, return, approval and revision', async () => {
    const author = client(t, f.country.focal_point);
    const reviewer = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/plans`;

    const created = await author.post(base, { unitId: f.unit.country, type: 'business_continuity', title: 'Country BCP', language: 'fr' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', versionNumber: 1, approvedVersionNumber: null, language: 'fr' });
    expect(created.body.incompleteSections).toEqual([...PLAN_SECTION_KEYS]);
    expect(created.body.allowedActions).toEqual({ edit: true, submit: true, return: false, approve: false, revise: false });
    const planId = created.body.id;

    // An incomplete plan cannot be submitted; the response names the empty sections.
    const early = await author.post(`${base}/${planId}/submit`);
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('plans.incomplete');
    expect(early.body.error.issues.map((i: { path: string }) => i.path)).toContain('sections.critical_functions');

    const edited = await author.patch(`${base}/${planId}`, { sections: fullSections });
    expect(edited.status).toBe(200);
    expect(edited.body.incompleteSections).toEqual([]);

    expect((await author.post(`${base}/${planId}/submit`, { comment: 'Please review' })).body.state).toBe('in_review');
    // In review nothing can be edited, and the author cannot approve.
    expect((await author.patch(`${base}/${planId}`, { title: 'Changed' })).status).toBe(409);
    expect((await author.post(`${base}/${planId}/approve`)).status).toBe(403);

    // Returning requires a comment.
    expect((await reviewer.post(`${base}/${planId}/return`, {})).status).toBe(400);
    const returned = await reviewer.post(`${base}/${planId}/return`, { comment: 'Name an alternate for the crisis lead.' });
    expect(returned.body.state).toBe('draft');
    expect(returned.body.reviews.at(-1)).toMatchObject({ action: 'return', comment: 'Name an alternate for the crisis lead.' });

    await author.patch(`${base}/${planId}`, { sections: { roles_and_responsibilities: 'Crisis lead: Head of Office; alternate: Deputy Head.' } });
    await author.post(`${base}/${planId}/submit`);
    const approved = await reviewer.post(`${base}/${planId}/approve`, { comment: 'Good.' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', versionNumber: 1, approvedVersionNumber: 1 });
    expect(approved.body.approvedAt).toBe(t.clock.now().toISOString());
    // Approved versions are frozen.
    expect((await author.patch(`${base}/${planId}`, { title: 'Changed' })).status).toBe(409);

    const revision = await author.post(`${base}/${planId}/revise`);
    expect(revision.body).toMatchObject({ state: 'draft', versionNumber: 2, approvedVersionNumber: 1 });
    await author.patch(`${base}/${planId}`, { title: 'Country BCP 2027', sections: { critical_functions: 'Payroll within 5 days.' } });
    await author.post(`${base}/${planId}/submit`);
    const second = await reviewer.post(`${base}/${planId}/approve`);
    expect(second.body).toMatchObject({ state: 'approved', versionNumber: 2, approvedVersionNumber: 2 });

    const versions = await author.get(`${base}/${planId}/versions`);
    expect(versions.body.items.map((v: { versionNumber: number; state: string }) => [v.versionNumber, v.state])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    const v1 = await author.get(`${base}/${planId}/versions/1`);
    expect(v1.body.sections.critical_functions).toBe('Text for critical_functions.');

    const diff = await author.get(`${base}/${planId}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    const critical = diff.body.sections.find((s: { key: string }) => s.key === 'critical_functions');
    expect(critical.changed).toBe(true);
    expect(critical.parts).toContainEqual({ kind: 'added', text: expect.stringContaining('Payroll') });
    expect(diff.body.sections.find((s: { key: string }) => s.key === 'external_links').changed).toBe(false);

    const history = await author.get(`/api/orgs/${f.orgId}/audit?entityType=plan&entityId=${planId}`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'plan.created',
      'plan.updated',
      'plan.submitted',
      'plan.returned',
      'plan.updated',
      'plan.submitted',
      'plan.approved',
      'plan.revision_opened',
      'plan.updated',
      'plan.submitted',
      'plan.approved',
    ]);
  });

  it('does not let the submitter approve their own plan', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/plans`;
    const { body: plan } = await coordinator.post(base, { unitId: f.unit.hq, type: 'crisis_management', title: 'HQ CMP' });
    await coordinator.patch(`${base}/${plan.id}`, { sections: fullSections });
    const submitted = await coordinator.post(`${base}/${plan.id}/submit`);
    expect(submitted.body.allowedActions.approve).toBe(false);
    const self = await coordinator.post(`${base}/${plan.id}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('plans.self_approval');
    expect((await client(t, f.at.executive).post(`${base}/${plan.id}/approve`)).body.state).toBe('approved');
  });

  it('filters the plan list by unit subtree, type, state and title', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const base = `/api/orgs/${f.orgId}/plans`;
    await coordinator.post(base, { unitId: f.unit.otherCountry, type: 'security', title: 'Security plan of the other office' });
    const all = await coordinator.get(base);
    expect(all.body.total).toBe(all.body.items.length);
    const other = await coordinator.get(`${base}?unitId=${f.unit.otherCountry}`);
    expect(other.body.items.map((p: { title: string }) => p.title)).toEqual(['Security plan of the other office']);
    const region = await coordinator.get(`${base}?unitId=${f.unit.region}`);
    expect(region.body.total).toBe(2);
    const regionOnly = await coordinator.get(`${base}?unitId=${f.unit.region}&subtree=false`);
    expect(regionOnly.body.total).toBe(0);
    expect((await coordinator.get(`${base}?type=security`)).body.total).toBe(1);
    expect((await coordinator.get(`${base}?state=approved`)).body.items.every((p: { state: string }) => p.state === 'approved')).toBe(true);
    expect((await coordinator.get(`${base}?q=OTHER%20office`)).body.total).toBe(1);
    expect((await coordinator.get(`${base}?q=%25`)).body.total).toBe(0);
  });

  it('shows staff only approved plans, and only in their subtree', async () => {
    const staff = client(t, f.country.staff);
    const list = await staff.get(`/api/orgs/${f.orgId}/plans`);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((p: { state: string; unitId: string }) => p.state === 'approved' && p.unitId === f.unit.country)).toBe(true);
  });
});
