import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZLessonInput,
  ZLessonList,
  ZLessonQuery,
  ZLessonRef,
  ZLessonUpdate,
  ZLessonView,
  ZRequiredChange,
  ZReviewInput,
  ZReviewList,
  ZReviewListQuery,
  ZReviewRef,
  ZReviewUpdate,
  ZReviewView,
  ZSuggestionQuery,
  ZSuggestions,
} from '../../../domain/contract/learning.js';
import type { App, CtxOf } from '../../http/types.js';
import { createLesson, getLesson, listLessons, publishLesson, suggestLessons, updateLesson } from './lessons.usecases.js';
import { managementRoutes } from './management.routes.js';
import { addRequiredChange, completeReview, createReview, getReview, listReviews, updateReview } from './reviews.usecases.js';

const tags = ['learning'];
const ZEmpty = z.object({}).strict();

/** The learning slice's HTTP routes. */
export function learningRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/post-incident-reviews', { schema: { tags, summary: 'Post-incident and after-action reviews the caller follows', params: ZOrgRef, querystring: ZReviewListQuery, response: { 200: ZReviewList } } }, async (req) =>
    listReviews(ctxOf(req), req.params.orgId, req.query),
  );
  app.post('/api/orgs/:orgId/post-incident-reviews', { schema: { tags, summary: 'Open a review by hand', params: ZOrgRef, body: ZReviewInput, response: { 201: ZReviewView } } }, async (req, reply) =>
    reply.status(201).send(await createReview(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/post-incident-reviews/:reviewId', { schema: { tags, params: ZReviewRef, response: { 200: ZReviewView } } }, async (req) => getReview(ctxOf(req), req.params.orgId, req.params.reviewId));
  app.patch('/api/orgs/:orgId/post-incident-reviews/:reviewId', { schema: { tags, summary: 'Template sections, participants, owner, due date', params: ZReviewRef, body: ZReviewUpdate, response: { 200: ZReviewView } } }, async (req) =>
    updateReview(ctxOf(req), req.params.orgId, req.params.reviewId, req.body),
  );
  app.post('/api/orgs/:orgId/post-incident-reviews/:reviewId/complete', { schema: { tags, params: ZReviewRef, body: ZEmpty.optional(), response: { 200: ZReviewView } } }, async (req) =>
    completeReview(ctxOf(req), req.params.orgId, req.params.reviewId),
  );
  app.post('/api/orgs/:orgId/post-incident-reviews/:reviewId/changes', { schema: { tags, summary: 'A required change, as a remedial action', params: ZReviewRef, body: ZRequiredChange, response: { 201: ZReviewView } } }, async (req, reply) =>
    reply.status(201).send(await addRequiredChange(ctxOf(req), req.params.orgId, req.params.reviewId, req.body)),
  );

  app.get('/api/orgs/:orgId/lessons', { schema: { tags, summary: 'Lessons and good practices: own and shared installation-wide; full-text search in six languages', params: ZOrgRef, querystring: ZLessonQuery, response: { 200: ZLessonList } } }, async (req) =>
    listLessons(ctxOf(req), req.params.orgId, req.query),
  );
  app.post('/api/orgs/:orgId/lessons', { schema: { tags, summary: 'Write a lesson (a draft)', params: ZOrgRef, body: ZLessonInput, response: { 201: ZLessonView } } }, async (req, reply) =>
    reply.status(201).send(await createLesson(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/lesson-suggestions', { schema: { tags, summary: 'Lessons relevant to a plan or an event type', params: ZOrgRef, querystring: ZSuggestionQuery, response: { 200: ZSuggestions } } }, async (req) =>
    suggestLessons(ctxOf(req), req.params.orgId, req.query),
  );
  app.get('/api/orgs/:orgId/lessons/:lessonId', { schema: { tags, params: ZLessonRef, response: { 200: ZLessonView } } }, async (req) => getLesson(ctxOf(req), req.params.orgId, req.params.lessonId));
  app.patch('/api/orgs/:orgId/lessons/:lessonId', { schema: { tags, params: ZLessonRef, body: ZLessonUpdate, response: { 200: ZLessonView } } }, async (req) => updateLesson(ctxOf(req), req.params.orgId, req.params.lessonId, req.body));
  app.post('/api/orgs/:orgId/lessons/:lessonId/publish', { schema: { tags, summary: 'Publish to the organization or installation-wide, as the lesson says', params: ZLessonRef, body: ZEmpty.optional(), response: { 200: ZLessonView } } }, async (req) =>
    publishLesson(ctxOf(req), req.params.orgId, req.params.lessonId),
  );

  managementRoutes(app, ctxOf);
}
