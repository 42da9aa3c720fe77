// The portal for an enrollee the open season enrolled automatically (the demo-annuitant account: the
// first such enrollee, preferring one with a Medicare Part B exception): the eligibility page says why
// that plan, and what Part B asks of them, in English and in Spanish.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

describe.skipIf(!baseUrl)('enrollee portal for an enrollee enrolled automatically', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl ?? '', 'demo-annuitant');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains the automatic enrollment and the Part B standing', async () => {
    await page.goto(`${baseUrl}/portal/eligibility`);
    await page.getByRole('heading', { level: 1, name: 'My eligibility' }).waitFor();
    await page
      .getByText('We enrolled you automatically in a plan like your old one, because you did not choose one.')
      .waitFor();
    await page.getByTestId('target-plan').waitFor();
    expect(await page.getByText('5 CFR 890.1605', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Medicare Part B' }).isVisible()).toBe(true);
    await checkPage(page, 'portal-eligibility-automatic');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Mi elegibilidad' }).waitFor();
    await checkPage(page, 'portal-eligibility-automatic-es');
    await page.getByTestId('language-switch').click();
  });
});
