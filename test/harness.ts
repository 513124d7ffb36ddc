import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/server/app.js';
import { manualClock } from '../src/server/clock.js';
import type { Services } from '../src/server/context.js';
import { openDatabase, type Database } from '../src/server/db/database.js';

/**
 * One application on a fresh database per test file: in-memory PGlite, or a new database
 * on the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards).
 */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: Services;
  clock: ReturnType<typeof manualClock>;
  close(): Promise<void>;
}

export const TEST_START = new Date('2026-03-02T09:00:00Z');

export async function startTestApp(): Promise<TestApp> {
  const { database, dropDatabase } = await freshDatabase();
  await database.migrate();
  const clock = manualClock(TEST_START);
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await buildApp({
    database,
    clock,
    logger: log,
    secret: randomBytes(32).toString('hex'),
    publicUrl: 'http://localhost',
    rateLimit: false,
    serveWeb: false,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    services: { db: database.db, clock, log },
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

async function freshDatabase(): Promise<{ database: Database; dropDatabase: () => Promise<void> }> {
  if (process.env.ORMS_TEST_DB !== 'postgres') return { database: await openDatabase({ memory: true }), dropDatabase: async () => {} };
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('ORMS_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `orms_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    database: await openDatabase({ url: target.toString() }),
    async dropDatabase() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
