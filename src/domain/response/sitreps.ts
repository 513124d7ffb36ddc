/**
 * Situation reports, in the two forms a CMT uses: tactical for those running the response
 * (conditions on the ground, actions taken, needs) and executive for senior management
 * (status, overview, next steps). The field lists drive the form, the checks and the export,
 * so adding a field is one change here.
 */
export const SITREP_KINDS = ['tactical', 'executive'] as const;
export type TSitrepKind = (typeof SITREP_KINDS)[number];

export interface TTacticalSitrep {
  kind: 'tactical';
  conditions: string;
  actions: string;
  needs: string;
}

/** Where the response stands at a glance, for the executive reader. */
export const SITREP_STATUSES = ['improving', 'stable', 'deteriorating'] as const;
export type TSitrepStatus = (typeof SITREP_STATUSES)[number];

export interface TExecutiveSitrep {
  kind: 'executive';
  status: TSitrepStatus;
  overview: string;
  nextSteps: string;
}

export type TSitrep = TTacticalSitrep | TExecutiveSitrep;

export const SITREP_FIELDS = {
  tactical: ['conditions', 'actions', 'needs'],
  executive: ['status', 'overview', 'nextSteps'],
} as const satisfies { tactical: readonly (keyof TTacticalSitrep)[]; executive: readonly (keyof TExecutiveSitrep)[] };

export function emptySitrep(kind: 'tactical'): TTacticalSitrep;
export function emptySitrep(kind: 'executive'): TExecutiveSitrep;
export function emptySitrep(kind: TSitrepKind): TSitrep {
  return kind === 'tactical' ? { kind, conditions: '', actions: '', needs: '' } : { kind, status: 'stable', overview: '', nextSteps: '' };
}

/** Text fields left blank: a sitrep is submitted complete ("none" is an answer, silence is not). */
export function missingFields(sitrep: TSitrep): string[] {
  const fields: readonly string[] = SITREP_FIELDS[sitrep.kind];
  return fields.filter((f) => {
    const value = (sitrep as unknown as Record<string, unknown>)[f];
    return typeof value !== 'string' || value.trim() === '';
  });
}

export interface TSitrepCadence {
  eventId: string;
  kind: TSitrepKind;
  /** The interval the CMT chose, and when it chose it. */
  intervalMs: number;
  chosenAt: Date;
  lastSubmittedAt: Date | null;
  /** How long before the due instant the scribe is reminded. */
  remindBeforeMs: number;
}

export const SITREP_REMINDER_STAGES = ['before', 'due', 'overdue'] as const;
export type TSitrepReminderStage = (typeof SITREP_REMINDER_STAGES)[number];

export interface TSitrepSchedule {
  dueAt: Date;
  overdue: boolean;
  /** Positive once overdue, negative before. */
  lateByMs: number;
  /** The reminder that should have gone out by now, if any; its key makes sending it idempotent. */
  reminder: { stage: TSitrepReminderStage; at: Date; key: string } | null;
}

/**
 * The next sitrep is due one interval after the last one, or after the CMT chose the
 * interval if it chose it since (changing from 12 to 4 hours does not make a report
 * instantly overdue). Reminders: ahead of time, on the due instant, then once per interval
 * while overdue, each with its own key.
 */
export function sitrepSchedule(cadence: TSitrepCadence, now: Date): TSitrepSchedule {
  const { lastSubmittedAt, chosenAt, intervalMs } = cadence;
  if (!(intervalMs > 0)) throw new RangeError(`sitrep interval must be positive: ${intervalMs}`);
  const basis = lastSubmittedAt !== null && lastSubmittedAt >= chosenAt ? lastSubmittedAt : chosenAt;
  const dueAt = new Date(basis.getTime() + intervalMs);
  const lateByMs = now.getTime() - dueAt.getTime();
  const key = (stage: string, at: Date) => `sitrep:${cadence.eventId}:${cadence.kind}:${dueAt.toISOString()}:${stage}@${at.toISOString()}`;
  let reminder: TSitrepSchedule['reminder'] = null;
  if (lateByMs >= intervalMs) {
    const at = new Date(dueAt.getTime() + Math.floor(lateByMs / intervalMs) * intervalMs);
    reminder = { stage: 'overdue', at, key: key('overdue', at) };
  } else if (lateByMs >= 0) reminder = { stage: 'due', at: dueAt, key: key('due', dueAt) };
  else if (-lateByMs <= cadence.remindBeforeMs) {
    const at = new Date(dueAt.getTime() - cadence.remindBeforeMs);
    reminder = { stage: 'before', at, key: key('before', at) };
  }
  return { dueAt, overdue: lateByMs > 0, lateByMs, reminder };
}
