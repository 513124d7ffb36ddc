import { z } from 'zod';
import { ZId, ZOrgRef } from '../../../domain/contract/common.js';
import { ZCreatePersonRequest, ZCreateUnitRequest, ZMeView, ZOrgView, ZPersonView, ZUnitView, ZUpdateOrgRequest } from '../../../domain/contract/orgs.js';
import type { App, CtxOf } from '../../http/types.js';
import { createPerson, createUnit, getOrg, listOrgs, listPeople, listUnits, updateOrg } from './orgs.usecases.js';
import { describeMe } from './me.usecases.js';

const tags = ['organizations'];

export function orgsRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/me', { schema: { tags: ['me'], summary: 'The signed-in user and their roles', response: { 200: ZMeView } } }, async (req) => describeMe(ctxOf(req)));
  app.get('/api/orgs', { schema: { tags, response: { 200: z.object({ items: z.array(ZOrgView) }) } } }, async (req) => ({ items: await listOrgs(ctxOf(req)) }));
  app.get('/api/orgs/:orgId', { schema: { tags, params: ZOrgRef, response: { 200: ZOrgView } } }, async (req) => getOrg(ctxOf(req), req.params.orgId));
  app.patch('/api/orgs/:orgId', { schema: { tags, summary: 'Name and BCM arrangement of the organization', params: ZOrgRef, body: ZUpdateOrgRequest, response: { 200: ZOrgView } } }, async (req) =>
    updateOrg(ctxOf(req), req.params.orgId, req.body),
  );
  app.get('/api/orgs/:orgId/units', { schema: { tags, summary: 'The unit tree, as a flat list with parents', params: ZOrgRef, response: { 200: z.object({ items: z.array(ZUnitView) }) } } }, async (req) => ({
    items: await listUnits(ctxOf(req), req.params.orgId),
  }));
  app.post('/api/orgs/:orgId/units', { schema: { tags, params: ZOrgRef, body: ZCreateUnitRequest, response: { 201: ZUnitView } } }, async (req, reply) =>
    reply.status(201).send(await createUnit(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/people', { schema: { tags, summary: 'Staff directory', params: ZOrgRef, querystring: z.object({ unitId: ZId.optional() }), response: { 200: z.object({ items: z.array(ZPersonView) }) } } }, async (req) => ({
    items: await listPeople(ctxOf(req), req.params.orgId, req.query.unitId),
  }));
  app.post('/api/orgs/:orgId/people', { schema: { tags, params: ZOrgRef, body: ZCreatePersonRequest, response: { 201: ZPersonView } } }, async (req, reply) =>
    reply.status(201).send(await createPerson(ctxOf(req), req.params.orgId, req.body)),
  );
}
