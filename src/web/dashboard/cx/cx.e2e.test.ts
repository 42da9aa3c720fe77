// The customer-experience pages in a real browser, at 1280 and 320 pixels wide, in English and
// Spanish: every state passes axe-core (WCAG 2.1 AA) and the page never scrolls sideways. Program
// staff read trust and the drivers over time with counts and intervals (a small cell said in words),
// change the filters with the keyboard alone (kept in the address), read the comments by driver a
// page at a time, see what CX data is due; and read the maturity self-assessment, where a program
// administrator records a rating (a missing field named in the summary) and an auditor only reads.
// The demo app's CX data: test-support/e2e/demo-cx.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 720 };

describe.skipIf(!baseUrl)('the customer-experience pages', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signedIn = (subject: string): Promise<Page> => signedInPage(browser, baseUrl ?? '', subject, WIDE);

  /** The page in both languages at both widths, each checked by axe; back to English, wide, after. */
  const inEveryLayout = (page: Page, name: string, es: string, en: string) =>
    checkEveryLayout(page, { name, wide: WIDE, narrow: PHONE, headings: { en, es } });

  it('shows trust and the drivers by week with counts and intervals, a small cell in words, beside the contact center', async () => {
    const page = await signedIn('demo-admin');
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Customer experience' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Customer experience' }).waitFor();
    const table = page.getByRole('table', { name: 'Trust and each driver by week, partner and channel' });
    await table.waitFor();
    // The week of 11 November: 30 of 36 web respondents trust the service (83.3%, 68.1% to 92.1%).
    const portal = table.getByRole('row', { name: /^Week of Nov 11, 2024 Exchange portal Web 36 83\.3% \(/ });
    expect(await portal.count()).toBe(1);
    expect(await portal.textContent()).toContain('named it');
    // Three e-mail respondents in the week of 14 October: too few to show, and so is the week's total.
    const small = table.getByRole('row', { name: /^Week of Oct 14, 2024 Helpline contractor Email/ });
    expect(await small.textContent()).toContain('Fewer than 10 responses');
    const total = table.getByRole('row', { name: /^Week of Oct 14, 2024 All All channels/ });
    expect(await total.textContent()).toContain('Fewer than 10 responses');
    // Each week on the chart is a button: Enter shows only that week's rows, and a button shows them all.
    const chart = page.getByRole('group', { name: /^Trust, service level and abandonment by week/ });
    await chart.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const week = page.getByRole('table', { name: /^Trust and each driver in Week of / });
    await week.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cx-chosen-period');
    await page.getByRole('button', { name: 'Show every period' }).click();
    await table.waitFor();
    await page.getByRole('table', { name: 'Contact center service level and abandonment by week' }).waitFor();
    const due = page.getByRole('table', { name: 'Quarterly CX data collections due on November 20, 2024' });
    expect(await due.getByRole('row', { name: /^FY2024 Q4/ }).count()).toBe(1);
    await inEveryLayout(page, 'cx-dashboard', 'Experiencia del cliente', 'Customer experience');
    await page.close();
  });

  it('changes the filters with the keyboard alone, keeps them in the address, and names a bad day', async () => {
    const page = await signedIn('demo-auditor');
    await page.goto(`${baseUrl}/dashboard/cx`);
    await page.getByRole('table', { name: /^Trust and each driver by week/ }).waitFor();
    await page.getByLabel('First day').focus();
    await page.keyboard.type('2024-13-01');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'cx-dashboard-date-error');
    await page.getByRole('link', { name: /^First day must be a date/ }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cx-from');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2024-10-01');
    await page.keyboard.press('Tab'); // the last day
    await page.keyboard.press('Tab'); // group by
    await page.keyboard.type('M');
    await page.keyboard.press('Tab'); // partner
    await page.keyboard.type('H');
    await page.keyboard.press('Tab'); // channel
    await page.keyboard.press('Tab'); // the button
    await page.keyboard.press('Enter');
    await page.waitForURL(/bucket=month/);
    expect(new URL(page.url()).search).toBe('?from=2024-10-01&bucket=month&partner=helpline');
    const table = page.getByRole('table', { name: 'Trust and each driver by month, partner and channel' });
    await table.waitFor();
    // The router draws the narrowed table just after the address changes.
    await expect
      .poll(() => table.getByRole('row', { name: /^November 2024 Helpline contractor Phone 34 / }).count())
      .toBe(1);
    await expect.poll(() => table.getByText('Exchange portal').count()).toBe(0);
    // The address brings the same view back.
    await page.reload();
    await table.waitFor();
    expect(await page.getByLabel('Group by', { exact: true }).inputValue()).toBe('month');
    expect(await page.getByLabel('Partner', { exact: true }).inputValue()).toBe('helpline');
    await checkPage(page, 'cx-dashboard-month-helpline');
    await page.close();
  });

  it('reads the comments a page at a time, and by driver', async () => {
    const page = await signedIn('demo-admin');
    // The demo's comments end on November 14; the survey suite answers on the program date (November
    // 20) at any moment of the run, so the days end before it and its comments are never counted here.
    await page.goto(`${baseUrl}/dashboard/cx?to=2024-11-19`);
    const first = page.getByRole('list', { name: 'Comments, page 1' });
    await first.waitFor();
    expect(await first.locator(':scope > li').count()).toBe(10);
    await page.getByTestId('cx-comments-next').click();
    const second = page.getByRole('list', { name: 'Comments, page 2' });
    await second.waitFor();
    expect(await second.locator(':scope > li').count()).toBe(1);
    await page.getByRole('button', { name: 'Previous comments' }).click();
    await first.waitFor();

    await page.getByLabel('Driver named').selectOption('efficiency');
    await page.getByLabel('Went well or not').selectOption('negative');
    await page.getByTestId('cx-comments-apply').click();
    await page.waitForURL(/driver=efficiency/);
    const filtered = page.getByRole('list', { name: 'Comments, page 1' });
    // The list is asked again: the three comments that said efficiency did not go well.
    await expect.poll(() => filtered.locator(':scope > li').count()).toBe(3);
    await filtered.getByText('I waited a long time on hold.').waitFor();
    expect(await filtered.getByText('Did not go well: Efficiency').count()).toBe(3);
    await checkPage(page, 'cx-dashboard-comments');
    await page.close();
  });

  it('shows the maturity ratings year by year, the action plans and documents; an administrator records a rating', async () => {
    const page = await signedIn('demo-admin');
    await page.goto(`${baseUrl}/dashboard/cx`);
    await page.getByRole('link', { name: 'CX maturity self-assessment and action plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'CX maturity self-assessment' }).waitFor();
    const byYear = page.getByRole('table', { name: "Each dimension's rating, fiscal year by fiscal year" });
    await byYear.waitFor();
    expect(
      await byYear.getByRole('row', { name: 'Measurement Not rated Not rated 3 Defined 3 Defined' }).count(),
    ).toBe(1);
    // The newest year assessed is shown first.
    await page.getByRole('heading', { name: 'FY2026 ratings and evidence' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Customer research' }).waitFor();
    expect(await page.getByText('Rosa, a Postal annuitant turning to Medicare').count()).toBeGreaterThan(0);
    const pdf = page.getByRole('link', { name: 'HISP action plan for FY2026 (PDF)' });
    const pdfResponse = await page.request.get(`${baseUrl}${await pdf.getAttribute('href')}`);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    await inEveryLayout(
      page,
      'cx-maturity',
      'Autoevaluación de madurez de la experiencia del cliente',
      'CX maturity self-assessment',
    );

    // Sent without a dimension or evidence: the summary names each field.
    await page.getByLabel('Fiscal year', { exact: true }).selectOption('2025');
    await page.getByRole('heading', { name: 'FY2025 ratings and evidence' }).waitFor();
    expect(new URL(page.url()).search).toBe('?year=2025');
    await page.getByTestId('cx-rating-submit').click();
    await page.getByRole('heading', { name: 'Please fix 4 problems' }).waitFor();
    await page.getByRole('link', { name: 'Choose dimension' }).waitFor();
    await checkPage(page, 'cx-maturity-rating-errors');
    await page.getByLabel('Dimension *').selectOption('governance');
    await page.getByLabel('Rating *').selectOption('3');
    await page.getByLabel('Evidence title').fill('Program review minutes');
    await page.getByLabel('Evidence link').fill('/api/v1/cx/report?fiscalYear=2025&quarter=1');
    await page.getByTestId('cx-rating-submit').click();
    await page.getByText('The rating for Governance was recorded.').waitFor();
    const year = page.getByRole('table', { name: 'FY2025 ratings with their evidence' });
    await year.getByRole('link', { name: 'Program review minutes' }).waitFor();
    expect(await year.getByRole('row', { name: /^Governance 3 Defined/ }).count()).toBe(1);

    // An action is not done while a milestone is undone (the refusal is shown); it can be in progress.
    const title = 'A CX operational dashboard beside the contact-center figures';
    const statusForm = page.getByRole('form', { name: `Change the status of “${title}”` });
    await statusForm.getByLabel('New status').selectOption('done');
    await statusForm.getByRole('button', { name: 'Save the status' }).click();
    await statusForm.getByRole('heading', { name: 'The status was not changed' }).waitFor();
    await checkPage(page, 'cx-maturity-status-refused');
    await statusForm.getByLabel('New status').selectOption('in_progress');
    await statusForm.getByRole('button', { name: 'Save the status' }).click();
    await statusForm
      .getByRole('heading', { name: 'The status was not changed' })
      .waitFor({ state: 'detached' });
    const action = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await action.locator('.usa-tag', { hasText: /^In progress$/ }).waitFor();
    await page.close();
  });

  it('lets an auditor read the maturity pages without the form, and refuses a carrier', async () => {
    const page = await signedIn('demo-auditor');
    await page.goto(`${baseUrl}/dashboard/cx/maturity?year=2026`);
    await page.getByRole('heading', { name: 'FY2026 ratings and evidence' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Record a rating' }).count()).toBe(0);
    await checkPage(page, 'cx-maturity-auditor');
    const carrier = await signedIn('demo-carrier');
    await carrier.goto(`${baseUrl}/dashboard/cx`);
    await carrier.getByRole('heading', { level: 1, name: 'This page is not for your account' }).waitFor();
    const menu = carrier.getByRole('navigation', { name: 'Dashboard pages' });
    expect(await menu.getByRole('link', { name: 'Customer experience' }).count()).toBe(0);
    await carrier.close();
    await page.close();
  });
});
