import type { Config } from '../../config.js';
import type { PeriodicTask } from '../../jobs/scheduler.js';
import type { Channels } from '../notify/channels/channel.js';
import { consoleChannel } from '../notify/channels/console.js';
import { emailChannel } from '../notify/channels/email.js';
import { gatewayConfigFromEnv, httpGatewayChannel } from '../notify/channels/http-gateway.js';
import type { Mailer } from '../notify/mailer.js';
import { dispatchNotifications } from './dispatch.js';
import { queueFollowUps, queueSitrepReminders } from './follow-ups.js';

/**
 * The channels this node sends through: e-mail when SMTP is configured, SMS and voice when
 * the HTTP gateway is; `RESPONSE_DEV_CHANNELS=console` (or `file:<path>`) accepts what no
 * real channel carries, for development. Unconfigured channels leave their rows waiting.
 */
export function channelsFrom(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, env: NodeJS.ProcessEnv = process.env): Channels {
  const channels: Channels = {};
  if (config.smtpUrl) channels.email = emailChannel(config.smtpUrl, config.mailFrom);
  const gateway = gatewayConfigFromEnv(env);
  if (gateway) {
    channels.sms = httpGatewayChannel('sms', gateway);
    channels.voice = httpGatewayChannel('voice', gateway);
  }
  const dev = env.RESPONSE_DEV_CHANNELS;
  if (dev === 'console' || dev?.startsWith('file:')) {
    const file = dev.startsWith('file:') ? dev.slice(5) : undefined;
    for (const c of ['email', 'sms', 'voice'] as const) channels[c] ??= consoleChannel(c, file);
  }
  return channels;
}

/** Periodic work of the response slice (each run idempotent: several nodes may run it). */
export function responseTasks(config: Config, mailer: Mailer | undefined): PeriodicTask[] {
  // Crisis mail goes through its own pooled transport (Message-ID from the notification key), not the reminders' mailer.
  void mailer;
  const channels = channelsFrom(config);
  const tasks: PeriodicTask[] = [
    { id: 'response.follow-ups', everyMs: 60_000, run: (s) => queueFollowUps(s) },
    { id: 'response.sitrep-reminders', everyMs: 5 * 60_000, run: (s) => queueSitrepReminders(s, config.publicUrl) },
  ];
  if (Object.keys(channels).length > 0) tasks.push({ id: 'response.dispatch', everyMs: 2_000, run: (s) => dispatchNotifications(s, channels, { publicUrl: config.publicUrl }) });
  return tasks;
}
