import { z } from 'zod';
import { ZId, ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZCreatePersonRequest,
  ZCreateUnitRequest,
  ZMeView,
  ZOrgView,
  ZPersonRef,
  ZPersonView,
  ZUnitRef,
  ZUnitView,
  ZUpdateOrgRequest,
  ZUpdatePersonRequest,
  ZUpdateUnitRequest,
} from '../../../domain/contract/orgs.js';
import { updatePerson, updateUnit } from './structure-edits.usecases.js';
import type { App, CtxOf } from '../../http/types.js';
import { createPerson, createUnit, getOrg, listOrgs, listPeople, listUnits, updateOrg } from './orgs.usecases.js';
import { describeMe } from './me.usecases.js';
import { createMember, grantRole, listMembers, revokeRole } from './members.usecases.js';
import { ZAssignRoleRequest, ZCreateMemberRequest, ZMemberList, ZMemberView, ZRoleAssignmentRef, ZRoleAssignmentView } from '../../../domain/contract/members.js';

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
  app.patch('/api/orgs/:orgId/units/:unitId', { schema: { tags, summary: 'Rename, relocate or move a unit', params: ZUnitRef, body: ZUpdateUnitRequest, response: { 200: ZUnitView } } }, async (req) =>
    updateUnit(ctxOf(req), req.params.orgId, req.params.unitId, req.body),
  );
  app.patch('/api/orgs/:orgId/people/:personId', { schema: { tags, summary: 'Update a person; people may update their own phone and language', params: ZPersonRef, body: ZUpdatePersonRequest, response: { 200: ZPersonView } } }, async (req) =>
    updatePerson(ctxOf(req), req.params.orgId, req.params.personId, req.body),
  );
  app.get('/api/orgs/:orgId/members', { schema: { tags, summary: 'Sign-in accounts of the organization and their roles', params: ZOrgRef, response: { 200: ZMemberList } } }, async (req) =>
    listMembers(ctxOf(req), req.params.orgId),
  );
  app.post('/api/orgs/:orgId/members', { schema: { tags, summary: 'Give a person of the directory a sign-in account and a first role', params: ZOrgRef, body: ZCreateMemberRequest, response: { 201: ZMemberView } } }, async (req, reply) =>
    reply.status(201).send(await createMember(ctxOf(req), req.params.orgId, req.body)),
  );
  app.post('/api/orgs/:orgId/role-assignments', { schema: { tags, summary: 'Give a member a role at a unit (and its subtree)', params: ZOrgRef, body: ZAssignRoleRequest, response: { 201: ZRoleAssignmentView } } }, async (req, reply) =>
    reply.status(201).send(await grantRole(ctxOf(req), req.params.orgId, req.body)),
  );
  app.delete('/api/orgs/:orgId/role-assignments/:assignmentId', { schema: { tags, params: ZRoleAssignmentRef } }, async (req, reply) => {
    await revokeRole(ctxOf(req), req.params.orgId, req.params.assignmentId);
    return reply.status(204).send();
  });
  app.get('/api/orgs/:orgId/people', { schema: { tags, summary: 'Staff directory', params: ZOrgRef, querystring: z.object({ unitId: ZId.optional() }), response: { 200: z.object({ items: z.array(ZPersonView) }) } } }, async (req) => ({
    items: await listPeople(ctxOf(req), req.params.orgId, req.query.unitId),
  }));
  app.post('/api/orgs/:orgId/people', { schema: { tags, params: ZOrgRef, body: ZCreatePersonRequest, response: { 201: ZPersonView } } }, async (req, reply) =>
    reply.status(201).send(await createPerson(ctxOf(req), req.params.orgId, req.body)),
  );
}
