// bench/api: requests per second reading one plan (GET /api/orgs/:orgId/plans/:planId, with
// a bearer token: authentication, organization scope, policy, queries, serialization) at 50
// concurrent clients, against a bare fastify route that returns the same JSON from memory.
// Needs PostgreSQL: BENCH_DATABASE_URL (the embedded database serves one process only).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { systemClock } from '../src/server/clock.js';
import { actorForUser } from '../src/server/modules/auth/actor.js';
import { createToken } from '../src/server/modules/auth/tokens.usecases.js';
import { findUserByEmail } from '../src/server/modules/auth/users.usecases.js';
import { seedDemo } from '../src/server/db/seed/demo.js';
import { listPlans } from '../src/server/modules/plans/plans.usecases.js';
import { benchDatabase } from './lib/database.js';
import { measureThroughput } from './lib/load.js';

const CONCURRENCY = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

if (!process.env.BENCH_DATABASE_URL) {
  console.error('bench/api needs BENCH_DATABASE_URL=postgres://… (a server to create a scratch database on)');
  process.exit(2);
}

function startTarget(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  // BENCH_PROFILE=dir writes a CPU profile of each target there (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/api-target.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

const { database, url, cleanup } = await benchDatabase();
const targets: ChildProcess[] = [];
try {
  await database.migrate();
  const services = { db: database.db, clock: systemClock, log: pino({ level: 'warn' }) };
  await seedDemo(services);
  const user = (await findUserByEmail(database.db, 'amina.diallo@meridian.example'))!;
  const actor = (await actorForUser(database.db, user.id))!;
  const { token } = await createToken({ ...services, actor }, { name: 'bench', expiresInDays: 1 });
  const orgId = actor.memberships[0]!.orgId;
  const plan = (await listPlans({ ...services, actor }, orgId, { subtree: true, limit: 1, offset: 0 })).items[0]!;
  const planPath = `/api/orgs/${orgId}/plans/${plan.id}`;
  const headers = { authorization: `Bearer ${token}` };

  const orms = await startTarget(['orms'], { DATABASE_URL: url! });
  targets.push(orms.child);
  const body = await (await fetch(`http://127.0.0.1:${orms.port}${planPath}`, { headers })).text();
  const bodyFile = path.join(mkdtempSync(path.join(tmpdir(), 'orms-bench-')), 'plan.json');
  writeFileSync(bodyFile, body);
  const bare = await startTarget(['bare', bodyFile], {});
  targets.push(bare.child);

  const run = async (port: number) => {
    await measureThroughput(`http://127.0.0.1:${port}${planPath}`, { concurrency: CONCURRENCY, seconds: 1, headers }); // warm-up
    return measureThroughput(`http://127.0.0.1:${port}${planPath}`, { concurrency: CONCURRENCY, seconds: SECONDS, headers });
  };
  const measured = await run(orms.port);
  const baseline = await run(bare.port);
  if (measured.failed > 0) throw new Error(`${measured.failed} requests failed`);
  console.log(`ORMS: ${measured.requestsPerSecond.toFixed(0)} req/s (${measured.ok} in ${SECONDS} s); bare fastify from memory: ${baseline.requestsPerSecond.toFixed(0)} req/s; plan JSON ${body.length} bytes`);
  const round = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      bench: 'api',
      unit: 'req/s',
      value: round(measured.requestsPerSecond),
      baseline: round(baseline.requestsPerSecond),
      ratio: Math.round((measured.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000,
      n: measured.ok,
      concurrency: CONCURRENCY,
      database: 'postgres',
    }),
  );
} finally {
  for (const child of targets) child.kill('SIGTERM');
  await cleanup();
}
