import { z } from 'zod';
import { ACTION_STATUSES, EXERCISE_STATES, EXERCISE_TYPES, PARTICIPANT_ROLES } from '../mer/exercises.js';
import { ZId, ZName } from './common.js';

const ZText = (max: number) => z.string().trim().max(max);
const ZMinutes = z.int().min(1).max(10 * 366 * 24 * 60);

export const ZExerciseType = z.enum(EXERCISE_TYPES);
export const ZExerciseState = z.enum(EXERCISE_STATES);

const ZObjectives = z.array(ZName(500)).max(20);
const ZPlanIds = z.array(ZId).max(20);
const ZParticipants = z.array(z.object({ personId: ZId, role: z.enum(PARTICIPANT_ROLES) })).max(500);
const ZTimeline = z.array(z.object({ at: ZName(40), inject: ZName(2000), response: ZText(2000).default('') })).max(200);

export const ZExerciseInput = z.object({
  unitId: ZId,
  type: ZExerciseType,
  title: ZName(),
  scenario: ZText(10_000).default(''),
  objectives: ZObjectives.default([]),
  planIds: ZPlanIds.default([]),
  scheduledOn: z.iso.date(),
  participants: ZParticipants.default([]),
  timeline: ZTimeline.default([]),
});
export type TExerciseInput = z.infer<typeof ZExerciseInput>;
/** An edit changes only the fields it names: without defaults, or editing the scenario would empty the lists left out. */
export const ZExerciseUpdate = z
  .object({ type: ZExerciseType, title: ZName(), scenario: ZText(10_000), objectives: ZObjectives, planIds: ZPlanIds, scheduledOn: z.iso.date(), participants: ZParticipants, timeline: ZTimeline })
  .partial()
  .strict();
export type TExerciseUpdate = z.infer<typeof ZExerciseUpdate>;

/** What happened: when it ran and how fast each critical function was actually recovered. */
export const ZConductRequest = z
  .object({
    conductedOn: z.iso.date(),
    summary: ZText(20_000).default(''),
    results: z.array(z.object({ serviceId: ZId, achievedMinutes: ZMinutes, notes: ZText(1000).default('') })).max(100).default([]),
  })
  .strict();
export type TConductRequest = z.infer<typeof ZConductRequest>;

export const ZExerciseView = z.object({
  id: ZId,
  unitId: ZId,
  unitName: z.string(),
  type: ZExerciseType,
  state: ZExerciseState,
  title: z.string(),
  scenario: z.string(),
  objectives: z.array(z.string()),
  plans: z.array(z.object({ id: ZId, title: z.string() })),
  scheduledOn: z.iso.date(),
  conductedOn: z.iso.date().nullable(),
  participants: z.array(z.object({ personId: ZId, fullName: z.string(), role: z.enum(PARTICIPANT_ROLES) })),
  timeline: z.array(z.object({ at: z.string(), inject: z.string(), response: z.string() })),
  summary: z.string(),
  results: z.array(z.object({ serviceId: ZId, serviceName: z.string(), achievedMinutes: z.int(), rtoMinutes: z.int().nullable(), verdict: z.enum(['met', 'missed', 'no_objective']), notes: z.string() })),
  findings: z.array(z.object({ id: ZId, title: z.string(), status: z.enum(ACTION_STATUSES), dueOn: z.iso.date(), ownerName: z.string().nullable() })),
  allowedActions: z.object({ edit: z.boolean(), conduct: z.boolean(), close: z.boolean(), addFinding: z.boolean() }),
});
export type TExerciseView = z.infer<typeof ZExerciseView>;
export const ZExerciseList = z.object({
  items: z.array(ZExerciseView.omit({ timeline: true, participants: true })),
  /** Whether the caller runs exercises at some unit, so may plan one. */
  allowedActions: z.object({ create: z.boolean() }),
});
export const ZExerciseRef = z.object({ orgId: ZId, exerciseId: ZId });
export const ZExerciseListQuery = z.object({ unitId: ZId.optional(), state: ZExerciseState.optional() });

/** A finding of an exercise becomes a remedial action with an owner and a due date. */
export const ZFindingInput = z.object({
  title: ZName(300),
  description: ZText(5000).default(''),
  ownerPersonId: ZId,
  dueOn: z.iso.date(),
  /** The plan the action will change, if any: its update becomes due when the action closes. */
  planId: ZId.nullable().default(null),
});
export type TFindingInput = z.infer<typeof ZFindingInput>;
