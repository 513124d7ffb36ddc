import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pplAr from '../src/web/locales/people/ar.json' with { type: 'json' };
import ppl from '../src/web/locales/people/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The people journey on the demo organization (server day 2026-11-20): the coordinator,
 * recording for HR, adds an alternative working arrangement and sees it in the Annex XIII
 * matrix; runs a wellbeing survey of the whole organization; five colleagues at headquarters
 * and two staff of the Uganda office answer from their links (one of them in Arabic at phone
 * width); once closed, Uganda's two answers stay hidden — and headquarters with them, so the
 * total cannot give Uganda away — while the overall shows. Then Kampala's return-to-office rota
 * for a day. axe-core on each page.
 */
const DOMAIN = 'meridian.example';
const COORDINATOR = `amina.diallo@${DOMAIN}`;
const HQ_COLLEAGUES = ['helena.marchetti', 'tomas.herrera', 'ingrid.solberg', 'kwame.mensah', 'claire.dubois'].map((n) => `${n}@${DOMAIN}`);
const UGANDA_STAFF = `peter.ssemwanga@${DOMAIN}`;
const UGANDA_OWNER = `grace.nakato@${DOMAIN}`;
const w = ppl.workplace;

let server: E2EServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string, locale = 'en', viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; orgId: string }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return { context, page, orgId: /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

describe('staff: arrangements, a wellbeing survey and the return to office', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let csp: string[];
  let surveyId = '';
  const modal = () => page.locator('.ant-modal:visible');
  const api = async <T,>(method: 'get' | 'post', path: string, data?: unknown) => (await (await page.request[method](`${server.url}/api/orgs/${orgId}${path}`, data === undefined ? undefined : { data })).json()) as T;

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn(COORDINATOR));
    csp = watchCspViolations(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('records a working arrangement for the field level and shows it in the Annex XIII matrix', async () => {
    await page.getByTestId('nav-people').first().click();
    await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
    await page.getByTestId('arrangements-matrix').waitFor();
    await expectAccessible(page, 'people: arrangements');
    await page.getByTestId('new-arrangement').click();
    for (const [testId, label] of [
      ['arrangement-level', w.level.field],
      ['arrangement-kind', w.kind.compressed_week],
      ['arrangement-adoption', w.adoption.certain_functions],
    ] as const) {
      await modal().getByTestId(testId).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
    }
    await modal().getByTestId('arrangement-policy').fill('Field circular 2026/4');
    await modal().getByTestId('arrangement-from').fill('2026-10-01');
    await expectAccessible(page, 'people: new arrangement');
    await page.getByTestId('arrangement-submit').click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('arrangements-table').innerText()).toContain('Field circular 2026/4');
    const row = page.getByTestId('arrangements-matrix').locator('tr', { hasText: w.kind.compressed_week });
    expect(await row.innerText()).toContain(w.adoption.certain_functions);
  });

  it('creates and launches a survey of the whole organization', async () => {
    await page.goto(`${server.url}/orgs/${orgId}/people?tab=wellbeing`);
    await page.getByTestId('new-survey').click();
    await modal().getByTestId('survey-title-en').fill('November pulse');
    await modal().getByTestId('survey-targets').click();
    await page.locator('.ant-select-dropdown:visible').getByText('Headquarters, Geneva', { exact: true }).first().click();
    await page.keyboard.press('Escape');
    await modal().getByTestId('survey-opens').fill('2026-11-19');
    await modal().getByTestId('survey-closes').fill('2026-11-27');
    await modal().getByTestId('question-0-text-en').fill('I can manage my workload');
    await expectAccessible(page, 'people: new survey');
    await page.getByTestId('survey-submit').click();
    await modal().waitFor({ state: 'detached' });
    const list = await api<{ items: { id: string; title: { en: string }; state: string }[] }>('get', '/people/surveys');
    surveyId = list.items.find((s) => s.title.en === 'November pulse')!.id;
    await page.getByTestId(`launch-${surveyId}`).click();
    await page.getByTestId('launch-confirm').click();
    await expect.poll(async () => (await api<{ state: string }>('get', `/people/surveys/${surveyId}`)).state).toBe('open');
    await expectAccessible(page, 'people: surveys');
  });

  it('five colleagues at headquarters answer', async () => {
    for (const email of HQ_COLLEAGUES) {
      const other = await signedIn(email);
      const res = await other.page.request.post(`${server.url}/api/orgs/${orgId}/people/surveys/${surveyId}/responses`, { data: { answers: { q1: 4 } } });
      expect(res.status()).toBe(201);
      await other.context.close();
    }
  });

  it('a staff member of the Uganda office answers from the link', async () => {
    const staff = await signedIn(UGANDA_STAFF);
    await staff.page.goto(`${server.url}/orgs/${orgId}/people/surveys/${surveyId}/answer?lang=en`);
    await staff.page.getByRole('heading', { name: 'November pulse', level: 1 }).waitFor();
    await expectAccessible(staff.page, 'people: answering a survey');
    await staff.page.getByTestId('answer-q1').getByText(w.scale['2'], { exact: true }).click();
    await staff.page.getByTestId('answer-submit').click();
    await staff.page.getByTestId('answer-thanks').waitFor();
    // Staff never see results.
    const results = await staff.page.request.get(`${server.url}/api/orgs/${orgId}/people/surveys/${surveyId}/results`);
    expect(results.status()).toBe(403);
    await staff.context.close();
  });

  it('a second one answers in Arabic on a phone', async () => {
    const owner = await signedIn(UGANDA_OWNER, 'ar', { width: 390, height: 844 });
    await owner.page.goto(`${server.url}/orgs/${orgId}/people/surveys/${surveyId}/answer?lang=ar`);
    await owner.page.getByTestId('answer-submit').waitFor();
    expect(await owner.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await owner.page.getByText(pplAr.workplace.answer.anonymous).count()).toBeGreaterThan(0);
    await expectAccessible(owner.page, 'people: answering in Arabic at phone width');
    expect(await owner.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await owner.page.getByTestId('answer-q1').getByText(pplAr.workplace.scale['3'], { exact: true }).click();
    await owner.page.getByTestId('answer-submit').click();
    await owner.page.getByTestId('answer-thanks').waitFor();
    await owner.page.goto(`${server.url}/orgs/${orgId}/people?tab=wellbeing`);
    await owner.page.getByTestId('surveys-table').waitFor();
    await expectAccessible(owner.page, 'people: surveys in Arabic at phone width');
    expect(await owner.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await owner.context.close();
  });

  it('once closed, the small office stays hidden and the overall shows', async () => {
    await page.reload();
    await page.getByTestId(`close-${surveyId}`).click();
    await page.getByTestId('close-confirm').click();
    await expect.poll(async () => (await api<{ state: string }>('get', `/people/surveys/${surveyId}`)).state).toBe('closed');
    await page.getByTestId(`results-${surveyId}`).click();
    await page.getByTestId('result-q1').waitFor();
    expect(await page.getByTestId('respondents').innerText()).toContain(fill(w.surveys.respondedOf, { responded: 7, invited: 0 }).split(' ')[0]!);
    await page.getByTestId('result-q1-as-table').click();
    const table = page.getByTestId('result-q1').locator('table');
    const uganda = await table.locator('tr', { hasText: 'Uganda Country Office' }).innerText();
    expect(uganda).toContain(fill(w.results.hidden, { n: 5 }));
    const overall = await table.locator('tr', { hasText: w.results.overall }).innerText();
    expect(overall).toContain('(7 ');
    expect(overall).not.toContain(fill(w.results.hidden, { n: 5 }));
    await expectAccessible(page, 'people: survey results');
    const results = await api<{ questions: { scale: { groups: { cell: { hidden: boolean; answered?: number } }[]; total: { hidden: boolean; answered?: number } } }[] }>('get', `/people/surveys/${surveyId}/results`);
    for (const g of results.questions[0]!.scale.groups) if (!g.cell.hidden) expect(g.cell.answered).toBeGreaterThanOrEqual(5);
    expect(results.questions[0]!.scale.total).toMatchObject({ hidden: false, answered: 7 });
  });

  it('shows the return-to-office rota for a day, under the occupancy limit', async () => {
    const unitsList = await api<{ items: { id: string; code: string }[] }>('get', '/units');
    const uganda = unitsList.items.find((u) => u.code === 'CO-UG')!.id;
    const staff = (await api<{ items: { id: string; fullName: string }[] }>('get', `/people?unitId=${uganda}`)).items;
    const plan = await api<{ id: string }>('post', '/people/return-plans', {
      unitId: uganda,
      title: 'Kampala rota (e2e)',
      phases: [{ key: 'p1', name: 'Rotating teams', startsOn: '2026-11-01', occupancyPercent: 50, teamKeys: ['a', 'b'], criteria: 'Two weeks without a case' }],
      sites: [{ key: 'kla', name: 'Kampala office', floor: '2', capacity: 12 }],
      teams: [
        { key: 'a', name: 'Team A', siteKey: 'kla', rotation: 'every_week', weekdays: [1, 3, 5] },
        { key: 'b', name: 'Team B', siteKey: 'kla', rotation: 'every_week', weekdays: [2, 4] },
      ],
      members: staff.map((p, i) => ({ personId: p.id, teamKey: i % 2 === 0 ? 'a' : 'b' })),
      hygieneMeasures: 'Masks in shared spaces',
    });
    await page.goto(`${server.url}/orgs/${orgId}/people?tab=return`);
    await page.getByTestId('return-plans-table').getByText('Kampala rota (e2e)').click();
    await page.getByTestId('rota-date').fill('2026-11-23');
    const site = page.getByTestId('rota-site-kla');
    const teamA = staff.filter((_, i) => i % 2 === 0);
    await expect.poll(() => site.innerText()).toContain(teamA[0]!.fullName);
    expect(await site.innerText()).toContain(fill(w.return.occupied, { count: teamA.length, limit: 6 }));
    expect(await page.getByTestId('rota-remote').innerText()).toContain(staff[1]!.fullName);
    await expectAccessible(page, 'people: day rota');
    expect(plan.id).toBeTruthy();
    expect(csp).toEqual([]);
  });
});
