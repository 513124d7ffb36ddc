import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { buildWebIfStale } from '../scripts/build-web.mjs';
import govAr from '../src/web/locales/governance/ar.json' with { type: 'json' };
import gov from '../src/web/locales/governance/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';

/**
 * Governance continuity on the demo organization (issue 8): the secretariat sets up an executive
 * board whose deadlines run on New York time, records a meeting, and puts three decisions to the
 * members. One silence procedure is broken by one member's signed statement; another runs out
 * while the server is down, and is adopted at its deadline when the server comes back days later;
 * a written vote closes with one member recorded absent. axe-core on each page; once more in
 * Arabic, right to left, at phone width.
 */
const COORDINATOR = 'amina.diallo@meridian.example';
/** Demo accounts accredited as representatives: readers of the organization, not its staff managers. */
const REPRESENTATIVES = { alpha: 'natalia.petrova@meridian.example', beta: 'rajiv.menon@meridian.example', gamma: 'kwame.mensah@meridian.example' } as const;
const TEXTS = { en: 'The Board approves the revised session schedule.', fr: 'Le Conseil approuve le calendrier révisé.', es: 'La Junta aprueba el calendario revisado.', ru: 'Совет утверждает пересмотренное расписание.', zh: '执行局核准订正日程。', ar: 'يوافق المجلس على الجدول المنقح.' };

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** `orms serve --demo` on a data directory that outlives it, the clock set to `now`: stopping and starting again is the server being down. */
async function serveAt(dataDir: string, now: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['bin/orms.mjs', 'serve', '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ORMS_DATA_DIR: dataDir, ORMS_NOW: now, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const m = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`orms serve exited (${code}): ${output.slice(-3000)}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}

let dataDir = '';
let server: Server;
let browser: Browser;
beforeAll(async () => {
  buildWebIfStale();
  dataDir = mkdtempSync(path.join(tmpdir(), 'orms-e2e-governance-'));
  server = await serveAt(dataDir, '2026-11-20T09:00:00Z');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(email: string, locale = 'en', viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; orgId: string }> {
  const context = await browser.newContext({ locale, viewport, timezoneId: 'Europe/Zurich', reducedMotion: 'reduce' });
  const page = await context.newPage();
  // A page that fails to render says why in the test log.
  page.on('pageerror', (error) => console.error(`[e2e governance] page error: ${error.message}`));
  await signIn(page, server.url, email);
  return { context, page, orgId: /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}

const ids = { body: '', members: {} as Record<keyof typeof REPRESENTATIVES, string>, broken: '', adopted: '', vote: '' };

describe('governance continuity', () => {
  let context: BrowserContext;
  let page: Page;
  let orgId = '';
  let csp: string[];
  const modal = () => page.locator('.ant-modal:visible');
  const api = (p: string) => `${server.url}/api/orgs/${orgId}/governance${p}`;
  const post = async (p: string, data: unknown) => {
    const res = await page.request.post(api(p), { data });
    expect(res.status(), `${p}: ${await res.text()}`).toBeLessThan(300);
    return res.status() === 204 ? null : ((await res.json()) as { id: string });
  };

  beforeAll(async () => {
    ({ context, page, orgId } = await signedIn(COORDINATOR));
    csp = watchCspViolations(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the secretariat creates the board, its members and representatives, and records a meeting', async () => {
    await page.goto(`${server.url}/orgs/${orgId}/governance`);
    await page.getByRole('heading', { name: gov.governance.title, level: 1 }).waitFor();
    await expectAccessible(page, 'governance: bodies');
    await page.getByTestId('new-body').click();
    await modal().getByTestId('body-name').fill('Executive Board');
    await modal().getByTestId('body-time-zone').click();
    await page.keyboard.type('America/New_York');
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'governance: new body');
    await page.getByTestId('body-submit').click();
    await page.waitForURL(/\/governance\/bodies\/[0-9a-f-]{36}/);
    ids.body = /bodies\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByRole('heading', { name: 'Executive Board', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain('America/New_York');

    // Members through the page, representatives through the API (the candidates are the organization's accounts).
    await page.getByTestId('add-member').click();
    await modal().getByTestId('member-name').fill('Alpha');
    await page.getByTestId('member-submit').click();
    await modal().waitFor({ state: 'detached' });
    for (const name of ['Beta', 'Gamma']) await post(`/bodies/${ids.body}/members`, { name });
    const view = (await (await page.request.get(api(`/bodies/${ids.body}`))).json()) as { members: { id: string; name: string }[]; candidates: { userId: string; email: string }[] };
    for (const key of ['alpha', 'beta', 'gamma'] as const) {
      ids.members[key] = view.members.find((m) => m.name.toLowerCase() === key)!.id;
      const userId = view.candidates.find((c) => c.email === REPRESENTATIVES[key])!.userId;
      await post(`/bodies/${ids.body}/accreditations`, { memberId: ids.members[key], userId, language: key === 'alpha' ? 'ar' : 'en', validFrom: '2026-11-01T00:00:00Z' });
    }
    await page.reload();
    await expect.poll(() => page.getByTestId('representative').count()).toBe(3);
    await expectAccessible(page, 'governance: members');

    await page.getByTestId('body-tab-meetings').click();
    await page.getByTestId('add-meeting').click();
    await modal().getByTestId('meeting-title').fill('Annual session');
    await modal().getByTestId('meeting-date').fill('2026-06-10');
    await modal().getByTestId('meeting-outcome').click();
    await page.locator('.ant-select-item-option', { hasText: gov.governance.outcome.postponed }).click();
    await modal().getByTestId('meeting-reason').fill('Travel restrictions');
    await page.getByTestId('meeting-submit').click();
    await modal().waitFor({ state: 'detached' });
    await page.getByTestId('governance-quarters-as-table').click();
    await expect.poll(() => page.getByTestId('governance-quarters').innerText()).toContain('2026-Q2');
    await expectAccessible(page, 'governance: meetings');
  });

  it('circulates a draft in six languages with a deadline on New York time, shown on the reader’s clock too', async () => {
    await page.getByTestId('body-tab-procedures').click();
    await page.getByTestId('new-silence').click();
    await modal().getByTestId('draft-title').fill('Revised session schedule');
    for (const [language, text] of Object.entries(TEXTS)) await modal().getByTestId(`draft-text-${language}`).fill(text);
    await expectAccessible(page, 'governance: new draft');
    await page.getByTestId('draft-submit').click();
    await page.waitForURL(/\/governance\/procedures\/[0-9a-f-]{36}/);
    ids.broken = /procedures\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByTestId('circulate-date').fill('2026-11-24');
    await page.getByTestId('circulate-time').fill('18:00');
    await page.getByTestId('circulate').click();
    await expect.poll(() => page.getByTestId('procedure-state').innerText()).toBe(gov.governance.state.circulated);
    // 18:00 in New York on 24 November is 00:00 on the 25th in Zurich and Geneva (UTC+1).
    expect(await page.getByTestId('deadline-body').innerText()).toContain('6:00');
    expect(await page.getByTestId('deadline-viewer').innerText()).toMatch(/November 25, 2026.*12:00/);
    await page.getByTestId('deadline-countdown').waitFor();
    await expectAccessible(page, 'governance: circulated');

    // The second draft, to run out while the server is down; and a written vote.
    ids.adopted = (await post(`/bodies/${ids.body}/silence-procedures`, { title: 'Use of the alternate venue', texts: TEXTS }))!.id;
    await post(`/procedures/${ids.adopted}/circulate`, { deadline: { date: '2026-11-23', time: '18:00' } });
    ids.vote = (await post(`/bodies/${ids.body}/written-votes`, { title: 'Emergency budget', texts: { en: 'Approve the emergency budget.' } }))!.id;
  });

  it('one member breaks silence with a signed, time-stamped statement; another votes and keeps the receipt', async () => {
    const rep = await signedIn(REPRESENTATIVES.alpha);
    await rep.page.goto(`${server.url}/orgs/${orgId}/governance/procedures/${ids.broken}`);
    await rep.page.getByTestId('act-card').waitFor();
    await rep.page.getByTestId('statement').fill('Alpha asks for this to be discussed at the next virtual meeting.');
    await expectAccessible(rep.page, 'governance: representative before breaking silence');
    await rep.page.getByTestId('break-silence').click();
    await rep.page.getByTestId('receipt').waitFor();
    await expect.poll(() => rep.page.getByTestId('procedure-state').innerText()).toBe(gov.governance.state.silence_broken);
    expect(await rep.page.getByTestId('broken-by').innerText()).toContain('Alpha');

    await rep.page.goto(`${server.url}/orgs/${orgId}/governance/procedures/${ids.vote}`);
    await rep.page.getByTestId('vote-choice').getByText(gov.governance.choice.yes).click();
    await rep.page.getByTestId('cast-vote').click();
    await rep.page.getByTestId('receipt-code').waitFor();
    expect(await rep.page.getByTestId('receipt-code').innerText()).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    await expectAccessible(rep.page, 'governance: vote receipt');
    await rep.context.close();

    const beta = await signedIn(REPRESENTATIVES.beta);
    const res = await beta.page.request.post(`${server.url}/api/orgs/${orgId}/governance/procedures/${ids.vote}/votes`, { data: { memberId: ids.members.beta, choice: 'no' } });
    expect(res.status()).toBe(201);
    // A second vote for the same member is refused.
    expect((await beta.page.request.post(`${server.url}/api/orgs/${orgId}/governance/procedures/${ids.vote}/votes`, { data: { memberId: ids.members.beta, choice: 'yes' } })).status()).toBe(409);
    await beta.context.close();
    expect(csp).toEqual([]);
  });

  it('after the server was down past the deadlines, the draft is adopted at its deadline and the non-respondent recorded absent', async () => {
    await context.close();
    await server.stop();
    server = await serveAt(dataDir, '2026-11-26T09:00:00Z');
    ({ context, page, orgId } = await signedIn(COORDINATOR));
    const read = async (id: string) => (await (await page.request.get(api(`/procedures/${id}`))).json()) as { state: string; decidedAt: string; record: { type: string }[]; absent: { memberName: string }[] };
    // The scheduler's first run, at start-up, writes the closings.
    await expect.poll(async () => (await read(ids.adopted)).record.some((e) => e.type === 'closed'), { timeout: 30_000 }).toBe(true);
    expect(await read(ids.adopted)).toMatchObject({ state: 'adopted', decidedAt: '2026-11-23T23:00:00.000Z' });
    await expect.poll(async () => (await read(ids.vote)).state, { timeout: 30_000 }).toBe('closed');
    expect((await read(ids.vote)).absent.map((a) => a.memberName)).toEqual(['Gamma']);
    expect((await read(ids.broken)).state).toBe('silence_broken');

    await page.goto(`${server.url}/orgs/${orgId}/governance/procedures/${ids.adopted}`);
    await page.getByTestId('procedure-outcome').waitFor();
    await page.getByTestId('verify').click();
    await expect.poll(() => page.getByTestId('verify-result').innerText()).toContain(gov.governance.record.intact.replace('{{n}}', '3').slice(0, 20));
    await expectAccessible(page, 'governance: adopted');
    await page.goto(`${server.url}/orgs/${orgId}/governance/procedures/${ids.vote}`);
    await expect.poll(() => page.getByTestId('absent').innerText()).toContain('Gamma');
    await expectAccessible(page, 'governance: vote closed');
  });

  it('in Arabic at phone width, right to left and accessible', async () => {
    const phone = await signedIn(REPRESENTATIVES.alpha, 'ar', { width: 390, height: 844 });
    await phone.page.goto(`${server.url}/orgs/${orgId}/governance/bodies/${ids.body}`);
    await phone.page.getByRole('heading', { name: 'Executive Board', level: 1 }).waitFor();
    expect(await phone.page.locator('html').getAttribute('dir')).toBe('rtl');
    await phone.page.getByTestId('body-tab-meetings').click();
    await expectAccessible(phone.page, 'governance (ar, phone): meetings');
    await phone.page.goto(`${server.url}/orgs/${orgId}/governance/procedures/${ids.vote}`);
    await expect.poll(() => phone.page.getByTestId('procedure-state').innerText()).toBe(govAr.governance.state.closed);
    await expectAccessible(phone.page, 'governance (ar, phone): vote');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.context.close();
  });
});
