import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/locales/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * Structure and people, in the browser: the BC coordinator edits a unit and a person, gives
 * a person of the directory a sign-in account (who then signs in and changes the initial
 * password), adds a role to a member and removes it again. Staff see no members page but
 * keep their own phone number current. axe-core on every page and modal opened.
 */
const COORDINATOR = 'amina.diallo@meridian.example';
const STAFF = 'peter.ssemwanga@meridian.example';
/** A person of the demo directory without a sign-in account (Bangladesh Country Office). */
const NEWCOMER = { name: 'Moses Kato', email: 'moses.kato@meridian.example' };
const INITIAL_PASSWORD = 'first-day-at-meridian';
const NEW_PASSWORD = 'my-own-passphrase-2026';

let server: E2EServer;
let browser: Browser;
/** One coordinator session for every step: sign-ins are rate limited. */
let coordinator: { context: BrowserContext; page: Page };
let orgId = '';

async function newPage(locale = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  return { context, page: await context.newPage() };
}

/** antd lists are virtual (off-screen options are not rendered): search, then take the match. */
async function pickOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

const modal = (page: Page) => page.locator('.ant-modal:visible');

async function unitIdByName(page: Page, name: string): Promise<string> {
  const response = await page.request.get(`${server.url}/api/orgs/${orgId}/units`);
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  return items.find((u) => u.name === name)!.id;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  coordinator = await newPage();
  await signIn(coordinator.page, server.url, COORDINATOR);
  orgId = /\/orgs\/([0-9a-f-]{36})/.exec(coordinator.page.url())![1]!;
});
afterAll(async () => {
  await coordinator?.context.close();
  await browser?.close();
  await server?.stop();
});

describe('structure', () => {
  it('the coordinator edits a unit: a taken code is refused in words, the new city shows', async () => {
    const { page } = coordinator;
    await page.goto(`${server.url}/orgs/${orgId}?unit=${await unitIdByName(page, 'Gulu Sub-Office')}`);
    await page.getByRole('heading', { name: 'Gulu Sub-Office', level: 2 }).waitFor();
    await page.getByTestId('edit-unit-button').click();
    const code = modal(page).getByLabel(en.units.code);
    await expect.poll(() => code.inputValue()).toBe('SO-GULU');
    await expectAccessible(page, 'edit unit');

    await code.fill('CO-UG');
    await page.getByTestId('edit-unit-submit').click();
    await expect.poll(() => modal(page).getByRole('alert').innerText()).toContain(en.units.errors.codeTaken);

    await code.fill('SO-GULU');
    await modal(page).getByLabel(en.units.city).fill('Gulu City');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/units/'));
    await page.getByTestId('edit-unit-submit').click();
    // Only what changed is sent (the code is back to what it was).
    expect((await patch).postDataJSON()).toEqual({ city: 'Gulu City' });
    await expect.poll(() => modal(page).count()).toBe(0);
    await expect.poll(() => page.locator('main').innerText()).toContain('Gulu City');
    // Stored, not just shown: a reload reads it back from the server.
    await page.reload();
    await expect.poll(() => page.locator('main').innerText()).toContain('Gulu City');
    await expectAccessible(page, 'organization home after the unit edit');
  });

  it('the coordinator updates a person’s mobile phone', async () => {
    const { page } = coordinator;
    const row = page.getByRole('row', { name: /Camila Vargas/ });
    await row.getByTestId('edit-person-button').click();
    const phone = modal(page).getByLabel(en.people.mobilePhone);
    await phone.waitFor();
    await expectAccessible(page, 'edit person');
    await phone.fill('+256772000111');
    await page.getByTestId('edit-person-submit').click();
    await expect.poll(() => modal(page).count()).toBe(0);
    await expect.poll(() => row.innerText()).toContain('+256772000111');
  });
});

