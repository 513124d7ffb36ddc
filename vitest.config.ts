import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Suites: unit (pure rules), integration over HTTP on PGlite and on PostgreSQL
 * (TEST_DATABASE_URL), and e2e in Chromium. In CI every suite is required: a missing
 * database or browser fails the run instead of skipping it.
 */
const ci = process.env.CI === 'true';
const postgresUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.ORMS_CHROMIUM ?? '/usr/bin/chromium';
const missing: string[] = [];
if (!postgresUrl) missing.push('TEST_DATABASE_URL is not set: the PostgreSQL integration suite cannot run');
if (!existsSync(chromium)) missing.push(`no browser at ${chromium} (apt-get install -y chromium): the e2e suite cannot run`);
if (ci && missing.length > 0) throw new Error(`CI requires every suite:\n- ${missing.join('\n- ')}`);
for (const m of missing) console.warn(`[orms] skipping a suite: ${m}`);

const integration = (name: string, db: string) => ({
  test: {
    name,
    include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
    // *.pglite.int.test.ts are about the embedded database itself (its lock, its data directory);
    // the export readers' suite uses no database at all: both run once, on PGlite.
    exclude: db === 'postgres' ? ['**/*.pglite.int.test.ts', 'src/server/exports/**', '**/node_modules/**'] : ['**/node_modules/**'],
    env: { ORMS_TEST_DB: db },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'] } },
      integration('int-pglite', 'pglite'),
      ...(postgresUrl ? [integration('int-postgres', 'postgres')] : []),
      ...(existsSync(chromium)
        ? [{
            // A browser on a busy 2-core machine: give polls time before calling a step failed, and
            // start only once the other suites are done (groupOrder) so the server under test is not starved.
            test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false, sequence: { groupOrder: 1 }, expect: { poll: { timeout: 20_000, interval: 100 } } },
          }]
        : []),
    ],
  },
});
