import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import ar from '../src/web/locales/ar.json' with { type: 'json' };
import en from '../src/web/locales/en.json' with { type: 'json' };
import planningAr from '../src/web/locales/planning/ar.json' with { type: 'json' };
import planningEn from '../src/web/locales/planning/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The structured plan in the browser: the focal point adds a role with a primary and an
 * alternate, a first-hour step and a consultation with medical and counselling, watches the
 * quality checks change, and submits; the coordinator sees the same checks in the review
 * panel; the action cards open at phone width; the PDF downloads. axe-core on each page;
 * the plan suite and cards once more in Arabic.
 */
const AUTHOR = 'samuel.okello@meridian.example';
const REVIEWER = 'amina.diallo@meridian.example';

let server: E2EServer;
let browser: Browser;
let planUrl = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce', acceptDownloads: true });
  return { context, page: await context.newPage() };
}

async function pickOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

const status = (page: Page, code: string) => page.getByTestId(`quality-${code}`).first().getAttribute('data-status');

describe('structured plan journey', () => {
  it('the focal point structures a plan, watches the checks change, and submits it', async () => {
    const { context, page } = await newPage('en');
    const csp = watchCspViolations(page);
    await signIn(page, server.url, AUTHOR);
    const orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1];
    await page.goto(`${server.url}/orgs/${orgId}/plans`);
    await page.getByTestId('new-plan-button').click();
    await pickOption(page, 'new-plan-unit', 'Gulu Sub-Office');
    await pickOption(page, 'new-plan-type', en.enums.planType.business_continuity);
    await page.getByTestId('new-plan-title').fill(`Gulu BCP ${Date.now()}`);
    await page.getByRole('button', { name: en.common.create }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planUrl = page.url();
    for (const key of PLAN_SECTION_KEYS) {
      await page.getByTestId(`section-${key}`).fill(`${key}: the Head of the sub-office leads.`);
      await page.getByTestId(`save-section-${key}`).click();
      await expect.poll(() => page.getByTestId(`save-section-${key}`).isDisabled()).toBe(true);
    }

    await page.getByRole('tab', { name: en.plan.tabs.review }).click();
    await expect.poll(() => status(page, 'medical_counselling_consulted')).toBe('fail');
    await expect.poll(() => status(page, 'roles_staffed')).toBe('fail');

    await page.getByRole('tab', { name: planningEn.planning.tabs.structure }).click();
    await page.getByTestId('edit-roles').click();
    await page.getByTestId('add-roles').click();
    await page.getByTestId('roles-0-title').fill('Head of sub-office');
    await pickOption(page, 'roles-0-primaryPersonId', 'Grace Nakato');
    await pickOption(page, 'roles-0-alternatePersonIds', 'Peter Ssemwanga');
    await page.keyboard.press('Escape');
    // A second role, called by the first one added in the same dialog.
    await page.getByTestId('add-roles').click();
    await page.getByTestId('roles-1-title').fill('Deputy head');
    await pickOption(page, 'roles-1-primaryPersonId', 'Peter Ssemwanga');
    await pickOption(page, 'roles-1-alternatePersonIds', 'Grace Nakato');
    await page.keyboard.press('Escape');
    await pickOption(page, 'roles-1-calledByRoleId', 'Head of sub-office');
    await page.getByTestId('save-roles').click();
    await expect.poll(() => page.getByTestId('part-table-roles').innerText()).toContain('Grace Nakato');
    await expect.poll(() => page.getByTestId('call-tree').innerText()).toContain('Deputy head');

    await page.getByTestId('edit-recoverySteps').click();
    await page.getByTestId('add-recoverySteps').click();
    await pickOption(page, 'recoverySteps-0-phase', planningEn.enums.recoveryPhase.first_hour);
    await pickOption(page, 'recoverySteps-0-who', 'Head of sub-office');
    await page.getByTestId('recoverySteps-0-does').fill('Account for every staff member');
    await page.getByTestId('recoverySteps-0-where').fill('Assembly point at the gate');
    await page.getByTestId('save-recoverySteps').click();
    await expect.poll(() => page.getByTestId('part-table-recoverySteps-first_hour').innerText()).toContain('Account for every staff member');

    await page.getByTestId('edit-consultations').click();
    await page.getByTestId('add-consultations').click();
    await pickOption(page, 'consultations-0-function', planningEn.enums.consultedFunction.medical_counselling);
    await page.getByTestId('consultations-0-consultedOn').fill('2026-11-10');
    await page.getByTestId('consultations-0-withWhom').fill('Regional staff counsellor');
    await page.getByTestId('save-consultations').click();
    await expect.poll(() => page.getByTestId('part-table-consultations').innerText()).toContain('Regional staff counsellor');
    await page.getByTestId('scenario-protracted_disruption').click();
    await expect.poll(() => page.getByTestId('scenario-protracted_disruption').isChecked()).toBe(true);
    await expectAccessible(page, 'structure tab');

    await page.getByRole('tab', { name: en.plan.tabs.review }).click();
    await expect.poll(() => status(page, 'medical_counselling_consulted')).toBe('pass');
    await expect.poll(() => status(page, 'roles_staffed')).toBe('pass');
    await expect.poll(() => status(page, 'sections_complete')).toBe('pass');
    await expectAccessible(page, 'quality panel before submitting');
    // Warnings remain (no risk linked, no security consultation), yet the plan can be submitted.
    expect(await status(page, 'risks_linked')).toBe('warn');
    await page.getByTestId('submit-button').click();
    await expect.poll(() => page.getByTestId('plan-state').first().getAttribute('data-state')).toBe('in_review');
    expect(csp).toEqual([]);
    await context.close();
  });

  it('the coordinator sees the same checks beside the review actions', async () => {
    const { context, page } = await newPage('en');
    await signIn(page, server.url, REVIEWER);
    await page.goto(planUrl);
    await page.getByRole('tab', { name: en.plan.tabs.review }).click();
    await page.getByTestId('quality-panel').waitFor();
    expect(await status(page, 'medical_counselling_consulted')).toBe('pass');
    expect(await status(page, 'risks_linked')).toBe('warn');
    await page.getByTestId('approve-button').waitFor();
    await expectAccessible(page, 'review panel with quality checks');
    await context.close();
  });

  it('the action cards open at phone width and the PDF downloads', async () => {
    const { context, page } = await newPage('en', { width: 390, height: 844 });
    await signIn(page, server.url, AUTHOR);
    await page.goto(`${planUrl}/cards`);
    const card = page.getByTestId('action-card').first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Account for every staff member');
    expect(await card.innerText()).toContain('Grace Nakato');
    const box = (await card.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    // Nothing wider than the phone: no sideways scrolling to read a card.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'action cards at phone width');
    const href = (await page.getByTestId('cards-pdf').getAttribute('href'))!;
    const cardsPdf = await page.request.get(`${server.url}${href}`);
    expect(cardsPdf.status()).toBe(200);
    expect((await cardsPdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(planUrl);
    const download = page.waitForEvent('download');
    await page.getByTestId('download-pdf').click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.suggestedFilename()).toMatch(/^Gulu.BCP.\d+\.pdf$/);
    await context.close();
  });

  it('in Arabic: the plan suite, the structure tab and the cards, right to left', async () => {
    const { context, page } = await newPage('ar');
    await signIn(page, server.url, REVIEWER);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('nav-plan-suite').first().click();
    await page.getByTestId('plan-suite').waitFor();
    await expect.poll(() => page.getByTestId('plan-suite').innerText()).toContain('Gulu Sub-Office');
    expect(await page.locator('h1').innerText()).toBe(planningAr.planning.suite.title);
    await expectAccessible(page, 'plan suite (ar)');
    await page.goto(planUrl);
    await page.getByRole('tab', { name: planningAr.planning.tabs.structure }).click();
    await page.getByTestId('call-tree').waitFor();
    await expectAccessible(page, 'structure tab (ar)');
    await page.getByRole('tab', { name: ar.plan.tabs.review }).click();
    await expect.poll(() => page.getByTestId('quality-panel').innerText()).toContain(planningAr.planning.quality.medical_counselling_consulted.title);
    await page.goto(`${planUrl}/cards`);
    await page.getByTestId('action-card').first().waitFor();
    await expectAccessible(page, 'action cards (ar)');
    await context.close();
  });
});
