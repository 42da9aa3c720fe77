// The program staff dashboards at a laptop's 1280 px and a phone's 390 px, in English and Spanish: the
// support plan's chart fits with its whole legend, the enrollment bar chart's labels stay readable on
// a phone, the simulation tables scroll inside their own labelled regions, the staffing calculator
// allows for shrinkage, and a carrier sees the enrollment counts of its own plans only. Every state
// passes axe and is kept as a screenshot; the page never scrolls sideways. The open season page narrows to
// days by From and To, and the support plan chart's days lead to their rows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../test-support/e2e/check-page.ts';
import { pageWidth } from '../../../test-support/e2e/page-width.ts';

const baseUrl = inject('e2eBaseUrl');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

describe.skipIf(!baseUrl)('program staff dashboards at 1280 and 390 px', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const admin = (): Promise<Page> => signedInPage(browser, baseUrl ?? '', 'demo-admin', WIDE);
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Dashboard pages' });

  /** English and Spanish, 1280 and 390 px: axe, screenshots, no sideways scroll. */
  const everyLayout = (page: Page, name: string, en: string, es: string) =>
    checkEveryLayout(page, { name, wide: WIDE, narrow: NARROW, headings: { en, es } });

  async function noSidewaysScroll(page: Page) {
    const width = await pageWidth(page);
    expect(width.scrollWidth, width.outside.join(', ')).toBeLessThanOrEqual(width.clientWidth);
  }

  it("fits the support plan's chart and its whole legend at 1280 px", async () => {
    const page = await admin();
    await menu(page).getByRole('link', { name: 'Support operations plan' }).click();
    await page.getByTestId('support-plan-document').waitFor();
    await noSidewaysScroll(page);
    const fit = await page.evaluate(() => {
      const region = document.querySelector('[data-testid="support-plan-document"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="support-plan-document"] svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const view = (svg as SVGSVGElement).viewBox.baseVal;
        // Every text of the drawing (the legend's included) lies inside the drawing's own box.
        const texts = [...svg.querySelectorAll('text')].map((text) => (text as SVGTextElement).getBBox());
        const inside = texts.every(
          (t) =>
            t.x >= view.x - 1 &&
            t.x + t.width <= view.x + view.width + 1 &&
            t.y + t.height <= view.y + view.height + 1,
        );
        return { right: box.right, regionRight: region.right, inside };
      });
    });
    expect(fit.length).toBeGreaterThan(0);
    for (const chart of fit) {
      expect(chart.right).toBeLessThanOrEqual(chart.regionRight);
      expect(chart.inside).toBe(true);
    }

    // A day's column of the chart is a link to its row: Enter marks the row and moves the focus there.
    const day = page.getByTestId('support-plan-document').locator('a.chart-row-link').first();
    const dayName = (await day.getAttribute('aria-label'))!;
    expect(dayName).toMatch(/^\d{4}-\d{2}-\d{2}: /);
    await day.focus();
    await page.keyboard.press('Enter');
    const chosen = await page.evaluate(() => ({
      row: document.activeElement?.tagName,
      marked: document.activeElement?.classList.contains('pshb-row-chosen'),
      day: document.activeElement?.querySelector('th')?.textContent,
      address: window.location.hash,
    }));
    expect(chosen).toEqual({ row: 'TR', marked: true, day: dayName.slice(0, 10), address: '' });
    await everyLayout(
      page,
      'dashboard-support-plan-layout',
      'Customer Support Operations Plan',
      'Plan de Operaciones de Atención al Cliente',
    );
    await page.close();
  });

  it('keeps the bar chart readable on a phone and leads from a bar to its table row', async () => {
    const page = await admin();
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    const chart = page.getByRole('group', { name: /Bar chart of enrollments by carrier/ });
    await chart.waitFor();
    await page.setViewportSize(NARROW);
    await noSidewaysScroll(page);
    // Drawn at the phone's width, not shrunk: a 14 px label is still at least 13 px on the screen. The
    // chart is redrawn for the new width after the resize is observed, so the size is polled.
    const smallestLabel = () =>
      chart.evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(
          ...[...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * scale),
        );
      });
    await expect.poll(smallestLabel).toBeGreaterThanOrEqual(13);
    await checkPage(page, 'dashboard-open-season-bars-narrow');

    // From the keyboard: a bar is a button; Enter takes focus to the carrier's row of the table.
    const bar = chart.getByRole('button').first();
    const name = (await bar.getAttribute('aria-label'))!.split(':')[0]!;
    await bar.focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe(name);
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    await checkPage(page, 'dashboard-open-season-bar-chosen-narrow');
    await page.setViewportSize(WIDE);

    // From and To, kept in the address, narrow every figure and table to what was recorded on those days.
    await page.getByRole('textbox', { name: 'From' }).fill('2000-01-01');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2000-01-31');
    await page.getByTestId('open-season-range-apply').click();
    await page.waitForURL(/from=2000-01-01&to=2000-01-31/);
    await page.getByTestId('open-season-range-note').waitFor();
    const carriers = page.getByRole('table', { name: 'Enrollments by carrier' });
    await expect.poll(() => carriers.locator('tbody tr').count()).toBe(0);
    await page.getByRole('button', { name: 'Show every day' }).click();
    await page.waitForURL((url) => !url.search.includes('from='));
    await carriers.locator('tbody tr').first().waitFor();
    await everyLayout(
      page,
      'dashboard-open-season-layout',
      'Open season progress',
      'Avance de la temporada abierta',
    );
    await page.close();
  });

  it('allows for shrinkage, and keeps the simulation tables whole in their own regions on a phone', async () => {
    const page = await admin();
    await menu(page).getByRole('link', { name: 'Staffing and simulation' }).click();
    const shrinkage = page.getByLabel('Shrinkage: percent of paid time off the phones (optional)');
    await shrinkage.fill('100');
    await page.getByTestId('staffing-submit').click();
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    expect(
      await page
        .getByRole('link', {
          name: 'Shrinkage: percent of paid time off the phones (optional) must be 0 or more and less than 100.',
        })
        .isVisible(),
    ).toBe(true);
    await checkPage(page, 'dashboard-staffing-shrinkage-error');
    await shrinkage.fill('30');
    await shrinkage.press('Enter');
    await page.getByRole('heading', { name: /^You need \d+ agents on the phones$/ }).waitFor();
    const result = page.getByTestId('staffing-result');
    const onPhones = Number((await result.getByRole('heading').textContent())!.replace(/\D+/g, ''));
    const scheduled = await result
      .getByText(/^Agents to schedule, with 30(\.0)?% shrinkage$/)
      .locator('..')
      .locator('dd')
      .textContent();
    expect(Number(scheduled!.replace(/\D+/g, ''))).toBe(Math.ceil(onPhones / 0.7 - 1e-9));

    await page.getByLabel('Contacts over the season').fill('5000');
    await page.getByTestId('simulation-submit').click();
    await page.getByTestId('simulation-result').waitFor();
    await page.setViewportSize(NARROW);
    await noSidewaysScroll(page);
    for (const name of ['Season results for each plan', /^Service level by day/]) {
      const region = page.getByRole('region', { name }).first();
      await region.waitFor();
      // The region is no wider than the window; the table inside it scrolls, all of it reachable.
      const box = (await region.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
      const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      if (scrollWidth > clientWidth) {
        await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
        const lastHeader = region.locator('thead th').last();
        const header = (await lastHeader.boundingBox())!;
        expect(header.x + header.width).toBeLessThanOrEqual(box.x + box.width + 1);
      }
    }
    await checkPage(page, 'dashboard-simulation-narrow');
    await page.setViewportSize(WIDE);
    await everyLayout(page, 'dashboard-staffing-layout', 'Staffing and simulation', 'Personal y simulación');
    await page.close();
  });

  it("narrows the simulation's days by From and To and leads from a day on its chart to its row", async () => {
    const page = await admin();
    await menu(page).getByRole('link', { name: 'Staffing and simulation' }).click();
    await page.getByLabel('Contacts over the season').fill('5000');
    await page.getByTestId('simulation-submit').click();
    await page.getByTestId('simulation-result').waitFor();

    // A range the wrong way round is named at To, in a summary.
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await from.fill('2024-11-15');
    await to.fill('2024-11-11');
    await page.getByTestId('simulation-range-apply').click();
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'To must be on or after the From date.' }).isVisible()).toBe(
      true,
    );
    await from.fill('2024-11-11');
    await to.fill('2024-11-15');
    await page.getByTestId('simulation-range-apply').click();
    await page.waitForURL(/dayFrom=2024-11-11&dayTo=2024-11-15/);
    const daily = page.getByRole('table', { name: 'Service level by day for each plan' });
    // The router draws the narrowed table just after the address changes.
    await expect.poll(() => daily.locator('tbody th').count()).toBeLessThanOrEqual(5);
    const days = await daily.locator('tbody th').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^November 1[1-5], 2024$/);

    // From the keyboard: the chart is one tab stop; the arrow keys move along the days; Enter shows a day.
    const chart = page.getByRole('group', { name: /service level by day/i }).first();
    const first = chart.getByRole('button').first();
    expect(await first.getAttribute('aria-label')).toMatch(/^November 1[1-5], 2024: service level /);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const one = page.getByRole('table', { name: `Service level on ${days[0]} for each plan` });
    await one.waitFor();
    expect(await one.locator('tbody tr').count()).toBe(1);
    // Focus moves to the chosen day once it is drawn, which can be just after the table appears.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('simulation-chosen-day');
    await page.setViewportSize(NARROW);
    await noSidewaysScroll(page);
    await checkPage(page, 'dashboard-simulation-day-chosen-narrow');
    await page.setViewportSize(WIDE);
    await page.getByRole('button', { name: 'Show every period' }).click();
    await daily.waitFor();
    await everyLayout(page, 'dashboard-simulation-range', 'Staffing and simulation', 'Personal y simulación');
    await page.close();
  });

  it("shows a carrier its own plans' enrollment counts, at both widths and in both languages", async () => {
    const page = await signedInPage(browser, baseUrl ?? '', 'demo-carrier', WIDE);
    await page.getByRole('heading', { level: 1, name: 'Your carrier dashboard' }).waitFor();
    const table = page.getByRole('table', { name: /^Enrollments in the plans of carrier NALC/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const total = await page.getByTestId('carrier-enrollment-total-NALC').textContent();
    expect(total).toMatch(/^[\d,]+ households? enrolled/);
    // Another carrier's figures are not sent to it at all.
    const other = await page.request.get(`${baseUrl}/api/v1/open-seasons/TOS-2024/carriers/GEHA/enrollments`);
    expect(other.status()).toBe(404);
    await everyLayout(
      page,
      'dashboard-carrier-enrollments',
      'Your carrier dashboard',
      'Su panel de aseguradora',
    );
    await page.close();
  });

  it('narrows the contact center to days, leads from a day on the chart to its rows, and exports CSV', async () => {
    const page = await admin();
    await menu(page).getByRole('link', { name: 'Contact center' }).click();
    await page.getByRole('heading', { name: /^Latest: December/ }).waitFor();

    // A range the wrong way round is named at To, in a summary.
    await page.getByRole('textbox', { name: 'From' }).fill('2024-11-15');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-11-11');
    await page.getByTestId('contact-range-apply').click();
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'To must be on or after the From date.' }).isVisible()).toBe(
      true,
    );
    await checkPage(page, 'dashboard-contact-center-range-error');

    await page.getByRole('textbox', { name: 'From' }).fill('2024-11-11');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-11-15');
    await page.getByTestId('contact-range-apply').click();
    await page.getByRole('heading', { name: /^Latest: November 15/ }).waitFor();

    // From the keyboard: the chart is one tab stop; the arrow keys move along the days; Enter shows a day.
    const chart = page.getByRole('group', { name: /Line chart of service level/ });
    const first = chart.getByRole('button').first();
    expect(await first.getAttribute('aria-label')).toMatch(
      /^November 11, 2024: network service level 28\.4%/,
    );
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /^Figures for November 11, 2024/ });
    await table.waitFor();
    const network = table.locator('tbody tr').first();
    // One figure for the day: the network's own, as the written support plan gives it.
    expect(await network.locator('td').nth(4).textContent()).toBe('28.4%');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('table-heading');
    await checkPage(page, 'dashboard-contact-center-day-chosen');

    // The table as CSV, its columns named as on the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download “Figures for November 11, 2024/ }).click(),
    ]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      });
    });
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]!.startsWith('Period,Partner,')).toBe(true);
    expect(lines[1]).toContain('28.4%');

    await page.getByRole('button', { name: 'Show every period' }).click();
    await page.getByRole('table', { name: /^Performance by day/ }).waitFor();
    await everyLayout(
      page,
      'dashboard-contact-center-layout',
      'Contact center performance',
      'Rendimiento del centro de atención',
    );
    await page.close();
  });
});
