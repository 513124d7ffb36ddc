import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  ORMS_DATA_DIR: z.string().default('./data'),
  ORMS_PUBLIC_URL: z.url().optional(),
  ORMS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ORMS_NOW: z.string().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('ORMS <orms@localhost>'),
  /** Background jobs (reminders, mail) run in this process unless set to false, e.g. on web-only nodes. */
  ORMS_JOBS: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  secret: string;
  now: string | undefined;
  logLevel: string;
  /** Outgoing mail; absent means messages wait in the outbox. The URL holds credentials: never log it. */
  smtpUrl: string | undefined;
  mailFrom: string;
  jobs: boolean;
}

/** Reads the environment once; a wrong value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.ORMS_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    publicUrl: e.ORMS_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    secret: e.ORMS_SECRET ?? localSecret(dataDir),
    now: e.ORMS_NOW,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    jobs: e.ORMS_JOBS === 'true',
  };
}

/** A single-machine install keeps its session-signing secret in the data directory. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
