import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { mapLimited, type Channel, type TSendResult } from './channel.js';

/** SMTP replies that will not improve with a retry (unknown mailbox, bad address). */
const permanent = (error: unknown) => {
  const code = error && typeof error === 'object' && 'responseCode' in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600;
};

const describe = (error: unknown) =>
  error && typeof error === 'object' && 'response' in error && typeof error.response === 'string'
    ? error.response.slice(0, 500)
    : error instanceof Error
      ? `${error.name}: ${error.message}`.replace(/smtps?:\/\/[^\s]+/g, 'smtp://…').slice(0, 500)
      : 'unknown error';

/** The Message-ID derived from the notification key: a resend after a crash is the same message to the mail client. */
export const messageIdFor = (key: string) => `<n.${createHash('sha256').update(key).digest('hex').slice(0, 32)}@orms>`;

/**
 * E-mail through nodemailer with a pooled SMTP transport (the library of `Mailer`, with
 * connections reused across a fan-out). The URL carries credentials: never logged.
 */
export function emailChannel(url: string, from: string, options: { concurrency?: number } = {}): Channel {
  const concurrency = options.concurrency ?? 5;
  const transport = nodemailer.createTransport(url.includes('?') ? `${url}&pool=true&maxConnections=${concurrency}` : `${url}?pool=true&maxConnections=${concurrency}`);
  return {
    channel: 'email',
    async send(batch) {
      return mapLimited(batch, concurrency, async (m): Promise<TSendResult> => {
        try {
          const info = await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: messageIdFor(m.key), headers: { 'Content-Language': m.language, 'X-ORMS-Key': m.key } });
          return { key: m.key, outcome: 'accepted', providerId: info.messageId };
        } catch (error) {
          return { key: m.key, outcome: permanent(error) ? 'permanent_failure' : 'transient_failure', error: describe(error) };
        }
      });
    },
    async close() {
      transport.close();
    },
  };
}
