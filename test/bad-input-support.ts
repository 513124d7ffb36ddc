import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { client, snapshotCounts, type Caller, type Response } from './fixtures.js';
import type { TestApp } from './harness.js';

/**
 * The shared property tests of every write route: whatever arrives, the API answers 4xx with
 * a readable error (never 500), schema errors name the field (`body.title`), and a refused
 * request writes nothing. Each slice lists its write routes and calls `describeWriteRoutes`.
 */

export const RUNS = { numRuns: 40 };

// No Infinity or NaN: they travel as JSON null, which nullable fields accept.
export const notString = fc.oneof(fc.integer(), fc.double({ noDefaultInfinity: true, noNaN: true }), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
export const notStringOrNull = fc.oneof(notString, fc.constant(null));
export const notUuid = fc.oneof(notStringOrNull, fc.string(), fc.uuid().map((u) => u.slice(1)), fc.constant(''));
/** For nullable id fields, where null is a valid value. */
export const notUuidNorNull = fc.oneof(notString, fc.string(), fc.uuid().map((u) => u.slice(1)), fc.constant(''));
export const notIn = (allowed: readonly string[]) => fc.oneof(notStringOrNull, fc.string().filter((s) => !allowed.includes(s)));
export const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 5000 }).map((n) => 'é'.repeat(n));
export const blank = fc.constantFrom('', ' ', '\t\n', '\u00a0 ');
export const badName = (max = 200) => fc.oneof(notStringOrNull, tooLong(max), blank);

export interface WriteRoute {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: () => string;
  caller: () => Caller;
  /** A body that would pass validation, and for each known field values that must not. */
  valid: () => Record<string, unknown>;
  invalid: Record<string, fc.Arbitrary<unknown>>;
  /** The route takes no fields: any field is refused at `body`. */
  bodyMustBeEmpty?: boolean;
  /** False for the few routes without ids in their path (default true). */
  idsInPath?: boolean;
}

/** The database as the last response left it, to prove a refusal wrote nothing. */
export function safetyNet(app: () => TestApp) {
  let last: Record<string, number> = {};
  beforeEach(async () => {
    last = await snapshotCounts(app());
  });
  /**
   * The common verdict on any response: no server error; a 400 is a well-formed error naming
   * where the problem is; anything refused left the database as it was.
   */
  async function expectSafe(res: Response, context: unknown) {
    const where = JSON.stringify(context)?.slice(0, 300);
    expect(res.status, `${where} → ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(500);
    if (res.status === 400) {
      expect(['request.invalid', 'request.malformed'], where).toContain(res.body.error.code);
      if (res.body.error.code === 'request.invalid') {
        expect(res.body.error.issues.length, where).toBeGreaterThan(0);
        for (const issue of res.body.error.issues) expect(issue.path, where).toMatch(/^(body|params|querystring)(\.|$)/);
      }
    }
    const now = await snapshotCounts(app());
    if (res.status >= 300) expect(now, `${where}: a refused request changed the database`).toEqual(last);
    last = now;
  }
  return { expectSafe };
}

/** The property tests every write route must pass. */
export function describeWriteRoutes(app: () => TestApp, routes: WriteRoute[]) {
  describe('write routes', () => {
    const { expectSafe } = safetyNet(app);
    async function send(route: WriteRoute, body: unknown, url = route.url()) {
      const c = client(app(), route.caller());
      if (route.method === 'DELETE') return c.delete(url);
      if (route.method === 'PUT') return c.put(url, body);
      return route.method === 'PATCH' ? c.patch(url, body) : c.post(url, body);
    }

    describe.each(routes.map((r) => [r.name, r] as const))('%s', (_name, route) => {
      if (route.method !== 'DELETE') {
        it('survives arbitrary JSON values as the body', async () => {
          await fc.assert(fc.asyncProperty(fc.anything(), async (body) => expectSafe(await send(route, body ?? null), body)), RUNS);
        });

        it('survives arbitrary JSON and non-JSON text sent raw', async () => {
          await fc.assert(fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), async (text) => expectSafe(await send(route, text), text)), RUNS);
        });
      }

      if (Object.keys(route.invalid).length > 0) {
        it('rejects a wrong value in any known field with 400 naming that field', async () => {
          const field = fc.constantFrom(...Object.keys(route.invalid));
          const arb = field.chain((name) => route.invalid[name]!.map((value) => ({ name, value })));
          await fc.assert(
            fc.asyncProperty(arb, async ({ name, value }) => {
              const body = { ...route.valid(), [name]: value };
              const res = await send(route, body);
              await expectSafe(res, body);
              expect(res.status, JSON.stringify(body).slice(0, 200)).toBe(400);
              // A "__proto__" key anywhere makes fastify refuse the whole body, before any field is read.
              if (res.body.error.code === 'request.malformed') return;
              expect(res.body.error.issues.map((i: { path: string }) => i.path).some((p: string) => p === `body.${name}` || p.startsWith(`body.${name}.`) || (p === 'body' && route.bodyMustBeEmpty === true))).toBe(true);
            }),
            RUNS,
          );
        });
      }

      if (route.idsInPath !== false) {
        it('rejects malformed ids in the path with 400 or 404, never touching the database', async () => {
          const segments = route.url().split('/');
          const idPositions = segments.flatMap((s, i) => (/^[0-9a-f-]{36}$/.test(s) ? [i] : []));
          const arb = fc.record({ at: fc.constantFrom(...idPositions), value: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String), fc.uuid().map((u) => u.toUpperCase() + 'x')) });
          await fc.assert(
            fc.asyncProperty(arb, async ({ at, value }) => {
              const url = segments.map((s, i) => (i === at ? encodeURIComponent(value) : s)).join('/');
              const res = await send(route, route.valid(), url);
              await expectSafe(res, url);
              expect([400, 404], url).toContain(res.status);
            }),
            { numRuns: 20 },
          );
        });
      }
    });
  });
}
