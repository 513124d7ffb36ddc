import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { MAX_ATTENDANCE_BYTES, MAX_ATTENDANCE_ROWS, type TAttendanceImportReport, type TAttendanceImportRequest } from '../../../domain/contract/training.js';
import { checkColumns, matchRows, proposeColumns, UNMATCHED_STATUSES, type TAttendanceColumns } from '../../../domain/mer/attendance-import.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, DomainError, forbidden } from '../../http/errors.js';
import { readTabularFile } from '../../exports/tabular-file.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { orgsPolicy } from '../orgs/orgs.policy.js';
import { people } from '../orgs/orgs.table.js';
import { merPolicy } from './mer.policy.js';
import { trainingAttendance, trainingCourses, trainingSessions } from './training.table.js';
import { trainingPolicy } from './training.usecases.js';

export const sessionNotFound = defineError({ code: 'mer.session_not_found', status: 404, message: 'Training session not found.' });

/** A refused import: 422 with the full report, so the user sees every row at once (ADR 0011). */
export class AttendanceImportRefused extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly report: TAttendanceImportReport,
  ) {
    const lines = [...report.fileIssues.map((i) => i.message), ...report.rows.flatMap((r) => (r.issue && UNMATCHED_STATUSES.includes(r.status) ? [`row ${r.rowNumber}: ${r.issue.message}`] : []))];
    super(code, 422, message, lines.slice(0, 100).map((line) => ({ path: 'body.contentBase64', message: line })));
  }
}

const NO_COLUMNS: TAttendanceColumns = { email: null, name: null, firstName: null, lastName: null };

/**
 * Attendance of a session from a sign-in sheet or an e-learning export: each row is matched to
 * a person of the directory (by e-mail, else by name). `preview` reports every row; `commit`
 * adds the people found in one transaction with one audit entry, and only when no row names
 * someone unknown, unless the user chose to leave those rows out (they are then listed in
 * the audit entry, never dropped silently).
 */
export async function importAttendance(ctx: Ctx, orgId: string, sessionId: string, request: TAttendanceImportRequest): Promise<TAttendanceImportReport> {
  const scope = await loadOrgScope(ctx, orgId);
  const [found] = await ctx.db
    .select({ session: trainingSessions, courseTitle: trainingCourses.title })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(and(eq(trainingSessions.orgId, orgId), eq(trainingSessions.id, sessionId)));
  if (!found || !merPolicy.readObligations(scope, found.session.unitId)) throw sessionNotFound();
  if (!trainingPolicy.recordSession(scope, found.session.unitId)) throw forbidden();

  const base = { sessionId, fileName: request.fileName, format: request.format, committed: false, leftOut: 0 };
  const read = await readTabularFile(request.format, request.contentBase64, { codePrefix: 'training.import', maxBytes: MAX_ATTENDANCE_BYTES, maxRows: MAX_ATTENDANCE_ROWS, noun: 'attendance list' });
  if (!read.ok) {
    const headers = read.header ?? [];
    const report: TAttendanceImportReport = {
      ...base,
      sheet: null,
      headers,
      columns: request.columns ?? (headers.length ? proposeColumns(headers) : NO_COLUMNS),
      columnsProposed: !request.columns,
      fileIssues: [{ column: null, ...read.problem }],
      rows: [],
      counts: { rows: 0, matched: 0, alreadyRecorded: 0, duplicates: 0, unmatched: 0 },
    };
    throw new AttendanceImportRefused('training.import_unreadable', `The file cannot be imported: ${read.problem.message}.`, report);
  }

  const { header, rows, sheet } = read.file;
  const columns = request.columns ?? proposeColumns(header);
  const fileIssues = checkColumns(header, columns);
  // People are matched among those the caller may see in the directory: a file does not reveal anyone else.
  const readable = scope.units.filter((u) => orgsPolicy.readDirectory(scope, u.id)).map((u) => u.id);
  const [directory, recorded] = await Promise.all([
    readable.length ? ctx.db.select({ id: people.id, fullName: people.fullName, email: people.email, unitId: people.unitId }).from(people).where(and(eq(people.orgId, orgId), inArray(people.unitId, readable))) : [],
    ctx.db.select({ personId: trainingAttendance.personId }).from(trainingAttendance).where(eq(trainingAttendance.sessionId, sessionId)),
  ]);
  const matches = fileIssues.length > 0 ? [] : matchRows(header, columns, rows, directory, new Set(recorded.map((r) => r.personId)));
  const personOf = new Map(directory.map((p) => [p.id, { personId: p.id, fullName: p.fullName, unitName: scope.unit(p.unitId)?.name ?? '' }]));
  const count = (...statuses: string[]) => matches.filter((m) => statuses.includes(m.status)).length;
  const report: TAttendanceImportReport = {
    ...base,
    sheet,
    headers: header,
    columns,
    columnsProposed: !request.columns,
    fileIssues,
    rows: matches.map(({ personId, ...m }) => ({ ...m, person: personId ? personOf.get(personId)! : null })),
    counts: { rows: rows.length, matched: count('matched'), alreadyRecorded: count('already_recorded'), duplicates: count('duplicate'), unmatched: count(...UNMATCHED_STATUSES) },
  };
  if (request.mode === 'preview') return report;
  if (fileIssues.length > 0) throw new AttendanceImportRefused('training.import_invalid', 'The columns of the file do not say who attended: nothing was imported.', report);
  if (report.counts.unmatched > 0 && !request.leaveOutUnmatched) {
    throw new AttendanceImportRefused('training.import_invalid', `${report.counts.unmatched} of ${rows.length} rows name nobody of the directory: nothing was imported.`, report);
  }

  const adding = matches.filter((m) => m.status === 'matched').map((m) => m.personId!);
  const leftOut = matches.filter((m) => UNMATCHED_STATUSES.includes(m.status));
  await inTransaction(ctx, async (t) => {
    // Inserted with "do nothing" on a conflict: someone may have recorded a person since the preview.
    const added = adding.length ? await t.db.insert(trainingAttendance).values(adding.map((personId) => ({ orgId, sessionId, personId }))).onConflictDoNothing().returning({ personId: trainingAttendance.personId }) : [];
    await audit(t, {
      orgId,
      action: 'training_attendance.imported',
      entityType: 'training_session',
      entityId: sessionId,
      after: {
        importId: randomUUID(),
        course: found.courseTitle,
        heldOn: found.session.heldOn,
        fileName: request.fileName,
        format: request.format,
        counts: report.counts,
        added: added.map((a) => a.personId),
        leftOut: leftOut.map((m) => ({ rowNumber: m.rowNumber, email: m.email, name: m.name, status: m.status })),
      },
    });
  });
  return { ...report, committed: true, leftOut: leftOut.length };
}
