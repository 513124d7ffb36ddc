import { describe, expect, it } from 'vitest';
import { addDays, emptySections, isOverdue, missingForCompletion, reviewReminderDue } from './learning.js';
import { lessonEventTypes } from './plan-event-types.js';

describe('post-incident reviews', () => {
  it('cannot be completed empty', () => {
    expect(missingForCompletion(emptySections())).toEqual(['whatHappened', 'whatWorked']);
    expect(missingForCompletion({ ...emptySections(), whatHappened: { response: 'Call tree ran' }, whatDidNotWork: 'Phones flat' })).toEqual([]);
  });
  it('are overdue after their due day until completed', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'completed', dueOn: '2026-03-01' }, '2026-03-02')).toBe(false);
  });
  it('are reminded 7 days before, on the day, then once a week', () => {
    expect(reviewReminderDue('2026-04-01', '2026-03-25')).toEqual({ kind: 'before', stamp: '2026-03-25' });
    expect(reviewReminderDue('2026-04-01', '2026-03-26')).toBeNull();
    expect(reviewReminderDue('2026-04-01', '2026-04-01')).toEqual({ kind: 'due', stamp: '2026-04-01' });
    // Every day of the first overdue week carries the same stamp: one message per week.
    expect(reviewReminderDue('2026-04-01', '2026-04-02')).toEqual({ kind: 'overdue', stamp: '2026-04-01' });
    expect(reviewReminderDue('2026-04-01', '2026-04-07')).toEqual({ kind: 'overdue', stamp: '2026-04-01' });
    expect(reviewReminderDue('2026-04-01', '2026-04-08')).toEqual({ kind: 'overdue', stamp: '2026-04-08' });
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});

describe('the event types a plan prepares for', () => {
  it('come from its covered scenarios and the categories of its risks', () => {
    expect(lessonEventTypes(['natural_hazard'], [])).toEqual(['natural_disaster']);
    expect(lessonEventTypes(['loss_of_ict'], ['medical'])).toEqual(['cyber_incident', 'ict_outage', 'public_health_emergency', 'utility_failure']);
    expect(lessonEventTypes([], ['strategic'])).toEqual([]);
  });
});
