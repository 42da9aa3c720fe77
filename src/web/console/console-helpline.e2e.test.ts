// The support console as a helpline specialist meets it: the queue with its SLA clocks, finding a caller
// by masked identifiers, opening a case, the workspace with its history, a note and the plan's scripted
// answer, an open season change made for the caller (the decision shown), and a warm transfer to the
// Retirement Information Office, after which the helpline reads the case but no longer the caller.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../test-support/e2e/check-page.ts';
import { findCaller, openCase, type Caller } from './console-e2e-support.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';

describe.skipIf(!inject('e2eBaseUrl'))('support console: a helpline specialist', () => {
  let browser: E2eBrowser;
  let page: Page;
  let caller: Caller;
  let other: Caller;
  let caseUrl = '';

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-admin');
    caller = await findCaller(page, baseUrl, 1401);
    other = await findCaller(page, baseUrl, caller.id + 1);
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
    // Each row names its caller and says what the case is about.
    const row = cases.locator('tr', { hasText: 'Asks when open season ends' }).first();
    expect(await row.getByTestId('queue-caller').textContent()).toBe(other.name);
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
    // The caller's plan by name, who is covered and what the enrollee pays, not a bare code.
    if (caller.coverageCode) {
      const plan = page.getByTestId('caller-plan');
      await plan.filter({ hasText: `(${caller.coverageCode})` }).waitFor();
      expect(await plan.textContent()).not.toBe(caller.coverageCode);
      await page.getByTestId('caller-enrollment-type').waitFor();
      expect(await page.getByTestId('caller-premium').textContent()).toMatch(
        /^\$[\d,]+\.\d\d (every two weeks|a month)$/,
      );
    }
    // One timeline for the caller: this case, and what else is recorded about them.
    const timeline = page.getByTestId('person-timeline');
    await timeline.waitFor();
    expect(await timeline.locator('li').first().textContent()).toContain('This case');
    await checkPage(page, 'console-case');
    await checkEveryLayout(page, {
      name: 'console-case',
      wide: { width: 1280, height: 900 },
      narrow: { width: 390, height: 844 },
      headings: { en: `Case ${caseUrl.split('/').pop()}`, es: `Caso ${caseUrl.split('/').pop()}` },
    });

    // Assign to me: the case is the specialist's from now on.
    await page.getByTestId('assign-to-me').click();
    await page.getByText('The case is yours now.').waitFor();
    await page
      .getByTestId('case-assigned')
      .filter({ hasText: /^You \(/ })
      .waitFor();
    expect(await page.getByTestId('assign-to-me').count()).toBe(0);

    // Scripted answers and the knowledge base are searchable, and their words go into the note.
    await page.getByLabel('Search all scripted answers').fill('nothing');
    await page.getByTestId('scripted-answers').getByText('1 answer').waitFor();
    await page.getByLabel('Search the knowledge base').fill('Reconsideration 30');
    const article = page.getByRole('button', { name: 'Insert into note: Asking for a reconsideration' });
    await article.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Inserted into the note. Check it, then add the note.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-text');
    expect(await page.locator('#note-text').inputValue()).toContain('(5 CFR 890.1607)');
    await checkPage(page, 'console-knowledge');

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
    // Priced with the caller's share, cheapest first, and only plans of the caller's area.
    const labels = await plans.allTextContents();
    expect(labels.every((label) => /\$[\d,]+\.\d\d (every two weeks|a month)$/.test(label))).toBe(true);
    expect(await panel.locator('#act-enrollmentCode-hint').textContent()).toMatch(
      /Only (the plans offered in [A-Z]{2}|nationwide plans)/,
    );
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
    // The consult: the receiving partner's queue, before confirming.
    await page.getByTestId('transfer-consult').waitFor();
    expect(await page.getByTestId('consult-waiting').textContent()).toMatch(
      /^\d+ cases? waits? there now\.$/,
    );
    await page
      .getByLabel('What the next partner needs to know')
      .fill('Plan changed; caller wants to talk about retirement.');
    await checkPage(page, 'console-transfer');
    await page.getByTestId('transfer-submit').click();
    await page.getByText('The case is transferred.').waitFor();
    await page.getByTestId('case-partner').filter({ hasText: 'Retirement Information Office' }).waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('Transferred');
    await page.getByTestId('not-holding').waitFor();
    // The helpline no longer holds a case about the caller: the API refuses their enrollment, but the
    // specialist keeps the enrollment as it stood, read only, for the rest of the call.
    await page.getByTestId('enrollment-snapshot').waitFor();
    expect(await page.getByTestId('enrollment-state').textContent()).toContain('Plan');
    expect(await page.getByTestId('act-submit').count()).toBe(0);
    expect(await page.getByTestId('case-history').textContent()).toContain(
      'Transferred from PSHB helpline to Retirement Information Office',
    );
    await checkPage(page, 'console-transferred');
    expect(page.url()).toBe(caseUrl);
  });

  it('takes the next case of the queue by keyboard, assigned at once', async () => {
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();
    await page.getByTestId('next-case').focus();
    await page.keyboard.press('Enter');
    const opened = page.getByText('You took the next case in the queue. It is yours now.');
    const none = page.getByTestId('next-case-none');
    await opened.or(none).waitFor();
    if (await opened.isVisible()) {
      expect(page.url()).toMatch(/\/console\/cases\/\d+$/);
      await page
        .getByTestId('case-assigned')
        .filter({ hasText: /^You \(/ })
        .waitFor();
      await checkPage(page, 'console-next-case');
    }
  });
});
