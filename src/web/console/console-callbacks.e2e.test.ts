// Callbacks as a helpline specialist schedules them: on the case workspace, a day and a time in the
// specialist's time zone and a note (the form refuses a time already past, with its error summary), the
// callback listed on the case, then due on the queue with a link back to the case; wide and narrow, in
// English and Spanish, axe clean.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../test-support/e2e/check-page.ts';
import { findCaller, openCase } from './console-e2e-support.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';
const layouts = { wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } };

/** The browser's own day and time `minutes` from now, as the date and time fields take them. */
function localFields(page: Page, minutes: number): Promise<{ day: string; time: string }> {
  return page.evaluate((offset) => {
    const at = new Date(Date.now() + offset * 60_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      day: `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
      time: `${two(at.getHours())}:${two(at.getMinutes())}`,
    };
  }, minutes);
}

describe.skipIf(!inject('e2eBaseUrl'))('support console: callbacks scheduled from the case', () => {
  let browser: E2eBrowser;
  let page: Page;
  let caseId = 0;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-admin');
    const caller = await findCaller(page, baseUrl, 1476);
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-specialist');
    caseId = (await openCase(page, baseUrl, caller, 'plan-questions', 'Wants a call back about dental')).id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('schedules a callback on the case, refusing a time already past', async () => {
    await page.setViewportSize(layouts.wide);
    await page.goto(`${baseUrl}/console/cases/${caseId}`);
    const callbacks = page.getByTestId('case-callbacks');
    await callbacks.getByText('No callbacks are scheduled for this case.').waitFor();

    const past = await localFields(page, -90);
    await page.getByLabel('Callback day').fill(past.day);
    await page.getByLabel('Callback time').fill(past.time);
    await page.getByRole('button', { name: 'Schedule the callback' }).click();
    await page.getByRole('heading', { name: 'There are 2 problems with this form' }).waitFor();
    expect(await page.locator('#callback-time-error').textContent()).toContain('later than now');
    await checkPage(page, 'console-callback-errors');

    const soon = await localFields(page, 20);
    await page.getByLabel('Callback day').fill(soon.day);
    await page.getByLabel('Callback time').fill(soon.time);
    await page.getByLabel('What the callback is about').fill('Explain the dental coverage of the new plan');
    await page.getByRole('button', { name: 'Schedule the callback' }).click();
    await page.getByText('The callback is scheduled.').waitFor();
    const item = callbacks.getByTestId('callback-list').locator('li').first();
    expect(await item.textContent()).toContain('Explain the dental coverage');
    expect(await item.textContent()).toContain('Scheduled');
    await checkEveryLayout(page, {
      name: 'console-case-callbacks',
      ...layouts,
      headings: { en: `Case ${caseId}`, es: `Caso ${caseId}` },
    });
  });

  it('shows the callback due on the queue, with a link to the case, in both languages', async () => {
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();
    const due = page.getByTestId('due-callbacks');
    await due.getByRole('heading', { name: 'Callbacks due' }).waitFor();
    const row = due.locator('tr', { hasText: 'Explain the dental coverage' });
    await row.waitFor();
    await checkEveryLayout(page, {
      name: 'console-queue-callbacks',
      ...layouts,
      headings: { en: 'Your queue', es: 'Su fila de casos' },
    });
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Su fila de casos' }).waitFor();
    await due.getByRole('heading', { name: 'Llamadas pendientes' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();

    await row.getByRole('link', { name: `Case ${caseId}` }).click();
    await page.waitForURL(new RegExp(`/console/cases/${caseId}$`));
    await page.getByRole('button', { name: /^Mark done: the callback of / }).click();
    await page.getByText('The callback is marked done.').waitFor();
    await page
      .getByTestId('callback-list')
      .locator('li')
      .first()
      .getByText('Done', { exact: true })
      .waitFor();
  });
});
