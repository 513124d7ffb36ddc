import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCaller, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { QUESTIONS, staffMember } from './people.test-support.js';
import { queueSurveyInvitations } from './survey-invitations.task.js';

/**
 * Wellbeing surveys end to end through the API, and their anonymity: whatever route anybody
 * calls, no answer of a person comes back — not for a survey of one respondent, nor two, nor
 * at the threshold — and the answers table cannot name anybody.
 */
let t: TestApp;
let f: OrgFixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${f.orgId}/people`;
const surveyBody = (extra: Record<string, unknown> = {}) => ({ title: { en: 'Pulse', ar: 'نبض' }, questions: QUESTIONS, targetUnitIds: [f.unit.hq], opensOn: '2026-03-02', closesOn: '2026-03-20', minimumGroupSize: 5, ...extra });

async function runSurvey(respondents: { unitId: string; answers: Record<string, unknown> }[], extra: Record<string, unknown> = {}) {
  const coordinator = client(t, f.at.bc_coordinator);
  const created = await coordinator.post(`${base()}/surveys`, surveyBody(extra));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  expect((await coordinator.post(`${base()}/surveys/${id}/launch`)).status).toBe(200);
  const people = [];
  for (const r of respondents) {
    const member = await staffMember(t, f.orgId, r.unitId);
    const res = await client(t, member).post(`${base()}/surveys/${id}/responses`, { answers: r.answers });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    people.push(member);
  }
  return { id, people };
}

describe('a survey wave', () => {
  it('invites, takes each answer once, hides results until closed, then hides small offices', async () => {
    const hq = Array.from({ length: 6 }, (_, i) => ({ unitId: f.unit.hq, answers: { workload: (i % 5) + 1, where: i % 2 ? 'home' : 'office', comment: `hq comment ${i}` } }));
    const small = [{ unitId: f.unit.otherCountry, answers: { workload: 1, where: 'home', comment: 'only me in this office' } }];
    const { id, people } = await runSurvey([...hq, ...small]);
    const coordinator = client(t, f.at.bc_coordinator);

    expect((await client(t, people[0]!).post(`${base()}/surveys/${id}/responses`, { answers: { workload: 2 } })).status).toBe(409);
    expect((await coordinator.get(`${base()}/surveys/${id}/results`)).body).toMatchObject({ available: false, respondents: 0 });

    expect(await queueSurveyInvitations(t.services, 'https://orms.example')).toBeGreaterThanOrEqual(7);
    expect(await queueSurveyInvitations(t.services, 'https://orms.example')).toBe(0);
    const outbox = await t.services.db.execute(sql`SELECT body, dedupe_key FROM outbox_messages WHERE dedupe_key LIKE ${`people.survey-invitation:${id}:%`}`);
    const rows = (outbox as unknown as { rows: { body: string; dedupe_key: string }[] }).rows;
    expect(rows.find((r) => r.dedupe_key.endsWith(people[0]!.personId))?.body).toContain(`https://orms.example/orgs/${f.orgId}/people/surveys/${id}/answer?lang=en`);

    expect((await coordinator.post(`${base()}/surveys/${id}/close`)).status).toBe(200);
    const results = (await coordinator.get(`${base()}/surveys/${id}/results`)).body;
    expect(results).toMatchObject({ available: true, respondents: 7 });
    const workload = results.questions.find((q: { key: string }) => q.key === 'workload');
    const cell = (unitId: string) => workload.scale.groups.find((g: { unitId: string }) => g.unitId === unitId).cell;
    // The small office alone hidden would be the total minus HQ: HQ is hidden with it (complementary), the total shows.
    expect(cell(f.unit.otherCountry)).toEqual({ hidden: true, reason: 'below_minimum' });
    expect(cell(f.unit.hq)).toEqual({ hidden: true, reason: 'complementary' });
    expect(cell(f.unit.country)).toEqual({ hidden: true, reason: 'below_minimum' });
    expect(workload.scale.total).toMatchObject({ hidden: false, answered: 7 });
    const comments = results.questions.find((q: { key: string }) => q.key === 'comment').texts;
    expect(comments.hidden).toBe(false);
    expect(comments.items).toHaveLength(7);
  });
});

