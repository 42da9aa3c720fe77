// The enrollee's changes end to end, in one file so they follow one another on the one enrollment: an
// open season change made with the keyboard only (Tab, Space, arrows, Enter; no mouse), a life event
// reported in three steps after its form named every missing field (and the rules refused a late
// request, said in English and then in Spanish with no English left), a reconsideration request, and a support request
// that then appears in the list. Each step works whatever state earlier runs left the enrollment in.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { englishOn, englishOnlyStrings } from '../../../test-support/e2e/english-leaks.ts';
import { fillDate, tabTo } from '../../../test-support/e2e/keyboard.ts';

const baseUrl = inject('e2eBaseUrl');

describe.skipIf(!baseUrl)('enrollee portal journeys', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl ?? '', 'demo-enrollee');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('changes plans during open season with the keyboard only, and shows the decision', async () => {
    await page.goto(`${baseUrl}/portal/enroll`);
    await page.getByRole('heading', { name: 'What do you want to do?' }).waitFor();

    // Continue with nothing chosen: the error summary names the field.
    await tabTo(page, '[data-testid="enroll-continue"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain(
      'Choose enroll, change or decline',
    );
    await checkPage(page, 'portal-enroll-errors');

    await tabTo(page, '#enroll-choice-elect');
    await page.keyboard.press('Space');
    expect(await page.locator('#enroll-choice-elect').isChecked()).toBe(true);
    await tabTo(page, '#enroll-plan');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#enroll-plan').inputValue()).not.toBe('');
    await tabTo(page, 'input[name="type"]');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name="type"]:checked').count()).toBe(1);
    await tabTo(page, '[data-testid="enroll-continue"]');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Check your choice' }).waitFor();
    expect(await page.getByTestId('enroll-review').textContent()).toContain('January 1, 2025');
    await checkPage(page, 'portal-enroll-review');
    await tabTo(page, '[data-testid="enroll-confirm"]');
    await page.keyboard.press('Enter');

    await page.getByTestId('recorded-decision').waitFor();
    expect(await page.getByRole('heading', { name: 'Your choice is recorded' }).isVisible()).toBe(true);
    expect(await page.getByTestId('effective-on').textContent()).toBe('January 1, 2025');
    expect(await page.getByTestId('reconsideration-deadline').textContent()).toMatch(/\d{4}/);
    await checkPage(page, 'portal-enroll-done');

    // The change is in my history, with its notice.
    await page.goto(`${baseUrl}/portal/history`);
    await page.getByTestId('transition-row').first().waitFor();
    const row = (await page.getByTestId('transition-row').first().textContent()) ?? '';
    expect(row).toContain('Changed plans during open season');
    // Decided on the program's today, the date its notice bears.
    expect(row).toContain('Decided November 20, 2024');
    // Recorded at a real instant, shown in the browser's time zone (New York) with the zone named.
    expect(row).toMatch(/Recorded \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M E[SD]T/);
  });

  it('reports a life event in three steps: choose, check, done; a late request is refused by the rules', async () => {
    await page.goto(`${baseUrl}/portal/life-event`);
    await page.getByRole('heading', { name: 'What happened, and what do you want to change?' }).waitFor();
    // The plan I have now is chosen to start with; nothing is sent from this step.
    expect(await page.locator('#life-event-plan').inputValue()).not.toBe('');
    expect(await page.getByTestId('life-event-submit').count()).toBe(0);
    await page.getByTestId('life-event-continue').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Choose what happened',
      'Enter the date of the event',
      'Choose what you want to change',
    ]) {
      expect(await summary.textContent()).toContain(message);
    }
    expect(await page.locator('#life-event-error').textContent()).toContain('Choose what happened');
    await checkPage(page, 'portal-life-event-errors');

    // Covering more people asks who the new person is. The program's today is November 20, 2024: a
    // marriage on the 21st may be reported ahead (890.301(f)), so only the missing person is named.
    await page.locator('#life-event').selectOption('marriage');
    await fillDate(page, 'life-event-date', '11', '21', '2024');
    await page.locator('label[for="life-event-change-increase_type"]').click();
    await page.getByTestId('life-event-person').waitFor();
    await page.getByTestId('life-event-continue').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'error-summary');
    const problems = (await summary.textContent()) ?? '';
    expect(problems).toContain('Enter the full name of the person to add');
    expect(await summary.locator('a[href="#life-event-date"]').count()).toBe(0);
    await checkPage(page, 'portal-life-event-person-missing');

    await page.locator('#life-event-person-name').fill('Ana Ruiz');
    await fillDate(page, 'life-event-person-birth', '5', '4', '1990');
    await page.locator('label[for="life-event-relationship-spouse"]').click();
    await page.locator('label[for="life-event-type-self_plus_one"]').click();
    // A marriage on August 1 is more than 60 days ago: the check step sends it, and the rules refuse it.
    await fillDate(page, 'life-event-date', '8', '1', '2024');
    await page.getByTestId('life-event-continue').click();
    await page.getByRole('heading', { name: 'Check your request' }).waitFor();
    expect(await page.getByTestId('life-event-review-person').textContent()).toBe(
      'Ana Ruiz (Spouse), born May 4, 1990',
    );
    expect(await page.getByTestId('life-event-review-date').textContent()).toBe('August 1, 2024');
    await checkPage(page, 'portal-life-event-check');
    await page.getByTestId('life-event-submit').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'problem-alert');
    const refusal = page.getByTestId('problem-alert');
    expect(await refusal.textContent()).toContain(
      'Your life event (Marriage, on August 1, 2024) lets you ask for a change from',
    );
    await checkPage(page, 'portal-life-event-refused');
    // In Spanish the refusal says its reason in Spanish, never the rules' English explanation.
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const refusalEs = (await refusal.textContent()) ?? '';
    expect(refusalEs).toContain('Su evento de vida (Matrimonio, el 1 de agosto de 2024)');
    expect(refusalEs).not.toMatch(/outside|window|must be made|\d{4}-\d{2}-\d{2}/);
    expect(await englishOn(page, englishOnlyStrings())).toEqual([]);
    await checkPage(page, 'portal-life-event-refused-es');
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // Back to the form with everything kept; a marriage on November 2 is in time.
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('#life-event-person-name').inputValue()).toBe('Ana Ruiz');
    await fillDate(page, 'life-event-date', '11', '2', '2024');
    await page.getByTestId('life-event-continue').click();
    await page.getByRole('heading', { name: 'Check your request' }).waitFor();
    expect(await page.getByTestId('problem-alert').count()).toBe(0);
    await page.getByTestId('life-event-submit').click();

    await page.getByTestId('recorded-decision').waitFor();
    expect(await page.getByRole('heading', { name: 'Your change is recorded' }).isVisible()).toBe(true);
    await checkPage(page, 'portal-life-event-done');
  });

  it('asks for reconsideration of a decision and sees the request listed', async () => {
    await page.goto(`${baseUrl}/portal/reconsideration`);
    await page.locator('#reconsider-decision').waitFor();
    const before = await page.getByTestId('reconsideration-row').count();
    // The plan change is offered by the program day its notice bears (the program's today), not by
    // the machine's clock on which it was recorded.
    const decisions = await page.locator('#reconsider-decision option').allTextContents();
    expect(decisions).toContain('Changed plans during open season, November 20, 2024');
    await page.locator('#reconsider-decision').selectOption('other');
    await page.locator('#reconsider-subject').fill('My automatic enrollment');
    await fillDate(page, 'reconsider-date', '11', '15', '2024');
    await page.locator('#reconsider-grounds').fill('The plan I was put in does not cover my doctor.');
    await page.getByTestId('reconsideration-submit').click();

    await page.getByTestId('reconsideration-filed').waitFor();
    expect(await page.getByTestId('reconsideration-filed').textContent()).toContain('We got your request');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="reconsideration-row"]').length > count,
      before,
    );
    expect(await page.getByTestId('reconsideration-row').first().textContent()).toContain(
      'My automatic enrollment',
    );
    await checkPage(page, 'portal-reconsideration-filed');
  });

  it('opens a support request and sees it in my requests', async () => {
    await page.goto(`${baseUrl}/portal/help`);
    await page.locator('#help-type').waitFor();
    await page.getByTestId('help-submit').click();
    await page.getByTestId('error-summary').waitFor();
    await checkPage(page, 'portal-help-errors');

    const subject = `Does my plan cover dental care? (${Date.now()})`;
    await page.locator('#help-type').selectOption('plan-questions');
    await page.locator('#help-subject').fill(subject);
    await page.locator('#help-note').fill('I want to know if my plan pays for cleanings.');
    await page.getByTestId('help-submit').click();

    await page.getByTestId('case-opened').waitFor();
    await page.getByRole('row', { name: new RegExp(subject.replace(/[()?]/g, '\\$&')) }).waitFor();
    expect(await page.getByTestId('case-row').first().textContent()).toContain('Received');
    await checkPage(page, 'portal-help-opened');
  });
});
