import { z } from 'zod';
import { ZCampaignDetail, ZCampaignInput, ZCampaignRef, ZCampaignView, ZEffortInput, ZEffortList, ZEffortQuery, ZEffortView } from '../../../domain/contract/bia.js';
import { ZOrgRef } from '../../../domain/contract/common.js';
import type { App, CtxOf } from '../../http/types.js';
import { closeCampaign, getCampaign, launchCampaign, listCampaigns } from './bia.campaigns.usecases.js';
import { listEffort, recordEffort } from './bia.effort.usecases.js';
import { biaExportRoute } from './bia.export.js';

const tags = ['bia'];
const base = '/api/orgs/:orgId/bia';

export function biaCampaignRoutes(app: App, ctxOf: CtxOf) {
  app.get(`${base}/campaigns`, { schema: { tags, params: ZOrgRef, response: { 200: z.object({ items: z.array(ZCampaignView), allowedActions: z.object({ launch: z.boolean() }) }) } } }, async (req) => listCampaigns(ctxOf(req), req.params.orgId));
  app.post(`${base}/campaigns`, { schema: { tags, summary: 'Launch a BIA campaign for a unit subtree', params: ZOrgRef, body: ZCampaignInput, response: { 201: ZCampaignDetail } } }, async (req, reply) =>
    reply.status(201).send(await launchCampaign(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get(`${base}/campaigns/:campaignId`, { schema: { tags, summary: 'Progress per unit, with the overdue units', params: ZCampaignRef, response: { 200: ZCampaignDetail } } }, async (req) =>
    getCampaign(ctxOf(req), req.params.orgId, req.params.campaignId),
  );
  app.post(`${base}/campaigns/:campaignId/close`, { schema: { tags, params: ZCampaignRef, body: z.object({}).strict().optional(), response: { 200: ZCampaignDetail } } }, async (req) =>
    closeCampaign(ctxOf(req), req.params.orgId, req.params.campaignId),
  );
  app.get(`${base}/effort`, { schema: { tags, params: ZOrgRef, querystring: ZEffortQuery, response: { 200: ZEffortList } } }, async (req) => listEffort(ctxOf(req), req.params.orgId, req.query));
  app.post(`${base}/effort`, { schema: { tags, summary: 'Record hours and external cost of analysis', params: ZOrgRef, body: ZEffortInput, response: { 201: ZEffortView } } }, async (req, reply) =>
    reply.status(201).send(await recordEffort(ctxOf(req), req.params.orgId, req.body)),
  );
  biaExportRoute(app, ctxOf);
}
