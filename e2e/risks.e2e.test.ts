import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arRisks from '../src/web/locales/risks/ar.json' with { type: 'json' };
import enRisks from '../src/web/locales/risks/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The risk officer imports the register from a spreadsheet: a file with a broken row is
 * refused whole with the row named and nothing imported; the fixed file imports, and the
 * risks appear in the table and the heat map, which filters the table. axe-core on every
 * step; once in English (Meridian) and once in Arabic, right to left (AquaTerra).
 */

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

async function workbook(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Risks');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const JOURNEYS = [
  {
    language: 'en',
    t: enRisks,
    email: 'ingrid.solberg@meridian.example',
    header: ['Reference', 'Title', 'Category', 'Unit', 'Likelihood', 'Impact', 'Treatment', 'Last assessed'],
    unit: 'CO-UG',
    titles: ['Flooding of the Kampala warehouse', 'Road ambush on the Gulu route', 'Cholera outbreak in the settlement'],
  },
  {
    language: 'ar',
    t: arRisks,
    email: 'mateo.rossi@aquaterra.example',
    header: ['المرجع', 'العنوان', 'الفئة', 'الوحدة', 'الاحتمال', 'الأثر', 'المعالجة', 'آخر تقييم'],
    unit: 'CO-LB',
    titles: ['انقطاع الكهرباء في مكتب بيروت', 'اضطرابات أمنية على طريق المطار', 'تفشي الكوليرا'],
  },
] as const;

