import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZEvaluationInput,
  ZEvaluationList,
  ZEvaluationRef,
  ZEvaluationUpdate,
  ZEvaluationView,
  ZExportQuery,
  ZManagementReviewAction,
  ZManagementReviewInput,
  ZManagementReviewList,
  ZManagementReviewRef,
  ZManagementReviewUpdate,
  ZManagementReviewView,
} from '../../../domain/contract/learning.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { App, CtxOf } from '../../http/types.js';
import { createEvaluation, finalizeEvaluation, getEvaluation, listEvaluations, updateEvaluation } from './evaluations.usecases.js';
import { evaluationDocument, managementReviewDocument } from './learning.exports.js';
import { addManagementAction, concludeManagementReview, createManagementReview, getManagementReview, listManagementReviews, updateManagementReview } from './management.usecases.js';

const tags = ['learning'];
const ZEmpty = z.object({}).strict();
const CONTENT_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;
const languageOf = (lang: TLanguage | undefined, header: string | undefined): TLanguage => lang ?? ((['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const).find((l) => header?.startsWith(l)) ?? 'en');

/** Management reviews (ISO 22301 9.3) and crisis management evaluations (recommendation 5). */
export function managementRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/management-reviews', { schema: { tags, params: ZOrgRef, response: { 200: ZManagementReviewList } } }, async (req) => listManagementReviews(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/management-reviews', { schema: { tags, summary: 'Start a management review; its inputs are assembled', params: ZOrgRef, body: ZManagementReviewInput, response: { 201: ZManagementReviewView } } }, async (req, reply) =>
    reply.status(201).send(await createManagementReview(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/management-reviews/:reviewId', { schema: { tags, params: ZManagementReviewRef, response: { 200: ZManagementReviewView } } }, async (req) => getManagementReview(ctxOf(req), req.params.orgId, req.params.reviewId));
  app.patch('/api/orgs/:orgId/management-reviews/:reviewId', { schema: { tags, params: ZManagementReviewRef, body: ZManagementReviewUpdate, response: { 200: ZManagementReviewView } } }, async (req) =>
    updateManagementReview(ctxOf(req), req.params.orgId, req.params.reviewId, req.body),
  );
  app.post('/api/orgs/:orgId/management-reviews/:reviewId/actions', { schema: { tags, summary: 'An action decided, as a remedial action', params: ZManagementReviewRef, body: ZManagementReviewAction, response: { 201: ZManagementReviewView } } }, async (req, reply) =>
    reply.status(201).send(await addManagementAction(ctxOf(req), req.params.orgId, req.params.reviewId, req.body)),
  );
  app.post('/api/orgs/:orgId/management-reviews/:reviewId/conclude', { schema: { tags, summary: 'Conclude: the inputs are frozen as considered', params: ZManagementReviewRef, body: ZEmpty.optional(), response: { 200: ZManagementReviewView } } }, async (req) =>
    concludeManagementReview(ctxOf(req), req.params.orgId, req.params.reviewId),
  );
  app.get('/api/orgs/:orgId/management-reviews/:reviewId/export', { schema: { tags, summary: 'The review record as PDF or DOCX', params: ZManagementReviewRef, querystring: ZExportQuery } }, async (req, reply) => {
    const { fileName, file } = await managementReviewDocument(ctxOf(req), req.params.orgId, req.params.reviewId, languageOf(req.query.lang, req.headers['accept-language']), req.query.format);
    return reply.type(CONTENT_TYPES[req.query.format]).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
  });

  app.get('/api/orgs/:orgId/crisis-evaluations', { schema: { tags, params: ZOrgRef, response: { 200: ZEvaluationList } } }, async (req) => listEvaluations(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/crisis-evaluations', { schema: { tags, summary: 'Start a management evaluation of a crisis (recommendation 5)', params: ZOrgRef, body: ZEvaluationInput, response: { 201: ZEvaluationView } } }, async (req, reply) =>
    reply.status(201).send(await createEvaluation(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/crisis-evaluations/:evaluationId', { schema: { tags, params: ZEvaluationRef, response: { 200: ZEvaluationView } } }, async (req) => getEvaluation(ctxOf(req), req.params.orgId, req.params.evaluationId));
  app.patch('/api/orgs/:orgId/crisis-evaluations/:evaluationId', { schema: { tags, params: ZEvaluationRef, body: ZEvaluationUpdate, response: { 200: ZEvaluationView } } }, async (req) =>
    updateEvaluation(ctxOf(req), req.params.orgId, req.params.evaluationId, req.body),
  );
  app.post('/api/orgs/:orgId/crisis-evaluations/:evaluationId/finalize', { schema: { tags, params: ZEvaluationRef, body: ZEmpty.optional(), response: { 200: ZEvaluationView } } }, async (req) =>
    finalizeEvaluation(ctxOf(req), req.params.orgId, req.params.evaluationId),
  );
  app.get('/api/orgs/:orgId/crisis-evaluations/:evaluationId/export', { schema: { tags, summary: 'The evaluation report for the governing body, PDF or DOCX', params: ZEvaluationRef, querystring: ZExportQuery } }, async (req, reply) => {
    const { fileName, file } = await evaluationDocument(ctxOf(req), req.params.orgId, req.params.evaluationId, languageOf(req.query.lang, req.headers['accept-language']), req.query.format);
    return reply.type(CONTENT_TYPES[req.query.format]).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
  });
}
