import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZActionInput,
  ZActionRef,
  ZBroadcastInput,
  ZCheckInInput,
  ZCheckInToken,
  ZDecisionInput,
  ZEventDeclaration,
  ZEventRef,
  ZEventTransitionInput,
  ZInboundSms,
  ZOnBehalfInput,
  ZPhaseInput,
  ZPlanActivationRef,
  ZReassessmentInput,
  ZSitrepInput,
  ZTeamInput,
  ZTimersInput,
  ZUpdateInput,
} from '../../../domain/contract/response.js';
import type { TActor } from '../../../domain/roles.js';
import type { Services } from '../../context.js';
import { DomainError } from '../../http/errors.js';
import type { App, CtxOf } from '../../http/types.js';
import { verifySignature } from '../notify/channels/signing.js';
import { broadcastProgress, previewBroadcast, sendBroadcast } from './broadcast.usecases.js';
import { accountabilityBoard, checkInByLink, checkInOnBehalf, ingestSmsReply, readCheckInLink } from './check-in.usecases.js';
import { activatePlan, deactivatePlan, declareEvent, enterPhase, getEvent, listEvents, loadEvent, recordReassessment, setTimers, transitionEvent } from './events.usecases.js';
import { assignTeamRole, completeAction, logAction, logDecision, publishUpdate, readLog, readUpdates, removeTeamRole, submitSitrep } from './workspace.usecases.js';

const tags = ['activation and response'];
const base = '/api/orgs/:orgId/events';

/**
 * Routes that answer without signing in live under `/api-public/` (the sign-in hook guards
 * `/api/` only): the check-in link's page data and the SMS gateway's webhook. Each carries
 * its own proof, a signed link or a signed request.
 */
export const PUBLIC_BASE = '/api-public/response';

/** No memberships, no roles: reaches nothing through an organization's scope. */
const NOBODY: TActor = { userId: 'public', email: '', name: 'check-in link', personId: null, installationRole: null, memberships: [] };

