// bench/bia-gaps: the organization-wide recovery gap analysis (GET /api/orgs/:orgId/bia/gaps,
// the same use case the API runs: organization scope, policy, queries, analysis, views) on a
// large organization and on one tenth of it. The cost must grow no faster than the data:
// ratio = time(full) / time(tenth) ≤ 12 for ten times the data.
//
// Shape of the full organization (the tenth divides every count by ten):
//   2,000 units (headquarters, 20 regional offices, 1,979 country offices and duty stations);
//   10,000 services, 5 per unit, priorities 1–5, RTOs from 4 hours to 2 weeks;
//   50,000 dependencies, 25 per unit, of the five kinds, one in six with unknown recovery;
//   50,000 links, 5 per service: 3 to dependencies of its own unit, 2 to shared ones of
//   headquarters (the ERP, e-mail, the bank...).
// Rows are generated inside the database (generate_series), so loading takes seconds.
// Needs PostgreSQL: BENCH_DATABASE_URL (the embedded database serves one process only).
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { TActor } from '../src/domain/roles.js';
import { systemClock } from '../src/server/clock.js';
import type { Ctx } from '../src/server/context.js';
import type { Db } from '../src/server/db/database.js';
import { getGaps } from '../src/server/modules/bia/bia.gaps.usecases.js';
import { benchDatabase } from './lib/database.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const FULL = { units: 2000, servicesPerUnit: 5, dependenciesPerUnit: 25, linksPerService: 5 };

if (!process.env.BENCH_DATABASE_URL) {
  console.error('bench/bia-gaps needs BENCH_DATABASE_URL=postgres://… (a server to create a scratch database on)');
  process.exit(2);
}

