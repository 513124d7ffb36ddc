import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import actionsAr from '../src/web/locales/actions/ar.json' with { type: 'json' };
import actionsEn from '../src/web/locales/actions/en.json' with { type: 'json' };
import core from '../src/web/locales/en.json' with { type: 'json' };
import exercisesAr from '../src/web/locales/exercises/ar.json' with { type: 'json' };
import exercisesEn from '../src/web/locales/exercises/en.json' with { type: 'json' };
import merEn from '../src/web/locales/mer/en.json' with { type: 'json' };
import { expectAccessible, launchBrowser, signIn, watchCspViolations } from './support/browser.js';
import { startServer, type E2EServer } from './support/server.js';

/**
 * The ME&R journey of issue 4, in the browser: the coordinator sets the policy (a functional
 * test every month, due soon from 7 days before) and sees the Uganda country BCP overdue for its functional test; the
 * focal point plans a functional exercise of that plan, records what happened (one critical
 * function recovered within its RTO, one not), adds a finding that becomes a remedial action
 * with an owner and a due date, closes the exercise and downloads its report; on the Actions
 * page the action is closed, only with evidence; back on Compliance the functional test is done.
 * axe-core on each page and dialog; the pages once more in Arabic, right to left, at phone width.
 * The server's clock starts at 2026-11-20 09:00 UTC (ORMS_NOW).
 */
const COORDINATOR = 'amina.diallo@meridian.example';
const FOCAL_POINT = 'samuel.okello@meridian.example';
const TODAY = '2026-11-20';
const EXERCISE = `Relocation to the sub-office ${Date.now()}`;
const FINDING = 'Charge the satellite phones every week';
const LATE = 'Print the call tree for the guard room';
const EVIDENCE = 'Charging rota posted in the radio room; checked on 2026-11-20.';

let server: E2EServer;
let browser: Browser;
let orgId = '';
let ugandaId = '';
let plan: { id: string; title: string };
let exerciseUrl = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string, locale: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  orgId ||= /\/orgs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { context, page };
}

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.url}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Opens an antd select, types to narrow it, and picks the option; a multiple select is closed by clicking the dialog's title. */
async function pick(page: Page, trigger: Locator, typed: string, option = typed, multiple = false) {
  await trigger.click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  if (multiple) await page.locator('.ant-modal:visible .ant-modal-title').click();
}

/** The functional-test row of the plan in the compliance table, and its status. */
const functionalTest = (page: Page) => page.getByTestId('mer-obligations').locator('tr', { hasText: plan.title }).filter({ hasText: merEn.enums.obligationKind.functional_test });
const functionalTestStatus = (page: Page) => functionalTest(page).locator('[data-status]').first().getAttribute('data-status');

