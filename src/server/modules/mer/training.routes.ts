import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZAttendanceImportRef, ZAttendanceImportReport, ZAttendanceImportRefusal, ZAttendanceImportRequest, ZCourseInput, ZCourseList, ZCourseView, ZSessionInput, ZSessionList, ZTrainingCurrency } from '../../../domain/contract/training.js';
import type { App, CtxOf } from '../../http/types.js';
import { AttendanceImportRefused, importAttendance } from './attendance-import.usecases.js';
import { createCourse, listCourses, listSessions, recordSession, trainingCurrencyReport } from './training.usecases.js';

const tags = ['training and awareness'];
/** A 5 MB file is ~7 MB as base64, plus the JSON around it. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

export function trainingRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/training/courses', { schema: { tags, params: ZOrgRef, response: { 200: ZCourseList } } }, async (req) => listCourses(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/training/courses', { schema: { tags, summary: 'A course, mandatory for some functions, renewed every so many months', params: ZOrgRef, body: ZCourseInput, response: { 201: ZCourseView } } }, async (req, reply) =>
    reply.status(201).send(await createCourse(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/training/sessions', { schema: { tags, params: ZOrgRef, response: { 200: ZSessionList } } }, async (req) => listSessions(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/training/sessions', { schema: { tags, summary: 'A session held, with who attended', params: ZOrgRef, body: ZSessionInput, response: { 201: z.object({ id: z.uuid() }) } } }, async (req, reply) =>
    reply.status(201).send({ id: await recordSession(ctxOf(req), req.params.orgId, req.body) }),
  );
  app.get('/api/orgs/:orgId/training/currency', { schema: { tags, summary: 'Who must be trained and who is current; share per function (KPI 15 for the CMT)', params: ZOrgRef, response: { 200: ZTrainingCurrency } } }, async (req) =>
    trainingCurrencyReport(ctxOf(req), req.params.orgId),
  );
  app.post(
    '/api/orgs/:orgId/training/sessions/:sessionId/attendance/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Preview or commit who attended, from a sign-in sheet or e-learning export (CSV/XLSX): matched by e-mail or name, all rows or none',
        params: ZAttendanceImportRef,
        body: ZAttendanceImportRequest,
        response: { 200: ZAttendanceImportReport, 422: ZAttendanceImportRefusal },
      },
    },
    async (req, reply) => {
      try {
        return await importAttendance(ctxOf(req), req.params.orgId, req.params.sessionId, req.body);
      } catch (error) {
        if (!(error instanceof AttendanceImportRefused)) throw error;
        return reply.status(422).send({ error: { code: error.code, message: error.message, requestId: req.id, issues: error.issues }, report: error.report });
      }
    },
  );
}
