import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'orms-config-'));

  it('defaults to port 3000, the embedded database and a secret kept in the data directory', () => {
    const dir = dataDir();
    const config = loadConfig({ ORMS_DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: dir, publicUrl: 'http://localhost:3000' });
    expect(config.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({ ORMS_DATA_DIR: dir }).secret).toBe(config.secret);
  });

  it('names every wrong variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ORMS_SECRET: 'short' })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*ORMS_SECRET/);
  });
});
