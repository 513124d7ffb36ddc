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
export const ZSessionList = z.object({
  items: z.array(ZSessionView),
  /** The units where the caller records sessions and imports their attendance. */
  allowedActions: z.object({ recordAtUnitIds: z.array(ZId) }),
});

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

// Attendance from a file: a sign-in sheet or an e-learning platform's export (CSV or XLSX).

export const MAX_ATTENDANCE_BYTES = 5 * 1024 * 1024;
export const MAX_ATTENDANCE_ROWS = 5000;
const ZColumnName = z.string().max(500).nullable();

export const ZAttendanceImportRequest = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.base64().max(Math.ceil(MAX_ATTENDANCE_BYTES / 3) * 4),
    /** Which column holds what (null: none). Omitted: the server proposes them from the headers. */
    columns: z.object({ email: ZColumnName, name: ZColumnName, firstName: ZColumnName, lastName: ZColumnName }).strict().optional(),
    mode: z.enum(['preview', 'commit']),
    /** Commit the people found and record the rows naming nobody of the directory as left out (they are listed in the audit entry). */
    leaveOutUnmatched: z.boolean().default(false),
  })
  .strict();
export type TAttendanceImportRequest = z.infer<typeof ZAttendanceImportRequest>;
export const ZAttendanceImportRef = z.object({ orgId: ZId, sessionId: ZId });

export const ZAttendanceRowReport = z.object({
  rowNumber: z.int(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  status: z.enum(['matched', 'duplicate', 'already_recorded', 'unknown', 'ambiguous', 'invalid']),
  matchedBy: z.enum(['email', 'name']).nullable(),
  person: z.object({ personId: ZId, fullName: z.string(), unitName: z.string() }).nullable(),
  duplicateOfRow: z.int().nullable(),
  issue: z.object({ code: z.string(), message: z.string() }).nullable(),
});

export const ZAttendanceImportReport = z.object({
  sessionId: ZId,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  columns: z.object({ email: z.string().nullable(), name: z.string().nullable(), firstName: z.string().nullable(), lastName: z.string().nullable() }),
  columnsProposed: z.boolean(),
  fileIssues: z.array(z.object({ code: z.string(), column: z.string().nullable(), message: z.string() })),
  rows: z.array(ZAttendanceRowReport),
  counts: z.object({
    rows: z.int(),
    /** People to add to the session. */
    matched: z.int(),
    alreadyRecorded: z.int(),
    /** Rows naming a person an earlier row already named: counted once. */
    duplicates: z.int(),
    /** Rows naming nobody of the directory (unknown, ambiguous or without a usable e-mail or name). */
    unmatched: z.int(),
  }),
  committed: z.boolean(),
  /** Unmatched rows left out by the commit (only with leaveOutUnmatched). */
  leftOut: z.int(),
});
export type TAttendanceImportReport = z.infer<typeof ZAttendanceImportReport>;
export const ZAttendanceImportRefusal = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string().optional(), issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() }),
  report: ZAttendanceImportReport,
});
