import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCaller, createOrgFixture, type Caller, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { outboxMessages } from '../notify/outbox.table.js';
import { governanceEvents, governanceProcedures } from './governance.table.js';
import { closeDueProcedures } from './procedures.close.js';

/**
 * Silence procedure and written vote through the API (issue 8, must-have 3; ADR 0013): deadlines
 * given in the body's zone, the scheduler late or twice, only accredited members acting, once.
 */
let t: TestApp;
let f: OrgFixture;
let bodyId = '';
const members: Record<'france' | 'kenya' | 'peru', string> = { france: '', kenya: '', peru: '' };
const reps: Record<'france' | 'kenya' | 'peru' | 'former', Caller> = {} as never;
const ALL = { en: 'Draft decision', fr: 'Projet de décision', es: 'Proyecto de decisión', ru: 'Проект решения', zh: '决定草案', ar: 'مشروع مقرر' };
const api = (path: string) => `/api/orgs/${f.orgId}/governance${path}`;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const secretariat = client(t, f.at.bc_coordinator);
  bodyId = (await secretariat.post(api('/bodies'), { name: 'Executive Board', timeZone: 'America/New_York', officialLanguages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'] })).body.id;
  for (const name of ['france', 'kenya', 'peru'] as const) members[name] = (await secretariat.post(api(`/bodies/${bodyId}/members`), { name })).body.id;
  const languages = { france: 'fr', kenya: 'en', peru: 'es', former: 'ar' } as const;
  for (const who of ['france', 'kenya', 'peru', 'former'] as const) {
    reps[who] = await createCaller(t, { orgId: f.orgId, role: 'governing_body_reader', unitId: f.unit.hq });
    const member = who === 'former' ? members.kenya : members[who];
    const res = await secretariat.post(api(`/bodies/${bodyId}/accreditations`), { memberId: member, userId: reps[who].userId, language: languages[who], validFrom: '2026-01-01T00:00:00Z', validUntil: who === 'former' ? '2026-03-01T00:00:00Z' : null });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

async function newSilence(texts: Record<string, string> = ALL) {
  const res = await client(t, f.at.bc_coordinator).post(api(`/bodies/${bodyId}/silence-procedures`), { title: 'Budget revision', texts });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('silence procedure', () => {
  it('is circulated only in every official language, for at least 72 hours, with the deadline read in the body’s zone', async () => {
    const secretariat = client(t, f.at.bc_coordinator);
    const id = await newSilence({ en: 'Draft decision' });
    const missing = await secretariat.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-06', time: '18:00' } });
    expect(missing.status).toBe(409);
    expect(missing.body.error.code).toBe('governance.missing_languages');
    for (const [language, text] of Object.entries(ALL)) expect((await secretariat.put(api(`/procedures/${id}/texts/${language}`), { text })).status).toBe(204);
    // Monday 09:00 UTC + 72 h = Thursday 09:00 UTC = 04:00 in New York: Wednesday 18:00 New York is too soon.
    expect((await secretariat.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-04', time: '18:00' } })).body.error.code).toBe('governance.deadline_too_short');
    expect((await secretariat.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-06', time: '18:00' } })).status).toBe(204);
    const view = (await client(t, reps.france).get(api(`/procedures/${id}`))).body;
    expect(view.state).toBe('circulated');
    // 18:00 in New York on 6 March (EST, UTC−5) is 23:00 UTC.
    expect(view.deadline).toBe('2026-03-06T23:00:00.000Z');
    expect(view.deadlineInBodyZone).toMatchObject({ date: '2026-03-06', time: '18:00' });
    expect(view.members.map((m: { name: string }) => m.name).sort()).toEqual(['france', 'kenya', 'peru']);
    const mails = await t.services.db.select().from(outboxMessages).where(sql`${outboxMessages.dedupeKey} like ${`governance:${id}:circulated:%`}`);
    expect(mails).toHaveLength(3);
    expect(mails.find((m) => m.recipient === reps.france.email)?.language).toBe('fr');
    expect(mails.find((m) => m.recipient === reps.france.email)?.subject).toContain('approbation tacite');
  });

  it('counts the 72 hours in real hours across the change to summer time in the body’s zone', async () => {
    const secretariat = client(t, f.at.bc_coordinator);
    // Thursday 5 March, 18:30 in New York (EST, 23:30 UTC); the clocks spring forward on Sunday 8 March.
    t.clock.set(new Date('2026-03-05T23:30:00Z'));
    const id = await newSilence();
    // Three local days later, 18:30 EDT, is only 71 real hours away.
    expect((await secretariat.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-08', time: '18:30' } })).body.error.code).toBe('governance.deadline_too_short');
    // 19:30 EDT is 72 hours: accepted, and read back on the body's summer clock.
    expect((await secretariat.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-08', time: '19:30' } })).status).toBe(204);
    const view = (await secretariat.get(api(`/procedures/${id}`))).body;
    expect(view.deadline).toBe('2026-03-08T23:30:00.000Z');
    expect(view.deadlineInBodyZone).toMatchObject({ date: '2026-03-08', time: '19:30', offset: 'GMT-04:00' });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('refuses a deadline at a time the clocks skip', async () => {
    const id = await newSilence();
    // 8 March 2026, 02:30 does not happen in New York.
    const res = await client(t, f.at.bc_coordinator).post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-08', time: '02:30' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('body.deadline.time');
  });

  it('is broken by one accredited member with a signed, time-stamped statement; others cannot break it again; the task leaves it broken', async () => {
    const id = await newSilence();
    await client(t, f.at.bc_coordinator).post(api(`/procedures/${id}/circulate`), { deadline: { instant: '2026-03-06T23:00:00Z' } });
    const outsiderRep = client(t, f.at.governing_body_reader);
    expect((await outsiderRep.post(api(`/procedures/${id}/break-silence`), { memberId: members.france, language: 'en', statement: 'No' })).status).toBe(403);
    // An accreditation that ended yesterday is no authority today.
    expect((await client(t, reps.former).post(api(`/procedures/${id}/break-silence`), { memberId: members.kenya, language: 'ar', statement: 'لا' })).body.error.code).toBe('governance.not_accredited');
    // A representative of France cannot speak for Peru.
    expect((await client(t, reps.france).post(api(`/procedures/${id}/break-silence`), { memberId: members.peru, language: 'fr', statement: 'Non' })).status).toBe(403);
    t.clock.advance(3_600_000);
    const broken = await client(t, reps.france).post(api(`/procedures/${id}/break-silence`), { memberId: members.france, language: 'fr', statement: 'La France rompt le silence.' });
    expect(broken.status).toBe(201);
    expect(broken.body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await client(t, reps.peru).post(api(`/procedures/${id}/break-silence`), { memberId: members.peru, language: 'es', statement: 'También' })).body.error.code).toBe('governance.already_broken');
    t.clock.set(new Date('2026-03-09T00:00:00Z'));
    await closeDueProcedures(t.services, 'http://localhost');
    const view = (await client(t, f.at.staff).get(api(`/procedures/${id}`))).body;
    expect(view.state).toBe('silence_broken');
    expect(view.brokenBy).toMatchObject({ memberName: 'france', statement: 'La France rompt le silence.', at: '2026-03-02T10:00:00.000Z' });
    const verify = (await client(t, f.at.staff).get(api(`/procedures/${id}/verify`))).body;
    expect(verify).toMatchObject({ chain: { ok: true }, recomputed: { state: 'silence_broken', adopted: false }, consistent: true });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('is adopted at its deadline when the scheduler runs days late, once, even when two runs race', async () => {
    const id = await newSilence();
    await client(t, f.at.bc_coordinator).post(api(`/procedures/${id}/circulate`), { deadline: { instant: '2026-03-06T23:00:00Z' } });
    // Before the deadline the task closes nothing.
    t.clock.set(new Date('2026-03-06T22:59:59Z'));
    await closeDueProcedures(t.services, 'http://localhost');
    expect((await client(t, reps.kenya).get(api(`/procedures/${id}`))).body.state).toBe('circulated');
    // The server was down from before the deadline until the 12th; a statement now comes too late.
    t.clock.set(new Date('2026-03-12T08:00:00Z'));
    expect((await client(t, reps.kenya).post(api(`/procedures/${id}/break-silence`), { memberId: members.kenya, language: 'en', statement: 'Too late' })).body.error.code).toBe('governance.deadline_passed');
    expect((await client(t, reps.kenya).get(api(`/procedures/${id}`))).body.state).toBe('adopted');
    const runs = await Promise.all([closeDueProcedures(t.services, 'http://localhost'), closeDueProcedures(t.services, 'http://localhost')]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await closeDueProcedures(t.services, 'http://localhost');
    const closings = await t.services.db.select().from(governanceEvents).where(sql`${governanceEvents.procedureId} = ${id} and ${governanceEvents.type} = 'closed'`);
    expect(closings).toHaveLength(1);
    // Stamped with the deadline, not with the hour the job ran.
    expect(closings[0]!.content).toMatchObject({ at: '2026-03-06T23:00:00.000Z', recordedAt: '2026-03-12T08:00:00.000Z' });
    const [row] = await t.services.db.select().from(governanceProcedures).where(eq(governanceProcedures.id, id));
    expect(row!.state).toBe('adopted');
    const told = await t.services.db.select().from(outboxMessages).where(sql`${outboxMessages.dedupeKey} like ${`governance:${id}:closed:%`}`);
    expect(told).toHaveLength(3);
    const view = (await client(t, reps.kenya).get(api(`/procedures/${id}`))).body;
    expect(view).toMatchObject({ state: 'adopted', decidedAt: '2026-03-06T23:00:00.000Z' });
    expect((await client(t, reps.kenya).get(api(`/procedures/${id}/verify`))).body).toMatchObject({ chain: { ok: true }, recomputed: { state: 'adopted', adopted: true }, consistent: true });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('verify names the link that was tampered with', async () => {
    const id = await newSilence();
    await client(t, f.at.bc_coordinator).post(api(`/procedures/${id}/circulate`), { deadline: { instant: '2026-03-06T23:00:00Z' } });
    await t.services.db.execute(sql`update governance_events set content = jsonb_set(content, '{deadline}', '"2026-03-05T23:00:00.000Z"') where procedure_id = ${id} and type = 'circulated'`);
    const verify = (await client(t, f.at.bc_coordinator).get(api(`/procedures/${id}/verify`))).body;
    expect(verify.chain).toMatchObject({ ok: false, brokenAtSeq: 1, problem: 'hash_mismatch' });
  });
});

describe('written vote', () => {
  it('counts each accredited member once, acknowledges every vote, records the non-respondent absent at the deadline', async () => {
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const secretariat = client(t, f.at.bc_coordinator);
    const opened = await secretariat.post(api(`/bodies/${bodyId}/written-votes`), { title: 'Venue change', texts: { en: 'The session moves online.' } });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const first = await client(t, reps.france).post(api(`/procedures/${id}/votes`), { memberId: members.france, choice: 'yes' });
    expect(first.status).toBe(201);
    expect(first.body.receipt).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    const again = await client(t, reps.france).post(api(`/procedures/${id}/votes`), { memberId: members.france, choice: 'no' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('governance.already_voted');
    expect((await client(t, reps.france).post(api(`/procedures/${id}/votes`), { memberId: members.kenya, choice: 'no' })).status).toBe(403);
    expect((await client(t, f.at.bc_coordinator).post(api(`/procedures/${id}/votes`), { memberId: members.kenya, choice: 'no' })).status).toBe(403);
    t.clock.advance(3_600_000);
    expect((await client(t, reps.kenya).post(api(`/procedures/${id}/votes`), { memberId: members.kenya, choice: 'abstain' })).status).toBe(201);
    const ack = await t.services.db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, `governance:${id}:ack:${members.france}:${reps.france.email}`));
    expect(ack[0]!.body).toContain(first.body.receipt);
    expect(ack[0]!.language).toBe('fr');
    // Peru never answers; the vote ends 24 hours after opening, and the job runs a day later still.
    t.clock.set(new Date('2026-03-03T09:00:00Z'));
    expect((await client(t, reps.peru).post(api(`/procedures/${id}/votes`), { memberId: members.peru, choice: 'yes' })).body.error.code).toBe('governance.voting_closed');
    t.clock.set(new Date('2026-03-04T12:00:00Z'));
    expect(await closeDueProcedures(t.services, 'http://localhost')).toBeGreaterThanOrEqual(1);
    const closing = await t.services.db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, `governance:${id}:closed:${reps.france.email}`));
    expect(closing[0]!.body).toContain('pour 1 · contre 0 · abstention 1 · absents 1');
    const view = (await client(t, reps.peru).get(api(`/procedures/${id}`))).body;
    expect(view.state).toBe('closed');
    expect(view.tally).toEqual({ yes: 1, no: 0, abstain: 1, absent: 1 });
    expect(view.absent.map((a: { memberName: string }) => a.memberName)).toEqual(['peru']);
    expect(view.result).toMatchObject({ adopted: true });
    expect(view.votes.find((v: { memberName: string }) => v.memberName === 'france').receipt).toBe(first.body.receipt);
    expect((await client(t, reps.peru).get(api(`/procedures/${id}/verify`))).body).toMatchObject({ chain: { ok: true }, receiptsOk: true, recomputed: { state: 'closed', adopted: true, tally: { absent: 1 } }, consistent: true });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
  });
});