for (const journey of JOURNEYS) {
  const { t } = journey;
  describe(`risk register import in ${journey.language === 'en' ? 'English' : 'Arabic'}`, () => {
    let context: BrowserContext;
    let page: Page;
    let csp: string[];
    let orgId = '';
    const rows = (likelihood: string | number) => [
      ['E2E-R1', journey.titles[0], 'natural_hazard', journey.unit, 3, 4, 'reduce', '2026-10-01'],
      ['E2E-R2', journey.titles[1], 'Security', journey.unit, likelihood, 5, 'Avoid', '15/09/2026'],
      ['E2E-R3', journey.titles[2], 'medical', '', 4, 5, 'reduce', ''],
    ];
    const total = async () => ((await (await page.request.get(`${server.url}/api/orgs/${orgId}/risks?q=E2E-`)).json()) as { total: number }).total;
    const modal = () => page.locator('.ant-modal:visible');

    async function upload(name: string, file: Buffer) {
      await page.getByTestId('risk-import-button').click();
      await modal().locator('input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
      await page.getByTestId('import-mapping').waitFor();
    }

    beforeAll(async () => {
      context = await browser.newContext({ locale: journey.language, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      page = await context.newPage();
      csp = watchCspViolations(page);
      await signIn(page, server.url, journey.email);
      orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    });
    afterAll(async () => {
      await context?.close();
    });

    it('opens the register from the navigation', async () => {
      await page.getByTestId('nav-risks').first().click();
      await page.getByRole('heading', { name: t.risks.title, level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(journey.language === 'ar' ? 'rtl' : 'ltr');
      await page.getByTestId('risk-heat-map').waitFor();
      await expectAccessible(page, 'risk register');
    });

    it('refuses a file with a broken row whole, naming the row; nothing is imported', async () => {
      const before = await total();
      await upload('register-broken.xlsx', await workbook([...journey.header], rows('high')));
      await expectAccessible(page, 'import: mapping');
      // The proposed mapping recognised the headers of the file's language.
      await expect.poll(() => modal().innerText()).toContain(t.enums.importField.likelihood);
      await page.getByTestId('import-preview').click();
      await page.getByTestId('import-report').waitFor();
      const report = page.getByTestId('import-report');
      await expect.poll(() => report.innerText()).toContain(t.risks.import.rowNumber.replace('{{row}}', '3'));
      const issue = t.risks.import.issues.invalid_rating.replace('{{field}}', t.enums.importField.likelihood).replace('{{column}}', journey.header[4]);
      await expect.poll(() => report.innerText()).toContain(issue);
      expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
      await expectAccessible(page, 'import: report with a broken row');
      expect(await total()).toBe(before);
      await modal().getByRole('button', { name: t.risks.import.back }).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => modal().count()).toBe(0);
    });

    it('imports the fixed file, and shows the risks in the table and the heat map', async () => {
      await upload('register.xlsx', await workbook([...journey.header], rows(2)));
      await page.getByTestId('import-preview').click();
      await page.getByTestId('import-report').waitFor();
      expect(await page.getByTestId('import-commit').isDisabled()).toBe(false);
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-done').waitFor();
      await expectAccessible(page, 'import: done');
      // The finished wizard's footer holds one button: close.
      await modal().locator('.ant-modal-footer button').click();
      await expect.poll(() => modal().count()).toBe(0);
      expect(await total()).toBe(3);

      const table = page.getByTestId('risk-table');
      for (const title of journey.titles) await expect.poll(() => table.innerText()).toContain(title);
      // Likelihood 4 × impact 5 holds the cholera risk: the cell counts it and filters the table to it.
      const cell = page.locator('button[data-cell="4-5"]');
      await expect.poll(() => cell.innerText()).not.toBe('');
      await cell.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('heat-map-filter').waitFor();
      await expect.poll(() => table.innerText()).toContain(journey.titles[2]);
      await expect.poll(() => table.innerText()).not.toContain(journey.titles[0]);
      expect(await cell.getAttribute('aria-pressed')).toBe('true');
      await expectAccessible(page, 'register filtered by a heat-map cell');
      // Arrow keys move between cells.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('3-5');
      expect(csp).toEqual([]);
    });

    it('adds a risk through the form, with its owner from the directory, then edits it', async () => {
      if (journey.language !== 'en') return;
      await page.getByRole('tab', { name: t.risks.tabs.register }).click();
      await page.getByTestId('new-risk-button').click();
      await modal().getByTestId('risk-reference').waitFor();
      await expectAccessible(page, 'new risk form');
      await modal().getByTestId('risk-reference').fill('E2E-FORM');
      await modal().getByTestId('risk-title').fill('Fuel shortage for generators');
      for (const [testId, label] of [['risk-category', t.enums.riskCategory.operational], ['risk-likelihood', '2'], ['risk-impact', '3'], ['risk-treatment', t.enums.riskTreatment.transfer]] as const) {
        await modal().getByTestId(testId).click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
      }
      await modal().getByLabel(t.risks.fields.owner).click();
      await page.keyboard.type('Ingrid');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Ingrid Solberg' }).first().click();
      await page.getByTestId('risk-submit').click();
      await expect.poll(() => modal().count()).toBe(0);
      const table = page.getByTestId('risk-table');
      // Pressing the selected heat-map cell again clears its filter: the new 2 × 3 risk shows.
      await page.locator('button[data-cell="4-5"]').click();
      await expect.poll(() => page.getByTestId('heat-map-filter').count()).toBe(0);
      await expect.poll(() => table.innerText()).toContain('Fuel shortage for generators');
      await expect.poll(() => table.innerText()).toContain('Ingrid Solberg');

      await page.getByRole('row', { name: /E2E-FORM/ }).getByTestId('open-risk').click();
      await modal().getByTestId('risk-title').waitFor();
      await expect.poll(() => modal().getByTestId('risk-title').inputValue()).toBe('Fuel shortage for generators');
      await expectAccessible(page, 'edit risk form');
      await modal().getByTestId('risk-title').fill('Fuel shortage for the generators');
      const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/risks/'));
      await page.getByTestId('risk-submit').click();
      // Only what changed is sent.
      expect((await patch).postDataJSON()).toEqual({ title: 'Fuel shortage for the generators' });
      await expect.poll(() => table.innerText()).toContain('Fuel shortage for the generators');
    });

    it('shows the coverage reports', async () => {
      await page.getByRole('tab', { name: t.risks.tabs.coverage }).click();
      await page.getByTestId('report-unanswered').waitFor();
      await expect.poll(() => page.getByTestId('report-unanswered').innerText()).toContain(journey.titles[2]);
      await expectAccessible(page, 'coverage reports');
    });
  });
}