describe('anonymity', () => {
  it('the answers table has no person column, no time and no sequence', async () => {
    const res = await t.services.db.execute(sql`SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 'wellbeing_answers'`);
    const columns = (res as unknown as { rows: { column_name: string; data_type: string; column_default: string | null }[] }).rows;
    expect(columns.map((c) => c.column_name).sort()).toEqual(['answers', 'group_unit_id', 'id', 'org_id', 'survey_id']);
    expect(columns.some((c) => /time|date|serial|integer|bigint/.test(c.data_type))).toBe(false);
    expect(columns.find((c) => c.column_name === 'id')?.column_default).toContain('gen_random_uuid');
    const participation = await t.services.db.execute(sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'wellbeing_participation'`);
    expect((participation as unknown as { rows: { column_name: string }[] }).rows.map((c) => c.column_name).sort()).toEqual(['org_id', 'person_id', 'survey_id']);
  });

  it.each([1, 2, 5])('no route returns the answer of anyone in a survey of %i respondent(s)', async (n) => {
    const marker = `secret-${n}-${Math.random().toString(36).slice(2)}`;
    const { id, people } = await runSurvey(
      Array.from({ length: n }, (_, i) => ({ unitId: f.unit.country, answers: { workload: 1 + (i % 5), where: 'home', comment: `${marker}-${i}` } })),
      { minimumGroupSize: 5 },
    );
    const coordinator = client(t, f.at.bc_coordinator);
    const follow = await coordinator.post(`${base()}/surveys/${id}/follow-ups`, { title: 'Talk about workload', ownerPersonId: people[0]!.personId, dueOn: '2026-04-30' });
    expect(follow.status).toBe(201);
    const readers = [f.at.bc_coordinator, f.at.executive, f.at.staff, await createCaller(t, { installationRole: 'admin' }), await createCaller(t, { installationRole: 'analyst' }), ...people];
    const routes = (open: boolean) => [
      `${base()}/surveys`,
      `${base()}/surveys/${id}`,
      `${base()}/surveys/${id}/results`,
      `${base()}/surveys/${id}/trend`,
      `${base()}/surveys/${id}/follow-ups`,
      `${base()}/arrangements`,
      `${base()}/return-plans`,
      `${base()}/whereabouts?date=2026-03-03`,
      `/api/orgs/${f.orgId}/audit`,
      open ? `${base()}/surveys` : `${base()}/surveys/${id}/results`,
    ];
    const check = async (open: boolean) => {
      for (const reader of readers) {
        for (const url of routes(open)) {
          const res = await client(t, reader).get(url);
          const text = JSON.stringify(res.body);
          expect(text, `${url}`).not.toContain(marker);
          if (url.endsWith('/results') && res.status === 200) {
            // Every figure shown stands for at least the minimum; a figure for fewer is hidden.
            for (const q of res.body.questions) {
              for (const c of [...(q.scale?.groups ?? []), ...(q.choice?.groups ?? [])].map((g: { cell: { hidden: boolean; answered?: number } }) => g.cell)) if (!c.hidden) expect(c.answered).toBeGreaterThanOrEqual(5);
              for (const c of [q.scale?.total, q.choice?.total].filter(Boolean)) if (!c.hidden) expect(c.answered).toBeGreaterThanOrEqual(5);
            }
          }
        }
      }
    };
    await check(true);
    expect((await coordinator.post(`${base()}/surveys/${id}/close`)).status).toBe(200);
    if (n < 5) await check(false);
    else {
      // At the threshold the texts are shown, for the whole survey, sorted and without a unit.
      const results = (await coordinator.get(`${base()}/surveys/${id}/results`)).body;
      const texts = results.questions.find((q: { key: string }) => q.key === 'comment').texts;
      expect(texts.items).toEqual([...texts.items].sort((a: string, b: string) => a.localeCompare(b)));
      expect(JSON.stringify(results)).not.toContain(people[0]!.personId);
      // Staff who answered never see results.
      expect((await client(t, people[0]!).get(`${base()}/surveys/${id}/results`)).status).toBe(403);
    }
  });
});

describe('working arrangements', () => {
  it('records arrangements by level and shows the Annex XIII matrix', async () => {
    const hr = client(t, f.at.bc_coordinator);
    const created = await hr.post(`${base()}/arrangements`, { level: 'field', kind: 'regular_telework', adoption: 'occasionally', permanence: 'temporary', policyReference: 'ST/IC/2020/5', effectiveFrom: '2020-03-16' });
    expect(created.status).toBe(201);
    const list = (await client(t, f.at.staff).get(`${base()}/arrangements`)).body;
    expect(list.allowedActions.edit).toBe(false);
    expect(list.matrix.find((c: { level: string; kind: string }) => c.level === 'field' && c.kind === 'regular_telework')).toMatchObject({ adoption: 'occasionally', permanence: 'temporary' });
    expect(list.levels).toEqual([{ level: 'headquarters', unitCount: 1 }, { level: 'regional', unitCount: 1 }, { level: 'field', unitCount: 2 }]);
    const patched = await hr.patch(`${base()}/arrangements/${created.body.id}`, { adoption: 'widely', permanence: 'permanent' });
    expect(patched.body).toMatchObject({ adoption: 'widely', permanence: 'permanent', inForce: true });
    expect((await hr.patch(`${base()}/arrangements/${created.body.id}`, { effectiveTo: '2019-01-01' })).status).toBe(400);
  });
});

describe('return to office', () => {
  it('keeps the rota under the occupancy limit and answers who works where on a day', async () => {
    const focal = client(t, f.country.focal_point);
    const staff = await Promise.all([0, 1, 2].map(() => staffMember(t, f.orgId, f.unit.country)));
    const plan = {
      unitId: f.unit.country,
      title: 'Back to the Country office',
      phases: [{ key: 'p1', name: 'Phase 1', startsOn: '2026-03-02', endsOn: null, criteria: 'No new cases for 14 days', occupancyPercent: 50, teamKeys: ['a', 'b'] }],
      sites: [{ key: 'main', name: 'Main building', floor: '1', capacity: 4 }],
      teams: [
        { key: 'a', name: 'Team A', siteKey: 'main', rotation: 'every_week', weekdays: [1, 3] },
        { key: 'b', name: 'Team B', siteKey: 'main', rotation: 'every_week', weekdays: [2, 4] },
      ],
      members: [
        { personId: staff[0]!.personId, teamKey: 'a' },
        { personId: staff[1]!.personId, teamKey: 'a' },
        { personId: staff[2]!.personId, teamKey: 'b' },
      ],
      hygieneMeasures: 'Masks in corridors',
      meetingRoomMeasures: 'Four people at most',
    };
    const over = await focal.post(`${base()}/return-plans`, { ...plan, members: plan.members.map((m) => ({ ...m, teamKey: 'a' })) });
    expect(over.status).toBe(400);
    expect(over.body.error.issues.map((i: { path: string }) => i.path)).toContain('body.phases.0.occupancyPercent');
    const created = await focal.post(`${base()}/return-plans`, plan);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rota = (await focal.get(`${base()}/return-plans/${created.body.id}/rota?date=2026-03-04`)).body;
    expect(rota.sites[0]).toMatchObject({ key: 'main', limit: 2 });
    expect(rota.sites[0].people.map((p: { personId: string }) => p.personId).sort()).toEqual([staff[0]!.personId, staff[1]!.personId].sort());
    expect(rota.remote.map((p: { personId: string }) => p.personId)).toEqual([staff[2]!.personId]);
    const mine = (await client(t, staff[2]!).get(`${base()}/whereabouts?date=2026-03-05`)).body;
    expect(mine).toMatchObject({ where: 'on_site', plans: [{ siteName: 'Main building' }] });
    expect((await client(t, staff[2]!).get(`${base()}/whereabouts?date=2026-03-06`)).body.where).toBe('remote');
    // Someone of another office asks about this person: not found.
    const elsewhere = await staffMember(t, f.orgId, f.unit.otherCountry);
    expect((await client(t, elsewhere).get(`${base()}/whereabouts?date=2026-03-05&personId=${staff[2]!.personId}`)).status).toBe(404);
  });
});
