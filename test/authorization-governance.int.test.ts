import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createCaller, createCallerMatrix, type Caller, type OrgFixture } from './fixtures.js';
import { describeRouteMatrix, type Outcome, type RouteCase } from './authorization-support.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Who may do what with governing bodies (issue 8): anyone with a role in the organization reads;
 * the secretariat (executive, BC coordinator at the root) keeps bodies, members, accreditations,
 * meetings and procedures; only a representative accredited for a member at that moment breaks
 * silence or votes for it. Other organizations are told nothing exists; no refusal changes anything.
 */

let t: TestApp;
let f: OrgFixture;
let outsiders: OrgFixture;
let callers: Map<string, Caller>;
let bodyId = '';
let memberId = '';
let rep: Caller;
let theirProcedure = '';
const ALL = { en: 'Draft', fr: 'Projet', es: 'Proyecto', ru: 'Проект', zh: '草案', ar: 'مشروع' };
const api = (path: string, orgId = f.orgId) => `/api/orgs/${orgId}/governance${path}`;

async function setUpBody(org: OrgFixture) {
  const secretariat = client(t, org.at.bc_coordinator);
  const body = (await secretariat.post(api('/bodies', org.orgId), { name: 'Board', timeZone: 'Europe/Rome', officialLanguages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'] })).body.id as string;
  const member = (await secretariat.post(api(`/bodies/${body}/members`, org.orgId), { name: 'Italy' })).body.id as string;
  const representative = await createCaller(t, { orgId: org.orgId, role: 'governing_body_reader', unitId: org.unit.hq });
  await secretariat.post(api(`/bodies/${body}/accreditations`, org.orgId), { memberId: member, userId: representative.userId, language: 'en', validFrom: '2026-01-01T00:00:00Z' });
  return { body, member, representative };
}

beforeAll(async () => {
  t = await startTestApp();
  ({ f, callers, outsiders } = await createCallerMatrix(t));
  ({ body: bodyId, member: memberId, representative: rep } = await setUpBody(f));
  const theirs = await setUpBody(outsiders);
  theirProcedure = (await client(t, outsiders.at.bc_coordinator).post(api(`/bodies/${theirs.body}/silence-procedures`, outsiders.orgId), { title: 'Theirs', texts: ALL })).body.id;
});
afterAll(() => t.close());

const secretariat = () => client(t, f.at.bc_coordinator);
const newDraft = async () => (await secretariat().post(api(`/bodies/${bodyId}/silence-procedures`), { title: 'Draft', texts: ALL })).body.id as string;
const newCirculated = async () => {
  const id = await newDraft();
  await secretariat().post(api(`/procedures/${id}/circulate`), { deadline: { instant: new Date(t.clock.now().getTime() + 100 * 3_600_000).toISOString() } });
  return id;
};
const newVote = async () => (await secretariat().post(api(`/bodies/${bodyId}/written-votes`), { title: 'Vote', texts: { en: 'Agree?' } })).body.id as string;
const newAccreditation = async () => (await secretariat().post(api(`/bodies/${bodyId}/accreditations`), { memberId, userId: rep.userId, language: 'fr', validFrom: '2026-01-01T00:00:00Z' })).body.id as string;

const outsider = (who: string) => who.startsWith('outsider.');
const READ = (who: string): Outcome => (outsider(who) ? 404 : 200);
const MANAGE = (who: string): Outcome => (outsider(who) ? 404 : ['executive', 'bc_coordinator'].includes(who) ? 200 : 403);
/** Nobody of the matrix is accredited: acting for a member is refused to all of them. */
const ACT = (who: string): Outcome => (outsider(who) ? 404 : 403);

const ROUTES: RouteCase[] = [
  { route: 'GET bodies', call: (c) => c.get(api('/bodies')), expect: READ },
  { route: 'GET bodies/:id', call: (c) => c.get(api(`/bodies/${bodyId}`)), expect: READ },
  { route: 'GET procedures/:id', prepare: newCirculated, call: (c, id) => c.get(api(`/procedures/${id}`)), expect: READ },
  { route: 'GET procedures/:id/verify', prepare: newCirculated, call: (c, id) => c.get(api(`/procedures/${id}/verify`)), expect: READ },
  { route: 'POST bodies', call: (c) => c.post(api('/bodies'), { name: `Body ${crypto.randomUUID()}`, timeZone: 'UTC', officialLanguages: ['en'] }), expect: MANAGE },
  { route: 'PUT bodies/:id/continuity', call: (c) => c.put(api(`/bodies/${bodyId}/continuity`), { mtpdDays: 30, alternateVenues: [], virtualProvisions: 'Online', interpretationArrangements: 'Remote', planId: null }), expect: MANAGE },
  { route: 'POST bodies/:id/members', call: (c) => c.post(api(`/bodies/${bodyId}/members`), { name: `Member ${crypto.randomUUID()}` }), expect: MANAGE },
  { route: 'POST bodies/:id/accreditations', call: (c) => c.post(api(`/bodies/${bodyId}/accreditations`), { memberId, userId: rep.userId, language: 'en', validFrom: '2026-01-01T00:00:00Z' }), expect: MANAGE },
  { route: 'POST accreditations/:id/end', prepare: newAccreditation, call: (c, id) => c.post(api(`/accreditations/${id}/end`), { validUntil: '2026-12-31T00:00:00Z' }), expect: MANAGE },
  { route: 'POST bodies/:id/meetings', call: (c) => c.post(api(`/bodies/${bodyId}/meetings`), { title: 'Session', scheduledOn: '2026-02-02', mode: 'virtual', outcome: 'held_as_planned' }), expect: MANAGE },
  { route: 'POST bodies/:id/silence-procedures', call: (c) => c.post(api(`/bodies/${bodyId}/silence-procedures`), { title: 'Draft', texts: ALL }), expect: MANAGE },
  { route: 'POST bodies/:id/written-votes', call: (c) => c.post(api(`/bodies/${bodyId}/written-votes`), { title: 'Vote', texts: { en: 'Agree?' } }), expect: MANAGE },
  { route: 'PUT procedures/:id/texts/:language', prepare: newDraft, call: (c, id) => c.put(api(`/procedures/${id}/texts/fr`), { text: 'Nouveau texte' }), expect: MANAGE },
  { route: 'POST procedures/:id/circulate', prepare: newDraft, call: (c, id) => c.post(api(`/procedures/${id}/circulate`), { deadline: { date: '2026-03-09', time: '18:00' } }), expect: MANAGE },
  { route: 'POST procedures/:id/withdraw', prepare: newCirculated, call: (c, id) => c.post(api(`/procedures/${id}/withdraw`), { reason: 'Superseded' }), expect: MANAGE },
  { route: 'POST procedures/:id/break-silence', prepare: newCirculated, call: (c, id) => c.post(api(`/procedures/${id}/break-silence`), { memberId, language: 'en', statement: 'No' }), expect: ACT },
  { route: 'POST procedures/:id/votes', prepare: newVote, call: (c, id) => c.post(api(`/procedures/${id}/votes`), { memberId, choice: 'yes' }), expect: ACT },
  { route: 'GET another organization’s procedure through this organization', call: (c) => c.get(api(`/procedures/${theirProcedure}`)), expect: () => 404 },
  { route: 'POST circulate another organization’s procedure through this organization', call: (c) => c.post(api(`/procedures/${theirProcedure}/circulate`), { deadline: { date: '2026-03-09', time: '18:00' } }), expect: () => 404 },
  { route: 'GET a body that does not exist', call: (c) => c.get(api(`/bodies/${crypto.randomUUID()}`)), expect: () => 404 },
];

describeRouteMatrix(ROUTES, () => ({ t, callers }));

describe('the accredited representative', () => {
  it('breaks silence and votes for their member, and only for it', async () => {
    const c = client(t, rep);
    const silence = await newCirculated();
    expect((await c.get(api(`/procedures/${silence}`))).body.mine).toEqual([{ memberId, memberName: 'Italy', canAct: true }]);
    expect((await c.post(api(`/procedures/${silence}/break-silence`), { memberId, language: 'en', statement: 'Italy objects.' })).status).toBe(201);
    const vote = await newVote();
    expect((await c.post(api(`/procedures/${vote}/votes`), { memberId, choice: 'no' })).status).toBe(201);
    // The representative manages nothing.
    expect((await c.post(api(`/bodies/${bodyId}/members`), { name: 'Spain' })).status).toBe(403);
    // Nor can the secretariat vote in a member's name.
    expect((await secretariat().post(api(`/procedures/${await newVote()}/votes`), { memberId, choice: 'yes' })).status).toBe(403);
  });

  it('a manager cannot accredit an account of another organization', async () => {
    const res = await secretariat().post(api(`/bodies/${bodyId}/accreditations`), { memberId, userId: outsiders.at.staff.userId, language: 'en', validFrom: '2026-01-01T00:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('body.userId');
  });
});
