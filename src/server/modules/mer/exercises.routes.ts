import { ZOrgRef } from '../../../domain/contract/common.js';
import { ZConductRequest, ZExerciseInput, ZExerciseList, ZExerciseListQuery, ZExerciseRef, ZExerciseUpdate, ZExerciseView, ZFindingInput } from '../../../domain/contract/exercises.js';
import type { App, CtxOf } from '../../http/types.js';
import { exerciseReportPdf } from './exercise-report.js';
import { addFinding, closeExercise, conductExercise, createExercise, getExercise, listExercises, updateExercise } from './exercises.usecases.js';

const tags = ['exercises'];

export function exercisesRoutes(app: App, ctxOf: CtxOf) {
  app.get('/api/orgs/:orgId/exercises', { schema: { tags, params: ZOrgRef, querystring: ZExerciseListQuery, response: { 200: ZExerciseList } } }, async (req) => listExercises(ctxOf(req), req.params.orgId, req.query));
  app.post('/api/orgs/:orgId/exercises', { schema: { tags, summary: 'Plan an exercise', params: ZOrgRef, body: ZExerciseInput, response: { 201: ZExerciseView } } }, async (req, reply) =>
    reply.status(201).send(await createExercise(ctxOf(req), req.params.orgId, req.body)),
  );
  app.get('/api/orgs/:orgId/exercises/:exerciseId', { schema: { tags, params: ZExerciseRef, response: { 200: ZExerciseView } } }, async (req) => getExercise(ctxOf(req), req.params.orgId, req.params.exerciseId));
  app.patch('/api/orgs/:orgId/exercises/:exerciseId', { schema: { tags, summary: 'Edit a planned exercise', params: ZExerciseRef, body: ZExerciseUpdate, response: { 200: ZExerciseView } } }, async (req) =>
    updateExercise(ctxOf(req), req.params.orgId, req.params.exerciseId, req.body),
  );
  app.post('/api/orgs/:orgId/exercises/:exerciseId/conduct', { schema: { tags, summary: 'Record what happened and the recovery times achieved', params: ZExerciseRef, body: ZConductRequest, response: { 200: ZExerciseView } } }, async (req) =>
    conductExercise(ctxOf(req), req.params.orgId, req.params.exerciseId, req.body),
  );
  app.post('/api/orgs/:orgId/exercises/:exerciseId/findings', { schema: { tags, summary: 'A finding, as a remedial action with owner and due date', params: ZExerciseRef, body: ZFindingInput, response: { 201: ZExerciseView } } }, async (req, reply) =>
    reply.status(201).send(await addFinding(ctxOf(req), req.params.orgId, req.params.exerciseId, req.body)),
  );
  app.post('/api/orgs/:orgId/exercises/:exerciseId/close', { schema: { tags, summary: 'Close the exercise; findings make the tested plans due for update', params: ZExerciseRef, response: { 200: ZExerciseView } } }, async (req) =>
    closeExercise(ctxOf(req), req.params.orgId, req.params.exerciseId),
  );
  app.get('/api/orgs/:orgId/exercises/:exerciseId/report.pdf', { schema: { tags, summary: 'The exercise report as PDF', params: ZExerciseRef } }, async (req, reply) => {
    const { fileName, pdf } = await exerciseReportPdf(ctxOf(req), req.params.orgId, req.params.exerciseId);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
  });
}
