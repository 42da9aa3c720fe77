// The dashboard for the other roles that use it: an auditor reads the audit log; a carrier sees the
// calendar and its own plans, a menu of only the pages it may open, and a plain refusal at a page's
// address. Each account signs in with cookies cleared.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

describe.skipIf(!baseUrl)('operations dashboard for auditors and carriers', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signedIn = (subject: string): Promise<Page> => signedInPage(browser, baseUrl ?? '', subject);

  it('lets an auditor read the audit log, filtered by user and outcome', async () => {
    const page = await signedIn('demo-auditor');
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('table', { name: /^Audit log, page 1/ }).waitFor();
    await page.getByLabel('User').fill('demo-auditor');
    await page.getByLabel('Outcome', { exact: true }).selectOption('allowed');
    await page.getByLabel('Why you are reading the log').fill('quarterly access review');
    await page.getByTestId('audit-apply').click();
    await page.getByRole('cell', { name: 'quarterly access review' }).first().waitFor();
    const whoCells = page.getByRole('table', { name: /^Audit log, page 1/ }).locator('tbody th');
    for (const who of await whoCells.allTextContents()) expect(who).toContain('demo-auditor');
    await checkPage(page, 'dashboard-audit-auditor');
    await page.close();
  });

  it('shows a carrier the calendar and its own plans, and nothing it may not read', async () => {
    const page = await signedIn('demo-carrier');
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Your carrier dashboard' }).waitFor();
    await page.getByRole('table', { name: 'Open seasons in the program calendar' }).waitFor();
    const plans = page.getByRole('table', { name: /^Plans of carrier NALC/ });
    await plans.waitFor();
    expect(await plans.locator('tbody tr').count()).toBeGreaterThan(0);
    // Its menu offers its own pages only: the start page, its data exchange and its performance.
    const links = page.getByRole('navigation', { name: 'Dashboard pages' }).getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Open season progress',
      'Carrier data exchange',
      'Carrier performance',
    ]);
    await checkPage(page, 'dashboard-carrier');

    await page.goto(`${baseUrl}/dashboard/audit`);
    await page.getByRole('heading', { level: 1, name: 'This page is not for your account' }).waitFor();
    // The tab says so too, not only the app's name.
    expect(await page.title()).toBe('This page is not for your account | PSHB Exchange');
    await checkPage(page, 'dashboard-carrier-refused');
    await page.close();
  });
});
