import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCaller, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

describe('sign-in, sessions and personal API tokens', () => {
  let t: TestApp;
  let f: OrgFixture;
  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { 'content-type': 'application/json' }, payload: { email, password } });

  it('signs in with email and password and uses the session cookie', async () => {
    const res = await signIn(f.at.bc_coordinator.email, 'correct horse battery');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name.endsWith('session_token'));
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { [cookie!.name]: cookie!.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: f.at.bc_coordinator.email }, memberships: [{ orgId: f.orgId, role: 'bc_coordinator', unitId: f.unit.hq }] });

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, payload: {}, cookies: { [cookie!.name]: cookie!.value } });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { [cookie!.name]: cookie!.value } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await signIn(f.at.bc_coordinator.email, 'wrong password!');
    const unknown = await signIn('nobody@test.example', 'correct horse battery');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('does not let anyone sign up on their own', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { 'content-type': 'application/json' }, payload: { email: 'me@x.example', password: 'long enough password', name: 'Me' } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('answers 401 without credentials', async () => {
    const res = await client(t).get('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('auth.unauthenticated');
  });

  it('creates, lists, uses and revokes a personal API token; the secret is shown once and stored hashed', async () => {
    const owner = client(t, f.at.focal_point);
    const created = await owner.post('/api/me/tokens', { name: 'nightly export', expiresInDays: 30 });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^orms_/);
    expect(created.body.expiresAt).toBe(new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString());
    const list = await owner.get('/api/me/tokens');
    const listed = list.body.items.find((x: { id: string }) => x.id === created.body.id);
    expect(listed).toMatchObject({ name: 'nightly export', prefix: created.body.token.slice(0, 11) });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);

    const scripted = client(t, created.body.token);
    expect((await scripted.get('/api/me')).body.user.email).toBe(f.at.focal_point.email);
    expect((await owner.get('/api/me/tokens')).body.items.find((x: { id: string }) => x.id === created.body.id).lastUsedAt).not.toBeNull();

    expect((await owner.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(204);
    expect((await scripted.get('/api/me')).status).toBe(401);
    expect((await owner.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(404);
  });

  it('stops accepting a token once it expires', async () => {
    const owner = client(t, f.at.risk_officer);
    const { body } = await owner.post('/api/me/tokens', { name: 'short', expiresInDays: 1 });
    expect((await client(t, body.token).get('/api/me')).status).toBe(200);
    t.clock.advance(2 * 86_400_000);
    expect((await client(t, body.token).get('/api/me')).status).toBe(401);
  });
});

describe('health and API description', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database kind', async () => {
    const res = await client(t).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.ORMS_TEST_DB === 'postgres' ? 'postgres' : 'pglite', version: expect.any(String) });
    // Scripts only from ORMS itself, and no framing by other sites.
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('publishes OpenAPI 3.1 generated from the zod schemas', async () => {
    const res = await client(t).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const plan = res.body.paths['/api/orgs/{orgId}/plans/{planId}'];
    expect(Object.keys(plan)).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(res.body.paths['/api/orgs/{orgId}/plans'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['unitId', 'type', 'title']));
    expect(res.body.paths['/api/auth/*']).toBeUndefined();
  });

  it('answers unknown endpoints with a JSON 404 (401 before sign-in)', async () => {
    expect((await client(t).get('/api/nothing-here')).status).toBe(401);
    const res = await client(t, await createCaller(t)).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('route.not_found');
  });
});
