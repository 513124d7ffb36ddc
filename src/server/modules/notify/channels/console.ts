import { appendFile } from 'node:fs/promises';
import type { TChannel } from '../../../../domain/response/audience.js';
import type { Channel } from './channel.js';

/**
 * For development: every message is accepted and written as one JSON line, to a file when
 * one is named (`RESPONSE_DEV_CHANNELS=file:/tmp/orms-messages.jsonl`) or to standard output.
 */
export function consoleChannel(channel: TChannel, file?: string): Channel {
  return {
    channel,
    async send(batch) {
      const lines = batch.map((m) => JSON.stringify({ channel, to: m.to, key: m.key, subject: m.subject, text: m.text })).join('\n') + '\n';
      if (file) await appendFile(file, lines, 'utf8');
      else process.stdout.write(lines);
      return batch.map((m) => ({ key: m.key, outcome: 'accepted' as const, providerId: `console:${m.key}` }));
    },
    async close() {},
  };
}
