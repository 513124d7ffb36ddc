import { sql } from 'drizzle-orm';
import { CHANNELS, type TChannel } from '../../../domain/response/audience.js';
import type { TLanguage } from '../../../domain/languages.js';
import { alertEmail, alertSms, EXERCISE_PREFIX, exercisePrefixForSms } from '../../../domain/response/messages.js';
import { afterAttempt, RETRY_POLICIES } from '../../../domain/response/notification-keys.js';
import type { Services } from '../../context.js';
import type { Channels, TOutgoingMessage, TSendResult } from '../notify/channels/channel.js';
import { LINK_VALID_DAYS, signCheckInToken, signingKey } from './check-in-links.js';
import { escalationText } from './follow-up-texts.js';

/**
 * The notification worker (ADR 0014). It claims a batch of due notifications of one channel
 * under `FOR UPDATE SKIP LOCKED` with a lease, writes an attempt row for each, renders and
 * signs the texts, sends through the channel, and records every outcome in two set-based
 * statements. Two workers never hold the same row; a worker that dies leaves leases that
 * expire, and the rows are taken over and sent again with the same key (which the gateway
 * and mail clients treat as the same message).
 */
export interface TDispatchOptions {
  publicUrl: string;
  batchSize?: number;
  leaseMs?: number;
  /** Random in [0, 1) in production; fixed in tests. */
  jitter?: () => number;
  /** Stop after this many batches per channel in one run (the task runs again soon). */
  maxBatches?: number;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export interface TClaimed {
  id: string;
  key: string;
  attempts: number;
  attemptId: string;
}

/** Claims up to `limit` due notifications of `channel` and opens an attempt for each. */
export async function claimNotifications(services: Services, channel: TChannel, limit: number, leaseMs: number): Promise<TClaimed[]> {
  const now = services.clock.now();
  const lease = new Date(now.getTime() + leaseMs);
  return rowsOf<TClaimed>(
    await services.db.execute(sql`
      WITH claimed AS (
        UPDATE response_notifications n SET status = 'sending', locked_until = ${ts(lease)}, attempts = n.attempts + 1
        WHERE n.id IN (
          SELECT id FROM response_notifications
          WHERE channel = ${channel} AND ((status = 'pending' AND next_attempt_at <= ${ts(now)}) OR (status = 'sending' AND locked_until < ${ts(now)}))
          ORDER BY next_attempt_at LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        AND (n.status = 'pending' OR (n.status = 'sending' AND n.locked_until < ${ts(now)}))
        RETURNING n.id, n.key, n.attempts),
      opened AS (
        INSERT INTO response_delivery_attempts (notification_id, attempt, started_at)
        SELECT id, attempts, ${ts(now)} FROM claimed RETURNING id, notification_id)
      SELECT c.id, c.key, c.attempts, o.id AS "attemptId" FROM claimed c JOIN opened o ON o.notification_id = c.id`),
  );
}

interface TRenderRow {
  id: string;
  key: string;
  kind: string;
  channel: TChannel;
  address: string;
  language: TLanguage;
  recipient_id: string;
  org_id: string;
  org_name: string;
  event_title: string;
  exercise: boolean;
  message: string;
  broadcast_at: string | Date;
  subject_name: string;
}

/** Texts are rendered at send time in the recipient's language; the link is signed now and stored nowhere. */
async function render(services: Services, ids: readonly string[], publicUrl: string): Promise<Map<string, TOutgoingMessage>> {
  const rows = rowsOf<TRenderRow>(
    await services.db.execute(sql`
      SELECT n.id, n.key, n.kind, n.channel, n.address, n.language, n.recipient_id, n.org_id, o.name AS org_name,
        e.title AS event_title, e.exercise, b.message, b.created_at AS broadcast_at, sp.full_name AS subject_name
      FROM response_notifications n
      JOIN response_broadcasts b ON b.id = n.broadcast_id
      JOIN response_events e ON e.id = b.event_id
      JOIN organizations o ON o.id = n.org_id
      JOIN response_recipients r ON r.id = n.recipient_id
      JOIN people sp ON sp.id = r.person_id
      WHERE n.id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`),
  );
  const keys = new Map<string, string>();
  const out = new Map<string, TOutgoingMessage>();
  for (const r of rows) {
    const orgKey = keys.get(r.org_id) ?? (await signingKey(services.db, r.org_id, services.clock.now()));
    keys.set(r.org_id, orgKey);
    const expires = new Date(new Date(r.broadcast_at).getTime() + LINK_VALID_DAYS * 86_400_000);
    const link = `${publicUrl.replace(/\/$/, '')}/check-in/${signCheckInToken(orgKey, r.recipient_id, expires)}`;
    const facts = { language: r.language, exercise: r.exercise, sender: r.org_name, eventTitle: r.event_title, link };
    let subject: string;
    let text: string;
    if (r.kind === 'escalation') {
      ({ subject, text } = escalationText(r.language, { exercise: r.exercise, eventTitle: r.event_title, personName: r.subject_name, link }));
    } else if (r.kind === 'update') {
      const prefix = r.exercise ? (r.channel === 'email' ? EXERCISE_PREFIX[r.language] : exercisePrefixForSms(r.language)) : '';
      subject = `${prefix}${r.event_title}`;
      text = `${prefix}${r.org_name}: ${r.event_title}. ${r.message}`.trim();
    } else if (r.channel === 'email') {
      ({ subject, text } = alertEmail(facts));
      if (r.message) text += `\n\n${r.message}`;
    } else {
      subject = r.event_title;
      text = alertSms(facts, 2).text;
    }
    out.set(r.id, { key: r.key, to: r.address, language: r.language, subject, text });
  }
  return out;
}

/** Records the outcomes of a batch: notification status and next attempt, and the attempt rows. */
async function record(services: Services, channel: TChannel, claimed: readonly TClaimed[], results: Map<string, TSendResult>, jitter: () => number) {
  const now = services.clock.now();
  const policy = RETRY_POLICIES[channel];
  const outcomes = claimed.map((c) => {
    const result = results.get(c.key) ?? { key: c.key, outcome: 'transient_failure' as const, error: 'not rendered (record missing)' };
    const next = afterAttempt(result.outcome, c.attempts, policy, jitter(), now);
    return {
      id: c.id,
      attemptId: c.attemptId,
      status: next.status,
      nextAttemptAt: next.status === 'pending' ? next.retryAt.toISOString() : null,
      providerId: result.providerId ?? null,
      error: result.error ?? null,
      outcome: result.outcome,
    };
  });
  const payload = JSON.stringify(outcomes);
  await services.db.execute(sql`
    UPDATE response_notifications n SET
      status = x.status, locked_until = NULL,
      next_attempt_at = coalesce(x."nextAttemptAt"::timestamptz, n.next_attempt_at),
      provider_id = coalesce(x."providerId", n.provider_id), last_error = x.error,
      sent_at = CASE WHEN x.status = 'sent' THEN ${ts(now)} ELSE n.sent_at END
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(id uuid, status text, "nextAttemptAt" text, "providerId" text, error text)
    WHERE n.id = x.id`);
  await services.db.execute(sql`
    UPDATE response_delivery_attempts a SET finished_at = ${ts(now)}, outcome = x.outcome, provider_id = x."providerId", error = x.error
    FROM jsonb_to_recordset(${payload}::jsonb) AS x("attemptId" uuid, outcome text, "providerId" text, error text)
    WHERE a.id = x."attemptId"`);
  return outcomes;
}

/** One batch of one channel: claim, send, record. Answers how many were claimed and how they ended. */
export async function dispatchBatch(services: Services, channels: Channels, channel: TChannel, options: TDispatchOptions) {
  const sender = channels[channel];
  if (!sender) return { claimed: 0, sent: 0, failed: 0, retrying: 0 };
  const claimed = await claimNotifications(services, channel, options.batchSize ?? 500, options.leaseMs ?? 120_000);
  if (claimed.length === 0) return { claimed: 0, sent: 0, failed: 0, retrying: 0 };
  const messages = await render(services, claimed.map((c) => c.id), options.publicUrl);
  const batch = claimed.map((c) => messages.get(c.id)).filter((m): m is TOutgoingMessage => m !== undefined);
  const results = new Map((await sender.send(batch)).map((r) => [r.key, r]));
  const outcomes = await record(services, channel, claimed, results, options.jitter ?? Math.random);
  return {
    claimed: claimed.length,
    sent: outcomes.filter((o) => o.status === 'sent').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
    retrying: outcomes.filter((o) => o.status === 'pending').length,
  };
}

/** Sends everything due on every configured channel, batch after batch, channels side by side. */
export async function dispatchNotifications(services: Services, channels: Channels, options: TDispatchOptions) {
  const totals = { claimed: 0, sent: 0, failed: 0, retrying: 0 };
  await Promise.all(
    CHANNELS.filter((c) => channels[c]).map(async (channel) => {
      for (let i = 0; i < (options.maxBatches ?? 1000); i++) {
        const r = await dispatchBatch(services, channels, channel, options);
        totals.claimed += r.claimed;
        totals.sent += r.sent;
        totals.failed += r.failed;
        totals.retrying += r.retrying;
        if (r.claimed < (options.batchSize ?? 500)) break;
      }
    }),
  );
  return totals;
}
