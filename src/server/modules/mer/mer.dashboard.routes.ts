import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZMerDashboard, ZMerDashboardQuery } from '../../../domain/contract/mer-dashboard.js';
import type { App, CtxOf } from '../../http/types.js';
import { exportMerDashboard, getMerDashboard } from './mer.dashboard.js';

const tags = ['maintenance, exercise and review'];

export function merDashboardRoutes(app: App, ctxOf: CtxOf) {
  app.get(
    '/api/orgs/:orgId/mer/dashboard',
    { schema: { tags, summary: 'Compliance roll-ups by organization and region, overdue list with owners, 12-month trend', params: ZOrgRef, querystring: ZMerDashboardQuery, response: { 200: ZMerDashboard } } },
    async (req) => getMerDashboard(ctxOf(req), req.params.orgId, req.query),
  );
  app.get('/api/orgs/:orgId/mer/dashboard.xlsx', { schema: { tags, summary: 'The compliance dashboard as XLSX', params: ZOrgRef, querystring: ZMerDashboardQuery } }, async (req, reply) => {
    const file = await exportMerDashboard(ctxOf(req), req.params.orgId, req.query);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="compliance-dashboard.xlsx"')
      .send(file);
  });
}
