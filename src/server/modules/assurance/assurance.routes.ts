import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZAsOfQuery,
  ZCoreElementRatingInput,
  ZCrisisTeamInput,
  ZCrisisTeamMeetingInput,
  ZCrisisTeamMemberEnd,
  ZCrisisTeamMemberInput,
  ZCrisisTeamMemberRef,
  ZCrisisTeamView,
  ZFramework,
  ZKpiRatingInput,
  ZKpiRef,
  ZKpiReport,
  ZKpiRow,
  ZKpiVerificationInput,
  ZMaturityRatingInput,
  ZMaturityView,
  ZPolicyDocumentInput,
  ZPolicyDocumentRef,
  ZPolicyDocumentView,
} from '../../../domain/contract/assurance.js';
import type { App, CtxOf } from '../../http/types.js';
import { addCrisisTeamMember, endCrisisTeamMembership, getCrisisTeam, recordCrisisTeamMeeting, saveCrisisTeam } from './crisis-team.usecases.js';
import { createPolicyDocument, getFramework, rateCoreElement, updatePolicyDocument } from './framework.usecases.js';
import { getKpis, rateKpi, verifyKpi } from './kpis.usecases.js';
import { getMaturity, rateMaturity } from './maturity.usecases.js';

const tags = ['assurance'];
const base = '/api/orgs/:orgId/assurance';

/** Assurance: the policy framework, the standing crisis management team, the 28 KPIs and maturity (issue 7). */
export function assuranceRoutes(app: App, ctxOf: CtxOf) {
  app.get(`${base}/framework`, { schema: { tags, summary: 'Policy documents and the 11 core elements with their ratings and history', params: ZOrgRef, response: { 200: ZFramework } } }, async (req) => getFramework(ctxOf(req), req.params.orgId));
  app.post(`${base}/documents`, { schema: { tags, summary: 'Register a BCM policy document (Annex II)', params: ZOrgRef, body: ZPolicyDocumentInput, response: { 201: ZPolicyDocumentView } } }, async (req, reply) =>
    reply.status(201).send(await createPolicyDocument(ctxOf(req), req.params.orgId, req.body)),
  );
  app.put(`${base}/documents/:documentId`, { schema: { tags, params: ZPolicyDocumentRef, body: ZPolicyDocumentInput, response: { 200: ZPolicyDocumentView } } }, async (req) => updatePolicyDocument(ctxOf(req), req.params.orgId, req.params.documentId, req.body));
  app.post(`${base}/core-elements/ratings`, { schema: { tags, summary: 'Rate a core element as fully, partially or not reflected, naming the clause', params: ZOrgRef, body: ZCoreElementRatingInput, response: { 201: ZFramework } } }, async (req, reply) =>
    reply.status(201).send(await rateCoreElement(ctxOf(req), req.params.orgId, req.body)),
  );

  app.get(`${base}/crisis-team`, { schema: { tags, summary: 'The standing crisis management team: members, chair, expected entities, meetings', params: ZOrgRef, response: { 200: ZCrisisTeamView } } }, async (req) => getCrisisTeam(ctxOf(req), req.params.orgId));
  app.put(`${base}/crisis-team`, { schema: { tags, summary: 'Establish or rename the team and set the entities expected at its table', params: ZOrgRef, body: ZCrisisTeamInput, response: { 200: ZCrisisTeamView } } }, async (req) => saveCrisisTeam(ctxOf(req), req.params.orgId, req.body));
  app.post(`${base}/crisis-team/members`, { schema: { tags, params: ZOrgRef, body: ZCrisisTeamMemberInput, response: { 201: ZCrisisTeamView } } }, async (req, reply) => reply.status(201).send(await addCrisisTeamMember(ctxOf(req), req.params.orgId, req.body)));
  app.post(`${base}/crisis-team/members/:memberId/end`, { schema: { tags, summary: 'A member leaves the team on a day', params: ZCrisisTeamMemberRef, body: ZCrisisTeamMemberEnd, response: { 200: ZCrisisTeamView } } }, async (req) =>
    endCrisisTeamMembership(ctxOf(req), req.params.orgId, req.params.memberId, req.body.until),
  );
  app.post(`${base}/crisis-team/meetings`, { schema: { tags, summary: 'A regular meeting with attendance and minutes', params: ZOrgRef, body: ZCrisisTeamMeetingInput, response: { 201: ZCrisisTeamView } } }, async (req, reply) =>
    reply.status(201).send(await recordCrisisTeamMeeting(ctxOf(req), req.params.orgId, req.body)),
  );

  app.get(`${base}/kpis`, { schema: { tags, summary: 'The 28 ORMS KPIs as of a day: derived figure and evidence, organization rating, rating shown, verification, 12-month trend', params: ZOrgRef, querystring: ZAsOfQuery, response: { 200: ZKpiReport } } }, async (req) =>
    getKpis(ctxOf(req), req.params.orgId, req.query),
  );
  app.post(`${base}/kpis/:number/rating`, { schema: { tags, summary: 'The organization’s own rating of a KPI, with its evidence', params: ZKpiRef, body: ZKpiRatingInput, response: { 201: ZKpiRow } } }, async (req, reply) =>
    reply.status(201).send(await rateKpi(ctxOf(req), req.params.orgId, req.params.number, req.body)),
  );
  app.post(`${base}/kpis/:number/verification`, { schema: { tags, summary: 'An internal auditor agrees or disagrees with the KPI as shown', params: ZKpiRef, body: ZKpiVerificationInput, response: { 201: ZKpiRow } } }, async (req, reply) =>
    reply.status(201).send(await verifyKpi(ctxOf(req), req.params.orgId, req.params.number, req.body)),
  );

  app.get(`${base}/maturity`, { schema: { tags, summary: 'Maturity rated by each rater side by side, their spread, and the level the data suggests with what is missing', params: ZOrgRef, querystring: ZAsOfQuery, response: { 200: ZMaturityView } } }, async (req) =>
    getMaturity(ctxOf(req), req.params.orgId, req.query),
  );
  app.post(`${base}/maturity/ratings`, { schema: { tags, params: ZOrgRef, body: ZMaturityRatingInput, response: { 201: ZMaturityView } } }, async (req, reply) => reply.status(201).send(await rateMaturity(ctxOf(req), req.params.orgId, req.body)));
}
