import type { Logger } from 'pino';
import type { TActor } from '../domain/roles.js';
import type { Clock } from './clock.js';
import type { Db } from './db/database.js';

/** What a use case needs to run: the database, the time, who is acting, where to log. */
export interface Ctx {
  db: Db;
  clock: Clock;
  actor: TActor;
  log: Logger;
}

/** Infrastructure without an actor: for jobs, the CLI and the seed. */
export interface Services {
  db: Db;
  clock: Clock;
  log: Logger;
}

/**
 * Runs `work` in one transaction with a context whose `db` is the transaction, so every
 * query of the use case (scope checks included) sees and joins the same transaction.
 */
export function inTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((db) => work({ ...ctx, db: db as unknown as Ctx['db'] }));
}
