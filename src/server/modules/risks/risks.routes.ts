import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZPlansWithoutRisksReport,
  ZRiskImportRefusal,
  ZRiskImportReport,
  ZRiskImportRequest,
  ZRiskInput,
  ZRiskList,
  ZRiskListQuery,
  ZRiskRef,
  ZRiskView,
  ZServiceOptions,
  ZUnansweredReport,
  ZUpdateRiskRequest,
} from '../../../domain/contract/risks.js';
import type { App, CtxOf } from '../../http/types.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { exportRegister, importTemplateCsv } from './risks.export.usecases.js';
import { ImportRefused, importRegister } from './risks.import.usecases.js';
import { plansWithoutRisks, unansweredRisks } from './risks.reports.usecases.js';
import { createRisk, deleteRisk, getRisk, listRisks, listServiceOptions, updateRisk } from './risks.usecases.js';

const tags = ['risks'];
/** 5 MB of file is ~7 MB of base64, plus the mapping. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

export function risksRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/risks', { schema: { tags, summary: 'The risk register as the caller may see it, with the heat map', params: ZOrgRef, querystring: ZRiskListQuery, response: { 200: ZRiskList } } }, async (req) =>
    listRisks(ctxOf(req), req.params.orgId, req.query),
  );
  app.post('/api/orgs/:orgId/risks', { schema: { tags, summary: 'Add a risk to the register', params: ZOrgRef, body: ZRiskInput, response: { 201: ZRiskView } } }, async (req, reply) =>
    reply.status(201).send(await createRisk(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/risks/services', { schema: { tags, summary: 'Services a risk can be linked to', params: ZOrgRef, response: { 200: ZServiceOptions } } }, async (req) =>
    listServiceOptions(ctxOf(req), req.params.orgId),
  );
  app.get('/api/orgs/:orgId/risks/reports/unanswered', { schema: { tags, summary: 'Open disruption risks no plan answers, per unit', params: ZOrgRef, response: { 200: ZUnansweredReport } } }, async (req) =>
    unansweredRisks(ctxOf(req), req.params.orgId),
  );
  app.get('/api/orgs/:orgId/risks/reports/plans-without-risks', { schema: { tags, summary: 'Plans that link no risk of the register', params: ZOrgRef, response: { 200: ZPlansWithoutRisksReport } } }, async (req) =>
    plansWithoutRisks(ctxOf(req), req.params.orgId),
  );
  app.get('/api/orgs/:orgId/risks/export.xlsx', { schema: { tags, summary: 'The register as XLSX, in the import template’s columns', params: ZOrgRef } }, async (req, reply) => {
    const file = await exportRegister(ctxOf(req), req.params.orgId);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="risk-register.xlsx"')
      .send(file);
  });
  app.get('/api/orgs/:orgId/risks/import-template.csv', { schema: { tags, summary: 'The CSV template of a register file', params: ZOrgRef, response: { 200: z.string() } } }, async (req, reply) => {
    await loadOrgScope(ctxOf(req), req.params.orgId);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="risk-register-template.csv"').send(importTemplateCsv());
  });
  app.post(
    '/api/orgs/:orgId/risks/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags, summary: 'Preview or commit a CSV/XLSX register: all rows or none', params: ZOrgRef, body: ZRiskImportRequest, response: { 200: ZRiskImportReport, 422: ZRiskImportRefusal } },
    },
    async (req, reply) => {
      try {
        return await importRegister(ctxOf(req), req.params.orgId, req.body);
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        return reply.status(422).send({ error: { code: error.code, message: error.message, requestId: req.id, issues: error.issues }, report: error.report });
      }
    },
  );
  app.get('/api/orgs/:orgId/risks/:riskId', { schema: { tags, params: ZRiskRef, response: { 200: ZRiskView } } }, async (req) =>
    getRisk(ctxOf(req), req.params.orgId, req.params.riskId),
  );
  app.patch('/api/orgs/:orgId/risks/:riskId', { schema: { tags, summary: 'Edit a risk; serviceIds, when sent, replaces its links', params: ZRiskRef, body: ZUpdateRiskRequest, response: { 200: ZRiskView } } }, async (req) =>
    updateRisk(ctxOf(req), req.params.orgId, req.params.riskId, req.body),
  );
  app.delete('/api/orgs/:orgId/risks/:riskId', { schema: { tags, summary: 'Delete a risk no live plan answers (else close it)', params: ZRiskRef, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteRisk(ctxOf(req), req.params.orgId, req.params.riskId);
    return reply.status(204).send(null);
  });
}
