import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { seedGovernance } from '../../db/seed/demo-governance.js';
import { actorForUser } from '../auth/actor.js';

/** The demo's governance data: the board, its quarters, and procedures decided as the record says. */
let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const coordinator = { ...t.services, actor: (await actorForUser(t.services.db, f.at.bc_coordinator.userId))! };
  await seedGovernance(coordinator, { orgId: f.orgId, hqId: f.unit.hq, emailDomain: 'demo-governance.example', password: 'orms-demo-2026', passwordHash: await hashPassword('orms-demo-2026') });
});
afterAll(() => t.close());

describe('demo governance', () => {
  it('has the board with represented members, 2020 Q2 disrupted, and three procedures decided', async () => {
    const c = client(t, f.at.staff);
    const [board] = (await c.get(`/api/orgs/${f.orgId}/governance/bodies`)).body.items;
    const view = (await c.get(`/api/orgs/${f.orgId}/governance/bodies/${board.id}`)).body;
    expect(view.members).toHaveLength(5);
    expect(view.members.every((m: { representatives: unknown[] }) => m.representatives.length === 1)).toBe(true);
    const q2 = view.quarters.find((q: { quarter: string }) => q.quarter === '2020-Q2');
    expect(q2.counts).toMatchObject({ postponed: 1, cancelled: 2, virtual: 3 });
    const states = Object.fromEntries(view.procedures.map((p: { title: string; state: string }) => [p.title, p.state]));
    expect(states).toEqual({ 'Revised schedule of the annual session': 'adopted', 'Postponement of the field visit': 'silence_broken', 'Use of the reserve for the emergency response': 'closed' });
    const voteId = view.procedures.find((p: { kind: string }) => p.kind === 'written_vote').id;
    const voteView = (await c.get(`/api/orgs/${f.orgId}/governance/procedures/${voteId}`)).body;
    expect(voteView.absent.map((a: { memberName: string }) => a.memberName)).toEqual(['Viet Nam']);
    for (const p of view.procedures) expect((await c.get(`/api/orgs/${f.orgId}/governance/procedures/${p.id}/verify`)).body).toMatchObject({ chain: { ok: true }, consistent: true });
  });
});
