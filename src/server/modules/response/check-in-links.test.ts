import { describe, expect, it } from 'vitest';
import { parseCheckInToken, signatureValid, signCheckInToken } from './check-in-links.js';
import { signBody, verifySignature } from '../notify/channels/signing.js';

const recipient = '3f1c2a7e-5b4d-4e8f-9a0b-1c2d3e4f5a6b';
const other = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

describe('check-in link tokens', () => {
  it('round-trips and verifies with the key that signed it', () => {
    const token = signCheckInToken('key-one', recipient, new Date('2026-03-16T09:00:00Z'));
    const parsed = parseCheckInToken(token)!;
    expect(parsed.recipientId).toBe(recipient);
    expect(parsed.expiresAt.toISOString()).toBe('2026-03-16T09:00:00.000Z');
    expect(signatureValid('key-one', parsed)).toBe(true);
    expect(signatureValid('key-two', parsed)).toBe(false);
  });

  it('a signature does not carry over to another recipient or expiry', () => {
    const [, exp, sig] = signCheckInToken('k', recipient, new Date('2026-03-16T09:00:00Z')).split('.');
    expect(signatureValid('k', parseCheckInToken(`${other}.${exp}.${sig}`)!)).toBe(false);
    expect(signatureValid('k', parseCheckInToken(`${recipient}.${(parseInt(exp!, 36) + 86_400).toString(36)}.${sig}`)!)).toBe(false);
  });

  it('refuses anything not shaped like a token', () => {
    for (const bad of ['', 'abc', `${recipient}.x`, `${recipient}.zz.short`, `not-a-uuid.abc.${'A'.repeat(22)}`, `${recipient}.ABC.${'A'.repeat(22)}`, `${recipient}.abc.${'A'.repeat(22)}.extra`]) expect(parseCheckInToken(bad)).toBeNull();
  });

  it('stays short enough for an SMS link', () => {
    expect(signCheckInToken('k', recipient, new Date('2099-12-31T00:00:00Z')).length).toBeLessThanOrEqual(70);
  });
});

describe('gateway request signatures', () => {
  const now = Date.parse('2026-11-27T04:00:00Z');
  it('accepts its own signature within the skew and refuses the rest', () => {
    const header = signBody('s', '{"a":1}', now);
    expect(verifySignature('s', header, '{"a":1}', now + 299_000)).toEqual({ ok: true });
    expect(verifySignature('s', header, '{"a":1}', now + 301_000)).toEqual({ ok: false, reason: 'stale' });
    expect(verifySignature('s', header, '{"a":2}', now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature('t', header, '{"a":1}', now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature('s', undefined, '{"a":1}', now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifySignature('s', 't=1,v1=zz', '{"a":1}', now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