describe('exercise journey: policy → overdue → exercise → finding → action closed → compliance green', () => {
  let coordinator: { context: BrowserContext; page: Page };
  let focal: { context: BrowserContext; page: Page };
  let csp: string[];
  const t = { ...exercisesEn, ...actionsEn, enums: { ...exercisesEn.enums, ...actionsEn.enums } };

  beforeAll(async () => {
    coordinator = await signedIn(COORDINATOR, 'en');
    const units = await api<{ items: { id: string; name: string }[] }>(coordinator.page, `/api/orgs/${orgId}/units`);
    ugandaId = units.items.find((u) => u.name === 'Uganda Country Office')!.id;
    const plans = await api<{ items: { id: string; title: string; type: string }[] }>(coordinator.page, `/api/orgs/${orgId}/plans?unitId=${ugandaId}&subtree=false`);
    plan = plans.items.find((p) => p.type === 'business_continuity')!;
    expect(plan.title).toContain('Uganda Country Office');
  });
  afterAll(async () => {
    await coordinator?.context.close();
    await focal?.context.close();
  });

  it('the coordinator sets the ME&R policy: a functional test every month, due soon from 7 days before', async () => {
    const { page } = coordinator;
    await page.goto(`${server.url}/orgs/${orgId}/compliance?tab=policy`);
    await page.getByTestId('mer-policy-edit').click();
    await page.locator('.ant-modal:visible #mer-policy_periodMonths_functional_test').fill('1');
    await page.locator('.ant-modal:visible #mer-policy_dueSoonDays').fill('7');
    await page.getByTestId('mer-policy-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    const policy = await api<{ policy: { periodMonths: { functional_test: number }; dueSoonDays: number } }>(page, `/api/orgs/${orgId}/mer/policy`);
    expect(policy.policy).toMatchObject({ periodMonths: { functional_test: 1 }, dueSoonDays: 7 });
  });

  it('sees the country BCP overdue for its functional test', async () => {
    const { page } = coordinator;
    // The demo's last functional exercise of the plan ran some weeks before today: more than a month ago.
    const obligations = await api<{ items: { subject: { id: string }; kind: string; status: string }[] }>(page, `/api/orgs/${orgId}/mer/obligations?unitId=${ugandaId}`);
    expect(obligations.items.find((o) => o.subject.id === plan.id && o.kind === 'functional_test')?.status).toBe('overdue');
    await page.goto(`${server.url}/orgs/${orgId}/compliance?unitId=${ugandaId}`);
    await expect.poll(() => functionalTestStatus(page)).toBe('overdue');
    expect(await functionalTest(page).innerText()).toContain(merEn.enums.obligationStatus.overdue);
  });

  it('the focal point plans a functional exercise of that plan', async () => {
    focal = await signedIn(FOCAL_POINT, 'en');
    const { page } = focal;
    csp = watchCspViolations(page);
    await page.getByTestId('nav-exercises').first().click();
    await page.getByRole('heading', { name: t.exercises.title, level: 1 }).waitFor();
    // No call-tree test yet: the filtered list is empty and says so.
    await page.goto(`${server.url}/orgs/${orgId}/exercises?type=call_tree_test`);
    await expect.poll(() => page.getByTestId('exercise-table').innerText()).toContain(t.exercises.emptyFiltered);
    await expectAccessible(page, 'exercises: empty list');

    await page.getByTestId('new-exercise-button').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByTestId('exercise-title').waitFor();
    // The server's schema, checked before sending: nothing is planned without a title, a unit, a type and a day.
    await page.getByTestId('exercise-submit').click();
    await expect.poll(() => modal.locator('.ant-form-item-explain-error').count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, 'plan an exercise: required fields');

    await pick(page, modal.getByTestId('exercise-unit'), 'Uganda Country', 'Uganda Country Office');
    await pick(page, modal.getByTestId('exercise-type'), t.enums.exerciseType.functional);
    await modal.getByTestId('exercise-title').fill(EXERCISE);
    await modal.getByTestId('exercise-scheduled-on').fill(TODAY);
    await modal.getByTestId('exercise-scenario').fill('The Kampala office is inaccessible after flooding.');
    await modal.getByTestId('exercise-objectives').fill('Pay households from the alternate site\nReach every staff member within 2 hours');
    await pick(page, modal.getByTestId('exercise-plans'), 'Business continuity', plan.title, true);
    await pick(page, modal.getByTestId('exercise-participants'), 'Grace', 'Grace Nakato', true);
    await pick(page, modal.getByTestId('exercise-observers'), 'Peter', 'Peter Ssemwanga', true);
    await modal.getByTestId('exercise-add-inject').click();
    await modal.locator('#new-exercise_timeline_0_at').fill('T+00:00');
    await modal.locator('#new-exercise_timeline_0_inject').fill('Access road flooded');
    await expectAccessible(page, 'plan an exercise: filled in');
    await page.getByTestId('exercise-submit').click();

    await page.waitForURL(/\/exercises\/[0-9a-f-]{36}$/);
    exerciseUrl = page.url();
    await page.getByRole('heading', { name: EXERCISE, level: 1 }).waitFor();
    expect(await page.locator('[data-state]').first().getAttribute('data-state')).toBe('planned');
    const details = await page.getByTestId('exercise-details').innerText();
    for (const text of [plan.title, 'Grace Nakato', 'Peter Ssemwanga', 'Reach every staff member within 2 hours']) expect(details).toContain(text);
    // Findings wait until the exercise has run.
    expect(await page.getByTestId('exercise-add-finding').count()).toBe(0);
    await expectAccessible(page, 'planned exercise');

    // Still planned, so it can be edited: the scenario is made more precise.
    await page.getByTestId('exercise-edit').click();
    const edit = page.locator('.ant-modal:visible');
    await edit.getByTestId('exercise-scenario').fill('The Kampala office is inaccessible after flooding; the access road is cut.');
    await expectAccessible(page, 'edit a planned exercise');
    await page.getByTestId('exercise-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await expect.poll(() => page.getByTestId('exercise-details').innerText()).toContain('the access road is cut');
    // The edit left the plans and people as they were.
    for (const text of [plan.title, 'Grace Nakato', 'Peter Ssemwanga']) expect(await page.getByTestId('exercise-details').innerText()).toContain(text);
  });

  it('records what happened: each critical function judged against its RTO', async () => {
    const { page } = focal;
    await page.getByTestId('exercise-conduct').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByTestId('conduct-date').fill(TODAY);
    await modal.getByTestId('conduct-summary').fill('Cash transfers restarted from the sub-office; the satellite phones were not charged.');
    // Security communications: 5 hours against an RTO of 2 hours.
    await modal.getByTestId('conduct-add-result').click();
    await pick(page, modal.getByTestId('conduct-service').nth(0), 'Staff safety', 'Staff safety and security communications');
    await modal.getByTestId('conduct-achieved').nth(0).fill('5');
    await expect.poll(() => modal.getByTestId('conduct-verdict').nth(0).innerText()).toBe(t.enums.recoveryVerdict.missed);
    // Cash transfers: 6 hours against an RTO of 12 hours.
    await modal.getByTestId('conduct-add-result').click();
    await pick(page, modal.getByTestId('conduct-service').nth(1), 'Cash transfers', 'Cash transfers to registered households');
    await modal.getByTestId('conduct-achieved').nth(1).fill('6');
    await expect.poll(() => modal.getByTestId('conduct-verdict').nth(1).innerText()).toBe(t.enums.recoveryVerdict.met);
    await expectAccessible(page, 'record what happened');
    await page.getByTestId('conduct-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

    await expect.poll(() => page.locator('[data-state]').first().getAttribute('data-state')).toBe('conducted');
    expect(await page.getByTestId('exercise-verdict-counts').innerText()).toBe(t.exercises.results.counts.replace('{{met}}', '1').replace('{{total}}', '2').replace('{{missed}}', '1'));
    const rows = page.getByTestId('exercise-results-table').locator('tbody tr');
    const security = rows.filter({ hasText: 'Staff safety and security communications' });
    expect(await security.locator('[data-verdict]').getAttribute('data-verdict')).toBe('missed');
    expect(await security.innerText()).toContain(t.exercises.results.lateBy.replace('{{duration}}', '3 h'));
    expect(await rows.filter({ hasText: 'Cash transfers' }).locator('[data-verdict]').getAttribute('data-verdict')).toBe('met');
    // The chart says the same in words.
    expect(await page.getByTestId('exercise-results-chart').innerText()).toContain(t.exercises.results.pair.replace('{{achieved}}', '5 h').replace('{{rto}}', '2 h'));
    await expectAccessible(page, 'conducted exercise with results');
  });

  it('adds a finding, which becomes a remedial action with an owner and a due date', async () => {
    const { page } = focal;
    await page.getByTestId('exercise-add-finding').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByTestId('finding-title').fill(FINDING);
    await pick(page, modal.getByTestId('finding-owner'), 'Grace', 'Grace Nakato');
    await modal.getByTestId('finding-due-on').fill('2026-12-31');
    // The only plan tested is proposed as the plan the action changes.
    expect(await modal.getByTestId('finding-plan').innerText()).toContain(plan.title);
    await expectAccessible(page, 'add a finding');
    await page.getByTestId('finding-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    const findings = page.getByTestId('exercise-findings');
    await expect.poll(() => findings.innerText()).toContain(FINDING);
    expect(await findings.innerText()).toContain('Grace Nakato');
    expect(await findings.locator('li', { hasText: FINDING }).locator('[data-status]').getAttribute('data-status')).toBe('open');

    // A second finding, already late: its due date was ten days ago.
    await page.getByTestId('exercise-add-finding').click();
    await modal.getByTestId('finding-title').fill(LATE);
    await pick(page, modal.getByTestId('finding-owner'), 'Peter', 'Peter Ssemwanga');
    await modal.getByTestId('finding-due-on').fill('2026-11-10');
    await page.getByTestId('finding-submit').click();
    await expect.poll(() => findings.locator('li').count()).toBe(2);
    const actions = await api<{ items: { title: string; ownerName: string; dueOn: string; status: string }[] }>(page, `/api/orgs/${orgId}/remedial-actions`);
    expect(actions.items.find((a) => a.title === FINDING)).toMatchObject({ ownerName: 'Grace Nakato', dueOn: '2026-12-31', status: 'open' });
  });

  it('closes the exercise and downloads its report', async () => {
    const { page } = focal;
    await page.getByTestId('exercise-close').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => page.locator('[data-state]').first().getAttribute('data-state')).toBe('closed');
    expect(await page.getByTestId('exercise-conduct').count()).toBe(0);
    expect(await page.getByTestId('exercise-add-finding').count()).toBe(0);
    await expectAccessible(page, 'closed exercise');

    const href = await page.getByTestId('exercise-report').getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('link', { name: t.exercises.title }).first().click();
    const row = page.getByTestId('exercise-table').locator('tbody tr', { hasText: EXERCISE });
    await expect.poll(() => row.locator('[data-state]').getAttribute('data-state')).toBe('closed');
    expect(await row.innerText()).toContain(t.enums.exerciseType.functional);
    await expectAccessible(page, 'exercises list');
  });

  it('on the Actions page, closes the action only with evidence', async () => {
    const { page } = focal;
    await page.getByTestId('nav-actions').first().click();
    await page.getByRole('heading', { name: t.remedialActions.title, level: 1 }).waitFor();
    const row = page.getByTestId('action-table').locator('tbody tr', { hasText: FINDING });
    await expect.poll(() => row.innerText()).toContain('Grace Nakato');
    expect(await row.innerText()).toContain(EXERCISE);
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('open');
    expect(await row.getByTestId('action-overdue').count()).toBe(0);
    await expectAccessible(page, 'remedial actions');

    // The late one is highlighted, and is all the overdue filter keeps.
    const late = page.getByTestId('action-table').locator('tbody tr', { hasText: LATE });
    expect(await late.getByTestId('action-overdue').innerText()).toBe(t.remedialActions.overdue);
    await page.getByTestId('action-filter-overdue').click();
    await page.waitForURL(/overdue=true/);
    await expect.poll(() => row.count()).toBe(0);
    expect(await late.count()).toBe(1);
    await page.getByTestId('action-filter-overdue').click();
    await expect.poll(() => row.count()).toBe(1);

    // Only the actions the caller owns: Grace Nakato owns this one, not the focal point.
    await page.getByTestId('action-filter-mine').click();
    await page.waitForURL(/mine=true/);
    await expect.poll(() => row.count()).toBe(0);
    await page.getByTestId('action-filter-mine').click();
    await expect.poll(() => row.count()).toBe(1);

    // Progress: in progress.
    await row.getByTestId('action-edit').click();
    await pick(page, page.locator('.ant-modal:visible').getByTestId('action-status'), t.enums.actionStatus.in_progress);
    await expectAccessible(page, 'edit an action');
    await page.getByTestId('action-edit-submit').click();
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status')).toBe('in_progress');

    await row.getByTestId('action-close').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByTestId('action-evidence').fill('   ');
    await page.getByTestId('action-close-submit').click();
    await expect.poll(() => modal.locator('.ant-form-item-explain-error').innerText()).toBe(core.validation.required);
    await expectAccessible(page, 'close an action: no evidence');
    const stillOpen = await api<{ items: { title: string; status: string }[] }>(page, `/api/orgs/${orgId}/remedial-actions`);
    expect(stillOpen.items.find((a) => a.title === FINDING)!.status).toBe('in_progress');

    await modal.getByTestId('action-evidence').fill(EVIDENCE);
    await page.getByTestId('action-close-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status')).toBe('closed');
    expect(await row.getByTestId('action-evidence-shown').innerText()).toContain(EVIDENCE);
    expect(await row.getByTestId('action-close').count()).toBe(0);
    expect(csp).toEqual([]);
  });

  it('the compliance page shows the functional test of the plan done', async () => {
    const { page } = coordinator;
    await page.goto(`${server.url}/orgs/${orgId}/compliance?unitId=${ugandaId}`);
    await expect.poll(() => functionalTestStatus(page)).toBe('done');
    expect(await functionalTest(page).innerText()).toContain(merEn.enums.obligationStatus.done);
  });
});

describe('exercises and actions in Arabic, right to left, at phone width', () => {
  it('reads the exercise, the list and the actions without sideways scrolling', async () => {
    const { context, page } = await signedIn(FOCAL_POINT, 'ar', { width: 390, height: 844 });
    const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto(exerciseUrl);
    await page.getByRole('heading', { name: EXERCISE, level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByTestId('exercise-results').innerText()).toContain(exercisesAr.enums.recoveryVerdict.missed);
    await fits();
    await expectAccessible(page, 'exercise in Arabic');

    await page.goto(`${server.url}/orgs/${orgId}/exercises`);
    await page.getByRole('heading', { name: exercisesAr.exercises.title, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('exercise-table').innerText()).toContain(EXERCISE);
    await fits();
    await expectAccessible(page, 'exercises list in Arabic');
    await page.getByTestId('new-exercise-button').click();
    await page.locator('.ant-modal:visible').getByTestId('exercise-title').waitFor();
    await expectAccessible(page, 'plan an exercise in Arabic');
    await page.locator('.ant-modal:visible .ant-modal-close').click();

    await page.goto(`${server.url}/orgs/${orgId}/actions`);
    await page.getByRole('heading', { name: actionsAr.remedialActions.title, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('action-table').innerText()).toContain(actionsAr.enums.actionStatus.closed);
    await fits();
    await expectAccessible(page, 'remedial actions in Arabic');
    await context.close();
  });
});
