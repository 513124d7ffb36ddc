import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZActionList, ZActionListQuery, ZActionRef, ZActionUpdate, ZActionView, ZCloseActionRequest } from '../../../domain/contract/actions.js';
import type { App, CtxOf } from '../../http/types.js';
import { closeAction, getAction, listActions, updateAction } from './actions.usecases.js';

const tags = ['remedial actions'];

export function actionsRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/remedial-actions', { schema: { tags, summary: 'Remedial actions the caller follows or owns', params: ZOrgRef, querystring: ZActionListQuery, response: { 200: ZActionList } } }, async (req) =>
    listActions(ctxOf(req), req.params.orgId, req.query),
  );
  app.get('/api/orgs/:orgId/remedial-actions/:actionId', { schema: { tags, params: ZActionRef, response: { 200: ZActionView } } }, async (req) =>
    getAction(ctxOf(req), req.params.orgId, req.params.actionId),
  );
  app.patch('/api/orgs/:orgId/remedial-actions/:actionId', { schema: { tags, summary: 'Progress, owner or due date', params: ZActionRef, body: ZActionUpdate, response: { 200: ZActionView } } }, async (req) =>
    updateAction(ctxOf(req), req.params.orgId, req.params.actionId, req.body),
  );
  app.post('/api/orgs/:orgId/remedial-actions/:actionId/close', { schema: { tags, summary: 'Close with the evidence that it was done', params: ZActionRef, body: ZCloseActionRequest, response: { 200: ZActionView } } }, async (req) =>
    closeAction(ctxOf(req), req.params.orgId, req.params.actionId, req.body.evidence),
  );
}
