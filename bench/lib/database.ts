import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/database.js';

/** A fresh database for one benchmark run: a new PostgreSQL database when BENCH_DATABASE_URL is set (dropped at the end), in-memory PGlite otherwise. */
export async function benchDatabase(): Promise<{ database: Database; url: string | null; cleanup: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) return { database: await openDatabase({ memory: true }), url: null, cleanup: async () => {} };
  const name = `orms_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    url: url.toString(),
    async cleanup() {
      await database.close().catch(() => {});
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
