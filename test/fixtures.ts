import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ORG_ROLES, type TOrgRole } from '../src/domain/roles.js';
import type { TUnitKind } from '../src/domain/units.js';
import { actorForUser } from '../src/server/modules/auth/actor.js';
import { createToken } from '../src/server/modules/auth/tokens.usecases.js';
import { createUser } from '../src/server/modules/auth/users.usecases.js';
import { organizations, units } from '../src/server/modules/orgs/orgs.table.js';
import type { TestApp } from './harness.js';

export interface Caller {
  userId: string;
  token: string;
  email: string;
}

export interface OrgFixture {
  orgId: string;
  unit: { hq: string; region: string; country: string; otherCountry: string };
  /** One caller per role, each scoped to headquarters (the whole organization). */
  at: Record<TOrgRole, Caller>;
  /** Callers scoped to the country office only. */
  country: Record<'focal_point' | 'plan_owner' | 'staff' | 'bc_coordinator', Caller>;
}

const suffix = () => randomBytes(4).toString('hex');

export async function createCaller(t: TestApp, options: { orgId?: string; role?: TOrgRole; unitId?: string; installationRole?: 'admin' | 'analyst' } = {}): Promise<Caller> {
  const email = `${options.role ?? options.installationRole ?? 'user'}-${suffix()}@test.example`;
  const roles = options.orgId && options.role && options.unitId ? [{ orgId: options.orgId, role: options.role, unitId: options.unitId }] : [];
  const { id } = await createUser(t.services, { email, name: `Test ${options.role ?? 'user'}`, password: 'correct horse battery', installationRole: options.installationRole ?? null, roles }, 'test');
  const actor = (await actorForUser(t.services.db, id))!;
  const { token } = await createToken({ ...t.services, actor }, { name: 'test', expiresInDays: null });
  return { userId: id, token, email };
}

/** An organization with HQ → region → two country offices and a caller for every role. */
export async function createOrgFixture(t: TestApp): Promise<OrgFixture> {
  const now = t.clock.now();
  const [org] = await t.services.db.insert(organizations).values({ slug: `org-${suffix()}`, name: `Org ${suffix()}`, createdAt: now }).returning();
  const orgId = org!.id;
  const unit = async (code: string, kind: TUnitKind, parentId: string | null) => {
    const [row] = await t.services.db.insert(units).values({ orgId, parentId, kind, name: `${code} office`, code, timeZone: 'UTC', createdAt: now }).returning();
    return row!.id;
  };
  const hq = await unit('HQ', 'headquarters', null);
  const region = await unit('RO', 'regional_office', hq);
  const country = await unit('CO', 'country_office', region);
  const otherCountry = await unit('CO2', 'country_office', region);
  const at = {} as Record<TOrgRole, Caller>;
  for (const role of ORG_ROLES) at[role] = await createCaller(t, { orgId, role, unitId: hq });
  const countryCallers = {} as OrgFixture['country'];
  for (const role of ['focal_point', 'plan_owner', 'staff', 'bc_coordinator'] as const) countryCallers[role] = await createCaller(t, { orgId, role, unitId: country });
  return { orgId, unit: { hq, region, country, otherCountry }, at, country: countryCallers };
}

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Calls the API through the front door (HTTP via inject) as the bearer of `token`. */
export function client(t: TestApp, caller?: Caller | string) {
  const token = typeof caller === 'string' ? caller : caller?.token;
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<Response> => {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : undefined, headers: res.headers };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body: unknown = {}) => call('POST', url, body),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    put: (url: string, body: unknown) => call('PUT', url, body),
    delete: (url: string) => call('DELETE', url),
  };
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Row counts of every table: "nothing changed" means this is identical before and after. */
/** Tables that change on every request (sessions, rate limits, token use) are counted, not fingerprinted. */
const VOLATILE = new Set(['session', 'rate_limit', 'verification', 'api_tokens', '__drizzle_migrations']);

/**
 * Row counts of every table, and a fingerprint of the content of every stable one: any write,
 * by any slice, shows up without each slice having to register its tables here.
 */
export async function snapshotCounts(t: TestApp): Promise<Record<string, number>> {
  const result = await t.services.db.execute(sql.raw(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`));
  const tables = (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const fingerprint = VOLATILE.has(table) ? `''` : `coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '')`;
    const rows = await t.services.db.execute(sql.raw(`SELECT count(*)::int AS n, ${fingerprint} AS f FROM "${table}" x`));
    const row = (rows as unknown as { rows: { n: number; f: string }[] }).rows[0]!;
    counts[table] = Number(row.n);
    if (!VOLATILE.has(table)) counts[`${table} (content)`] = parseInt(row.f.slice(0, 12) || '0', 16);
  }
  return counts;
}

/**
 * Everyone who may knock: each role at headquarters ('executive'), the country-scoped
 * callers ('country.staff'), callers of another organization ('outsider.bc_coordinator'),
 * and the installation roles ('analyst', 'admin').
 */
export async function createCallerMatrix(t: TestApp) {
  const f = await createOrgFixture(t);
  const outsiders = await createOrgFixture(t);
  const callers = new Map<string, Caller>();
  for (const role of ORG_ROLES) callers.set(role, f.at[role]);
  for (const [role, caller] of Object.entries(f.country)) callers.set(`country.${role}`, caller);
  for (const role of ['executive', 'bc_coordinator', 'staff'] as const) callers.set(`outsider.${role}`, outsiders.at[role]);
  callers.set('analyst', await createCaller(t, { installationRole: 'analyst' }));
  callers.set('admin', await createCaller(t, { installationRole: 'admin' }));
  return { f, outsiders, callers };
}
