// A server under load, in its own process so the load generator does not share its CPU time.
// mode "orms": the real app on DATABASE_URL; mode "bare": a plain fastify route returning
// the given JSON from memory (the baseline).
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../src/server/app.js';
import { systemClock } from '../src/server/clock.js';
import { openDatabase } from '../src/server/db/database.js';

const [mode, arg] = process.argv.slice(2);
let app;
if (mode === 'bare') {
  const body = readFileSync(arg!, 'utf8');
  app = Fastify();
  app.get('/api/orgs/:orgId/plans/:planId', async (_req, reply) => reply.type('application/json').send(body));
} else {
  const database = await openDatabase({ url: process.env.DATABASE_URL! });
  app = await buildApp({ database, clock: systemClock, logger: pino({ level: 'warn' }), secret: 'b'.repeat(64), publicUrl: 'http://127.0.0.1', rateLimit: false, serveWeb: false });
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`PORT ${typeof address === 'object' && address ? address.port : 0}\n`);
// A clean exit on SIGTERM, so a CPU profile (BENCH_PROFILE) gets written.
process.once('SIGTERM', () => process.exit(0));