/** One organization of `units` units with its BIA, built with set-based inserts; returns its id and root unit. */
async function buildOrganization(db: Db, tag: string, units: number) {
  const org = `md5('${tag}')::uuid`;
  const unit = (i: string) => `md5('${tag}-u-' || (${i}))::uuid`;
  const dependency = (i: string) => `md5('${tag}-d-' || (${i}))::uuid`;
  const services = units * FULL.servicesPerUnit;
  const dependencies = units * FULL.dependenciesPerUnit;
  const statements = [
    `INSERT INTO organizations (id, slug, name, created_at) VALUES (${org}, '${tag}', 'Bench ${tag}', now())`,
    // Unit 0 is headquarters; 1–20 regional offices under it; the rest under a regional office.
    `INSERT INTO units (id, org_id, parent_id, kind, name, code, time_zone, created_at)
     SELECT ${unit('i')}, ${org},
            CASE WHEN i = 0 THEN NULL WHEN i <= 20 THEN ${unit('0')} ELSE ${unit('1 + i % 20')} END,
            CASE WHEN i = 0 THEN 'headquarters' WHEN i <= 20 THEN 'regional_office' ELSE 'country_office' END,
            'Unit ' || i, 'U' || i, 'UTC', now()
     FROM generate_series(0, ${units - 1}) AS i`,
    `INSERT INTO bia_services (id, org_id, unit_id, name, priority, impacts, derived_mtpd_minutes, rto_minutes, minimum_service_levels, peak_periods, created_at, updated_at, updated_by)
     SELECT md5('${tag}-s-' || i)::uuid, ${org}, ${unit(`i % ${units}`)}, 'Service ' || i, 1 + i % 5,
            '{"mandate_delivery":[1,2,3,4,5,5]}'::jsonb, 10080,
            (ARRAY[240, 1440, 4320, 10080, 20160])[1 + (i * 7) % 5], '[]'::jsonb, '[]'::jsonb, now(), now(), 'bench'
     FROM generate_series(0, ${services - 1}) AS i`,
    `INSERT INTO bia_dependencies (id, org_id, unit_id, kind, name, achieved_minutes, details, created_at, updated_at, updated_by)
     SELECT ${dependency('i')}, ${org}, ${unit(`i / ${FULL.dependenciesPerUnit}`)}, k.kind, 'Dependency ' || i,
            CASE WHEN i % 6 = 0 THEN NULL ELSE (ARRAY[60, 240, 1440, 4320, 10080])[1 + (i * 13) % 5] END,
            jsonb_build_object('kind', k.kind), now(), now(), 'bench'
     FROM generate_series(0, ${dependencies - 1}) AS i
     CROSS JOIN LATERAL (SELECT (ARRAY['key_role','ict_system','facility','supplier','vital_record'])[1 + i % 5] AS kind) k`,
    // Service i is the q-th service of unit u = i % units: 3 dependencies of its own unit, 2 of headquarters.
    `INSERT INTO bia_service_dependencies (org_id, service_id, dependency_id)
     SELECT ${org}, md5('${tag}-s-' || i)::uuid,
            CASE WHEN k < 3 THEN ${dependency(`(i % ${units}) * ${FULL.dependenciesPerUnit} + ((i / ${units}) * 3 + k) % ${FULL.dependenciesPerUnit}`)}
                 ELSE ${dependency(`((i / ${units}) * 2 + k + (i % 7)) % ${FULL.dependenciesPerUnit}`)} END
     FROM generate_series(0, ${services - 1}) AS i, generate_series(0, ${FULL.linksPerService - 1}) AS k
     ON CONFLICT DO NOTHING`,
  ];
  for (const statement of statements) await db.execute(sql.raw(statement));
  const [counts] = (
    (await db.execute(
      sql.raw(`SELECT (SELECT count(*) FROM units WHERE org_id = ${org})::int AS units,
                      (SELECT count(*) FROM bia_services WHERE org_id = ${org})::int AS services,
                      (SELECT count(*) FROM bia_dependencies WHERE org_id = ${org})::int AS dependencies,
                      (SELECT count(*) FROM bia_service_dependencies WHERE org_id = ${org})::int AS links,
                      ${org}::text AS org_id, ${unit('0')}::text AS root`),
    )) as unknown as { rows: { units: number; services: number; dependencies: number; links: number; org_id: string; root: string }[] }
  ).rows;
  return counts!;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function gapsRunner(ctx: Omit<Ctx, 'actor'>, org: { org_id: string; root: string }) {
  // The BC coordinator at headquarters: the whole organization, as the API serves them.
  const actor: TActor = { userId: 'bench', email: 'bench@example.org', name: 'Bench', personId: null, installationRole: null, memberships: [{ orgId: org.org_id, role: 'bc_coordinator', unitId: org.root }] };
  return () => getGaps({ ...ctx, actor }, org.org_id, { subtree: true });
}

/**
 * Runs the two sizes alternately, so that load from other processes on a shared machine
 * falls on both alike, and takes the median of each.
 */
async function timeBoth(runs: Record<'tenth' | 'full', () => ReturnType<typeof getGaps>>) {
  const times = { tenth: [] as number[], full: [] as number[] };
  const warm = { tenth: await runs.tenth(), full: await runs.full() }; // warm-up: plans, caches, JIT
  for (let i = 0; i < RUNS; i++) {
    for (const size of ['tenth', 'full'] as const) {
      const start = performance.now();
      await runs[size]();
      times[size].push(performance.now() - start);
    }
  }
  const result = (size: 'tenth' | 'full') => ({ ms: median(times[size]), times: times[size], gaps: warm[size].gaps.length, summary: warm[size].summary });
  return { tenth: result('tenth'), full: result('full') };
}

const { database, cleanup } = await benchDatabase();
try {
  await database.migrate();
  const ctx = { db: database.db, clock: systemClock, log: pino({ level: 'warn' }) };
  const loadStart = performance.now();
  const full = await buildOrganization(database.db, 'bench-full', FULL.units);
  const tenth = await buildOrganization(database.db, 'bench-tenth', FULL.units / 10);
  await database.db.execute(sql.raw('ANALYZE'));
  console.log(`loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s: full ${JSON.stringify(full)}; tenth ${JSON.stringify(tenth)}`);
  const { tenth: tenthResult, full: fullResult } = await timeBoth({ tenth: gapsRunner(ctx, tenth), full: gapsRunner(ctx, full) });
  for (const [name, r] of [['tenth', tenthResult], ['full', fullResult]] as const) {
    console.log(`${name}: median ${r.ms.toFixed(1)} ms over ${RUNS} runs (${r.times.map((x) => x.toFixed(0)).join(', ')}); ${r.gaps} gaps; ${JSON.stringify(r.summary)}`);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      bench: 'bia-gaps',
      unit: 'ms',
      value: round(fullResult.ms),
      baseline: round(tenthResult.ms),
      ratio: Math.round((fullResult.ms / tenthResult.ms) * 1000) / 1000,
      n: { units: full.units, services: full.services, dependencies: full.dependencies, links: full.links, gaps: fullResult.gaps, runs: RUNS },
      database: 'postgres',
    }),
  );
} finally {
  await cleanup();
}
