import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from './audience.js';
import { afterAttempt, notificationKey, parseNotificationKey, RETRY_POLICIES, retryBounds, retryDelayMs, type TRetryPolicy } from './notification-keys.js';

const ref = { broadcastId: 'b-1', personId: 'p-9', channel: 'sms' as const, round: 0 };

describe('notification keys', () => {
  it('names broadcast, person, channel and round', () => {
    expect(notificationKey(ref)).toBe('n:b-1:p-9:sms:0');
    expect(notificationKey({ ...ref, channel: 'email', round: 2 })).toBe('n:b-1:p-9:email:2');
  });

  it('refuses parts that would make two keys collide, and rounds that are not whole numbers', () => {
    expect(() => notificationKey({ ...ref, personId: 'a:b' })).toThrow(/without ':'/);
    expect(() => notificationKey({ ...ref, broadcastId: '' })).toThrow();
    expect(() => notificationKey({ ...ref, round: -1 })).toThrow(/round/);
    expect(() => notificationKey({ ...ref, round: 1.5 })).toThrow(/round/);
  });

  it('reads a key back, and nothing else', () => {
    expect(parseNotificationKey('n:b-1:p-9:sms:0')).toEqual(ref);
    for (const bad of ['n:b:p:fax:0', 'n:b:p:sms:01', 'n:b:p:sms', 'x:b:p:sms:0', 'n::p:sms:0', 'n:b:p:sms:-1']) expect(parseNotificationKey(bad), bad).toBeNull();
  });

  it('is one-to-one: distinct notifications never share a key', () => {
    const part = fc.stringMatching(/^[^:]{1,12}$/);
    const arbRef = fc.record({ broadcastId: part, personId: part, channel: fc.constantFrom(...CHANNELS), round: fc.nat({ max: 50 }) });
    fc.assert(
      fc.property(arbRef, arbRef, (a, b) => {
        expect(parseNotificationKey(notificationKey(a))).toEqual(a);
        expect(notificationKey(a) === notificationKey(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});

describe('retries', () => {
  const policy: TRetryPolicy = { baseMs: 10_000, capMs: 60_000, maxAttempts: 5, jitterRatio: 0.2 };
  const now = new Date('2026-03-10T08:00:00Z');

  it('doubles from the base up to the cap, with the jitter bounds either side', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryBounds(a, policy))).toEqual([
      { minMs: 8_000, maxMs: 12_000 },
      { minMs: 16_000, maxMs: 24_000 },
      { minMs: 32_000, maxMs: 48_000 },
      { minMs: 48_000, maxMs: 72_000 },
      { minMs: 48_000, maxMs: 72_000 },
    ]);
    expect(retryDelayMs(1, policy, 0)).toBe(8_000);
    expect(retryDelayMs(1, policy, 0.5)).toBe(10_000);
    expect(retryDelayMs(1, policy, 0.999_999)).toBe(12_000);
  });

  it('keeps any jitter, even out of range, within the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: -2, max: 3, noNaN: true }), (attempt, jitter) => {
        const { minMs, maxMs } = retryBounds(attempt, policy);
        const delay = retryDelayMs(attempt, policy, jitter);
        expect(delay).toBeGreaterThanOrEqual(minMs);
        expect(delay).toBeLessThanOrEqual(maxMs);
        expect(maxMs).toBeLessThanOrEqual(policy.capMs * 1.2);
      }),
    );
  });

  it('marks accepted messages sent, gives up on permanent failures at once and on transient ones after the last attempt', () => {
    expect(afterAttempt('accepted', 1, policy, 0.5, now)).toEqual({ status: 'sent' });
    expect(afterAttempt('permanent_failure', 1, policy, 0.5, now)).toEqual({ status: 'failed', why: 'permanent' });
    expect(afterAttempt('transient_failure', 1, policy, 0.5, now)).toEqual({ status: 'pending', retryAt: new Date(now.getTime() + 10_000) });
    expect(afterAttempt('transient_failure', 4, policy, 0.5, now)).toMatchObject({ status: 'pending' });
    expect(afterAttempt('transient_failure', 5, policy, 0.5, now)).toEqual({ status: 'failed', why: 'attempts_exhausted' });
  });

  it('retries crisis SMS within minutes and gives up within the hour', () => {
    const sms = RETRY_POLICIES.sms;
    let total = 0;
    for (let a = 1; a < sms.maxAttempts; a++) total += retryBounds(a, sms).maxMs;
    expect(retryBounds(1, sms).maxMs).toBeLessThanOrEqual(60_000);
    expect(total).toBeLessThan(3_600_000);
  });
});
