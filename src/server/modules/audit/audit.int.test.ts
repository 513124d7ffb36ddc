import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { verifyAuditTrail } from './audit.usecases.js';

describe('audit trail', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    const author = client(t, f.country.focal_point);
    for (const title of ['Plan A', 'Plan B', 'Plan C']) {
      await author.post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'security', title });
    }
  });
  afterAll(() => t.close());

  const run = (text: string) => t.services.db.execute(sql.raw(text));
  /** The database's own message (drizzle wraps it as the cause). */
  const failure = (text: string) =>
    run(text).then(
      () => 'succeeded',
      (err: Error & { cause?: Error }) => (err.cause ?? err).message,
    );

  it('records every mutation with actor, time and before/after', async () => {
    const { body } = await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/audit?entityType=plan`);
    expect(body.items).toHaveLength(3);
    expect(body.items[0]).toMatchObject({ action: 'plan.created', actorName: 'Test focal_point', before: null, at: t.clock.now().toISOString() });
    expect(body.items[0].after).toMatchObject({ title: 'Plan C', state: 'draft' });
  });

  it('verifies an untouched chain', async () => {
    const result = await verifyAuditTrail(t.services.db);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.checked).toBeGreaterThan(3);
  });

  it('rejects UPDATE, DELETE and TRUNCATE', async () => {
    expect(await failure(`UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 1`)).toMatch(/append-only/);
    expect(await failure(`DELETE FROM audit_log WHERE seq = 1`)).toMatch(/append-only/);
    expect(await failure(`TRUNCATE audit_log`)).toMatch(/append-only/);
  });

  it('detects a row edited or deleted behind its back', async () => {
    const [target] = (await run(`SELECT seq FROM audit_log WHERE action = 'plan.created' ORDER BY seq LIMIT 1`) as unknown as { rows: { seq: number }[] }).rows;
    const seq = Number(target!.seq);
    await run(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await run(`UPDATE audit_log SET after = jsonb_set(after, '{title}', '"Forged"') WHERE seq = ${seq}`);
    let result = await verifyAuditTrail(t.services.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq, problem: expect.stringContaining('edited') }]);

    await run(`DELETE FROM audit_log WHERE seq = ${seq}`);
    result = await verifyAuditTrail(t.services.db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.seq)).toContain(seq);
    expect(result.problems.some((p) => p.problem.includes('missing'))).toBe(true);
    await run(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
  });
});
