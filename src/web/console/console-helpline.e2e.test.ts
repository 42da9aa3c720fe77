// The support console as a helpline specialist meets it: the queue with its SLA clocks, finding a caller
// by masked identifiers, opening a case, the workspace with its history, a note and the plan's scripted
// answer, an open season change made for the caller (the decision shown), and a warm transfer to the
// Retirement Information Office, after which the helpline reads the case but no longer the caller.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { findCaller, openCase, type Caller } from './console-e2e-support.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';

describe.skipIf(!inject('e2eBaseUrl'))('support console: a helpline specialist', () => {
  let browser: E2eBrowser;
  let page: Page;
  let caller: Caller;
  let caseUrl = '';

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-admin');
    caller = await findCaller(page, baseUrl, 1401);
    const other = await findCaller(page, baseUrl, caller.id + 1);
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-specialist');
    // Another caller's case, so the queue has something in it whatever ran before.
    await openCase(page, baseUrl, other, 'plan-questions', 'Asks when open season ends');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the helpline queue per skill with SLA clocks', async () => {
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();
    await page.getByRole('table', { name: 'Open and overdue cases for each skill' }).waitFor();
    const cases = page.getByRole('table', { name: /Cases waiting for PSHB helpline/ });
    await cases.waitFor();
    expect(await cases.getByText(/left$/).count()).toBeGreaterThan(0);
    await checkPage(page, 'console-queue');
  });

  it('finds the caller by last name and last four, and opens a case', async () => {
    await page.getByTestId('find-caller').click();
    await page.getByRole('heading', { level: 1, name: 'Find a caller' }).waitFor();
    await page.getByRole('button', { name: 'Search' }).click();
    const summary = page.getByRole('heading', { name: 'There are 2 problems with this form' });
    await summary.waitFor();
    expect(await page.locator('#search-lastName-error').textContent()).toContain('Last name');
    await checkPage(page, 'console-search-errors');

    // By keyboard alone: the summary's link leads to the field, Tab to the next, Enter searches.
    await page.getByRole('link', { name: /Last name/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-lastName');
    await page.keyboard.type(caller.lastName);
    await page.keyboard.press('Tab');
    await page.keyboard.type(caller.ssnLastFour);
    await page.keyboard.press('Enter');
    const row = page.getByTestId(`caller-${caller.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`***-**-${caller.ssnLastFour}`);
    await row.getByRole('button', { name: `Open a case for ${caller.name}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `New case for ${caller.name}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-case-heading');
    await page.getByLabel('What does the caller need?').selectOption('enrollment-help');
    await page.getByLabel('Subject').fill('Wants to change plans');
    await page.getByLabel('First note').fill('Caller asks to move to another plan for 2025.');
    await checkPage(page, 'console-search');

    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(/\/console\/cases\/\d+$/);
    caseUrl = page.url();
  });

  it('shows the case workspace: context, history, scripted answer, and takes a note', async () => {
    await page.getByRole('heading', { level: 1, name: /^Case \d+$/ }).waitFor();
    const context = page.getByTestId('case-context');
    expect(await context.textContent()).toContain(caller.name);
    expect(await context.textContent()).toContain(`***-**-${caller.ssnLastFour}`);
    expect(await page.getByTestId('case-partner').textContent()).toBe('PSHB helpline');
    expect(await page.getByTestId('scripted-answers').textContent()).toContain(
      'What happens if I do nothing?',
    );
    await page.getByTestId('enrollment-state').waitFor();
    await checkPage(page, 'console-case');

    await page.locator('#note-text').fill('Explained the plans with lower premiums.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByText('Your note is added to the history.').waitFor();
    await page.getByTestId('case-history').getByText('Explained the plans with lower premiums.').waitFor();
    await page.getByTestId('case-status').filter({ hasText: 'In progress' }).waitFor();
  });

  it('changes the plan for the caller during open season and shows the decision', async () => {
    const panel = page.getByRole('region', { name: "The caller's enrollment" });
    expect(await panel.getByTestId('act-audit-notice').textContent()).toContain('recorded under your name');
    await panel.getByLabel('What the caller wants to do').selectOption('open_season_change');
    await panel.getByLabel('Who is covered').selectOption('self_only');
    const plans = panel.locator('#act-enrollmentCode option:not([value=""])');
    await plans.first().waitFor({ state: 'attached' });
    const codes = await plans.evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    const code = codes.find((candidate) => candidate !== caller.coverageCode) ?? codes[0] ?? '';
    await panel.locator('#act-enrollmentCode').selectOption(code);
    await panel.getByLabel('Reason').fill('The caller asked by phone to change plans.');
    await panel.getByTestId('act-submit').click();
    const decision = page.getByTestId('transition-decision');
    await decision.waitFor();
    expect(await decision.textContent()).toContain('Decision: accepted');
    expect(await decision.textContent()).toContain(code);
    expect(await decision.textContent()).toContain('It takes effect on January 1, 2025.');
    await checkPage(page, 'console-act');
  });

  it('transfers the case warmly to the Retirement Information Office', async () => {
    await page.getByTestId('open-transfer').click();
    await page.getByLabel('Transfer to').selectOption('retirement-information-office');
    await page
      .getByLabel('What the next partner needs to know')
      .fill('Plan changed; caller wants to talk about retirement.');
    await checkPage(page, 'console-transfer');
    await page.getByTestId('transfer-submit').click();
    await page.getByText('The case is transferred.').waitFor();
    await page.getByTestId('case-partner').filter({ hasText: 'Retirement Information Office' }).waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('Transferred');
    await page.getByTestId('not-holding').waitFor();
    // The helpline no longer holds a case about the caller: the API refuses their enrollment, said plainly.
    await page.getByTestId('enrollment-forbidden').waitFor();
    expect(await page.getByTestId('case-history').textContent()).toContain(
      'Transferred from PSHB helpline to Retirement Information Office',
    );
    await checkPage(page, 'console-transferred');
    expect(page.url()).toBe(caseUrl);
  });
});
