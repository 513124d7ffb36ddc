import type { FastifyInstance } from 'fastify';
import { DomainError } from './errors.js';

/** A NUL or an unpaired surrogate: valid in a JavaScript string, not storable as PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorable(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = UNSTORABLE.test(key) ? [...path, key] : findUnstorable(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Rejects, for every route at once, text the database cannot store, before any schema
 * or use case sees it: a 400 naming the field instead of a database error.
 */
export function installTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [['body', req.body], ['querystring', req.query], ['params', req.params]] as const) {
      const path = findUnstorable(value, [where]);
      if (path) {
        throw new DomainError('request.invalid', 400, 'The request is not valid.', [{ path: path.join('.'), message: 'Contains a NUL character or broken Unicode' }]);
      }
    }
  });
}
