import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import core from '../src/web/locales/en.json' with { type: 'json' };
import fpAr from '../src/web/locales/focal-points/ar.json' with { type: 'json' };
import fp from '../src/web/locales/focal-points/en.json' with { type: 'json' };
import trAr from '../src/web/locales/training/ar.json' with { type: 'json' };
import tr from '../src/web/locales/training/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The coordinator's training and focal-point journey on the demo organization: a course
 * mandatory for the crisis management team; a session whose attendance comes from a CSV
 * sign-in sheet (one person not in the directory, shown in the preview and left out by
 * choice); KPI 15 goes from 0 % to 100 %. Then a focal point appointed to a vacant unit:
 * the vacancy goes and the coverage of the country level changes. axe-core on each page and
 * modal; once more in Arabic, right to left, at phone width.
 */
const COORDINATOR = 'amina.diallo@meridian.example';

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

async function signedIn(locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; orgId: string }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, server.url, COORDINATOR);
  return { context, page, orgId: /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

describe('training and the focal-point network in English', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let csp: string[];
  const modal = () => page.locator('.ant-modal:visible');
  const get = async <T,>(path: string) => (await (await page.request.get(`${server.url}/api/orgs/${orgId}${path}`)).json()) as T;
  const cmt = async () => (await get<{ byFunction: { function: string; trained: number; total: number }[] }>('/training/currency')).byFunction.find((b) => b.function === 'cmt_member')!;

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn('en'));
    csp = watchCspViolations(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('creates a course mandatory for the crisis management team: KPI 15 falls to 0 %', async () => {
    await page.getByTestId('nav-training').first().click();
    await page.getByRole('heading', { name: tr.training.title, level: 1 }).waitFor();
    await page.getByTestId('kpi15').waitFor();
    await expectAccessible(page, 'training: who is trained');

    await page.getByTestId('training-tab-courses').click();
    await page.getByTestId('new-course').click();
    await modal().getByTestId('course-title').fill('Crisis management team induction');
    await modal().getByLabel(core.enums.role.cmt_member).check();
    await modal().getByTestId('course-renewal').fill('24');
    await expectAccessible(page, 'training: new course');
    await page.getByTestId('course-submit').click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('courses-table').innerText()).toContain('Crisis management team induction');
    expect(await page.getByTestId('courses-table').innerText()).toContain(fill(tr.training.courses.every, { count: 24 }));

    // An awareness activity is a course of its own kind, visible as such.
    await page.getByTestId('new-awareness').click();
    await modal().getByTestId('course-title').fill('Earthquake awareness week');
    await page.getByTestId('course-submit').click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('courses-table').locator('tr', { hasText: 'Earthquake awareness week' }).innerText()).toContain(tr.enums.courseKind.awareness);
    await expectAccessible(page, 'training: courses');

    const before = await cmt();
    expect(before.trained).toBe(0);
    await page.getByTestId('training-tab-currency').click();
    await expect.poll(() => page.getByTestId('kpi15-figure').innerText()).toBe(fill(tr.training.kpi15.figure, { trained: 0, total: before.total, percent: 0 }));
    await expect.poll(() => page.getByTestId('not-current').innerText()).toContain('Tomás Herrera');
  });

  it('records a session from a CSV sign-in sheet: the preview shows the unknown person; leaving them out imports the rest; KPI 15 rises', async () => {
    const people = (await get<{ items: { fullName: string; email: string }[] }>('/people')).items;
    const tomas = people.find((p) => p.fullName === 'Tomás Herrera')!;
    const sheet = Buffer.from(['\uFEFFNom complet;Courriel;Signature', `Tomás Herrera;${tomas.email.toUpperCase()};TH`, 'Zara Unknown;zara@elsewhere.example;ZU', `HERRERA, Tomás;;TH`].join('\r\n'), 'utf8');

    await page.getByTestId('training-tab-sessions').click();
    await page.getByTestId('new-session').click();
    // The demo organization has courses of its own: choose ours.
    await modal().getByTestId('session-course').click();
    await page.keyboard.type('Crisis management team induction');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Crisis management team induction' }).first().click();
    await modal().getByTestId('session-source-file').click();
    await expectAccessible(page, 'training: record a session');
    await page.getByTestId('session-submit').click();

    await modal().getByText(tr.training.import.drop).waitFor();
    await expectAccessible(page, 'training: attendance import, upload');
    await modal().locator('input[type=file]').setInputFiles({ name: 'sign-in.csv', mimeType: 'text/csv', buffer: sheet });
    await modal().getByTestId('attendance-report').waitFor();
    const counts = await modal().getByTestId('attendance-counts').innerText();
    expect(counts).toContain(fill(tr.training.import.counts.matched, { count: 1 }));
    expect(counts).toContain(fill(tr.training.import.counts.unmatched, { count: 1 }));
    expect(counts).toContain(fill(tr.training.import.counts.duplicates, { count: 1 }));
    const unknownRow = modal().getByTestId('attendance-report').locator('tr', { hasText: 'Zara Unknown' });
    expect(await unknownRow.innerText()).toContain(tr.training.import.status.unknown);
    expect(await unknownRow.innerText()).toContain(fill(tr.training.import.rowNumber, { row: 3 }));
    expect(await modal().getByTestId('attendance-column-email').innerText()).toContain('Courriel');
    // Nothing can be committed while a row names nobody, until the user leaves it out.
    expect(await page.getByTestId('attendance-commit').isDisabled()).toBe(true);
    await expectAccessible(page, 'training: attendance preview');
    await modal().getByTestId('attendance-leave-out').click();
    await page.getByTestId('attendance-commit').click();
    await modal().getByTestId('attendance-done').waitFor();
    expect(await modal().getByTestId('attendance-done').innerText()).toContain(fill(tr.training.import.doneLeftOut, { count: 1 }));
    await modal().locator('.ant-modal-footer').getByRole('button', { name: core.common.close }).click();

    await expect.poll(() => page.getByTestId('sessions-table').locator('tr', { hasText: 'Crisis management team induction' }).getByTestId('session-attendee-count').innerText()).toBe('1');
    const after = await cmt();
    expect(after.trained).toBe(1);
    await page.getByTestId('training-tab-currency').click();
    await expect.poll(() => page.getByTestId('kpi15-figure').innerText()).toBe(fill(tr.training.kpi15.figure, { trained: 1, total: after.total, percent: Math.round((100 * 1) / after.total) }));
    await expect.poll(() => page.getByTestId('not-current').innerText()).not.toContain('Tomás Herrera');
    await page.getByTestId('currency-as-table').click();
    await expectAccessible(page, 'training: currency as a table');
  });

  it('appoints a focal point to a vacant unit: the vacancy goes and the coverage of the country level changes', async () => {
    type TNetwork = { units: { unitId: string; unitName: string; level: string; vacancies: string[]; focalPoint: { personId: string } | null; alternate: { personId: string } | null }[]; coverage: { level: string; units: number; withFocalPoint: number; withAlternate: number }[] };
    const network = await get<TNetwork>('/focal-points');
    // A country-level unit without a focal point, and someone of the directory who holds no appointment.
    const unit = network.units.find((u) => u.level === 'country' && u.vacancies.includes('focal_point'))!;
    const appointed = new Set(network.units.flatMap((u) => [u.focalPoint?.personId, u.alternate?.personId]));
    const person = (await get<{ items: { id: string; fullName: string }[] }>('/people')).items.find((p) => !appointed.has(p.id) && p.fullName !== 'Tomás Herrera')!;
    const countryBefore = network.coverage.find((c) => c.level === 'country')!;

    await page.getByTestId('nav-focal-points').first().click();
    await page.getByRole('heading', { name: fp.focalPoints.title, level: 1 }).waitFor();
    const row = () => page.getByTestId('fp-units').locator('tr', { hasText: unit.unitName });
    await row().getByTestId('fp-focal_point-vacant').waitFor();
    expect(await row().innerText()).toContain(fill(fp.focalPoints.units.vacancyFlag, { count: unit.vacancies.length }));
    expect(await page.getByTestId('fp-coverage-country').innerText()).toContain(fill(fp.focalPoints.coverage.inWords, { ...countryBefore }));
    await expectAccessible(page, 'focal points: network');

    await row().getByTestId('fp-appoint-focal_point').click();
    await modal().getByTestId('appoint-person').click();
    await page.keyboard.type(person.fullName);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: person.fullName }).first().click();
    await modal().getByTestId('appoint-tor').fill('https://intranet.example/tor/bc-focal-point');
    await modal().getByTestId('appoint-job-description').check();
    await expectAccessible(page, 'focal points: appoint');
    await page.getByTestId('appoint-submit').click();
    await modal().waitFor({ state: 'detached' });

    await row().getByTestId('fp-focal_point').waitFor();
    expect(await row().getByTestId('fp-focal_point-vacant').count()).toBe(0);
    const holder = await row().getByTestId('fp-focal_point').innerText();
    expect(holder).toContain(person.fullName);
    expect(holder).toContain(fp.focalPoints.inJobDescription);
    const countryAfter = { ...countryBefore, withFocalPoint: countryBefore.withFocalPoint + 1 };
    await expect.poll(() => page.getByTestId('fp-coverage-country').innerText()).toContain(fill(fp.focalPoints.coverage.inWords, countryAfter));
    expect((await get<TNetwork>('/focal-points')).coverage.find((c) => c.level === 'country')).toEqual(countryAfter);
    // One post fewer is vacant in the unit.
    if (unit.vacancies.length > 1) expect(await row().innerText()).toContain(fill(fp.focalPoints.units.vacancyFlag, { count: unit.vacancies.length - 1 }));
    await page.getByTestId('fp-coverage-as-table').click();
    await expectAccessible(page, 'focal points: after the appointment, coverage as a table');

    // Ending the appointment makes the post vacant again.
    await row().getByTestId('fp-end-focal_point').click();
    await expectAccessible(page, 'focal points: end an appointment');
    await page.getByTestId('end-submit').click();
    await modal().waitFor({ state: 'detached' });
    await row().getByTestId('fp-focal_point-vacant').waitFor();
    expect(csp).toEqual([]);
  });
});

describe('training and focal points in Arabic, right to left, at phone width', () => {
  it('reads both pages without sideways scrolling', async () => {
    const { context, page, orgId } = await signedIn('ar', { width: 390, height: 844 });
    await page.goto(`${server.url}/orgs/${orgId}/training`);
    await page.getByRole('heading', { name: trAr.training.title, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('kpi15-figure').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'training in Arabic');
    await page.getByTestId('training-tab-sessions').click();
    await page.getByTestId('sessions-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(`${server.url}/orgs/${orgId}/focal-points`);
    await page.getByRole('heading', { name: fpAr.focalPoints.title, level: 1 }).waitFor();
    await page.getByTestId('fp-units').waitFor();
    expect(await page.getByTestId('fp-coverage').innerText()).toContain(fpAr.enums.networkLevel.country);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'focal points in Arabic');
    await context.close();
  });
});
