import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

/**
 * The library's search through the API, on PGlite and PostgreSQL alike: a lesson written in
 * each of the six languages is found by a query in its language, first, and the others not.
 */
const LESSONS = {
  en: ['Flood warnings came too late', 'The call tree had outdated phone numbers when the river flooded.'],
  fr: ['Les alertes d’inondation trop tardives', 'L’arbre d’appel était périmé quand la rivière a débordé.'],
  es: ['El teletrabajo funcionó', 'Gracias a las computadoras portátiles distribuidas antes del cierre de la oficina.'],
  ru: ['Резервные копии не проверялись', 'Восстановление серверов заняло три дня.'],
  zh: ['洪水期间转为远程办公', '办公室无法进入，员工转为远程办公，网络连接不稳定。'],
  ar: ['انقطاع الكهرباء أوقف الخوادم', 'كانت المولدات الاحتياطية دون صيانة عند انقطاع الكهرباء.'],
} as const;
const QUERIES = { en: 'flood warning', fr: 'inondations', es: 'teletrabajo portátiles', ru: 'восстановление серверов', zh: '远程办公', ar: 'الكهرباء' } as const;

let t: TestApp;
let f: OrgFixture;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const c = client(t, f.at.bc_coordinator);
  for (const [language, [title, narrative]] of Object.entries(LESSONS)) {
    const id = (await c.post(`/api/orgs/${f.orgId}/lessons`, { kind: 'lesson', title, narrative, category: 'communication', language })).body.id as string;
    await c.post(`/api/orgs/${f.orgId}/lessons/${id}/publish`);
    ids[language] = id;
  }
});
afterAll(() => t.close());

describe('lesson search in six languages', () => {
  it.each(Object.entries(QUERIES))('%s: the lesson in that language, and only it', async (language, q) => {
    const res = await client(t, f.at.staff).get(`/api/orgs/${f.orgId}/lessons?q=${encodeURIComponent(q)}`);
    expect(res.body.items.map((l: { id: string }) => l.id)).toEqual([ids[language]]);
    expect(res.body.items[0].score).toBeGreaterThan(0);
  });

  it('finds a lesson by its translation, and ranks the closer match first', async () => {
    const c = client(t, f.at.bc_coordinator);
    const id = (await c.post(`/api/orgs/${f.orgId}/lessons`, { kind: 'good_practice', title: 'Backup generator maintenance', narrative: 'Monthly generator tests kept the servers running.', category: 'internal_capacity', language: 'en', translations: { ar: { title: 'صيانة المولد الاحتياطي', narrative: 'اختبار المولدات شهريًا أبقى الخوادم تعمل.' } } })).body.id;
    await c.post(`/api/orgs/${f.orgId}/lessons/${id}/publish`);
    const res = await client(t, f.at.staff).get(`/api/orgs/${f.orgId}/lessons?q=${encodeURIComponent('المولدات الاحتياطية')}`);
    expect(res.body.items.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining([id, ids.ar]));
    expect(res.body.items[0].score).toBeGreaterThanOrEqual(res.body.items.at(-1).score);
  });
});
