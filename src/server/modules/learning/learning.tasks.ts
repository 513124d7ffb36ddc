import type { Config } from '../../config.js';
import type { PeriodicTask } from '../../jobs/scheduler.js';
import type { Mailer } from '../notify/mailer.js';

/** Periodic work of the learning slice (each run idempotent: several nodes may run it). */
export function learningTasks(config: Config, mailer: Mailer | undefined): PeriodicTask[] {
  void config;
  void mailer;
  return [];
}
