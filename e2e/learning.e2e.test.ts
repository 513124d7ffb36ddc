import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import lrAr from '../src/web/locales/learning/ar.json' with { type: 'json' };
import lr from '../src/web/locales/learning/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The learning journey across two demo organizations. Meridian closes an exercise: its
 * after-action review is already waiting; the focal points' finding is recorded as a required
 * change to the country plan, closed with evidence, and the plan's update is due on the
 * compliance obligations. A lesson is published installation-wide, anonymized; AquaTerra's
 * coordinator finds it suggested on her own plan of the same event type, with no trace of
 * Meridian. axe-core on each page; once more in Arabic at phone width.
 */
const MERIDIAN = 'amina.diallo@meridian.example';
const AQUATERRA = 'leila.haddad@aquaterra.example';
const TODAY = '2026-11-20';
const LESSON = 'Check river gauges before the rainy season';

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

interface Plan { id: string; title: string; unitName: string; type: string }

describe('learning across organizations', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let orgName = '';
  let planId = '';
  let csp: string[];
  const modal = () => page.locator('.ant-modal:visible');
  const api = async <T,>(method: 'get' | 'post', path: string, data?: object) => {
    const res = await page.request[method](`${server.url}/api/orgs/${orgId}${path}`, data ? { data } : undefined);
    expect(res.status(), `${method} ${path}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const planUpdate = async () =>
    (await api<{ items: { subject: { id: string }; kind: string; status: string; why: { reason: string; on?: string } }[] }>('get', '/mer/obligations')).items.find((o) => o.subject.id === planId && o.kind === 'plan_update');

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn(MERIDIAN));
    csp = watchCspViolations(page);
    orgName = (await api<{ name: string }>('get', '')).name;
    const plans = (await api<{ items: Plan[] }>('get', '/plans')).items;
    planId = plans.find((p) => p.type === 'business_continuity')!.id;
  });
  afterAll(async () => {
    await context?.close();
  });

  it('closing an exercise leaves its review waiting, owned and due', async () => {
    const units = (await api<{ items: { id: string; parentId: string | null }[] }>('get', '/units')).items;
    const plan = await api<{ unitId: string }>('get', `/plans/${planId}`);
    const exercise = await api<{ id: string }>('post', '/exercises', { unitId: plan.unitId ?? units[0]!.id, type: 'tabletop', title: 'Flood tabletop at the country office', scheduledOn: TODAY, planIds: [planId] });
    await api('post', `/exercises/${exercise.id}/conduct`, { conductedOn: TODAY, summary: 'Warehouse flooded; stock moved in 6 hours.', results: [] });
    await api('post', `/exercises/${exercise.id}/close`);

    await page.getByTestId('nav-learning').first().click();
    await page.getByRole('heading', { name: lr.learning.title, level: 1 }).waitFor();
    const row = page.getByTestId('review-table').locator('tr', { hasText: 'Flood tabletop at the country office' });
    await row.waitFor();
    expect(await row.innerText()).toContain(lr.learning.status.open);
    await expectAccessible(page, 'learning: reviews');
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Flood tabletop at the country office', level: 1 }).waitFor();
    await expectAccessible(page, 'learning: review');
  });

  it('records what happened and a required change to the plan; closing it with evidence makes the plan due', async () => {
    await page.getByTestId('review-phase-response').fill('Stock was moved to the alternate warehouse in six hours.');
    await page.getByTestId('review-whatDidNotWork').fill('Nobody watched the river gauge.');
    await page.getByTestId('review-save').click();
    await page.getByText(lr.learning.saved).first().waitFor();

    await page.getByTestId('change-new').click();
    await modal().getByTestId('change-title').fill('Add river-gauge watch to the country plan');
    await modal().getByTestId('change-plan').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await modal().getByTestId('change-owner').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await modal().getByTestId('change-evidence').fill('Revised plan section and gauge log');
    await expectAccessible(page, 'learning: required change');
    await page.getByTestId('change-submit').click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('change-table').innerText()).toContain('Add river-gauge watch to the country plan');
    const planOfChange = (await api<{ changes: { planId: string }[] }>('get', `/post-incident-reviews/${/reviews\/([0-9a-f-]{36})/.exec(page.url())![1]}`)).changes[0]!.planId;
    planId = planOfChange;
    expect(await planUpdate()).toMatchObject({ status: expect.stringMatching(/due|overdue/), why: { reason: 'change', on: TODAY } });

    await page.getByTestId('review-complete').click();
    await page.getByTestId('review-complete-confirm').click();
    await expect.poll(() => page.getByTestId('review-status').innerText()).toContain(lr.learning.status.completed);

    // The action is on the remedial actions list, from the review, and closes with its evidence.
    await page.goto(`${server.url}/orgs/${orgId}/actions`);
    const action = page.getByTestId('action-table').locator('tr', { hasText: 'Add river-gauge watch to the country plan' });
    await action.waitFor();
    expect(await action.innerText()).toContain('Revised plan section and gauge log');
    await action.getByTestId('action-close').click();
    await modal().getByTestId('action-evidence').fill('Plan section 7 revised; gauge log started 20 November');
    await page.getByTestId('action-close-submit').click();
    await modal().waitFor({ state: 'detached' });
    expect(await planUpdate()).toMatchObject({ why: { reason: 'change', on: TODAY } });
  });

  it('publishes a lesson to every organization, anonymized', async () => {
    await page.goto(`${server.url}/orgs/${orgId}/learning?tab=lessons`);
    await page.getByTestId('lesson-new').click();
    await page.getByTestId('lesson-title-input').fill(LESSON);
    await page.getByTestId('lesson-narrative').fill('The warehouse flooded because no one read the upstream gauge; a weekly reading gives two days of warning.');
    await page.getByTestId('lesson-category').click();
    await page.locator('.ant-select-dropdown:visible').getByText(lr.learning.category.bc_planning, { exact: true }).click();
    await page.getByTestId('lesson-event-type').click();
    await page.locator('.ant-select-dropdown:visible').getByText(lr.learning.eventType.natural_disaster, { exact: true }).click();
    await page.getByTestId('lesson-sharing-installation').click();
    await page.getByTestId('lesson-anonymized').check();
    await expectAccessible(page, 'learning: lesson editor');
    await page.getByTestId('lesson-save').click();
    await page.waitForURL(/lessons\/[0-9a-f-]{36}/);
    await page.getByTestId('lesson-publish').click();
    await page.getByTestId('lesson-publish-confirm').click();
    await page.getByText(lr.learning.lessons.published).first().waitFor();

    // Found by the library's search.
    await page.goto(`${server.url}/orgs/${orgId}/learning?tab=lessons`);
    await page.locator('#lesson-search').fill('river gauge');
    await page.locator('#lesson-search').press('Enter');
    await expect.poll(() => page.getByTestId('lesson-list').innerText()).toContain(LESSON);
    expect(csp).toEqual([]);
  });

  it('is suggested on another organization’s plan of the same event type, with no trace of its source', async () => {
    const other = await signedIn(AQUATERRA);
    try {
      const request = (path: string) => other.page.request.get(`${server.url}/api/orgs/${other.orgId}${path}`).then((r) => r.json());
      const plans = (await request('/plans')).items as Plan[];
      let theirs: Plan | undefined;
      for (const p of plans) if (((await request(`/lesson-suggestions?planId=${p.id}`)).eventTypes as string[]).includes('natural_disaster')) theirs ??= p;
      expect(theirs).toBeDefined();
      await other.page.goto(`${server.url}/orgs/${other.orgId}/plans/${theirs!.id}`);
      const panel = other.page.getByTestId('lesson-suggestions');
      await expect.poll(() => panel.innerText()).toContain(LESSON);
      const item = panel.locator('.ant-list-item', { hasText: LESSON });
      expect(await item.innerText()).toContain(lr.learning.lessons.anonymous);
      expect(await item.innerText()).not.toContain(orgName);
      await expectAccessible(other.page, 'plan page with lesson suggestions');
      await item.getByRole('link').click();
      await other.page.getByTestId('lesson-source').waitFor();
      const body = await other.page.locator('main').innerText();
      expect(body).toContain(lr.learning.lessons.anonymous);
      for (const trace of [orgName, 'Uganda', 'Amina', 'Samuel', 'Flood tabletop']) expect(body).not.toContain(trace);
      await expectAccessible(other.page, 'shared lesson');
    } finally {
      await other.context.close();
    }
  });
  it('runs the management review on assembled inputs and downloads its record; starts a crisis evaluation', async () => {
    await page.goto(`${server.url}/orgs/${orgId}/learning?tab=management`);
    await page.getByTestId('management-new').click();
    await modal().getByTestId('management-title').fill('Annual management review 2026');
    await expectAccessible(page, 'learning: new management review');
    await page.getByTestId('management-submit').click();
    await page.waitForURL(/management-reviews\/[0-9a-f-]{36}/);
    await page.getByText(lr.learning.management.inputs).waitFor();
    await page.getByTestId('management-decisions').fill('Fund river-gauge monitoring in every country office');
    await page.getByTestId('management-save').click();
    await page.getByText(lr.learning.saved).first().waitFor();
    await expectAccessible(page, 'learning: management review');
    const pdf = await page.request.get(`${server.url}${await page.getByTestId('export-pdf').getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    await page.goto(`${server.url}/orgs/${orgId}/learning?tab=evaluations`);
    await page.getByTestId('evaluation-new').click();
    await modal().getByTestId('evaluation-title').fill('Evaluation of the 2026 floods');
    await page.getByTestId('evaluation-submit').click();
    await page.waitForURL(/evaluations\/[0-9a-f-]{36}/);
    await page.getByTestId('evaluation-baseline-hr').fill('No surge roster for the warehouse team.');
    await page.getByTestId('evaluation-save').click();
    await page.getByText(lr.learning.saved).first().waitFor();
    await expectAccessible(page, 'learning: crisis evaluation');
    expect(csp).toEqual([]);
  });
});

