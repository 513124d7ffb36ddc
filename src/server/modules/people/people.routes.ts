import { z } from 'zod';
import { ZOrgRef } from '../../../domain/contract/common.js';
import {
  ZArrangementInput,
  ZArrangementList,
  ZArrangementPatch,
  ZArrangementRef,
  ZArrangementView,
  ZDateQuery,
  ZDayRotaView,
  ZFollowUpInput,
  ZFollowUpList,
  ZFollowUpView,
  ZReturnPlanInput,
  ZReturnPlanList,
  ZReturnPlanRef,
  ZReturnPlanView,
  ZSurveyAnswerInput,
  ZSurveyInput,
  ZSurveyList,
  ZSurveyRef,
  ZSurveyResults,
  ZSurveyTrend,
  ZSurveyView,
  ZWhereaboutsQuery,
  ZWhereaboutsView,
} from '../../../domain/contract/people.js';
import type { App, CtxOf } from '../../http/types.js';
import { createArrangement, listArrangements, updateArrangement } from './arrangements.usecases.js';
import { createReturnPlan, getReturnPlan, listReturnPlans, replaceReturnPlan, rotaOn, whereaboutsOf } from './return-plans.usecases.js';
import { createFollowUp, listFollowUps, setFollowUpStatus, surveyResultsOf, surveyTrend } from './survey-results.usecases.js';
import { answerSurvey, closeSurvey, createSurvey, getSurvey, launchSurvey, listSurveys } from './surveys.usecases.js';

const EMPTY = z.object({}).strict();
const ZFollowUpRef = ZSurveyRef.extend({ followUpId: z.uuid() });

