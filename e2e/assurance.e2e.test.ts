import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import asAr from '../src/web/locales/assurance/ar.json' with { type: 'json' };
import as from '../src/web/locales/assurance/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * Assurance on the demo organization (server today: 2026-11-20), whose policy, core-element
 * self-assessment, crisis management team (two meetings in the last year) and maturity ratings
 * the demo has recorded. The coordinator registers another framework document and rates the two
 * core elements not yet reflected, adds a member to the team and records a third meeting, and
 * sees the KPIs the records now support, with their evidence. The internal auditor verifies one.
 * Self-assessment and internal audit rate maturity three levels apart, and the view says so. axe-core on each page, drawer and modal; once more in Arabic at phone width.
 */
const COORDINATOR = 'amina.diallo@meridian.example';
const AUDITOR = 'kwame.mensah@meridian.example';
/** The drawer's own close button: after a modal on top of it, focus may no longer be inside it for Escape. */
const closeDrawer = async (page: Page) => {
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await page.locator('.ant-drawer-open').waitFor({ state: 'hidden' });
};
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

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

describe('assurance in English', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let csp: string[];
  const modal = () => page.locator('.ant-modal:visible');
  const pick = async (testId: string, text: string) => {
    await modal().getByTestId(testId).click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  };
  const submit = async (testId: string) => {
    await page.getByTestId(testId).click();
    await modal().waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn(COORDINATOR));
    csp = watchCspViolations(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('registers a framework document and rates the core elements not yet reflected, keeping their history', async () => {
    await page.getByTestId('nav-assurance').first().click();
    await page.getByRole('heading', { name: as.assurance.title, level: 1 }).waitFor();
    await page.getByTestId('element-1').waitFor();
    await expectAccessible(page, 'assurance: framework');

    await page.getByTestId('document-new').click();
    await modal().getByTestId('document-title').fill('Crisis management framework');
    await modal().getByTestId('document-adopted-on').fill('2025-06-01');
    await modal().getByLabel(as.assurance.documents.fields.approvedByExecutiveHead).check();
    await modal().getByLabel(as.assurance.documents.fields.referencesOrms).check();
    await expectAccessible(page, 'assurance: register a document');
    await submit('document-submit');
    await expect.poll(() => page.locator('table', { hasText: 'Crisis management framework' }).count()).toBeGreaterThan(0);

    for (const [n, rating] of [[7, 'partially'], [7, 'fully'], [10, 'fully']] as const) {
      await page.getByTestId(`element-rate-${n}`).click();
      await modal().getByTestId(`element-rating-option-${rating}`).click();
      await pick('element-document', 'Crisis management framework');
      await modal().getByTestId('element-reflected-in').fill(`§${n}`);
      if (n === 10) await expectAccessible(page, 'assurance: rate a core element');
      await submit('element-submit');
      await expect.poll(() => page.getByTestId(`element-rating-${n}`).getAttribute('data-rating')).toBe(rating);
    }
    // The demo's self-assessment and the two ratings given here.
    expect(await page.getByTestId('element-history-7').innerText()).toContain('3');
    expect(await page.getByTestId('elements-tally').innerText()).toBe(fill(as.assurance.elements.tally, { fully: 7, partially: 4, not_reflected: 0, unrated: 0 }));
  });

  it('adds a member to the crisis management team and records a meeting', async () => {
    await page.getByTestId('assurance-tab-team').click();
    await page.getByTestId('member-name').first().waitFor();
    const sitting = await page.getByTestId('member-name').count();
    await page.getByTestId('member-add').click();
    await pick('member-person', 'Samuel Okello');
    await modal().getByTestId('member-role').fill('Field liaison');
    await modal().getByTestId('member-since').fill('2026-01-01');
    await expectAccessible(page, 'assurance: add a member');
    await submit('member-submit');
    await expect.poll(() => page.getByTestId('member-name').count()).toBe(sitting + 1);
    await page.getByTestId('meeting-add').click();
    await modal().getByTestId('meeting-held-on').fill('2026-10-05');
    await modal().getByTestId('meeting-minutes').fill('Reviewed the unrest scenario.');
    await submit('meeting-submit');
    await page.getByTestId('meeting').first().waitFor();
    await expectAccessible(page, 'assurance: crisis management team');
  });

  it('shows the KPIs the records now support, with the evidence behind them', async () => {
    await page.getByTestId('assurance-tab-kpis').click();
    await page.getByTestId('kpi-value-10').waitFor();
    // The demo's two meetings of the last twelve months and the one just recorded.
    expect(await page.getByTestId('kpi-value-10').innerText()).toBe('3');
    expect(await page.getByTestId('kpi-shown-10').getAttribute('data-rating')).toBe('fully');
    expect(await page.getByTestId('kpi-shown-6').getAttribute('data-rating')).toBe('fully');
    expect(await page.getByTestId('kpi-shown-7').getAttribute('data-rating')).toBe('fully');
    expect(await page.getByTestId('kpi-shown-1').getAttribute('data-rating')).toBe('fully');
    await expectAccessible(page, 'assurance: KPIs');
    await page.getByTestId('kpi-chart-as-table').click();
    await expect.poll(() => page.getByTestId('kpi-chart').innerText()).toContain(as.assurance.kpis.components.governance);

    await page.getByTestId('kpi-open-10').click();
    await page.getByTestId('kpi-evidence').first().waitFor();
    expect(await page.getByTestId('kpi-evidence').first().innerText()).toContain(as.assurance.kpis.evidenceKind.cmt_meeting);
    await expectAccessible(page, 'assurance: KPI evidence drawer');
    await closeDrawer(page);

    // The organization's own "fully" for a KPI no rule judges, without evidence: shown as partially.
    await page.getByTestId('kpi-open-27').click();
    await page.getByTestId('kpi-rate').click();
    await modal().getByLabel(as.assurance.rating.fully).check();
    await submit('kpi-rate-submit');
    await closeDrawer(page);
    await expect.poll(() => page.getByTestId('kpi-shown-27').getAttribute('data-rating')).toBe('partially');
    expect(csp).toEqual([]);
  });

  it('lets the internal auditor verify a KPI', async () => {
    const auditor = await signedIn(AUDITOR);
    const p = auditor.page;
    await p.goto(`${server.url}/orgs/${orgId}/assurance?tab=kpis`);
    await p.getByTestId('kpi-open-27').click();
    await p.getByTestId('kpi-verify').click();
    await p.locator('.ant-modal:visible').getByTestId('kpi-comment').fill('Seen the cross-reference table of the plans.');
    await expectAccessible(p, 'assurance: verify a KPI');
    await p.getByTestId('kpi-verify-submit').click();
    await p.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await closeDrawer(p);
    await expect.poll(() => p.getByTestId('kpi-verification-27').innerText()).toContain(as.assurance.kpis.verdict.agree);
    // Agreed by the auditor, the organization's "fully" now stands.
    await expect.poll(() => p.getByTestId('kpi-shown-27').getAttribute('data-rating')).toBe('fully');

    await p.getByTestId('assurance-tab-maturity').click();
    await p.getByTestId('maturity-rate-internal_audit').click();
    await p.locator('.ant-modal:visible').getByTestId('maturity-level').click();
    await p.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: as.assurance.maturity.level.initiated }).first().click();
    await p.locator('.ant-modal:visible').getByTestId('maturity-justification').fill('Plans largely untested; no management review.');
    await p.getByTestId('maturity-submit').click();
    await p.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await expect.poll(() => p.getByTestId('maturity-level-internal_audit').innerText()).toBe(as.assurance.maturity.level.initiated);
    expect(await p.getByTestId('maturity-rate-self').count()).toBe(0);
    await auditor.context.close();
  });

  it('shows maturity raters side by side and how far apart they are', async () => {
    await page.getByTestId('assurance-tab-maturity').click();
    await page.getByTestId('maturity-rate-self').click();
    await modal().getByTestId('maturity-level').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: as.assurance.maturity.level.integrated }).first().click();
    await modal().getByTestId('maturity-justification').fill('Policy, plans at every level, exercises every year.');
    await expectAccessible(page, 'assurance: rate maturity');
    await submit('maturity-submit');
    await expect.poll(() => page.getByTestId('maturity-level-self').innerText()).toBe(as.assurance.maturity.level.integrated);
    expect(await page.getByTestId('maturity-level-internal_audit').innerText()).toBe(as.assurance.maturity.level.initiated);
    expect(await page.getByTestId('maturity-spread').innerText()).toContain(fill(as.assurance.maturity.spread, { n: 3 }));
    expect(await page.getByTestId('maturity-suggested').innerText()).toMatch(new RegExp(Object.values(as.assurance.maturity.level).join('|')));
    await page.getByTestId('maturity-missing').waitFor();
    await expectAccessible(page, 'assurance: maturity');
  });
});

describe('assurance in Arabic, right to left, at phone width', () => {
  it('reads every tab without sideways scrolling', async () => {
    const { context, page, orgId } = await signedIn(COORDINATOR, 'ar', { width: 390, height: 844 });
    await page.goto(`${server.url}/orgs/${orgId}/assurance`);
    await page.getByRole('heading', { name: asAr.assurance.title, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('element-1').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'assurance in Arabic: framework');
    for (const [tab, ready] of [['team', 'member-name'], ['kpis', 'kpi-value-10'], ['maturity', 'maturity-rater-self']] as const) {
      await page.getByTestId(`assurance-tab-${tab}`).click();
      await page.getByTestId(ready).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(390);
      await expectAccessible(page, `assurance in Arabic: ${tab}`);
    }
    expect(await page.getByTestId('maturity-spread').innerText()).toContain(fill(asAr.assurance.maturity.spread, { n: 3 }));
    await context.close();
  });
});
