import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMerDashboard } from '../src/domain/contract/mer-dashboard.js';
import { PLAN_SECTION_KEYS } from '../src/domain/plans/plan-template.js';
import { readXlsxRows } from '../src/server/exports/xlsx.js';
import ar from '../src/web/locales/mer/ar.json' with { type: 'json' };
import en from '../src/web/locales/mer/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The coordinator's compliance journey: an approved plan is done today and overdue a year
 * and twelve days later ("as of"), with the reason in words; the status filter; a new
 * version of the ME&R policy; a calendar feed whose address serves iCalendar, then revoked.
 * axe-core on each view; once more in Arabic, right to left, at phone width.
 * The server's clock starts at 2026-11-20 09:00 UTC (ORMS_NOW).
 */
const COORDINATOR = 'amina.diallo@meridian.example';
const EXECUTIVE = 'helena.marchetti@meridian.example';
const TODAY = '2026-11-20';

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

async function signedIn(email: string, locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; orgId: string }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return { context, page, orgId: /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}

/** The day as the page writes it: medium date style, in the browser's language. */
const day = (language: string, iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00Z`));

/** The row of one obligation of one plan in the obligations table. */
const row = (page: Page, title: string, kind: string) => page.getByTestId('mer-obligations').locator('tr', { hasText: title }).filter({ hasText: kind });

describe('compliance in English', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let csp: string[];
  const title = `Kampala BCP compliance ${Date.now()}`;
  const t = en;

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn(COORDINATOR, 'en'));
    csp = watchCspViolations(page);
    // A plan of the Uganda Country Office, written and submitted by the coordinator, approved today by the executive.
    const api = page.request;
    const units = (await (await api.get(`${server.url}/api/orgs/${orgId}/units`)).json()) as { items: { id: string; name: string }[] };
    const uganda = units.items.find((u) => u.name === 'Uganda Country Office')!;
    const plan = (await (await api.post(`${server.url}/api/orgs/${orgId}/plans`, { data: { unitId: uganda.id, type: 'business_continuity', title } })).json()) as { id: string };
    const sections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, `What the office does for ${k}.`]));
    expect((await api.patch(`${server.url}/api/orgs/${orgId}/plans/${plan.id}`, { data: { sections } })).status()).toBe(200);
    expect((await api.post(`${server.url}/api/orgs/${orgId}/plans/${plan.id}/submit`, { data: {} })).status()).toBe(200);
    const executive = await signedIn(EXECUTIVE, 'en');
    expect((await executive.page.request.post(`${server.url}/api/orgs/${orgId}/plans/${plan.id}/approve`, { data: {} })).status()).toBe(200);
    await executive.context.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('opens Compliance from the navigation: counts per status, the chart and its table view', async () => {
    await page.getByTestId('nav-compliance').first().click();
    await page.getByRole('heading', { name: t.mer.title, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('mer-as-of').innerText()).toBe(t.mer.asOfAnnounced.replace('{{date}}', day('en', TODAY)));
    // The Uganda Country Office and its sub-offices only.
    await page.getByTestId('mer-filter-unit').click();
    await page.keyboard.type('Uganda Country');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Uganda Country Office' }).first().click();
    await page.waitForURL(/unitId=/);
    await expect.poll(() => page.getByTestId('mer-obligations').innerText()).not.toContain('Headquarters, Geneva');
    // Approved today: its approval is done, due again in a year.
    await expect.poll(() => row(page, title, t.enums.obligationKind.plan_approval).innerText()).toContain(t.enums.obligationStatus.done);
    const unitId = new URL(page.url()).searchParams.get('unitId');
    const counts = await api<{ counts: Record<string, number> }>(page, `/api/orgs/${orgId}/mer/obligations?unitId=${unitId}`);
    expect(counts.counts.overdue).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('mer-count-overdue').innerText()).toContain(String(counts.counts.overdue));
    expect(await page.getByTestId('mer-count-overdue').innerText()).toContain(t.enums.obligationStatus.overdue);
    await expect.poll(() => page.getByTestId('mer-chart').innerText()).toContain('Uganda Country Office');
    await expectAccessible(page, 'compliance: obligations');
    // The heat map: the worst status of each unit and obligation, in words as well as colour.
    await page.getByTestId('mer-chart-as-heat-map').click();
    const heatMap = page.getByTestId('mer-heat-map');
    await expect.poll(() => heatMap.locator('tr', { hasText: 'Uganda Country Office' }).locator('td[data-status="overdue"]').count()).toBeGreaterThan(0);
    expect(await heatMap.locator('td[data-status="overdue"]').first().innerText()).toContain(t.enums.obligationStatus.overdue);
    await expectAccessible(page, 'compliance: heat map');
    await page.getByTestId('mer-chart-as-table').click();
    await expect.poll(() => page.getByTestId('mer-chart-table').innerText()).toContain('Uganda Country Office');
    await expectAccessible(page, 'compliance: chart as a table');
  });

  it('shows the 12-month trend, the regions and what is overdue with its owners, and downloads them as XLSX', async () => {
    const unitId = new URL(page.url()).searchParams.get('unitId')!;
    const data = await api<TMerDashboard>(page, `/api/orgs/${orgId}/mer/dashboard?unitId=${unitId}`);
    expect(data.trend).toHaveLength(12);
    expect(data.overdue.length).toBeGreaterThan(0);
    // The trend in words, then as a table of the 12 month-ends.
    const last = data.trend.at(-1)!;
    await expect.poll(() => page.getByTestId('mer-trend-summary').innerText()).toContain(day('en', last.on));
    await expect.poll(() => page.getByTestId('mer-trend').locator('svg path').count()).toBeGreaterThan(0);
    await page.getByTestId('mer-trend-as-table').click();
    await expect.poll(() => page.getByTestId('mer-trend-table').locator('tbody tr.ant-table-row').count()).toBe(12);
    expect(await page.getByTestId('mer-trend-table').innerText()).toContain(`${last.compliant} of ${last.total}`);
    // The Uganda Country Office rolls up into its regional office.
    const region = data.regions[0]!;
    await expect.poll(() => page.getByTestId('mer-regions').innerText()).toContain(region.unitName ?? t.mer.dashboard.regions.headquarters);
    await page.getByTestId('mer-regions-as-table').click();
    await expect.poll(() => page.getByTestId('mer-regions-table').innerText()).toContain(String(region.total));
    // The most overdue first, with the people who answer for it.
    const first = data.overdue[0]!;
    const overdue = page.getByTestId('mer-overdue');
    await expect.poll(() => overdue.locator('tbody tr.ant-table-row').first().innerText()).toContain(first.subject.title);
    if (first.owners.length > 0) expect(await overdue.locator('tbody tr.ant-table-row').first().innerText()).toContain(first.owners[0]!.name);
    await expectAccessible(page, 'compliance: dashboard tables');

    // The button downloads the same figures, for the same unit and day.
    const href = await page.getByTestId('mer-dashboard-xlsx').getAttribute('href');
    expect(href).toBe(`/api/orgs/${orgId}/mer/dashboard.xlsx?unitId=${unitId}`);
    const file = await page.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    const sheet = await readXlsxRows(Buffer.from(await file.body()), { sheet: 'Overdue' });
    expect(sheet.rows).toHaveLength(data.overdue.length);
    expect(sheet.rows[0]!.cells[1]).toBe(first.subject.title);
    const trend = await readXlsxRows(Buffer.from(await file.body()), { sheet: 'Trend' });
    expect(trend.rows.map((r) => r.cells[0])).toEqual(data.trend.map((p) => p.on));
  });

  it('filters by status', async () => {
    await page.getByTestId('mer-filter-status').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: t.enums.obligationStatus.overdue }).first().click();
    await page.waitForURL(/status=overdue/);
    await expect.poll(() => page.getByTestId('mer-count-overdue').getAttribute('aria-pressed')).toBe('true');
    const tags = page.getByTestId('mer-obligations').locator('[data-status]');
    await expect.poll(async () => new Set(await tags.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['overdue']));
    // Its approval is not overdue today.
    expect(await row(page, title, t.enums.obligationKind.plan_approval).count()).toBe(0);
  });

  it('looks a year and twelve days ahead: the approval is overdue, and the page says why', async () => {
    await page.getByTestId('mer-filter-as-of').fill('2027-12-02');
    await page.waitForURL(/asOf=2027-12-02/);
    const approval = row(page, title, t.enums.obligationKind.plan_approval);
    await expect.poll(() => approval.count()).toBe(1);
    const reason = t.mer.reason.sentence
      .replace('{{since}}', t.mer.reason.periodic.plan_approval.replace('{{done}}', day('en', TODAY)).replace('{{months}}', '12').replace('{{due}}', day('en', '2027-11-20')))
      .replace('{{when}}', t.mer.reason.overdue.replace('{{count}}', '12'));
    expect(await approval.getByTestId('mer-reason').innerText()).toBe(reason);
    expect(reason).toBe('Approved Nov 20, 2026; approval every 12 months, so due Nov 20, 2027; 12 days overdue.');
    expect(await approval.innerText()).toContain(t.enums.obligationStatus.overdue);

    // Back to today, every status: done again.
    await page.getByTestId('mer-count-overdue').click();
    await page.getByTestId('mer-filter-as-of').fill(TODAY);
    await expect.poll(() => row(page, title, t.enums.obligationKind.plan_approval).innerText()).toContain(t.enums.obligationStatus.done);
    expect(page.url()).not.toContain('status=');
  });

  it('sets a new version of the policy: plan updated every 3 months', async () => {
    const before = await api<{ versionNumber: number }>(page, `/api/orgs/${orgId}/mer/policy`);
    await page.getByTestId('mer-tab-policy').click();
    await page.getByTestId('mer-policy-view').waitFor();
    await expectAccessible(page, 'compliance: policy');
    await page.getByTestId('mer-policy-edit').click();
    const modal = page.locator('.ant-modal:visible');
    const update = modal.locator('#mer-policy_periodMonths_plan_update');
    await update.waitFor();
    await expectAccessible(page, 'compliance: policy form');

    // The form checks with the server's schema before sending: 0 months is refused, nothing saved.
    await update.fill('0');
    await page.getByTestId('mer-policy-submit').click();
    await expect.poll(() => modal.innerText()).toContain(t.mer.policy.errors.min.replace('{{min}}', '1'));
    expect((await api<{ versionNumber: number }>(page, `/api/orgs/${orgId}/mer/policy`)).versionNumber).toBe(before.versionNumber);
    await expectAccessible(page, 'compliance: policy form with an error');

    await update.fill('3');
    await page.getByTestId('mer-policy-submit').click();
    await expect.poll(() => modal.count()).toBe(0);
    const version = before.versionNumber + 1;
    await expect.poll(() => page.getByTestId('mer-policy-history').innerText()).toContain(t.mer.policy.version.replace('{{version}}', String(version)));
    expect(await page.getByTestId('mer-policy-period-plan_update').innerText()).toBe(t.mer.policy.everyMonths.replace('{{count}}', '3'));
    const after = await api<{ versionNumber: number; policy: { periodMonths: { plan_update: number } } }>(page, `/api/orgs/${orgId}/mer/policy`);
    expect(after).toMatchObject({ versionNumber: version, policy: { periodMonths: { plan_update: 3 } } });
  });

  it('creates a calendar feed: the page shows its address once, which serves iCalendar; then revokes it', async () => {
    await page.getByTestId('mer-tab-calendar').click();
    await page.getByTestId('mer-feed-create').click();
    const shown = page.getByTestId('mer-feed-url');
    await shown.waitFor();
    const url = await shown.innerText();
    expect(url.startsWith(`${server.url}/api/calendar/ormscal_`)).toBe(true);
    expect(url).toMatch(/\/api\/calendar\/ormscal_[A-Za-z0-9_-]{32}\.ics$/);
    expect(await page.getByTestId('mer-feed-webcal').getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
    const ics = await fetch(url);
    expect(ics.status).toBe(200);
    const body = await ics.text();
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    // Long lines are folded (RFC 5545 §3.1): unfold before looking for the plan.
    expect(body.replace(/\r\n[ \t]/g, '')).toContain(title);
    await expectAccessible(page, 'compliance: calendar feed created');

    const feeds = page.getByTestId('mer-feeds');
    await expect.poll(() => feeds.getByTestId('mer-feed-revoke').count()).toBe(1);
    await feeds.getByTestId('mer-feed-revoke').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => feeds.getByTestId('mer-feed-revoke').count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
    expect(csp).toEqual([]);
  });
});

describe('compliance in Arabic, right to left, at phone width', () => {
  it('reads the obligations and the policy form', async () => {
    const { context, page, orgId } = await signedIn(COORDINATOR, 'ar', { width: 390, height: 844 });
    const t = ar;
    await page.goto(`${server.url}/orgs/${orgId}/compliance?asOf=2027-12-02`);
    await page.getByRole('heading', { name: t.mer.title, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByTestId('mer-obligations').getByTestId('mer-reason').count()).toBeGreaterThan(0);
    const reasons = await page.getByTestId('mer-reason').allInnerTexts();
    // Worded in Arabic from the facts, not the server's English sentence.
    expect(reasons.some((r) => r.includes(t.mer.reason.periodic.plan_approval.split('{{done}}')[0]!.trim()))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/overdue|last done/);
    // The dashboard in Arabic: the trend in words, the regions, the download button.
    await expect.poll(() => page.getByTestId('mer-trend-summary').count()).toBe(1);
    expect(await page.getByTestId('mer-dashboard-xlsx').innerText()).toContain(t.mer.dashboard.download);
    await expect.poll(() => page.getByTestId('mer-regions').innerText()).toContain(t.mer.dashboard.regions.title);
    expect(await page.getByTestId('mer-trend').locator('[dir="ltr"]').count()).toBe(1);
    // Nothing wider than the phone: the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'compliance in Arabic');
    await page.getByTestId('mer-tab-policy').click();
    await page.getByTestId('mer-policy-edit').click();
    await page.locator('.ant-modal:visible #mer-policy_periodMonths_plan_update').waitFor();
    await expectAccessible(page, 'policy form in Arabic');
    await context.close();
  });
});

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.url}${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}
