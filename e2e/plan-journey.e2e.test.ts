import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import ar from '../src/web/locales/ar.json' with { type: 'json' };
import en from '../src/web/locales/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The foundation journey, in the browser: a BC coordinator writes a country-office plan
 * from the template and submits it; the executive returns it with a comment, then approves
 * the corrected version; the history shows who did what. In English and in Arabic (RTL),
 * with axe-core on every page visited.
 */
const COORDINATOR = 'amina.diallo@meridian.example';
const EXECUTIVE = 'helena.marchetti@meridian.example';
const OUTSIDER = 'leila.haddad@aquaterra.example';

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

async function newPage(locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: axe then sees every element in its final state, not mid-animation.
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  return { context, page: await context.newPage() };
}

const state = (page: Page) => page.getByTestId('plan-state').first();

/** antd lists are virtual (off-screen options are not rendered): search, then take the match. */
async function pickOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

for (const [language, t] of [['en', en], ['ar', ar]] as const) {
  describe(`plan journey in ${language === 'en' ? 'English' : 'Arabic'}`, () => {
    let planUrl = '';
    const title = `Kampala BCP ${language} ${Date.now()}`;

    it('the coordinator sees the organizations and their unit tree', async () => {
      const { context, page } = await newPage(language);
      await page.goto(`${server.url}/`);
      await expectAccessible(page, 'sign-in');
      await signIn(page, server.url, COORDINATOR);
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await page.getByTestId('unit-tree').waitFor();
      await expect.poll(() => page.getByTestId('unit-tree').innerText()).toContain('Regional Office for East Africa');
      await expectAccessible(page, 'organization home');
      await page.getByTestId('org-switcher').click();
      // Only her own organization: the other one is not even named.
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').innerText()).toContain('Meridian Relief Agency');
      expect(await page.locator('.ant-select-dropdown:visible').innerText()).not.toContain('AquaTerra');
      await page.keyboard.press('Escape');
      await context.close();
    });

    it('the coordinator creates a plan from the template, fills it in and submits it', async () => {
      const { context, page } = await newPage(language);
      await signIn(page, server.url, COORDINATOR);
      const orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1];
      await page.goto(`${server.url}/orgs/${orgId}/plans`);
      await page.getByTestId('plan-table').waitFor();
      await expectAccessible(page, 'plan list');

      await page.getByTestId('new-plan-button').click();
      await pickOption(page, 'new-plan-unit', 'Uganda Country Office');
      await pickOption(page, 'new-plan-type', t.enums.planType.business_continuity);
      await page.getByTestId('new-plan-title').fill(title);
      await page.getByRole('button', { name: t.common.create }).click();
      await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
      planUrl = page.url();
      await expect.poll(() => state(page).getAttribute('data-state')).toBe('draft');
      await expectAccessible(page, 'new plan');

      for (const key of PLAN_SECTION_KEYS) {
        await page.getByTestId(`section-${key}`).fill(`${key}: Head of Office leads; the Deputy Head is the alternate.`);
        await page.getByTestId(`save-section-${key}`).click();
        await expect.poll(() => page.getByTestId(`save-section-${key}`).isDisabled()).toBe(true);
      }
      await page.getByRole('tab', { name: t.plan.tabs.review }).click();
      await page.getByTestId('submit-button').click();
      await expect.poll(() => state(page).getAttribute('data-state')).toBe('in_review');
      await expectAccessible(page, 'review after submission');
      await context.close();
    });

    it('the executive returns it with a comment; the coordinator corrects and resubmits; the executive approves', async () => {
      const reviewer = await newPage(language);
      await signIn(reviewer.page, server.url, EXECUTIVE);
      await reviewer.page.goto(planUrl);
      await reviewer.page.getByRole('tab', { name: t.plan.tabs.review }).click();
      await reviewer.page.getByTestId('review-comment').fill('Name the alternate for ICT continuity.');
      await reviewer.page.getByTestId('return-button').click();
      await expect.poll(() => state(reviewer.page).getAttribute('data-state')).toBe('draft');
      await expectAccessible(reviewer.page, 'review screen');

      const author = await newPage(language);
      await signIn(author.page, server.url, COORDINATOR);
      await author.page.goto(planUrl);
      await expect.poll(() => author.page.locator('body').innerText()).toContain('Name the alternate for ICT continuity.');
      await author.page.getByTestId('section-roles_and_responsibilities').fill('ICT continuity: ICT Assistant; alternate: Regional ICT Officer.');
      await author.page.getByTestId('save-section-roles_and_responsibilities').click();
      await expect.poll(() => author.page.getByTestId('save-section-roles_and_responsibilities').isDisabled()).toBe(true);
      await author.page.getByRole('tab', { name: t.plan.tabs.review }).click();
      await author.page.getByTestId('submit-button').click();
      await expect.poll(() => state(author.page).getAttribute('data-state')).toBe('in_review');
      // Four eyes: the submitter is offered no approval.
      expect(await author.page.getByTestId('approve-button').count()).toBe(0);

      await reviewer.page.reload();
      await reviewer.page.getByRole('tab', { name: t.plan.tabs.review }).click();
      await reviewer.page.getByTestId('approve-button').click();
      await expect.poll(() => state(reviewer.page).getAttribute('data-state')).toBe('approved');

      await author.page.reload();
      await author.page.getByRole('tab', { name: t.plan.tabs.history }).click();
      // Who did what: the executive's return and approval, the coordinator's edits and submissions.
      await expect.poll(() => author.page.locator('main').innerText()).toContain('Helena Marchetti');
      await expect.poll(() => author.page.locator('main').innerText()).toContain('Amina Diallo');
      await expectAccessible(author.page, 'history');
      await reviewer.context.close();
      await author.context.close();
    });

    it('an organization outside gets 404 for the plan, in the API and in the UI', async () => {
      const { context, page } = await newPage(language);
      await signIn(page, server.url, OUTSIDER);
      const apiUrl = planUrl.replace(server.url, `${server.url}/api`);
      const response = await page.request.get(apiUrl);
      expect(response.status()).toBe(404);
      await page.goto(planUrl);
      await expect.poll(() => page.locator('main').innerText()).not.toContain(title);
      await expectAccessible(page, 'not found');
      await context.close();
    });
  });
}

