import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TActor } from '../../domain/roles.js';
import type { Clock } from '../clock.js';
import type { Ctx } from '../context.js';
import type { Db } from '../db/database.js';
import { resolveActor } from '../modules/auth/actor.js';
import type { Auth } from '../modules/auth/better-auth.js';
import { notSignedIn } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: TActor | null;
  }
}

export function toWebHeaders(req: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else headers.append(key, String(value));
  }
  return headers;
}

/** Calendar feeds carry their own secret: calendar programs sign in to nothing. */
const PUBLIC_PREFIXES = ['/api/auth/', '/api/health', '/api/openapi.json', '/api/calendar/'];

/** Resolves the caller of every /api request; routes then ask `ctxOf(req)`, which insists on one. */
export function installAuthHook(app: FastifyInstance, deps: { db: Db; auth: Auth; clock: Clock }) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const url = req.url;
    if (!url.startsWith('/api/') || PUBLIC_PREFIXES.some((p) => url.startsWith(p))) return;
    req.actor = await resolveActor(deps.db, deps.auth, deps.clock, toWebHeaders(req));
    if (!req.actor) throw notSignedIn();
  });
}

export function contextFactory(deps: { db: Db; clock: Clock }) {
  return (req: FastifyRequest): Ctx => {
    if (!req.actor) throw notSignedIn();
    return { db: deps.db, clock: deps.clock, actor: req.actor, log: req.log as unknown as Ctx['log'] };
  };
}
