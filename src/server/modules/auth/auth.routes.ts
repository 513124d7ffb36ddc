import { z } from 'zod';
import { ZCreatedToken, ZCreateTokenRequest, ZTokenView } from '../../../domain/contract/audit.js';
import { ZId } from '../../../domain/contract/common.js';
import { toWebHeaders } from '../../http/request-context.js';
import type { App, CtxOf } from '../../http/types.js';
import type { Auth } from './better-auth.js';
import { createToken, listTokens, revokeToken } from './tokens.usecases.js';

/** better-auth answers everything under /api/auth (sign-in, sign-out, session). */
export function authRoutes(app: App, auth: Auth, ctxOf: CtxOf) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(req, reply) {
      const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
      const hasBody = req.method !== 'GET' && req.body !== undefined;
      const response = await auth.handler(
        new Request(url, { method: req.method, headers: toWebHeaders(req), body: hasBody ? JSON.stringify(req.body) : undefined }),
      );
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });

  const tags = ['me'];
  app.get('/api/me/tokens', { schema: { tags, summary: 'Your personal API tokens', response: { 200: z.object({ items: z.array(ZTokenView) }) } } }, async (req) => ({
    items: await listTokens(ctxOf(req)),
  }));
  app.post('/api/me/tokens', { schema: { tags, summary: 'Create a token; its secret is shown only in this response', body: ZCreateTokenRequest, response: { 201: ZCreatedToken } } }, async (req, reply) =>
    reply.status(201).send(await createToken(ctxOf(req), req.body)),
  );
  app.delete('/api/me/tokens/:tokenId', { schema: { tags, params: z.object({ tokenId: ZId }) } }, async (req, reply) => {
    await revokeToken(ctxOf(req), req.params.tokenId);
    return reply.status(204).send();
  });
}
