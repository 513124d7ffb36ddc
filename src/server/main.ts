import type { FastifyInstance } from 'fastify';
import { clockFromEnv } from './clock.js';
import type { Config } from './config.js';
import type { Services } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { assertExportFontsPresent } from './exports/fonts.js';
import { buildApp } from './app.js';
import { startScheduler, type PeriodicTask } from './jobs/scheduler.js';
import { createLogger } from './logger.js';
import { queueCampaignReminders } from './modules/bia/campaign-reminders.task.js';
import { queueObligationReminders } from './modules/mer/reminders.task.js';
import { governanceTasks } from './modules/governance/governance.tasks.js';
import { learningTasks } from './modules/learning/learning.tasks.js';
import { smtpMailer } from './modules/notify/mailer.js';
import { peopleTasks } from './modules/people/people.tasks.js';
import { responseTasks } from './modules/response/response.tasks.js';
import { dispatchOutbox } from './modules/notify/outbox.usecases.js';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
}

export function servicesFor(config: Config, database: Database): Services {
  return { db: database.db, clock: clockFromEnv(config.now), log: createLogger(config.logLevel) };
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Migrates, then serves the API and the UI until stopped. */
export async function startServer(config: Config, database: Database, services: Services): Promise<RunningServer> {
  // A missing font would only show when someone exports a plan in a crisis: fail now instead.
  assertExportFontsPresent();
  const app = await buildApp({ database, clock: services.clock, logger: services.log, secret: config.secret, publicUrl: config.publicUrl });
  await app.listen({ port: config.port, host: config.host });
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  const scheduler = config.jobs ? startScheduler(services, backgroundTasks(config, mailer)) : undefined;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  return {
    app,
    database,
    url: `http://localhost:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        await scheduler?.stop();
        mailer?.close();
        await database.close();
      })()),
  };
}

/** Reminders are queued hourly (idempotent per reminder); the outbox is sent every 15 s when mail is configured. */
function backgroundTasks(config: Config, mailer: ReturnType<typeof smtpMailer> | undefined): PeriodicTask[] {
  const tasks: PeriodicTask[] = [
    { id: 'mer.reminders', everyMs: 3_600_000, run: (s) => queueObligationReminders(s, config.publicUrl) },
    { id: 'bia.campaign-reminders', everyMs: 3_600_000, run: (s) => queueCampaignReminders(s, config.publicUrl) },
  ];
  if (mailer) tasks.push({ id: 'notify.dispatch', everyMs: 15_000, run: (s) => dispatchOutbox(s, mailer) });
  tasks.push(...responseTasks(config, mailer), ...learningTasks(config, mailer), ...governanceTasks(config, mailer), ...peopleTasks(config, mailer));
  return tasks;
}
