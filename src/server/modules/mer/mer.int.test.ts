import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

const DAY = 86_400_000;
const fullSections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `Text for ${k}.`]));

let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
});
afterAll(() => t.close());

const org = () => `/api/orgs/${f.orgId}`;
const policy = { periodMonths: { plan_update: 6, plan_approval: 12, functional_test: 12, awareness_plan: 12, training_currency: 24 }, graceDays: 7, dueSoonDays: 30, changeTriggers: ['focal_point_changed', 'unit_restructured'] };

describe('ME&R policy', () => {
  it('starts from the defaults, and the coordinator at the root sets versions of it', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const initial = await coordinator.get(`${org()}/mer/policy`);
    expect(initial.body).toMatchObject({ versionNumber: 0, setAt: null, policy: { periodMonths: { plan_update: 6, plan_approval: 12 } }, allowedActions: { edit: true } });
    const set = await coordinator.put(`${org()}/mer/policy`, policy);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ versionNumber: 1, policy, setByName: 'Test bc_coordinator' });
    const again = await coordinator.put(`${org()}/mer/policy`, { ...policy, graceDays: 0 });
    expect(again.body.history.map((h: { versionNumber: number }) => h.versionNumber)).toEqual([2, 1]);
    const trail = await coordinator.get(`${org()}/audit?entityType=mer_policy`);
    expect(trail.body.items[0]).toMatchObject({ action: 'mer_policy.set', after: { versionNumber: 2, graceDays: 0 } });
    await coordinator.put(`${org()}/mer/policy`, policy);
  });

  it('is set only by the coordinator at the root; every member reads it', async () => {
    const before = await snapshotCounts(t);
    expect((await client(t, f.at.focal_point).put(`${org()}/mer/policy`, policy)).status).toBe(403);
    expect((await client(t, f.country.bc_coordinator).put(`${org()}/mer/policy`, policy)).status).toBe(403);
    expect((await client(t, f.at.staff).put(`${org()}/mer/policy`, policy)).status).toBe(403);
    expect((await client(t, f.at.staff).get(`${org()}/mer/policy`)).body.versionNumber).toBe(3);
    expect((await client(t, f.country.focal_point).get(`${org()}/mer/policy`)).body.allowedActions.edit).toBe(false);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('refuses a policy with an impossible period, naming the field', async () => {
    const res = await client(t, f.at.bc_coordinator).put(`${org()}/mer/policy`, { ...policy, periodMonths: { ...policy.periodMonths, plan_update: 0 } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('body.periodMonths.plan_update');
  });
});

describe('plan obligations', () => {
  it('follow approvals, edits and changes, each explained, as of any day', async () => {
    const author = client(t, f.country.focal_point);
    const plan = (await author.post(`${org()}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: 'Country BCP' })).body;
    const of = async (query = '') => (await client(t, f.at.bc_coordinator).get(`${org()}/mer/obligations?unitId=${f.unit.country}${query}`)).body.items.filter((i: { subject: { id: string } }) => i.subject.id === plan.id);

    // A new plan must be approved now; it was just written, so it is up to date.
    const fresh = await of();
    expect(fresh.find((o: { kind: string }) => o.kind === 'plan_approval')).toMatchObject({ status: 'due', why: { reason: 'never_done' } });
    expect(fresh.find((o: { kind: string }) => o.kind === 'plan_update')).toMatchObject({ status: 'done' });

    await author.patch(`${org()}/plans/${plan.id}`, { sections: fullSections });
    await author.post(`${org()}/plans/${plan.id}/submit`);
    await client(t, f.at.executive).post(`${org()}/plans/${plan.id}/approve`);
    t.clock.advance(380 * DAY);
    const late = await of();
    const approval = late.find((o: { kind: string }) => o.kind === 'plan_approval');
    expect(approval).toMatchObject({ status: 'overdue', dueOn: '2027-03-02', daysLate: 15, why: { reason: 'periodic', lastDoneOn: '2026-03-02', periodMonths: 12 } });
    expect(approval.explanation).toBe('plan approval: last done 2026-03-02, every 12 months; due 2027-03-02, 15 days overdue');
    // As of an earlier day, the same records give an earlier verdict.
    expect((await of('&asOf=2026-12-01')).find((o: { kind: string }) => o.kind === 'plan_approval')).toMatchObject({ status: 'done' });
    expect((await of('&status=overdue')).map((o: { kind: string }) => o.kind).sort()).toEqual(['functional_test', 'plan_approval', 'plan_update']);
  });

  it('make an update due the day the focal point changes', async () => {
    const author = client(t, f.at.focal_point);
    const plan = (await author.post(`${org()}/plans`, { unitId: f.unit.otherCountry, type: 'security', title: 'Security plan' })).body;
    t.clock.advance(10 * DAY);
    const grant = await client(t, f.at.bc_coordinator).post(`${org()}/role-assignments`, { userId: f.at.staff.userId, role: 'focal_point', unitId: f.unit.otherCountry });
    expect(grant.status).toBe(201);
    const day = new Date(t.clock.now()).toISOString().slice(0, 10);
    t.clock.advance(20 * DAY);
    const items = (await client(t, f.at.bc_coordinator).get(`${org()}/mer/obligations?unitId=${f.unit.otherCountry}&subtree=false`)).body.items;
    expect(items.find((o: { subject: { id: string }; kind: string }) => o.subject.id === plan.id && o.kind === 'plan_update')).toMatchObject({
      status: 'overdue',
      dueOn: day,
      why: { reason: 'change', trigger: 'focal_point_changed', on: day },
    });
  });

  it('show only the units the caller follows', async () => {
    const country = await client(t, f.country.focal_point).get(`${org()}/mer/obligations`);
    expect(country.status).toBe(200);
    expect(new Set(country.body.items.map((i: { unitId: string }) => i.unitId))).toEqual(new Set([f.unit.country]));
    expect((await client(t, f.country.focal_point).get(`${org()}/mer/obligations?unitId=${f.unit.otherCountry}`)).status).toBe(404);
    expect((await client(t, f.at.governing_body_reader).get(`${org()}/mer/obligations`)).body.items).toEqual([]);
  });
});
