import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZAccreditationEnd,
  ZAccreditationInput,
  ZAccreditationRef,
  ZBodyInput,
  ZBodyList,
  ZBodyRef,
  ZBodyView,
  ZBreakSilenceInput,
  ZCirculateInput,
  ZContinuityInput,
  ZMeetingInput,
  ZMemberInput,
  ZProcedureRef,
  ZProcedureTextRef,
  ZProcedureView,
  ZSetText,
  ZSilenceInput,
  ZStatementReceipt,
  ZVerifyView,
  ZVoteInput,
  ZVoteReceipt,
  ZWithdrawInput,
  ZWrittenVoteInput,
} from '../../../domain/contract/governance.js';
import { loadConfig } from '../../config.js';
import type { App, CtxOf } from '../../http/types.js';
import { accredit, addMember, bodyView, createBody, endAccreditation, listBodies, recordMeeting, setContinuity } from './bodies.usecases.js';
import { breakSilenceFor, circulateDraft, createSilenceProcedure, openWrittenVote, procedureView, setDraftText, verifyProcedure, vote, withdrawDraft } from './procedures.usecases.js';

const tags = ['governance continuity'];
const ZCreated = z.object({ id: z.uuid() });

/** Links in e-mails use the configured public address, never the request's Host header (it could be forged). */
function publicUrl(): string {
  try {
    return loadConfig().publicUrl;
  } catch {
    return 'http://localhost';
  }
}

/** The governance slice's HTTP routes. */
export function governanceRoutes(app: App, ctxOf: CtxOf) {
  const base = '/api/orgs/:orgId/governance';
  app.get(`${base}/bodies`, { schema: { tags, summary: 'Governing bodies of the organization', params: ZOrgRef, response: { 200: ZBodyList } } }, async (req) => listBodies(ctxOf(req), req.params.orgId));
  app.post(`${base}/bodies`, { schema: { tags, params: ZOrgRef, body: ZBodyInput, response: { 201: ZCreated } } }, async (req, reply) => reply.status(201).send(await createBody(ctxOf(req), req.params.orgId, req.body)));
  app.get(`${base}/bodies/:bodyId`, { schema: { tags, summary: 'Members and representatives, meetings by quarter, continuity provisions, procedures', params: ZBodyRef, response: { 200: ZBodyView } } }, async (req) =>
    bodyView(ctxOf(req), req.params.orgId, req.params.bodyId),
  );
  app.put(`${base}/bodies/:bodyId/continuity`, { schema: { tags, summary: 'The body’s continuity provisions: MTPD, alternate venues, virtual meetings, interpretation', params: ZBodyRef, body: ZContinuityInput } }, async (req, reply) => {
    await setContinuity(ctxOf(req), req.params.orgId, req.params.bodyId, req.body);
    return reply.status(204).send();
  });
  app.post(`${base}/bodies/:bodyId/members`, { schema: { tags, params: ZBodyRef, body: ZMemberInput, response: { 201: ZCreated } } }, async (req, reply) =>
    reply.status(201).send(await addMember(ctxOf(req), req.params.orgId, req.params.bodyId, req.body.name)),
  );
  app.post(`${base}/bodies/:bodyId/accreditations`, { schema: { tags, summary: 'Accredit an account to act for a member, from an instant (until another)', params: ZBodyRef, body: ZAccreditationInput, response: { 201: ZCreated } } }, async (req, reply) =>
    reply.status(201).send(await accredit(ctxOf(req), req.params.orgId, req.params.bodyId, req.body)),
  );
  app.post(`${base}/accreditations/:accreditationId/end`, { schema: { tags, params: ZAccreditationRef, body: ZAccreditationEnd } }, async (req, reply) => {
    await endAccreditation(ctxOf(req), req.params.orgId, req.params.accreditationId, req.body.validUntil);
    return reply.status(204).send();
  });
  app.post(`${base}/bodies/:bodyId/meetings`, { schema: { tags, summary: 'A meeting: date, mode, what became of it and why', params: ZBodyRef, body: ZMeetingInput, response: { 201: ZCreated } } }, async (req, reply) =>
    reply.status(201).send(await recordMeeting(ctxOf(req), req.params.orgId, req.params.bodyId, req.body)),
  );
  app.post(`${base}/bodies/:bodyId/silence-procedures`, { schema: { tags, summary: 'A draft decision for silence procedure', params: ZBodyRef, body: ZSilenceInput, response: { 201: ZCreated } } }, async (req, reply) =>
    reply.status(201).send(await createSilenceProcedure(ctxOf(req), req.params.orgId, req.params.bodyId, req.body)),
  );
  app.post(`${base}/bodies/:bodyId/written-votes`, { schema: { tags, summary: 'Open a written vote (24 hours, not extendable)', params: ZBodyRef, body: ZWrittenVoteInput, response: { 201: ZCreated } } }, async (req, reply) =>
    reply.status(201).send(await openWrittenVote(ctxOf(req), req.params.orgId, req.params.bodyId, req.body, publicUrl())),
  );
  app.get(`${base}/procedures/:procedureId`, { schema: { tags, params: ZProcedureRef, response: { 200: ZProcedureView } } }, async (req) => procedureView(ctxOf(req), req.params.orgId, req.params.procedureId));
  app.put(`${base}/procedures/:procedureId/texts/:language`, { schema: { tags, summary: 'The draft in one official language', params: ZProcedureTextRef, body: ZSetText } }, async (req, reply) => {
    await setDraftText(ctxOf(req), req.params.orgId, req.params.procedureId, req.params.language, req.body.text);
    return reply.status(204).send();
  });
  app.post(`${base}/procedures/:procedureId/circulate`, { schema: { tags, summary: 'Circulate the draft under silence until the deadline', params: ZProcedureRef, body: ZCirculateInput } }, async (req, reply) => {
    await circulateDraft(ctxOf(req), req.params.orgId, req.params.procedureId, req.body, publicUrl());
    return reply.status(204).send();
  });
  app.post(`${base}/procedures/:procedureId/withdraw`, { schema: { tags, params: ZProcedureRef, body: ZWithdrawInput } }, async (req, reply) => {
    await withdrawDraft(ctxOf(req), req.params.orgId, req.params.procedureId, req.body.reason, publicUrl());
    return reply.status(204).send();
  });
  app.post(`${base}/procedures/:procedureId/break-silence`, { schema: { tags, summary: 'A signed, time-stamped statement breaking silence for a member', params: ZProcedureRef, body: ZBreakSilenceInput, response: { 201: ZStatementReceipt } } }, async (req, reply) =>
    reply.status(201).send(await breakSilenceFor(ctxOf(req), req.params.orgId, req.params.procedureId, req.body, publicUrl())),
  );
  app.post(`${base}/procedures/:procedureId/votes`, { schema: { tags, summary: 'A member’s vote, once; acknowledged with a receipt', params: ZProcedureRef, body: ZVoteInput, response: { 201: ZVoteReceipt } } }, async (req, reply) =>
    reply.status(201).send(await vote(ctxOf(req), req.params.orgId, req.params.procedureId, req.body, publicUrl())),
  );
  app.get(`${base}/procedures/:procedureId/verify`, { schema: { tags, summary: 'Recompute the chain and the outcome from the record', params: ZProcedureRef, response: { 200: ZVerifyView } } }, async (req) =>
    verifyProcedure(ctxOf(req), req.params.orgId, req.params.procedureId),
  );
}
