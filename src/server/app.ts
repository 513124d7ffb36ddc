import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import { installErrorHandler, installNotFoundHandler } from './http/error-handler.js';
import { installTextGuard } from './http/text-guard.js';
import { contextFactory, installAuthHook } from './http/request-context.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createAuth } from './modules/auth/better-auth.js';
import { actionsRoutes } from './modules/actions/actions.routes.js';
import { exercisesRoutes } from './modules/mer/exercises.routes.js';
import { calendarRoutes, merRoutes } from './modules/mer/mer.routes.js';
import { trainingRoutes } from './modules/mer/training.routes.js';
import { orgsRoutes } from './modules/orgs/orgs.routes.js';
import { biaRoutes } from './modules/bia/bia.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { risksRoutes } from './modules/risks/risks.routes.js';
import { governanceRoutes } from './modules/governance/governance.routes.js';
import { learningRoutes } from './modules/learning/learning.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { assuranceRoutes } from './modules/assurance/assurance.routes.js';
import { responseRoutes } from './modules/response/response.routes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VERSION: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const webDist = path.join(root, 'dist/web');

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface AppOptions {
  database: Database;
  clock: Clock;
  logger: Logger;
  secret: string;
  publicUrl: string;
  rateLimit?: boolean;
  /** Serve the built web UI from dist/web when it exists. */
  serveWeb?: boolean;
}

export async function buildApp(options: AppOptions) {
  const { database, clock } = options;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: process.env.ORMS_TRUST_PROXY === 'true',
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installTextGuard(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'ORMS API', version: VERSION, description: 'Organizational Resilience Management System' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
          token: { type: 'http', scheme: 'bearer', description: 'Personal API token (orms_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onSend', async (_req, reply) => {
    // Plan text is written by users: scripts may come only from ORMS itself. Styles stay
    // inline-capable because Ant Design injects its CSS at run time.
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  const auth = createAuth(database.db, { secret: options.secret, baseURL: options.publicUrl, rateLimit: options.rateLimit ?? true });
  installAuthHook(app, { db: database.db, auth, clock });
  const ctxOf = contextFactory({ db: database.db, clock });

  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }) } } },
    async () => {
      await database.db.execute('select 1');
      return { status: 'ok' as const, database: database.kind, version: VERSION };
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  authRoutes(app, auth, ctxOf);
  orgsRoutes(app, ctxOf);
  plansRoutes(app, ctxOf);
  risksRoutes(app, ctxOf);
  biaRoutes(app, ctxOf);
  merRoutes(app, ctxOf);
  exercisesRoutes(app, ctxOf);
  trainingRoutes(app, ctxOf);
  actionsRoutes(app, ctxOf);
  responseRoutes(app, ctxOf);
  learningRoutes(app, ctxOf);
  governanceRoutes(app, ctxOf);
  peopleRoutes(app, ctxOf);
  assuranceRoutes(app, ctxOf);
  calendarRoutes(app, { db: database.db, clock });
  auditRoutes(app, ctxOf);

  const serveWeb = options.serveWeb !== false && existsSync(path.join(webDist, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // Vite names assets by content hash, so they never change; index.html must always be revalidated.
      setHeaders: (res, file) =>
        res.header('cache-control', file.endsWith('.html') || file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=31536000, immutable'),
    });
  }
  installNotFoundHandler(app, { spaIndex: serveWeb });
  return app;
}
