// The enrollee's changes end to end, in one file so they follow one another on the one enrollment: an
// open season change made with the keyboard only (Tab, Space, arrows, Enter; no mouse), a life event
// reported after its form named every missing field, a reconsideration request, and a support request
// that then appears in the list. Each step works whatever state earlier runs left the enrollment in.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

/** Presses Tab until the focused element matches the selector (a keyboard user's way to a control). */
async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

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
    expect(await page.getByTestId('transition-row').first().textContent()).toContain(
      'Changed plans during open season',
    );
  });

  it('reports a life event after the form names every missing field', async () => {
    await page.goto(`${baseUrl}/portal/life-event`);
    await page.locator('#life-event').waitFor();
    await page.getByTestId('life-event-submit').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of ['Choose what happened', 'Enter the date of the event', 'Choose a plan']) {
      expect(await summary.textContent()).toContain(message);
    }
    expect(await page.locator('#life-event-error').textContent()).toContain('Choose what happened');
    await checkPage(page, 'portal-life-event-errors');

    await page.locator('#life-event').selectOption('marriage');
    await page.locator('#life-event-date-month').fill('11');
    await page.locator('#life-event-date-day').fill('2');
    await page.locator('#life-event-date-year').fill('2024');
    await page.locator('label[for="life-event-change-change_plan_or_option"]').click();
    const firstPlan = await page.locator('#life-event-plan option').nth(1).getAttribute('value');
    await page.locator('#life-event-plan').selectOption(firstPlan ?? '');
    await page.locator('label[for="life-event-type-self_only"]').click();
    await page.getByTestId('life-event-submit').click();

    await page.getByTestId('recorded-decision').waitFor();
    expect(await page.getByRole('heading', { name: 'Your change is recorded' }).isVisible()).toBe(true);
    await checkPage(page, 'portal-life-event-done');
  });

  it('asks for reconsideration of a decision and sees the request listed', async () => {
    await page.goto(`${baseUrl}/portal/reconsideration`);
    await page.locator('#reconsider-decision').waitFor();
    const before = await page.getByTestId('reconsideration-row').count();
    await page.locator('#reconsider-decision').selectOption('other');
    await page.locator('#reconsider-subject').fill('My automatic enrollment');
    await page.locator('#reconsider-date-month').fill('11');
    await page.locator('#reconsider-date-day').fill('15');
    await page.locator('#reconsider-date-year').fill('2024');
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