describe('people and roles', () => {
  it('the coordinator gives a person of the directory an account; they sign in and change the password', async () => {
    const { page } = coordinator;
    await page.getByTestId('nav-members').click();
    await page.getByTestId('members-table').waitFor();
    await expect.poll(() => page.getByTestId('members-table').innerText()).toContain('Amina Diallo');
    await expectAccessible(page, 'people and roles');

    await page.getByTestId('grant-account-button').click();
    await page.getByTestId('grant-account-person').waitFor();
    await expectAccessible(page, 'give a sign-in account');
    await pickOption(page, 'grant-account-person', NEWCOMER.name);
    // Picking the person proposes their own unit; staff is the default role.
    await expect.poll(() => modal(page).innerText()).toContain('Bangladesh Country Office');
    await page.getByTestId('grant-account-password').fill(INITIAL_PASSWORD);
    await modal(page).getByRole('button', { name: en.members.grant }).click();
    await expect.poll(() => modal(page).count()).toBe(0);
    const row = page.getByRole('row', { name: new RegExp(NEWCOMER.name) });
    await expect.poll(() => row.innerText()).toContain(`${en.enums.role.staff} · Bangladesh Country Office`);

    const newcomer = await newPage();
    await newcomer.page.goto(`${server.url}/`);
    await newcomer.page.getByTestId('sign-in-email').fill(NEWCOMER.email);
    await newcomer.page.getByTestId('sign-in-password').fill(INITIAL_PASSWORD);
    await newcomer.page.getByTestId('sign-in-submit').click();
    await newcomer.page.waitForURL(/\/orgs\/[0-9a-f-]{36}/);
    await newcomer.page.getByTestId('user-menu').click();
    await newcomer.page.getByTestId('change-password').click();
    await newcomer.page.getByTestId('current-password').fill(INITIAL_PASSWORD);
    await newcomer.page.getByTestId('new-password').fill(NEW_PASSWORD);
    await newcomer.page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await expectAccessible(newcomer.page, 'change password');
    await newcomer.page.getByTestId('change-password-submit').click();
    await expect.poll(() => newcomer.page.locator('.ant-message').innerText()).toContain(en.password.changed);
    await expect.poll(() => modal(newcomer.page).count()).toBe(0);
    await newcomer.context.close();
  });

  it('the coordinator adds a role to a member and removes it again', async () => {
    const { page } = coordinator;
    const row = page.getByRole('row', { name: /Grace Nakato/ });
    const label = `${en.enums.role.risk_officer} · Gulu Sub-Office`;
    await row.getByTestId('add-role-button').click();
    await page.getByTestId('add-role-role').waitFor();
    await expectAccessible(page, 'add role');
    await pickOption(page, 'add-role-role', en.enums.role.risk_officer);
    await pickOption(page, 'add-role-unit', 'Gulu Sub-Office');
    await modal(page).getByRole('button', { name: en.members.addRole }).click();
    await expect.poll(() => modal(page).count()).toBe(0);
    await expect.poll(() => row.innerText()).toContain(label);

    await row.getByTestId('member-role').filter({ hasText: label }).getByTestId('remove-role').click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: en.members.remove, exact: true }).click();
    await expect.poll(() => row.innerText()).not.toContain(label);
    expect(await row.innerText()).toContain(en.enums.role.plan_owner);
  });
});

describe('staff', () => {
  it('see no members page, and keep their own phone number current', async () => {
    const { context, page } = await newPage();
    await signIn(page, server.url, STAFF);
    const mine = page.getByTestId('edit-my-contact-button');
    await mine.waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: en.nav.label }).first().innerText()).toContain(en.nav.plans);
    expect(await page.getByTestId('nav-members').count()).toBe(0);
    expect(await page.getByTestId('edit-unit-button').count()).toBe(0);
    await expectAccessible(page, 'organization home as staff');

    await mine.click();
    const phone = modal(page).getByLabel(en.people.mobilePhone);
    await phone.waitFor();
    // Only how to reach them: no name, email or unit to change.
    expect(await modal(page).getByLabel(en.people.email).count()).toBe(0);
    await expectAccessible(page, 'my contact details');
    await phone.fill('+256701234567');
    await page.getByTestId('edit-person-submit').click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain(en.people.myContactSaved);
    await expect.poll(() => modal(page).count()).toBe(0);
    await context.close();
  });
});
