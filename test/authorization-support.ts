import { describe, expect, it } from 'vitest';
import { client, snapshotCounts, type Caller } from './fixtures.js';
import type { TestApp } from './harness.js';

export type Outcome = 200 | 403 | 404;
export type Client = ReturnType<typeof client>;

/** One route of a slice, called by every member of the caller matrix. */
export interface RouteCase {
  route: string;
  /** Builds what the call needs (e.g. a record to delete) before the database is snapshotted. */
  prepare?: () => Promise<string>;
  call: (c: Client, prepared: string) => ReturnType<Client['get']>;
  /** 200 stands for any success. */
  expect: (who: string) => Outcome;
}

/**
 * For each route: every caller gets the expected outcome, a refused call leaves every table as
 * it was, and a call without credentials gets 401. Problems of all callers are collected, so
 * one run shows the whole matrix.
 */
export function describeRouteMatrix(routes: readonly RouteCase[], env: () => { t: TestApp; callers: ReadonlyMap<string, Caller> }) {
  describe.each(routes.map((r) => [r.route, r] as const))('%s', (_name, route) => {
    it('gives every caller the expected outcome and refusals change nothing', async () => {
      const { t, callers } = env();
      const problems: string[] = [];
      for (const [who, caller] of callers) {
        const prepared = (await route.prepare?.()) ?? '';
        const before = await snapshotCounts(t);
        const res = await route.call(client(t, caller), prepared);
        const want = route.expect(who);
        const ok = want === 200 ? res.status >= 200 && res.status < 300 : res.status === want;
        if (!ok) problems.push(`${who}: ${res.status} (expected ${want})`);
        if (want !== 200 && JSON.stringify(await snapshotCounts(t)) !== JSON.stringify(before)) problems.push(`${who}: the database changed`);
      }
      expect(problems).toEqual([]);
    });

    it('answers 401 without credentials', async () => {
      const { t } = env();
      const res = await route.call(client(t, { userId: '', email: '', token: 'orms_garbage' }), (await route.prepare?.()) ?? '');
      expect(res.status).toBe(401);
    });
  });
}
