import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { verifySignature } from './signing.js';

export interface TStubMessage {
  id: string;
  key: string;
  to: string;
  from: string;
  body: string;
  channel: string;
}

/**
 * A local SMS/voice gateway with the contract of `httpGatewayChannel`: verifies the
 * signature, accepts each `Idempotency-Key` once (a repeat answers the original id and is
 * not delivered again), and keeps what it delivered. For tests, benches and development.
 */
export async function startGatewayStub(secret: string) {
  const delivered: TStubMessage[] = [];
  const byKey = new Map<string, string>();
  let failWith: number | null = null;
  let requests = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      const body = Buffer.concat(chunks).toString('utf8');
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (req.method !== 'POST' || req.url !== '/messages') return reply(404, { error: 'not found' });
      // Signature freshness is between two machines' wall clocks, not ORMS's business clock (ORMS_NOW).
      // eslint-disable-next-line no-restricted-syntax
      const check = verifySignature(secret, req.headers['x-signature'] as string | undefined, body, Date.now());
      if (!check.ok) return reply(401, { error: `signature ${check.reason}` });
      if (failWith !== null) return reply(failWith, { error: 'stub told to fail' });
      const key = String(req.headers['idempotency-key'] ?? '');
      const seen = byKey.get(key);
      if (seen) return reply(200, { id: seen, status: 'queued', duplicate: true });
      let parsed: { to?: string; from?: string; body?: string; channel?: string };
      try {
        parsed = JSON.parse(body);
      } catch {
        return reply(400, { error: 'invalid JSON' });
      }
      if (!parsed.to || !/^\+[1-9]\d{6,14}$/.test(parsed.to)) return reply(400, { error: 'invalid number' });
      const id = `SM${randomUUID().replace(/-/g, '')}`;
      if (key) byKey.set(key, id);
      delivered.push({ id, key, to: parsed.to, from: parsed.from ?? '', body: parsed.body ?? '', channel: parsed.channel ?? 'sms' });
      reply(201, { id, status: 'queued' });
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    requests: () => requests,
    /** Answer every request with this HTTP status (null: behave). */
    failWith: (status: number | null) => (failWith = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
