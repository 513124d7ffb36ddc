import type { Config } from '../../config.js';
import type { PeriodicTask } from '../../jobs/scheduler.js';
import type { Mailer } from '../notify/mailer.js';
import { queueReviewReminders } from './review-reminders.task.js';

/** Periodic work of the learning slice (each run idempotent: several nodes may run it). */
export function learningTasks(config: Config, mailer: Mailer | undefined): PeriodicTask[] {
  void mailer;
  return [{ id: 'learning.review-reminders', everyMs: 3_600_000, run: (s) => queueReviewReminders(s, config.publicUrl) }];
}
