// The operations dashboard as a program administrator, in a real browser: every page and state passes
// axe-core (WCAG 2.1 AA) and is kept as a screenshot; the open season page also in Spanish. Forms are
// tried with mistakes first (errors named by field, in a summary) and then filled in right.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { emptyPerformanceReports } from '../../../test-support/e2e/empty-performance.ts';

const baseUrl = inject('e2eBaseUrl');

describe.skipIf(!baseUrl)('operations dashboard for a program administrator', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl ?? '', 'demo-admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const heading = () => page.locator('h1');
  const menu = () => page.getByRole('navigation', { name: 'Dashboard pages' });

  it('shows the open season progress in English and in Spanish', async () => {
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    expect(await heading().textContent()).toBe('Open season progress');
    expect(await page.getByText('Open season is open now.').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /Bar chart of enrollments by carrier/ }).isVisible()).toBe(
      true,
    );
    expect(
      await page.getByRole('table', { name: 'Enrollments by carrier' }).locator('tbody tr').count(),
    ).toBeGreaterThan(1);
    await checkPage(page, 'dashboard-open-season');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Avance de la temporada abierta' }).waitFor();
    await page.getByRole('heading', { name: 'En resumen' }).waitFor();
    await checkPage(page, 'dashboard-open-season-es');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Open season progress' }).waitFor();
  });

  it('shows the contact center figures per partner, and says plainly when there are none', async () => {
    // The demo records a simulated open season as contact statistics when it starts.
    await menu().getByRole('link', { name: 'Contact center' }).click();
    await page.getByText('Week', { exact: true }).click();
    await page.getByRole('heading', { name: /^Latest: week of/ }).waitFor();
    await page.getByText('Day', { exact: true }).click();
    await page.getByRole('heading', { name: /^Latest: December/ }).waitFor();
    expect(await page.getByRole('group', { name: /Line chart of service level/ }).isVisible()).toBe(true);
    await checkPage(page, 'dashboard-contact-center');

    // Before any statistics arrive, the report is empty: answer the request as such a database would.
    const reports = emptyPerformanceReports();
    await page.route(/\/api\/v1\/support\/reports\/(daily|weekly)(\?.*)?$/, (route) => {
      const granularity = route.request().url().includes('/weekly') ? 'weekly' : 'daily';
      return route.fulfill({ json: reports[granularity] });
    });
    await page.getByText('Week', { exact: true }).click();
    await page.getByRole('heading', { name: 'No contact statistics yet' }).waitFor();
    expect(await page.getByText('pshb support import-statistics acd.csv').isVisible()).toBe(true);
    await checkPage(page, 'dashboard-contact-center-empty');
    await page.unrouteAll();
    await page.getByText('Day', { exact: true }).click();
  });

  it('works out the agents an interval needs, naming the fields to fix first', async () => {
    await menu().getByRole('link', { name: 'Staffing and simulation' }).click();
    await heading().filter({ hasText: 'Staffing and simulation' }).waitFor();
    await page.getByLabel('Calls expected').fill('');
    await page.getByLabel('Target: percent of calls answered quickly').fill('120');
    await page.getByTestId('staffing-submit').click();
    await page.getByRole('heading', { name: 'Please fix 2 problems' }).waitFor();
    expect(await page.getByRole('link', { name: 'Enter Calls expected.' }).isVisible()).toBe(true);
    await checkPage(page, 'dashboard-staffing-errors');

    await page.getByLabel('Calls expected').fill('300');
    await page.getByLabel('Target: percent of calls answered quickly').fill('80');
    await page.getByLabel("Callers' patience, in seconds (optional)").fill('120');
    // Submitted from the keyboard: Enter in a field.
    await page.getByLabel("Callers' patience, in seconds (optional)").press('Enter');
    await page.getByRole('heading', { name: 'You need 58 agents on the phones' }).waitFor();
    expect(await page.getByRole('heading', { name: /Please fix/ }).count()).toBe(0);
    await checkPage(page, 'dashboard-staffing');
  });

  it('compares the two shipped plans over a simulated season', async () => {
    await page.getByTestId('simulation-submit').click();
    await page.getByTestId('simulation-result').waitFor();
    const season = page.getByRole('table', { name: 'Season results for each plan' });
    expect(await season.locator('tbody tr').count()).toBe(2);
    expect(await season.getByText('Misses target').count()).toBeGreaterThan(0);
    expect(await page.getByRole('group', { name: /service level by day/ }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /Plan as first staffed \(16 agents\): \d+ firings?/ }).click();
    await page.getByRole('table', { name: /Contingency firings under the Plan as first staffed/ }).waitFor();
    await checkPage(page, 'dashboard-simulation');
  });

  it('shows the written support plan and links its PDF', async () => {
    await menu().getByRole('link', { name: 'Support operations plan' }).click();
    const document = page.getByTestId('support-plan-document');
    await document.waitFor();
    expect(await document.locator('h1').count()).toBe(0);
    expect(await document.locator('h2').count()).toBe(1);
    expect(await document.locator('script').count()).toBe(0);
    const pdfHref = await page.getByRole('link', { name: 'Download the plan (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await checkPage(page, 'dashboard-support-plan');
  });

  it('pages through the audit log with filters and a purpose', async () => {
    // Reading people's records is what the log is for: a dozen reads give it more than one page.
    for (let person = 1; person <= 12; person += 1)
      expect((await page.request.get(`${baseUrl}/api/v1/persons/${person}`)).status()).toBe(200);
    await menu().getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('table', { name: /^Audit log, page 1/ }).waitFor();
    // When: the day, then the time in the browser's time zone (New York) with the zone named.
    expect(await page.locator('tbody tr td').first().textContent()).toMatch(
      /^\w{3} \d{1,2}, \d{4}\d{1,2}:\d{2}:\d{2} [AP]M E[SD]T$/,
    );
    await checkPage(page, 'dashboard-audit');

    await page.getByLabel('Person ID').fill('abc');
    await page.getByLabel('From').fill('2024-02-30');
    await page.getByTestId('audit-apply').click();
    await page.getByRole('heading', { name: 'Please fix 2 problems' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Person ID must be a whole number above 0.' }).isVisible(),
    ).toBe(true);
    await checkPage(page, 'dashboard-audit-errors');

    await page.getByLabel('Person ID').fill('');
    await page.getByLabel('From').fill('');
    await page.getByLabel('Entries per page').selectOption('10');
    await page.getByLabel('Why you are reading the log').fill('dashboard review');
    await page.getByTestId('audit-apply').click();
    const first = page.getByRole('table', { name: /^Audit log, page 1: 10 entries/ });
    await first.waitFor();
    // This very reading is in the log, newest, with its purpose.
    expect(await first.getByRole('cell', { name: 'dashboard review' }).count()).toBeGreaterThan(0);
    const next = page.getByTestId('audit-next');
    expect(await next.isEnabled()).toBe(true);
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Entries, page 2' }).waitFor();
    await page.getByRole('table', { name: /^Audit log, page 2/ }).waitFor();
    await checkPage(page, 'dashboard-audit-page-2');

    await page.getByLabel('Person ID').fill('3');
    await page.getByTestId('audit-apply').click();
    await page.getByRole('table', { name: /^Audit log, page 1/ }).waitFor();
    // Person is the third data cell of each row (after When, Who being the row header, and What).
    const people = await page.locator('tbody tr').locator('td:nth-of-type(3)').allTextContents();
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people)).toEqual(new Set(['3']));
  });
});
