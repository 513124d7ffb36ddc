import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db/database.js';

/** The `orms` command as a user runs it, on an embedded data directory of its own. */
const bin = path.resolve('bin/orms.mjs');
let dataDir: string;
const env = () => ({ ...process.env, ORMS_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ORMS_NOW: '2026-06-01T08:00:00Z' });
const orms = (args: string[], extraEnv: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...env(), ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('orms CLI on the embedded database', { timeout: 180_000 }, () => {
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'orms-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds the demo once, and verifies the audit trail', () => {
    expect(orms(['migrate'])).toMatchObject({ code: 0, out: expect.stringContaining('pglite') });
    const seeded = orms(['seed', '--demo']);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('amina.diallo@meridian.example');
    expect(orms(['seed', '--demo']).out).toContain('already has organizations');
    const verified = orms(['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Audit trail intact: \d+ entries/);
  });

  it('creates users and tokens with clear errors on bad input', () => {
    const missingPassword = orms(['user', 'create', '--email', 'new@x.example', '--name', 'New']);
    expect(missingPassword.code).toBe(2);
    expect(missingPassword.err).toContain('ORMS_PASSWORD');
    const badEmail = orms(['user', 'create', '--email', 'not-an-email', '--name', 'New'], { ORMS_PASSWORD: 'long enough password' });
    expect(badEmail.code).toBe(2);
    expect(badEmail.err).toContain('email');
    const created = orms(['user', 'create', '--email', 'new@x.example', '--name', 'New', '--analyst'], { ORMS_PASSWORD: 'long enough password' });
    expect(created.code).toBe(0);
    expect(orms(['user', 'create', '--email', 'new@x.example', '--name', 'Again'], { ORMS_PASSWORD: 'long enough password' }).code).toBe(2);
    const token = orms(['token', 'create', '--email', 'new@x.example', '--name', 'script']);
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^orms_[A-Za-z0-9_-]{32}$/);
    expect(orms(['token', 'create', '--email', 'nobody@x.example', '--name', 'script']).code).toBe(2);
  });

  it('finds a row edited behind its back and exits 1', async () => {
    const db = await openDatabase({ dataDir });
    await db.db.execute(sql.raw(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`));
    await db.db.execute(sql.raw(`UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 5`));
    await db.close();
    const verified = orms(['audit', 'verify']);
    expect(verified.code).toBe(1);
    expect(verified.out).toContain('entry 5: content does not match its hash');
  });

  it('refuses a second process on the same data directory, at once and clearly', async () => {
    const server = spawn(process.execPath, [bin, 'serve'], { env: { ...env(), PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d) => (out += d) && out.includes('ORMS is running') && resolve());
        server.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
      });
      const started = Date.now();
      const second = orms(['audit', 'verify']);
      expect(second.code).toBe(3);
      expect(second.err).toContain('in use by another ORMS process');
      expect(second.err).toContain(String(server.pid));
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // The lock is released on a clean stop.
    expect(orms(['migrate']).code).toBe(0);
  });
});
