import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZCreatePlanRequest,
  ZDiffQuery,
  ZPlanDiff,
  ZPlanList,
  ZPlanListQuery,
  ZPlanRef,
  ZPlanVersionList,
  ZPlanVersionRef,
  ZPlanVersionView,
  ZPlanView,
  ZReturnRequest,
  ZReviewRequest,
  ZUpdatePlanRequest,
} from '../../../domain/contract/plans.js';
import type { App, CtxOf } from '../../http/types.js';
import { diffVersions, getVersion, getVersions } from './plans.history.usecases.js';
import { planSuiteRoutes } from './plan-suite.routes.js';
import { reviewPlan, revisePlan } from './plans.review.usecases.js';
import { createPlan, getPlan, listPlans, updatePlan } from './plans.usecases.js';

const tags = ['plans'];

export function plansRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/plans', { schema: { tags, summary: 'Plans of the organization the caller may see', params: ZOrgRef, querystring: ZPlanListQuery, response: { 200: ZPlanList } } }, async (req) =>
    listPlans(ctxOf(req), req.params.orgId, req.query),
  );
  app.post('/api/orgs/:orgId/plans', { schema: { tags, summary: 'Create a plan from the standard template', params: ZOrgRef, body: ZCreatePlanRequest, response: { 201: ZPlanView } } }, async (req, reply) =>
    reply.status(201).send(await createPlan(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/plans/:planId', { schema: { tags, params: ZPlanRef, response: { 200: ZPlanView } } }, async (req) =>
    getPlan(ctxOf(req), req.params.orgId, req.params.planId),
  );
  app.patch('/api/orgs/:orgId/plans/:planId', { schema: { tags, summary: 'Edit the draft version', params: ZPlanRef, body: ZUpdatePlanRequest, response: { 200: ZPlanView } } }, async (req) =>
    updatePlan(ctxOf(req), req.params.orgId, req.params.planId, req.body),
  );
  app.post('/api/orgs/:orgId/plans/:planId/submit', { schema: { tags, summary: 'Submit the draft for quality review', params: ZPlanRef, body: ZReviewRequest.optional(), response: { 200: ZPlanView } } }, async (req) =>
    reviewPlan(ctxOf(req), req.params.orgId, req.params.planId, 'submit', req.body?.comment ?? ''),
  );
  app.post('/api/orgs/:orgId/plans/:planId/return', { schema: { tags, summary: 'Return for changes, with a comment', params: ZPlanRef, body: ZReturnRequest, response: { 200: ZPlanView } } }, async (req) =>
    reviewPlan(ctxOf(req), req.params.orgId, req.params.planId, 'return', req.body.comment),
  );
  app.post('/api/orgs/:orgId/plans/:planId/approve', { schema: { tags, summary: 'Approve: freezes the version and supersedes the previous one', params: ZPlanRef, body: ZReviewRequest.optional(), response: { 200: ZPlanView } } }, async (req) =>
    reviewPlan(ctxOf(req), req.params.orgId, req.params.planId, 'approve', req.body?.comment ?? ''),
  );
  app.post('/api/orgs/:orgId/plans/:planId/revise', { schema: { tags, summary: 'Open a new draft version of an approved plan', params: ZPlanRef, body: z.object({}).strict().optional(), response: { 200: ZPlanView } } }, async (req) =>
    revisePlan(ctxOf(req), req.params.orgId, req.params.planId),
  );
  app.get('/api/orgs/:orgId/plans/:planId/versions', { schema: { tags, params: ZPlanRef, response: { 200: ZPlanVersionList } } }, async (req) => ({
    items: await getVersions(ctxOf(req), req.params.orgId, req.params.planId),
  }));
  app.get('/api/orgs/:orgId/plans/:planId/versions/:versionNumber', { schema: { tags, params: ZPlanVersionRef, response: { 200: ZPlanVersionView } } }, async (req) =>
    getVersion(ctxOf(req), req.params.orgId, req.params.planId, req.params.versionNumber),
  );
  app.get('/api/orgs/:orgId/plans/:planId/diff', { schema: { tags, summary: 'What changed between two versions', params: ZPlanRef, querystring: ZDiffQuery, response: { 200: ZPlanDiff } } }, async (req) =>
    diffVersions(ctxOf(req), req.params.orgId, req.params.planId, req.query.from, req.query.to),
  );
  planSuiteRoutes(app, ctxOf);
}
