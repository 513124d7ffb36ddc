import { z } from 'zod';
import { COURSE_KINDS, TRAINED_FUNCTIONS } from '../mer/training.js';
import { ZId, ZName } from './common.js';

export const ZTrainedFunction = z.enum(TRAINED_FUNCTIONS);

export const ZCourseInput = z
  .object({
    title: ZName(),
    kind: z.enum(COURSE_KINDS),
    description: z.string().trim().max(5000).default(''),
    mandatoryFor: z.array(ZTrainedFunction).max(TRAINED_FUNCTIONS.length).default([]),
    renewalMonths: z.int().min(1).max(120).nullable().default(null),
  })
  .strict();
export type TCourseInput = z.infer<typeof ZCourseInput>;
export const ZCourseView = ZCourseInput.extend({ id: ZId, sessionCount: z.int() });
export const ZCourseList = z.object({ items: z.array(ZCourseView), allowedActions: z.object({ createCourse: z.boolean() }) });

export const ZSessionInput = z
  .object({
    courseId: ZId,
    unitId: ZId,
    heldOn: z.iso.date(),
    location: z.string().trim().max(300).default(''),
    attendeePersonIds: z.array(ZId).max(1000).refine((ids) => new Set(ids).size === ids.length, 'each person once'),
  })
  .strict();
export type TSessionInput = z.infer<typeof ZSessionInput>;
export const ZSessionView = z.object({ id: ZId, courseId: ZId, courseTitle: z.string(), unitId: ZId, unitName: z.string(), heldOn: z.iso.date(), location: z.string(), attendees: z.array(z.object({ personId: ZId, fullName: z.string() })) });
export const ZSessionList = z.object({ items: z.array(ZSessionView) });

const ZCurrency = z.discriminatedUnion('status', [
  z.object({ status: z.literal('current'), until: z.iso.date() }),
  z.object({ status: z.literal('expired'), since: z.iso.date() }),
  z.object({ status: z.literal('never') }),
]);
export const ZTrainingCurrency = z.object({
  asOf: z.iso.date(),
  people: z.array(
    z.object({
      personId: ZId,
      fullName: z.string(),
      unitId: ZId,
      functions: z.array(ZTrainedFunction),
      courses: z.array(z.object({ courseId: ZId, title: z.string(), currency: ZCurrency })),
      /** Current on every course mandatory for their functions. */
      current: z.boolean(),
    }),
  ),
  /** Per function: how many of its holders are current (KPI 15 is `cmt_member`). */
  byFunction: z.array(z.object({ function: ZTrainedFunction, trained: z.int(), total: z.int(), percent: z.int().nullable() })),
});
