import { z } from 'zod';
import {
  ZBiaListQuery,
  ZBiaSettings,
  ZBiaSettingsView,
  ZBiaVersionList,
  ZBiaVersionRef,
  ZBiaVersionView,
  ZCommentRequest,
  ZDependencyInput,
  ZDependencyRefParams,
  ZDependencyUpdate,
  ZDependencyView,
  ZGapReport,
  ZServiceInput,
  ZServiceRef,
  ZServiceUpdate,
  ZServiceView,
  ZUnitBiaRef,
  ZUnitBiaView,
} from '../../../domain/contract/bia.js';
import { ZOrgRef } from '../../../domain/contract/common.js';
import type { App, CtxOf } from '../../http/types.js';
import { biaCampaignRoutes } from './bia.campaigns.routes.js';
import { createDependency, deleteDependency, getDependency, listDependencies, updateDependency } from './bia.dependencies.usecases.js';
import { getGaps } from './bia.gaps.usecases.js';
import { getBiaVersion, getUnitBia, listBiaVersions, transitionUnitBia } from './bia.lifecycle.usecases.js';
import { createService, deleteService, getService, listServices, updateService } from './bia.services.usecases.js';
import { getBiaSettings, putBiaSettings } from './bia.settings.usecases.js';

const tags = ['bia'];
const base = '/api/orgs/:orgId/bia';

export function biaRoutes(app: App, ctxOf: CtxOf) {
  app.get(`${base}/settings`, { schema: { tags, summary: "The organization's impact scale (defaults until set)", params: ZOrgRef, response: { 200: ZBiaSettingsView } } }, async (req) =>
    getBiaSettings(ctxOf(req), req.params.orgId),
  );
  app.put(`${base}/settings`, { schema: { tags, summary: 'Replace the impact scale; re-derives the MTPD of every service', params: ZOrgRef, body: ZBiaSettings, response: { 200: ZBiaSettingsView } } }, async (req) =>
    putBiaSettings(ctxOf(req), req.params.orgId, req.body),
  );

  app.get(`${base}/services`, { schema: { tags, summary: 'Services of a unit (and its subtree) the caller may read', params: ZOrgRef, querystring: ZBiaListQuery, response: { 200: z.object({ items: z.array(ZServiceView) }) } } }, async (req) =>
    listServices(ctxOf(req), req.params.orgId, req.query),
  );
  app.post(`${base}/services`, { schema: { tags, summary: 'Record a service; its MTPD is derived from the impacts', params: ZOrgRef, body: ZServiceInput, response: { 201: ZServiceView } } }, async (req, reply) =>
    reply.status(201).send(await createService(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get(`${base}/services/:serviceId`, { schema: { tags, params: ZServiceRef, response: { 200: ZServiceView } } }, async (req) => getService(ctxOf(req), req.params.orgId, req.params.serviceId));
  app.patch(`${base}/services/:serviceId`, { schema: { tags, params: ZServiceRef, body: ZServiceUpdate, response: { 200: ZServiceView } } }, async (req) =>
    updateService(ctxOf(req), req.params.orgId, req.params.serviceId, req.body),
  );
  app.delete(`${base}/services/:serviceId`, { schema: { tags, params: ZServiceRef, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteService(ctxOf(req), req.params.orgId, req.params.serviceId);
    return reply.status(204).send(null);
  });

  app.get(`${base}/dependencies`, { schema: { tags, params: ZOrgRef, querystring: ZBiaListQuery, response: { 200: z.object({ items: z.array(ZDependencyView) }) } } }, async (req) =>
    listDependencies(ctxOf(req), req.params.orgId, req.query),
  );
  app.post(`${base}/dependencies`, { schema: { tags, summary: 'Record a key role, ICT system, facility, supplier or vital record', params: ZOrgRef, body: ZDependencyInput, response: { 201: ZDependencyView } } }, async (req, reply) =>
    reply.status(201).send(await createDependency(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get(`${base}/dependencies/:dependencyId`, { schema: { tags, params: ZDependencyRefParams, response: { 200: ZDependencyView } } }, async (req) =>
    getDependency(ctxOf(req), req.params.orgId, req.params.dependencyId),
  );
  app.patch(`${base}/dependencies/:dependencyId`, { schema: { tags, params: ZDependencyRefParams, body: ZDependencyUpdate, response: { 200: ZDependencyView } } }, async (req) =>
    updateDependency(ctxOf(req), req.params.orgId, req.params.dependencyId, req.body),
  );
  app.delete(`${base}/dependencies/:dependencyId`, { schema: { tags, params: ZDependencyRefParams, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteDependency(ctxOf(req), req.params.orgId, req.params.dependencyId);
    return reply.status(204).send(null);
  });

  app.get(`${base}/units/:unitId`, { schema: { tags, summary: "A unit's BIA: state, versions, counts, allowed actions", params: ZUnitBiaRef, response: { 200: ZUnitBiaView } } }, async (req) =>
    getUnitBia(ctxOf(req), req.params.orgId, req.params.unitId),
  );
  for (const transition of ['submit', 'approve', 'revise'] as const) {
    app.post(`${base}/units/:unitId/${transition}`, { schema: { tags, params: ZUnitBiaRef, body: ZCommentRequest.optional(), response: { 200: ZUnitBiaView } } }, async (req) =>
      transitionUnitBia(ctxOf(req), req.params.orgId, req.params.unitId, transition, req.body?.comment ?? ''),
    );
  }
  app.get(`${base}/units/:unitId/versions`, { schema: { tags, params: ZUnitBiaRef, response: { 200: ZBiaVersionList } } }, async (req) =>
    listBiaVersions(ctxOf(req), req.params.orgId, req.params.unitId),
  );
  app.get(`${base}/units/:unitId/versions/:versionNumber`, { schema: { tags, summary: 'The snapshot frozen when a version was approved', params: ZBiaVersionRef, response: { 200: ZBiaVersionView } } }, async (req) =>
    getBiaVersion(ctxOf(req), req.params.orgId, req.params.unitId, req.params.versionNumber),
  );

  app.get(`${base}/gaps`, { schema: { tags, summary: 'Recovery gaps of a unit (and subtree) or, without unitId, the whole organization', params: ZOrgRef, querystring: ZBiaListQuery, response: { 200: ZGapReport } } }, async (req) =>
    getGaps(ctxOf(req), req.params.orgId, req.query),
  );
  biaCampaignRoutes(app, ctxOf);
}
