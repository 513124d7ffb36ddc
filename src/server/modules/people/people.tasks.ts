import type { Config } from '../../config.js';
import type { PeriodicTask } from '../../jobs/scheduler.js';
import type { Mailer } from '../notify/mailer.js';
import { queueSurveyInvitations } from './survey-invitations.task.js';

/** Periodic work of the people slice (each run idempotent: several nodes may run it). */
export function peopleTasks(config: Config, mailer: Mailer | undefined): PeriodicTask[] {
  void mailer;
  return [{ id: 'people.survey-invitations', everyMs: 5 * 60_000, run: (services) => queueSurveyInvitations(services, config.publicUrl) }];
}