export function responseRoutes(app: App, ctxOf: CtxOf) {
  const servicesOf = (req: FastifyRequest): Services => {
    const ctx = ctxOf(Object.assign(Object.create(req) as FastifyRequest, { actor: NOBODY }));
    return { db: ctx.db, clock: ctx.clock, log: ctx.log };
  };

  app.get(base, { schema: { tags, summary: 'Disruptive events the caller follows', params: ZOrgRef } }, async (req) => listEvents(ctxOf(req), req.params.orgId));
  app.post(base, { schema: { tags, summary: 'Declare a disruptive event (or an exercise)', params: ZOrgRef, body: ZEventDeclaration } }, async (req, reply) =>
    reply.status(201).send(await declareEvent(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get(`${base}/:eventId`, { schema: { tags, params: ZEventRef } }, async (req) => getEvent(ctxOf(req), req.params.orgId, req.params.eventId));
  app.post(`${base}/:eventId/transitions`, { schema: { tags, summary: 'activate, stabilize, reactivate, stand down, close (closing schedules the post-incident review)', params: ZEventRef, body: ZEventTransitionInput } }, async (req) =>
    transitionEvent(ctxOf(req), req.params.orgId, req.params.eventId, req.body),
  );
  app.post(`${base}/:eventId/phases`, { schema: { tags, params: ZEventRef, body: ZPhaseInput } }, async (req) => enterPhase(ctxOf(req), req.params.orgId, req.params.eventId, req.body.phase));
  app.post(`${base}/:eventId/reassessments`, { schema: { tags, params: ZEventRef, body: ZReassessmentInput } }, async (req, reply) =>
    reply.status(201).send(await recordReassessment(ctxOf(req), req.params.orgId, req.params.eventId, req.body.note)),
  );
  app.put(`${base}/:eventId/timers`, { schema: { tags, summary: 'Check-in warning threshold, re-alerts, escalation, sitrep interval', params: ZEventRef, body: ZTimersInput } }, async (req) =>
    setTimers(ctxOf(req), req.params.orgId, req.params.eventId, req.body),
  );
  app.post(`${base}/:eventId/plans/:planId/activation`, { schema: { tags, summary: "Activate a plan: its roles, call tree and first actions are copied into the event", params: ZPlanActivationRef } }, async (req, reply) =>
    reply.status(201).send(await activatePlan(ctxOf(req), req.params.orgId, req.params.eventId, req.params.planId)),
  );
  app.delete(`${base}/:eventId/plans/:planId/activation`, { schema: { tags, params: ZPlanActivationRef } }, async (req) => deactivatePlan(ctxOf(req), req.params.orgId, req.params.eventId, req.params.planId));

  app.post(`${base}/:eventId/broadcasts/preview`, { schema: { tags, summary: 'Pre-send check: who the broadcast reaches and who it cannot', params: ZEventRef, body: ZBroadcastInput } }, async (req) =>
    previewBroadcast(ctxOf(req), req.params.orgId, req.params.eventId, req.body),
  );
  app.post(`${base}/:eventId/broadcasts`, { schema: { tags, summary: 'Alert or update: one notification per recipient and channel, written now, sent after commit', params: ZEventRef, body: ZBroadcastInput } }, async (req, reply) =>
    reply.status(201).send(await sendBroadcast(ctxOf(req), req.params.orgId, req.params.eventId, req.body)),
  );
  app.get(`${base}/:eventId/broadcasts`, { schema: { tags, params: ZEventRef } }, async (req) => {
    const ctx = ctxOf(req);
    await loadEvent(ctx, req.params.orgId, req.params.eventId);
    return { items: await broadcastProgress(ctx.db, req.params.eventId) };
  });
  app.get(`${base}/:eventId/accountability`, { schema: { tags, summary: 'Accounted for, need help, no answer: per office and overall', params: ZEventRef } }, async (req) =>
    accountabilityBoard(ctxOf(req), req.params.orgId, req.params.eventId),
  );
  app.post(`${base}/:eventId/check-ins`, { schema: { tags, summary: "A check-in for oneself or, by a colleague, on someone's behalf", params: ZEventRef, body: ZOnBehalfInput } }, async (req, reply) =>
    reply.status(201).send(await checkInOnBehalf(ctxOf(req), req.params.orgId, req.params.eventId, req.body)),
  );

  app.post(`${base}/:eventId/team`, { schema: { tags, params: ZEventRef, body: ZTeamInput } }, async (req, reply) => reply.status(201).send(await assignTeamRole(ctxOf(req), req.params.orgId, req.params.eventId, req.body)));
  app.post(`${base}/:eventId/team/removal`, { schema: { tags, params: ZEventRef, body: ZTeamInput } }, async (req) => removeTeamRole(ctxOf(req), req.params.orgId, req.params.eventId, req.body));
  app.get(`${base}/:eventId/log`, { schema: { tags, summary: 'Decisions, actions, sitreps, updates; and when the next sitreps are due', params: ZEventRef } }, async (req) => readLog(ctxOf(req), req.params.orgId, req.params.eventId));
  app.post(`${base}/:eventId/decisions`, { schema: { tags, params: ZEventRef, body: ZDecisionInput } }, async (req, reply) => reply.status(201).send(await logDecision(ctxOf(req), req.params.orgId, req.params.eventId, req.body)));
  app.post(`${base}/:eventId/actions`, { schema: { tags, params: ZEventRef, body: ZActionInput } }, async (req, reply) => reply.status(201).send(await logAction(ctxOf(req), req.params.orgId, req.params.eventId, req.body)));
  app.post(`${base}/:eventId/actions/:entryId/done`, { schema: { tags, params: ZActionRef } }, async (req) => completeAction(ctxOf(req), req.params.orgId, req.params.eventId, req.params.entryId));
  app.post(`${base}/:eventId/sitreps`, { schema: { tags, params: ZEventRef, body: ZSitrepInput } }, async (req, reply) => reply.status(201).send(await submitSitrep(ctxOf(req), req.params.orgId, req.params.eventId, req.body)));
  app.post(`${base}/:eventId/updates`, { schema: { tags, summary: 'Publish an official update (the single source of truth staff read)', params: ZEventRef, body: ZUpdateInput } }, async (req, reply) =>
    reply.status(201).send(await publishUpdate(ctxOf(req), req.params.orgId, req.params.eventId, req.body)),
  );
  app.get(`${base}/:eventId/updates`, { schema: { tags, params: ZEventRef } }, async (req) => readUpdates(ctxOf(req), req.params.orgId, req.params.eventId));

  // Public: the signed link is the only credential, and it names one recipient of one event.
  app.get(`${PUBLIC_BASE}/check-in/:token`, { schema: { tags, summary: 'What a check-in link is for (no sign-in)', params: ZCheckInToken, security: [] } }, async (req) => readCheckInLink(servicesOf(req), req.params.token));
  app.post(`${PUBLIC_BASE}/check-in/:token`, { schema: { tags, summary: 'Check in through a signed link (no sign-in)', params: ZCheckInToken, body: ZCheckInInput, security: [] } }, async (req, reply) =>
    reply.status(201).send(await checkInByLink(servicesOf(req), req.params.token, req.body)),
  );

  // The SMS gateway's webhook: the signature is over the raw body, so this route reads it as text.
  app.register(async (hooks) => {
    hooks.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      (req as FastifyRequest & { rawBody?: string }).rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new DomainError('request.invalid', 400, 'The request is not valid.', [{ path: 'body', message: 'not JSON' }]), undefined);
      }
    });
    hooks.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>().post(
      `${PUBLIC_BASE}/sms/inbound`,
      {
        schema: { tags, summary: 'Inbound SMS from the gateway (signed): 1 safe, 2 need help, other text kept', body: ZInboundSms, response: { 200: z.object({ matched: z.boolean(), status: z.enum(['safe', 'need_help']).nullable() }) }, security: [] },
        preValidation: async (req) => {
          const secret = process.env.SMS_GATEWAY_SECRET;
          // Freshness is checked against the wall clock the gateway signed with, not the business clock (ORMS_NOW).
          // eslint-disable-next-line no-restricted-syntax
          const check = secret ? verifySignature(secret, req.headers['x-signature'] as string | undefined, (req as FastifyRequest & { rawBody?: string }).rawBody ?? '', Date.now()) : ({ ok: false, reason: 'missing' } as const);
          if (!check.ok) throw new DomainError('response.signature_invalid', 401, 'The request is not signed by the SMS gateway.', [{ path: 'headers.x-signature', message: check.reason }]);
        },
      },
      async (req) => {
        const result = await ingestSmsReply(servicesOf(req), req.body);
        return { matched: result.matched, status: result.status };
      },
    );
  });
}
