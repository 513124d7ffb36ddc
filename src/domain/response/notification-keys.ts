import { CHANNELS, type TChannel } from './audience.js';

/**
 * Exactly-once bookkeeping for notifications. Each notification (one recipient, one channel,
 * one round of a broadcast) has a key under a unique index: writing it twice, from a retried
 * request or a second worker, adds nothing. The same key goes to the provider as its
 * idempotency key, so a worker that crashes after the provider accepted a message but before
 * recording it does not make the recipient's phone ring twice where the provider honours it.
 */
export interface TNotificationRef {
  broadcastId: string;
  personId: string;
  channel: TChannel;
  /** 0 for the alert itself, then 1, 2 … for the re-alerts of non-responders. */
  round: number;
}

/** `n:<broadcast>:<person>:<channel>:<round>`; parts may not contain `:`, which keeps two refs from sharing a key. */
export function notificationKey(ref: TNotificationRef): string {
  for (const part of [ref.broadcastId, ref.personId]) if (part === '' || part.includes(':')) throw new Error(`notification key part must be non-empty without ':': ${JSON.stringify(part)}`);
  if (!Number.isInteger(ref.round) || ref.round < 0) throw new Error(`round must be a whole number from 0: ${ref.round}`);
  return `n:${ref.broadcastId}:${ref.personId}:${ref.channel}:${ref.round}`;
}

const KEY = new RegExp(`^n:([^:]+):([^:]+):(${CHANNELS.join('|')}):(0|[1-9]\\d*)$`);

export function parseNotificationKey(key: string): TNotificationRef | null {
  const match = KEY.exec(key);
  if (!match) return null;
  return { broadcastId: match[1]!, personId: match[2]!, channel: match[3] as TChannel, round: Number(match[4]) };
}

export interface TRetryPolicy {
  baseMs: number;
  capMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Spread of the delay either side, 0..1: 0.2 means ±20 %. */
  jitterRatio: number;
}

/**
 * Crisis messages retry fast and give up early: an SMS that arrives six hours late is worse
 * than a phone call from the CMT, which the "not delivered" count prompts. Mail reminders
 * (ADR 0012) keep their slower schedule.
 */
export const RETRY_POLICIES: Record<TChannel, TRetryPolicy> = {
  sms: { baseMs: 10_000, capMs: 10 * 60_000, maxAttempts: 6, jitterRatio: 0.2 },
  voice: { baseMs: 60_000, capMs: 15 * 60_000, maxAttempts: 3, jitterRatio: 0.2 },
  email: { baseMs: 15_000, capMs: 30 * 60_000, maxAttempts: 8, jitterRatio: 0.2 },
  push: { baseMs: 10_000, capMs: 10 * 60_000, maxAttempts: 4, jitterRatio: 0.2 },
};

/** The delay range after attempt `attempt` (1-based) failed: exponential, capped, before jitter is applied. */
export function retryBounds(attempt: number, policy: TRetryPolicy): { minMs: number; maxMs: number } {
  const nominal = Math.min(policy.baseMs * 2 ** Math.max(attempt - 1, 0), policy.capMs);
  return { minMs: Math.round(nominal * (1 - policy.jitterRatio)), maxMs: Math.round(nominal * (1 + policy.jitterRatio)) };
}

/**
 * The delay after attempt `attempt` failed, with `jitter` in [0, 1) chosen by the caller
 * (Math.random in the worker, a fixed value in tests): spreading retries keeps a fan-out of
 * 100,000 from hitting a recovering gateway in one wave.
 */
export function retryDelayMs(attempt: number, policy: TRetryPolicy, jitter: number): number {
  const { minMs, maxMs } = retryBounds(attempt, policy);
  const j = Math.min(Math.max(jitter, 0), 1);
  return Math.round(minMs + (maxMs - minMs) * j);
}

export const DELIVERY_OUTCOMES = ['accepted', 'transient_failure', 'permanent_failure'] as const;
export type TDeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export type TNextStep = { status: 'sent' } | { status: 'failed'; why: 'permanent' | 'attempts_exhausted' } | { status: 'pending'; retryAt: Date };

/**
 * What becomes of a notification after an attempt. A permanent failure (invalid number,
 * unknown mailbox) is not retried: it goes straight to the "not reached" list.
 */
export function afterAttempt(outcome: TDeliveryOutcome, attempt: number, policy: TRetryPolicy, jitter: number, now: Date): TNextStep {
  if (outcome === 'accepted') return { status: 'sent' };
  if (outcome === 'permanent_failure') return { status: 'failed', why: 'permanent' };
  if (attempt >= policy.maxAttempts) return { status: 'failed', why: 'attempts_exhausted' };
  return { status: 'pending', retryAt: new Date(now.getTime() + retryDelayMs(attempt, policy, jitter)) };
}

/** A lease long enough for one batch to be sent; past it, another worker takes the notification over. */
export const leaseUntil = (now: Date, leaseMs: number) => new Date(now.getTime() + leaseMs);
