import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError } from './errors.js';

/**
 * The one place errors become HTTP: domain errors keep their code and status, invalid input
 * is a 400 with field paths, anything unexpected is a 500 that names only the request id.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const requestId = req.id;
    if (err instanceof DomainError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, requestId, issues: err.issues } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const issues = err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Invalid value',
      }));
      return reply.status(400).send({ error: { code: 'request.invalid', message: 'The request is not valid.', requestId, issues } });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: err.cause, url: err.url }, 'response does not match its schema');
    } else if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      return reply.status(err.statusCode).send({ error: { code: 'request.malformed', message: err.message, requestId } });
    } else {
      req.log.error({ err }, 'unhandled error');
    }
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side. Quote the request id when you report it.', requestId } });
  });
}

/** Unknown API paths are a JSON 404; with `spaIndex`, other GETs get the web UI's index.html (client-side routes). */
export function installNotFoundHandler(app: FastifyInstance, options: { spaIndex: boolean }) {
  app.setNotFoundHandler((req, reply) => {
    if (options.spaIndex && (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'route.not_found', message: `No such endpoint: ${req.method} ${req.url.split('?')[0]}`, requestId: req.id } });
  });
}
