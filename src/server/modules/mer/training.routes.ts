import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZCourseInput, ZCourseList, ZCourseView, ZSessionInput, ZSessionList, ZTrainingCurrency } from '../../../domain/contract/training.js';
import type { App, CtxOf } from '../../http/types.js';
import { createCourse, listCourses, listSessions, recordSession, trainingCurrencyReport } from './training.usecases.js';

const tags = ['training and awareness'];

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
}
