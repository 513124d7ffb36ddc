import type { TChannel } from '../../../../domain/response/audience.js';
import type { TDeliveryOutcome } from '../../../../domain/response/notification-keys.js';

/**
 * One interface for every way of reaching a person (ADR 0014). A channel takes a batch and
 * answers one outcome per message; it never throws for a message that failed (that is an
 * outcome), only when the whole batch could not be attempted.
 */
export interface TOutgoingMessage {
  /** The notification key: the provider's idempotency key, the e-mail's Message-ID. */
  key: string;
  to: string;
  language: string;
  subject: string;
  text: string;
}

export interface TSendResult {
  key: string;
  outcome: TDeliveryOutcome;
  providerId?: string;
  error?: string;
}

export interface Channel {
  channel: TChannel;
  send(batch: readonly TOutgoingMessage[]): Promise<TSendResult[]>;
  close(): Promise<void>;
}

export type Channels = Partial<Record<TChannel, Channel>>;

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}
