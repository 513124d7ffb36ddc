import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../src/server/modules/notify/smtp-sink.test-support.js';
import rs from '../src/web/locales/response/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The coordinator's crisis journey on the demo organization: declare an exercise for the
 * Uganda Country Office, activate a plan, check who can be reached, alert everyone; the
 * alert e-mail arrives at a real SMTP server, and its signed link opened in a second
 * browser (no sign-in) checks the recipient in; the roll call shows it. axe-core on each
 * page; once more in Arabic at phone width, for the event page and the check-in page.
 */
const COORDINATOR = 'amina.diallo@meridian.example';

let server: E2EServer;
let browser: Browser;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  // The server sends crisis mail to the sink; set only while it starts (it copies the environment).
  const saved = process.env.SMTP_URL;
  process.env.SMTP_URL = sink.url;
  try {
    server = await startServer();
  } finally {
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

async function signedIn(locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; orgId: string }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, server.url, COORDINATOR);
  return { context, page, orgId: /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}

const TITLE = `Earthquake drill ${Date.now().toString(36)}`;
let eventUrl = '';
let checkInPath = '';

describe('declare, activate, alert, check in, account', () => {
  let context: BrowserContext;
  let page: Page;
  let csp: string[];

  beforeAll(async () => {
    ({ context, page } = await signedIn('en'));
    csp = watchCspViolations(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('declares an exercise for the Uganda Country Office', async () => {
    await page.getByTestId('nav-events').first().click();
    await page.getByRole('heading', { name: rs.response.events.title, level: 1 }).waitFor();
    await expectAccessible(page, 'events list');
    await page.getByTestId('declare-event').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByTestId('declare-exercise').click();
    await modal.getByTestId('declare-title').fill(TITLE);
    await modal.getByTestId('declare-units').click();
    await page.keyboard.type('Uganda');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Uganda Country Office' }).first().click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'declare modal');
    await page.getByTestId('declare-submit').click();
    await page.getByTestId('event-page').waitFor();
    eventUrl = page.url();
    await page.getByTestId('exercise-banner').waitFor();
    expect(await page.getByTestId('event-state').first().innerText()).toBe(rs.response.enums.state.declared);
    await expectAccessible(page, 'event page (declared)');
  });

  it('activates a proposed plan: the event becomes active and the plan brings its roles and first actions', async () => {
    await page.getByTestId('proposed-plan').first().waitFor();
    await page.getByTestId('activate-plan').first().click();
    await expect.poll(() => page.getByTestId('event-state').first().innerText()).toBe(rs.response.enums.state.active);
    await expect.poll(() => page.getByTestId('activations').innerText()).toContain(rs.response.plans.roles);
  });

  it('checks who can be reached, then alerts everyone in the office', async () => {
    await page.getByTestId('tab-alert').click();
    await page.getByTestId('alert-check').click();
    await page.getByTestId('pre-send-check').waitFor();
    expect(Number(await page.getByTestId('pre-send-recipients').innerText())).toBeGreaterThan(0);
    await expectAccessible(page, 'alert with pre-send check');
    await page.getByTestId('alert-send').click();
    await expect.poll(() => page.getByTestId('broadcast').count()).toBe(1);
    // The worker sends after commit: the e-mail reaches the SMTP server with the recipient's own link.
    await expect.poll(() => sink.received.filter((m) => m.subject?.includes(TITLE)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const mail = sink.received.find((m) => m.subject?.includes(TITLE))!;
    expect(mail.subject!.startsWith('EXERCISE — ')).toBe(true);
    checkInPath = /\/check-in\/[A-Za-z0-9_.-]+/.exec(mail.text ?? '')![0];
  });

  it('the recipient checks in from a second browser, without signing in', async () => {
    const other = await browser.newContext({ locale: 'en', viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const phone = await other.newPage();
    await phone.goto(`${server.url}${checkInPath}`);
    await phone.getByTestId('check-in-safe').waitFor();
    await phone.getByTestId('exercise-banner').waitFor();
    await expectAccessible(phone, 'check-in page');
    await phone.getByTestId('check-in-safe').click();
    await phone.getByTestId('check-in-done').waitFor();
    await other.close();
  });

  it('the roll call shows it, per office, as bars and as a table', async () => {
    await page.getByTestId('tab-accountability').click();
    await expect.poll(async () => Number(await page.getByTestId('board-safe-value').innerText()), { timeout: 30_000 }).toBe(1);
    await expectAccessible(page, 'roll call');
    await page.getByTestId('board-offices-as-table').click();
    expect(await page.getByTestId('board-offices').innerText()).toContain('Uganda Country Office');
    await page.getByTestId('tab-log').click();
    await page.getByTestId('cmt-log').waitFor();
    await page.getByTestId('log-decision').fill('Close the Kampala office for the day');
    await page.getByTestId('log-rationale').fill('Aftershocks expected');
    await page.getByTestId('log-submit').click();
    await expect.poll(() => page.getByTestId('log-entry').count()).toBe(1);
    await expectAccessible(page, 'CMT log');
    expect(csp).toEqual([]);
  });
});

describe('in Arabic at phone width', () => {
  it('the event page and the check-in page fit a phone, right to left, accessible', async () => {
    const { context, page } = await signedIn('ar', { width: 390, height: 844 });
    await page.goto(eventUrl);
    await page.getByTestId('event-page').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'event page in Arabic');
    await page.getByTestId('tab-accountability').click();
    await page.getByTestId('accountability').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'roll call in Arabic');
    await page.goto(`${server.url}${checkInPath}`);
    await page.getByTestId('check-in-help').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'check-in page at phone width');
    await context.close();
  });
});
