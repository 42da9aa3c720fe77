// Choosing a plan is choosing a cost. Before signing in, from the landing page: "Browse plans", a ZIP
// Code refused naming the field, then the plans offered in Nevada (no other state's regional plan) with
// each one's estimated yearly cost, deductible, out-of-pocket maximum, copays, fee and brochure. Signed
// in: the comparison sorted by the year's cost for the care expected, two plans ticked and compared side
// by side, cards stacked on a phone. Each at 1280 and 390 pixels, in English and Spanish, axe clean, no
// sideways scroll, no English left on the Spanish screens.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout } from '../../../test-support/e2e/check-page.ts';
import { englishOn, englishOnlyStrings } from '../../../test-support/e2e/english-leaks.ts';

const baseUrl = inject('e2eBaseUrl');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };
const BROWSE = { en: 'Browse plans', es: 'Explorar planes' };
const COMPARE = { en: 'Compare plans', es: 'Comparar planes' };

/** The yearly costs shown, in the order of the rows. */
const yearlyCosts = (page: Page) =>
  page
    .getByTestId('yearly-cost')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent?.replace(/[^0-9.]/g, ''))));

async function noEnglishInSpanish(page: Page, heading: { en: string; es: string }) {
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: heading.es }).waitFor();
  expect(await englishOn(page, englishOnlyStrings())).toEqual([]);
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: heading.en }).waitFor();
}

describe.skipIf(!baseUrl)('plans and what they cost', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('browse plans by ZIP Code before signing in', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await page.setViewportSize(WIDE);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('browse-plans').click();
    await page.getByRole('heading', { level: 1, name: BROWSE.en }).waitFor();

    await page.locator('#browse-zip').fill('8950');
    await page.getByTestId('browse-submit').click();
    await page.getByText('ZIP Code: enter five digits, for example 89501.').waitFor();
    expect(await page.locator('#browse-zip').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('browse-zip');

    await page.locator('#browse-zip').fill('89501');
    await page.locator('#browse-pay').selectOption('monthly');
    await page.getByTestId('browse-submit').click();
    await page.getByRole('heading', { level: 2, name: 'Plans offered in NV' }).waitFor();
    await page.getByTestId('plan-row').first().waitFor();
    const rows = await page.getByTestId('plan-row').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes('Offered in'))).toBe(false);
    for (const figure of ['Deductible', 'Out-of-pocket maximum', 'Copays', 'Membership fee a year'])
      expect(await page.getByRole('columnheader', { name: figure }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Read the brochure/ }).count()).toBe(rows.length);
    const costs = await yearlyCosts(page);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));

    await checkEveryLayout(page, { name: 'plans-browse', wide: WIDE, narrow: NARROW, headings: BROWSE });
    await noEnglishInSpanish(page, BROWSE);

    // The address keeps the choices: a bookmark or a reload shows the same plans.
    await page.goto(`${baseUrl}/plans?zip=89501&pay=monthly`);
    await page.getByRole('heading', { level: 2, name: 'Plans offered in NV' }).waitFor();
    expect(await page.getByTestId('plan-row').count()).toBe(rows.length);
    await page.close();
  });

  it('the signed-in comparison: sorted by the year for the care expected, two plans side by side', async () => {
    const page = await signedInPage(browser, baseUrl ?? '', 'demo-enrollee', WIDE);
    await page.goto(`${baseUrl}/portal/plans?enrollmentType=self_only&zip=89501`);
    await page.getByRole('heading', { level: 1, name: COMPARE.en }).waitFor();
    await page.getByTestId('plan-row').first().waitFor();
    await page.locator('#plan-use').selectOption('high');
    await page.waitForURL(/use=high/);
    // The list is re-sorted for high use once the new address has rendered; a busy browser may show
    // the rows of the render before, so the order is checked until it settles.
    await page.locator('[data-testid="plan-table"][data-level="high"]').waitFor();
    await expect
      .poll(async () => {
        const costs = await yearlyCosts(page);
        return costs.length > 0 && costs.every((cost, i) => i === 0 || costs[i - 1]! <= cost);
      })
      .toBe(true);

    expect(await page.getByTestId('compare-button').isDisabled()).toBe(true);
    const boxes = page.getByTestId('plan-row').locator('.usa-checkbox__label');
    await boxes.nth(0).click();
    await boxes.nth(1).click();
    await page.getByTestId('compare-button').click();
    await page.getByRole('heading', { level: 2, name: 'Your plans side by side' }).waitFor();
    expect(await page.getByTestId('compare-card').count()).toBe(2);
    const [first, second] = await page
      .getByTestId('compare-card')
      .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
    expect(second!.top).toBe(first!.top); // side by side when wide

    await checkEveryLayout(page, { name: 'plans-compare', wide: WIDE, narrow: NARROW, headings: COMPARE });
    await page.setViewportSize(NARROW);
    const stacked = await page
      .getByTestId('compare-card')
      .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
    expect(stacked[1]!.top).toBeGreaterThan(stacked[0]!.bottom - 1); // one card under the other
    await page.setViewportSize(WIDE);
    await noEnglishInSpanish(page, COMPARE);
    await page.close();
  });
});
