import { ZOrgRef } from '../../../domain/contract/common.js';
import { z } from 'zod';
import { ZAppointmentRef, ZAppointRequest, ZEndAppointmentRequest, ZFocalPointNetwork, ZCalendarFeedList, ZCalendarFeedRef, ZCreateCalendarFeedRequest, ZCreatedCalendarFeed, ZMerPolicy, ZMerPolicyView, ZObligationList, ZObligationsQuery } from '../../../domain/contract/mer.js';
import type { Services } from '../../context.js';
import type { App, CtxOf } from '../../http/types.js';
import { appointFocalPoint, endAppointment, getFocalPointNetwork } from './focal-points.usecases.js';
import { createCalendarFeed, listCalendarFeeds, renderCalendarFeed, revokeCalendarFeed } from './calendar-feeds.usecases.js';
import { merDashboardRoutes } from './mer.dashboard.routes.js';
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
  merDashboardRoutes(app, ctxOf);
  app.get('/api/orgs/:orgId/mer/calendar-feeds', { schema: { tags, summary: "The caller's calendar feeds", params: ZOrgRef, response: { 200: ZCalendarFeedList } } }, async (req) =>
    listCalendarFeeds(ctxOf(req), req.params.orgId),
  );
  app.post('/api/orgs/:orgId/mer/calendar-feeds', { schema: { tags, summary: 'A secret iCalendar address of what is due (shown once)', params: ZOrgRef, body: ZCreateCalendarFeedRequest, response: { 201: ZCreatedCalendarFeed } } }, async (req, reply) =>
    reply.status(201).send(await createCalendarFeed(ctxOf(req), req.params.orgId, req.body)),
  );
  app.delete('/api/orgs/:orgId/mer/calendar-feeds/:feedId', { schema: { tags, summary: 'Revoke a calendar feed', params: ZCalendarFeedRef } }, async (req, reply) => {
    await revokeCalendarFeed(ctxOf(req), req.params.orgId, req.params.feedId);
    return reply.status(204).send();
  });
  app.get('/api/orgs/:orgId/focal-points', { schema: { tags, summary: 'Focal points and alternates per unit, vacancies, coverage per level', params: ZOrgRef, response: { 200: ZFocalPointNetwork } } }, async (req) =>
    getFocalPointNetwork(ctxOf(req), req.params.orgId),
  );
  app.post('/api/orgs/:orgId/focal-points', { schema: { tags, summary: "Appoint a unit's focal point or alternate (ends the previous one)", params: ZOrgRef, body: ZAppointRequest, response: { 201: ZFocalPointNetwork } } }, async (req, reply) =>
    reply.status(201).send(await appointFocalPoint(ctxOf(req), req.params.orgId, req.body)),
  );
  app.post('/api/orgs/:orgId/focal-points/:appointmentId/end', { schema: { tags, summary: 'End an appointment: the post becomes vacant', params: ZAppointmentRef, body: ZEndAppointmentRequest, response: { 200: ZFocalPointNetwork } } }, async (req) =>
    endAppointment(ctxOf(req), req.params.orgId, req.params.appointmentId, req.body.endedOn),
  );
}

/** The feed itself: no session (calendar programs have none); the secret in the path is the credential. */
export function calendarRoutes(app: App, services: Omit<Services, 'log'>) {
  app.get(
    '/api/calendar/:file',
    { schema: { tags, summary: 'iCalendar feed (RFC 5545) by its secret address', security: [], params: z.object({ file: z.string().regex(/^ormscal_[A-Za-z0-9_-]{32}\.ics$/) }) } },
    async (req, reply) => {
      const body = await renderCalendarFeed({ ...services, log: req.log as unknown as Services['log'] }, req.params.file.slice(0, -4), `${req.protocol}://${req.host}`);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
    },
  );
}