/** The people slice's HTTP routes: working arrangements (Annex XIII), wellbeing surveys, return to office (para 135). */
export function peopleRoutes(app: App, ctxOf: CtxOf) {
  let tags = ['working arrangements'];
  app.get('/api/orgs/:orgId/people/arrangements', { schema: { tags, summary: 'Alternative working arrangements by level, and the Annex XIII matrix as of today', params: ZOrgRef, response: { 200: ZArrangementList } } }, async (req) => listArrangements(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/people/arrangements', { schema: { tags, params: ZOrgRef, body: ZArrangementInput, response: { 201: ZArrangementView } } }, async (req, reply) => reply.status(201).send(await createArrangement(ctxOf(req), req.params.orgId, req.body)));
  app.patch('/api/orgs/:orgId/people/arrangements/:arrangementId', { schema: { tags, params: ZArrangementRef, body: ZArrangementPatch, response: { 200: ZArrangementView } } }, async (req) => updateArrangement(ctxOf(req), req.params.orgId, req.params.arrangementId, req.body));

  tags = ['wellbeing surveys'];
  app.get('/api/orgs/:orgId/people/surveys', { schema: { tags, summary: 'Surveys the caller runs, and those they are invited to', params: ZOrgRef, response: { 200: ZSurveyList } } }, async (req) => listSurveys(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/people/surveys', { schema: { tags, summary: 'A draft survey (or the next wave of one)', params: ZOrgRef, body: ZSurveyInput, response: { 201: ZSurveyView } } }, async (req, reply) => reply.status(201).send(await createSurvey(ctxOf(req), req.params.orgId, req.body)));
  app.get('/api/orgs/:orgId/people/surveys/:surveyId', { schema: { tags, params: ZSurveyRef, response: { 200: ZSurveyView } } }, async (req) => getSurvey(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.post('/api/orgs/:orgId/people/surveys/:surveyId/launch', { schema: { tags, summary: 'Fix the questionnaire; invitations go out from the opening day', params: ZSurveyRef, body: EMPTY, response: { 200: ZSurveyView } } }, async (req) => launchSurvey(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.post('/api/orgs/:orgId/people/surveys/:surveyId/close', { schema: { tags, params: ZSurveyRef, body: EMPTY, response: { 200: ZSurveyView } } }, async (req) => closeSurvey(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.post('/api/orgs/:orgId/people/surveys/:surveyId/responses', { schema: { tags, summary: 'Answer once, anonymously', params: ZSurveyRef, body: ZSurveyAnswerInput, response: { 201: z.object({ answered: z.literal(true) }) } } }, async (req, reply) =>
    reply.status(201).send(await answerSurvey(ctxOf(req), req.params.orgId, req.params.surveyId, req.body)),
  );
  app.get('/api/orgs/:orgId/people/surveys/:surveyId/results', { schema: { tags, summary: 'Results by unit and overall, groups below the minimum hidden', params: ZSurveyRef, response: { 200: ZSurveyResults } } }, async (req) => surveyResultsOf(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.get('/api/orgs/:orgId/people/surveys/:surveyId/trend', { schema: { tags, summary: 'Overall means across the closed waves of the series', params: ZSurveyRef, response: { 200: ZSurveyTrend } } }, async (req) => surveyTrend(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.get('/api/orgs/:orgId/people/surveys/:surveyId/follow-ups', { schema: { tags, params: ZSurveyRef, response: { 200: ZFollowUpList } } }, async (req) => listFollowUps(ctxOf(req), req.params.orgId, req.params.surveyId));
  app.post('/api/orgs/:orgId/people/surveys/:surveyId/follow-ups', { schema: { tags, summary: 'An action decided from the results', params: ZSurveyRef, body: ZFollowUpInput, response: { 201: ZFollowUpView } } }, async (req, reply) =>
    reply.status(201).send(await createFollowUp(ctxOf(req), req.params.orgId, req.params.surveyId, req.body)),
  );
  app.patch('/api/orgs/:orgId/people/surveys/:surveyId/follow-ups/:followUpId', { schema: { tags, params: ZFollowUpRef, body: z.object({ status: z.enum(['open', 'closed']) }).strict(), response: { 200: ZFollowUpView } } }, async (req) =>
    setFollowUpStatus(ctxOf(req), req.params.orgId, req.params.surveyId, req.params.followUpId, req.body.status),
  );

  tags = ['return to office'];
  app.get('/api/orgs/:orgId/people/return-plans', { schema: { tags, params: ZOrgRef, response: { 200: ZReturnPlanList } } }, async (req) => listReturnPlans(ctxOf(req), req.params.orgId));
  app.post('/api/orgs/:orgId/people/return-plans', { schema: { tags, summary: 'Phases, sites with occupancy limits, rotating teams; refused if any day would exceed a limit', params: ZOrgRef, body: ZReturnPlanInput, response: { 201: ZReturnPlanView } } }, async (req, reply) =>
    reply.status(201).send(await createReturnPlan(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/people/return-plans/:planId', { schema: { tags, params: ZReturnPlanRef, response: { 200: ZReturnPlanView } } }, async (req) => getReturnPlan(ctxOf(req), req.params.orgId, req.params.planId));
  app.put('/api/orgs/:orgId/people/return-plans/:planId', { schema: { tags, params: ZReturnPlanRef, body: ZReturnPlanInput, response: { 200: ZReturnPlanView } } }, async (req) => replaceReturnPlan(ctxOf(req), req.params.orgId, req.params.planId, req.body));
  app.get('/api/orgs/:orgId/people/return-plans/:planId/rota', { schema: { tags, summary: 'Who is on site where on a day, and who works remotely', params: ZReturnPlanRef, querystring: ZDateQuery, response: { 200: ZDayRotaView } } }, async (req) =>
    rotaOn(ctxOf(req), req.params.orgId, req.params.planId, req.query.date),
  );
  app.get('/api/orgs/:orgId/people/whereabouts', { schema: { tags, summary: 'Where a person (default: oneself) works on a day', params: ZOrgRef, querystring: ZWhereaboutsQuery, response: { 200: ZWhereaboutsView } } }, async (req) =>
    whereaboutsOf(ctxOf(req), req.params.orgId, req.query.date, req.query.personId),
  );
}
