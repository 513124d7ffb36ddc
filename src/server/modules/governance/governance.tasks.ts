import type { Config } from '../../config.js';
import type { PeriodicTask } from '../../jobs/scheduler.js';
import type { Mailer } from '../notify/mailer.js';
import { closeDueProcedures } from './procedures.close.js';

/**
 * Periodic work of the governance slice (each run idempotent: several nodes may run it). Every
 * minute: close the procedures whose deadline has passed. The outcome never depends on this
 * minute (ADR 0013); only how soon members are told does.
 */
export function governanceTasks(config: Config, mailer: Mailer | undefined): PeriodicTask[] {
  void mailer;
  return [{ id: 'governance.close-procedures', everyMs: 60_000, run: (s) => closeDueProcedures(s, config.publicUrl) }];
}