describe('organization profile', () => {
  it('the coordinator records how much of her time goes to BCM', async () => {
    const { context, page } = await newPage('en');
    await signIn(page, server.url, COORDINATOR);
    await page.getByTestId('edit-org-button').click();
    const percent = page.getByLabel(en.orgs.percentTime);
    await percent.fill('80');
    await expectAccessible(page, 'edit organization profile');
    await page.getByRole('button', { name: en.orgs.save }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('80%');
    // A focal point may read the arrangement but not change it.
    const other = await newPage('en');
    await signIn(other.page, server.url, 'samuel.okello@meridian.example');
    await expect.poll(() => other.page.locator('main').innerText()).toContain('80%');
    expect(await other.page.getByTestId('edit-org-button').count()).toBe(0);
    await other.context.close();
    await context.close();
  });
});

describe('on a phone', () => {
  it('shows the plan list and a plan, accessibly, with nothing refused by the content security policy', async () => {
    const { context, page } = await newPage('en', { width: 390, height: 844 });
    const refused = watchCspViolations(page);
    await signIn(page, server.url, 'samuel.okello@meridian.example');
    const orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1];
    await page.goto(`${server.url}/orgs/${orgId}/plans`);
    await page.getByTestId('plan-table').waitFor();
    await expectAccessible(page, 'plan list on a phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.locator('[data-testid="plan-table"] a').first().click();
    await page.getByTestId('plan-state').waitFor();
    await expectAccessible(page, 'plan on a phone');
    expect(refused).toEqual([]);
    await context.close();
  });
});
