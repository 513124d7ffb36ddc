import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZActionCards, ZCardsQuery } from '../../../domain/contract/plan-structure.js';
import { ZPlanRef, ZPlanSuite, ZPlanSuiteQuery } from '../../../domain/contract/plans.js';
import type { App, CtxOf } from '../../http/types.js';
import { getActionCards } from './plan-cards.usecases.js';
import { CONTENT_TYPES, exportCards, exportPlan, type TExportFormat } from './plan-export.usecases.js';
import { getPlanSuite } from './plan-suite.usecases.js';

const tags = ['plans'];

/** The plan suite across units, action cards, and the plan and card documents (PDF, DOCX). */
export function planSuiteRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/plan-suite', { schema: { tags, summary: 'Per unit: which of the seven plans exist, their state, and coherence warnings', params: ZOrgRef, querystring: ZPlanSuiteQuery, response: { 200: ZPlanSuite } } }, async (req) =>
    getPlanSuite(ctxOf(req), req.params.orgId, req.query),
  );
  app.get('/api/orgs/:orgId/plans/:planId/cards', { schema: { tags, summary: 'One action card per role: first hour, first day, first week', params: ZPlanRef, querystring: ZCardsQuery, response: { 200: ZActionCards } } }, async (req) =>
    getActionCards(ctxOf(req), req.params.orgId, req.params.planId, req.query.role),
  );
  for (const format of ['pdf', 'docx'] as const satisfies TExportFormat[]) {
    const binary = { 200: z.any().describe(CONTENT_TYPES[format]) };
    app.get(`/api/orgs/:orgId/plans/:planId/export.${format}`, { schema: { tags, summary: `The full plan as ${format.toUpperCase()}, in its language`, params: ZPlanRef, response: binary } }, async (req, reply) => {
      const file = await exportPlan(ctxOf(req), req.params.orgId, req.params.planId, format);
      return sendFile(reply, format, file);
    });
    app.get(`/api/orgs/:orgId/plans/:planId/cards.${format}`, { schema: { tags, summary: `The action cards as ${format.toUpperCase()}; ?role= for one card`, params: ZPlanRef, querystring: ZCardsQuery, response: binary } }, async (req, reply) => {
      const file = await exportCards(ctxOf(req), req.params.orgId, req.params.planId, format, req.query.role);
      return sendFile(reply, format, file);
    });
  }
}

function sendFile(reply: { header(k: string, v: string): unknown; send(b: Buffer): unknown }, format: TExportFormat, file: { body: Buffer; name: { ascii: string; utf8: string } }) {
  reply.header('content-type', CONTENT_TYPES[format]);
  reply.header('content-disposition', `attachment; filename="${file.name.ascii}"; filename*=UTF-8''${encodeURIComponent(file.name.utf8)}`);
  reply.header('cache-control', 'private, no-store');
  return reply.send(file.body);
}
