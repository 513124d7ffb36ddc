import type { Caller, Response } from '../../../../test/fixtures.js';
import type { TestApp } from '../../../../test/harness.js';

/** The shared test client has no PUT; the scale is the one resource replaced whole. */
export async function put(t: TestApp, caller: Caller | undefined, url: string, body: unknown): Promise<Response> {
  const res = await t.app.inject({
    method: 'PUT',
    url,
    headers: { ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), 'content-type': 'application/json' },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
  let parsed: unknown = res.body;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.statusCode, body: parsed, headers: res.headers };
}
