import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZAuditList, ZAuditQuery } from '../../../domain/contract/audit.js';
import type { App, CtxOf } from '../../http/types.js';
import { readOrgAudit } from './audit.read.usecases.js';

export function auditRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/audit', { schema: { tags: ['audit'], summary: 'Who did what, newest first', params: ZOrgRef, querystring: ZAuditQuery, response: { 200: ZAuditList } } }, async (req) => ({
    items: await readOrgAudit(ctxOf(req), req.params.orgId, req.query),
  }));
}
