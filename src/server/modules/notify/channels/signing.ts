import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Both directions of the SMS gateway are signed: HMAC-SHA256 over `<unix seconds>.<raw body>`
 * in `X-Signature: t=<seconds>,v1=<hex>`, refused beyond a clock skew, so a forged "I am
 * safe" posted to the webhook is refused like a forged check-in link.
 */
export const SIGNATURE_HEADER = 'x-signature';
export const MAX_SKEW_S = 300;

export function signBody(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

export type TSignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export function verifySignature(secret: string, header: string | undefined, body: string, nowMs: number): TSignatureCheck {
  if (!header) return { ok: false, reason: 'missing' };
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header.trim());
  if (!match) return { ok: false, reason: 'malformed' };
  const t = Number(match[1]);
  if (Math.abs(nowMs / 1000 - t) > MAX_SKEW_S) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