describe('learning in Arabic, at phone width', () => {
  it('shows the library right to left, searchable in Arabic, and accessible', async () => {
    const { context, page, orgId } = await signedIn(MERIDIAN, 'ar', { width: 390, height: 844 });
    try {
      await page.request.post(`${server.url}/api/orgs/${orgId}/lessons`, { data: { kind: 'good_practice', title: 'فحص مقاييس منسوب النهر قبل موسم الأمطار', narrative: 'قراءة أسبوعية لمقياس النهر تعطي إنذارًا مبكرًا بيومين.', category: 'bc_planning', eventType: 'natural_disaster', language: 'ar' } });
      await page.goto(`${server.url}/orgs/${orgId}/learning?tab=lessons`);
      await page.getByRole('heading', { name: lrAr.learning.title, level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await page.locator('#lesson-search').fill('مقياس النهر');
      await page.locator('#lesson-search').press('Enter');
      await expect.poll(() => page.getByTestId('lesson-list').innerText()).toContain('فحص مقاييس منسوب النهر');
      await expectAccessible(page, 'learning library in Arabic on a phone');
      await page.getByTestId('learning-tab-reviews').click();
      await page.getByTestId('review-table').waitFor();
      await expectAccessible(page, 'reviews in Arabic on a phone');
    } finally {
      await context.close();
    }
  });
});
