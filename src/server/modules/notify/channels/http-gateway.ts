import type { TChannel } from '../../../../domain/response/audience.js';
import { mapLimited, type Channel, type TSendResult } from './channel.js';
import { signBody } from './signing.js';

/**
 * SMS and voice through a generic HTTP gateway (ADR 0014): a signed JSON POST per message,
 * `{ to, from, body, reference, channel }` to `<url>/messages`, answered `{ id, status }`,
 * with the notification key as `Idempotency-Key` (the gateway answers the original id for a
 * key it has seen, so a retry after a crash sends nothing twice). The provider is
 * configuration: URL, sender, secret.
 */
export interface TGatewayConfig {
  url: string;
  secret: string;
  from: string;
  concurrency?: number;
  timeoutMs?: number;
}

/** Reads `SMS_GATEWAY_URL`, `SMS_GATEWAY_SECRET`, `SMS_FROM`; absent URL or secret: no SMS channel. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TGatewayConfig | null {
  if (!env.SMS_GATEWAY_URL || !env.SMS_GATEWAY_SECRET) return null;
  return { url: env.SMS_GATEWAY_URL.replace(/\/$/, ''), secret: env.SMS_GATEWAY_SECRET, from: env.SMS_FROM ?? 'ORMS', concurrency: Number(env.SMS_GATEWAY_CONCURRENCY ?? 20) };
}

/** 4xx but timeouts and rate limits: the request itself is wrong (bad number), a retry will not help. */
const isPermanent = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

export function httpGatewayChannel(channel: Extract<TChannel, 'sms' | 'voice'>, config: TGatewayConfig, now: () => number = Date.now): Channel {
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    channel,
    async send(batch) {
      return mapLimited(batch, config.concurrency ?? 20, async (m): Promise<TSendResult> => {
        const body = JSON.stringify({ to: m.to, from: config.from, body: m.text, reference: m.key, channel, language: m.language });
        try {
          const res = await fetch(`${config.url}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': m.key, 'x-signature': signBody(config.secret, body, now()) },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          const text = await res.text();
          if (res.ok) {
            const id = safeId(text);
            return { key: m.key, outcome: 'accepted', ...(id ? { providerId: id } : {}) };
          }
          return { key: m.key, outcome: isPermanent(res.status) ? 'permanent_failure' : 'transient_failure', error: `HTTP ${res.status}: ${text.slice(0, 300)}` };
        } catch (error) {
          return { key: m.key, outcome: 'transient_failure', error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'network error' };
        }
      });
    },
    async close() {},
  };
}

function safeId(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    return typeof parsed.id === 'string' ? parsed.id.slice(0, 200) : null;
  } catch {
    return null;
  }
}
