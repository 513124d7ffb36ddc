import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZMerPolicy, ZMerPolicyView, ZObligationList, ZObligationsQuery } from '../../../domain/contract/mer.js';
import type { App, CtxOf } from '../../http/types.js';
import { getMerPolicy, listObligations, setMerPolicy } from './mer.usecases.js';

const tags = ['maintenance, exercise and review'];

export function merRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/mer/policy', { schema: { tags, summary: 'The ME&R policy in force and its versions', params: ZOrgRef, response: { 200: ZMerPolicyView } } }, async (req) =>
    getMerPolicy(ctxOf(req), req.params.orgId),
  );
  app.put('/api/orgs/:orgId/mer/policy', { schema: { tags, summary: 'Set a new version of the ME&R policy', params: ZOrgRef, body: ZMerPolicy, response: { 200: ZMerPolicyView } } }, async (req) =>
    setMerPolicy(ctxOf(req), req.params.orgId, req.body),
  );
  app.get('/api/orgs/:orgId/mer/obligations', { schema: { tags, summary: 'What is due when, per plan, as of a day', params: ZOrgRef, querystring: ZObligationsQuery, response: { 200: ZObligationList } } }, async (req) =>
    listObligations(ctxOf(req), req.params.orgId, req.query),
  );
}
