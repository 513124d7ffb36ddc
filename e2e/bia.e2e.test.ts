import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../src/web/locales/bia/ar.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The light BIA journey: a focal point of a country office records a service with its
 * impacts and a new dependency, sees the derived MTPD, is refused an RTO beyond it (the
 * message next to the field), fixes it and submits; the coordinator approves; the service
 * is then read-only and the gap shows. axe-core on each page, once in Arabic.
 */
const FOCAL_POINT = 'samuel.okello@meridian.example';
const COORDINATOR = 'amina.diallo@meridian.example';
const UNIT = 'Uganda Country Office';
const SERVICE = `Cash transfers ${Date.now()}`;
const DEPENDENCY = `Mobile money platform ${Date.now()}`;

let server: E2EServer;
let browser: Browser;
let biaUrl = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  return { context, page: await context.newPage() };
}

async function pickOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

const state = (page: Page) => page.getByTestId('bia-state').getAttribute('data-state');

describe('light BIA in the browser', () => {
  it('a focal point records a service with impacts and a dependency, is refused an RTO beyond the MTPD, fixes it and submits', async () => {
    const { context, page } = await newPage('en');
    const csp = watchCspViolations(page);
    await signIn(page, server.url, FOCAL_POINT);
    await page.getByTestId('nav-bia').first().click();
    await page.waitForURL(/\/bia/);
    await pickOption(page, 'bia-unit', UNIT);
    await expect.poll(() => state(page)).not.toBeNull();
    // The demo's office has an approved BIA: a change opens the next version as a draft.
    if ((await state(page)) === 'approved') await page.getByTestId('bia-revise').click();
    await expect.poll(() => state(page)).toBe('draft');
    biaUrl = page.url();
    await expectAccessible(page, 'BIA page');

    await page.getByTestId('new-service').click();
    await page.getByTestId('service-name').fill(SERVICE);
    // Mandate delivery becomes intolerable (level 4) after 1 day; financial only after 1 week.
    await page.getByTestId('impact-mandate_delivery-0').selectOption('2');
    await page.getByTestId('impact-mandate_delivery-1').selectOption('4');
    await page.getByTestId('impact-financial-3').selectOption('4');
    await expect.poll(() => page.getByTestId('derived-mtpd').innerText()).toContain('1 d');
    expect(await page.getByTestId('derived-mtpd').innerText()).toContain('Mandate delivery');
    await expectAccessible(page, 'service form');

    // A dependency added inline, without leaving the form: it recovers in 3 days.
    await page.getByTestId('add-dependency-inline').click();
    await page.getByTestId('dependency-name').fill(DEPENDENCY);
    await page.getByTestId('dependency-achieved').fill('72');
    await page.getByTestId('dependency-save').click();
    await expect.poll(() => page.getByTestId('service-dependencies').innerText()).toContain(DEPENDENCY);

    // An RTO of 3 days against an MTPD of 1 day is refused, the message next to the field.
    await page.getByTestId('service-rto').fill('72');
    await page.getByTestId('service-save').click();
    const rtoError = page.locator('.ant-form-item-explain-error', { hasText: 'longer than the maximum tolerable period of disruption' });
    await rtoError.waitFor();
    expect(await rtoError.innerText()).toContain('(3 d)');
    expect(await rtoError.innerText()).toContain('(1 d)');

    await page.getByTestId('service-rto').fill('12');
    await page.getByTestId('service-save').click();
    await page.getByTestId(`service-${SERVICE}`).waitFor();
    await expect.poll(() => page.getByTestId(`mtpd-${SERVICE}`).innerText()).toBe('1 d');

    await page.getByTestId('bia-submit').click();
    await expect.poll(() => state(page)).toBe('submitted');
    // Four eyes: the submitter is offered no approval.
    expect(await page.getByTestId('bia-approve').count()).toBe(0);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('the coordinator approves; the service form is then read-only; the gap shows', async () => {
    const { context, page } = await newPage('en');
    await signIn(page, server.url, COORDINATOR);
    await page.goto(biaUrl);
    await expect.poll(() => state(page)).toBe('submitted');
    await page.getByTestId('bia-approve').click();
    await expect.poll(() => state(page)).toBe('approved');
    expect(await page.getByTestId('new-service').count()).toBe(0);

    await page.getByTestId(`service-${SERVICE}`).click();
    await page.getByTestId('service-read-only').waitFor();
    expect(await page.getByTestId('service-name').isDisabled()).toBe(true);
    expect(await page.getByTestId('impact-mandate_delivery-1').isDisabled()).toBe(true);
    await expectAccessible(page, 'read-only service');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Gaps' }).click();
    const gap = `${DEPENDENCY} recovers in 3 d, ${SERVICE} needs 12 h`;
    await expect.poll(() => page.locator('.bia-gap-chart').innerText()).toContain(gap);
    await expectAccessible(page, 'gaps');
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Whole organization' }).click();
    await expect.poll(() => page.locator('.ant-radio-button-wrapper-checked').innerText()).toBe('Whole organization');
    await expect.poll(() => page.locator('.bia-gap-chart').innerText()).toContain(gap);

    await page.getByRole('tab', { name: 'Campaigns' }).click();
    await page.getByTestId('launch-campaign').waitFor();
    await expectAccessible(page, 'campaigns');
    await context.close();
  });

  it('in Arabic, right to left, the page and the service form stay accessible', async () => {
    const { context, page } = await newPage('ar');
    await signIn(page, server.url, COORDINATOR);
    await page.goto(biaUrl);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => state(page)).toBe('approved');
    expect(await page.locator('h1').innerText()).toBe(ar.bia.title);
    await page.getByTestId(`service-${SERVICE}`).click();
    await page.getByTestId('service-read-only').waitFor();
    await expectAccessible(page, 'service form in Arabic');
    await context.close();
  });
});
