// Notices in plain words, in Spanish, on a phone (390 pixels): the enrollee declines, then enrolls again
// during open season (so the enrollment ends as other journeys expect to find it), and each confirmation,
// the notice to print, the history and the eligibility page say the decision in Spanish: a confirmation
// number, the plan by its name, days written out, the reconsideration rights; no system words (no
// snake_case, no "(cents)", no ISO dates), no English from the app's strings, axe clean, screenshots kept.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { englishOn, englishOnlyStrings } from '../../../test-support/e2e/english-leaks.ts';
import { taggedPdfFacts } from '../../../test-support/tagged-pdf.ts';

const baseUrl = inject('e2eBaseUrl');
const PHONE = { width: 390, height: 844 };
const ENGLISH_ONLY = englishOnlyStrings();
const CONFIRMATION = /PSHB-[0-9A-Z]{3}-[0-9A-Z]{4}/;

/** The main content's text, and what in it reads as the system's words rather than a person's. */
async function systemWordsOn(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return [
    ...(text.match(/\S*_\S*/g) ?? []),
    ...(text.match(/\(cents\)/g) ?? []),
    ...(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []),
    ...(text.match(/\bFrom \w+ to \w+/g) ?? []),
  ];
}

async function checkSpanishNotice(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  expect(await systemWordsOn(page), name).toEqual([]);
  expect(await englishOn(page, ENGLISH_ONLY), name).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
    PHONE.width,
  );
  await checkPage(page, name);
}

describe.skipIf(!baseUrl)('notices in plain Spanish on a phone', () => {
  let browser: E2eBrowser;
  let page: Page;
  let changeNumber = '';
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    // Signed in wide (the sign-out button shows there), then read on the phone.
    await signIn(page, baseUrl ?? '', 'demo-enrollee');
    await page.setViewportSize(PHONE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function confirmEnrollChoice(choose: () => Promise<void>): Promise<string> {
    await page.goto(`${baseUrl}/portal/enroll?lang=es`);
    await page.locator('label[for="enroll-choice-elect"]').waitFor();
    await choose();
    await page.getByTestId('enroll-continue').click();
    await page.getByTestId('enroll-confirm').click();
    await page.getByTestId('recorded-decision').waitFor();
    const number = (await page.getByTestId('confirmation-number').textContent()) ?? '';
    expect(number).toMatch(CONFIRMATION);
    return number;
  }

  it('a decline: its confirmation says it in Spanish, with a confirmation number and the rights', async () => {
    const number = await confirmEnrollChoice(() =>
      page.locator('label[for="enroll-choice-decline"]').click(),
    );
    const notice = (await page.getByTestId('decision-notice').textContent()) ?? '';
    expect(notice).toContain('Decidió no inscribirse durante la temporada abierta.');
    expect(notice).toMatch(/20 de noviembre de 2024/);
    expect(await page.getByTestId('notice-rights').textContent()).toMatch(
      /dentro de los \d+ días calendario .* a más tardar el \d{1,2} de [a-z]+ de \d{4}/,
    );
    expect(await page.getByTestId('effective-on').textContent()).toBe('1 de enero de 2025');
    await checkSpanishNotice(page, 'notices-decline-done-es-390');

    // The history holds the decline with the same number.
    await page.goto(`${baseUrl}/portal/history`);
    await page.getByTestId('transition-row').first().waitFor();
    expect(await page.getByTestId('history-confirmation').allTextContents()).toContain(number);
  });

  it('a change: the confirmation names the new plan by name; the notice prints alone', async () => {
    let planName = '';
    const number = await confirmEnrollChoice(async () => {
      await page.locator('label[for="enroll-choice-elect"]').click();
      const options = await page
        .locator('#enroll-plan option')
        .evaluateAll((list) =>
          list.filter((o) => (o as HTMLOptionElement).value).map((o) => (o as HTMLOptionElement).label),
        );
      planName = options[0] ?? '';
      await page.locator('#enroll-plan').selectOption({ label: planName });
      await page.locator('label[for="enroll-type-self_only"]').click();
    });
    const decision = (await page.getByTestId('notice-decision').textContent()) ?? '';
    expect(decision).toContain(`Se inscribió en ${planName}, Solo usted durante la temporada abierta.`);
    expect(decision).toContain('Su inscripción estaba rechazada y ahora está activa.');
    await checkSpanishNotice(page, 'notices-change-done-es-390');

    // The notice on its own page, to print or save as PDF: the site's header and buttons are not printed.
    await page.getByTestId('notice-print-link').click();
    await page.getByTestId('notice-page').waitFor();
    expect(await page.getByTestId('confirmation-number').textContent()).toBe(number);
    changeNumber = number;
    await checkSpanishNotice(page, 'notices-notice-page-es-390');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.usa-header').isVisible()).toBe(false);
    expect(await page.getByTestId('notice-print').isVisible()).toBe(false);
    expect(await page.getByTestId('notice-page').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Saved as PDF by Chromium (as its print window's "Save as PDF" does): tagged, headings first, and
    // a Spanish document: the catalog's /Lang is the page's <html lang>.
    expect(await page.getByTestId('notice-page').getAttribute('lang')).toBe('es');
    const pdf = taggedPdfFacts(await page.pdf({ tagged: true, outline: true }));
    expect(pdf.lang).toBe('es');
    expect(pdf.structTreeRoot).toBe(true);
    expect(pdf.marked).toBe(true);
    expect(pdf.structureTypes).toEqual(expect.arrayContaining(['H1', 'H2', 'P']));
  });

  it('the history says every change in Spanish, each with its number and its notice to print', async () => {
    await page.goto(`${baseUrl}/portal/history`);
    await page.getByTestId('transition-row').first().waitFor();
    const rows = await page.getByTestId('transition-row').count();
    expect(await page.getByTestId('history-confirmation').count()).toBe(rows);
    expect(await page.getByTestId('history-notice-link').count()).toBe(rows);
    await checkSpanishNotice(page, 'notices-history-es-390');

    await page.getByTestId('history-notice-link').first().click();
    await page.getByTestId('notice-page').waitFor();
    await checkSpanishNotice(page, 'notices-notice-from-history-es-390');
  });

  it('the eligibility page gives its decisions and reasons in Spanish', async () => {
    await page.goto(`${baseUrl}/portal/eligibility`);
    await page.getByTestId('decision-reasons').first().waitFor();
    await page.getByTestId('target-plan').waitFor();
    expect(await page.getByTestId('decision-outcome').first().textContent()).toMatch(
      /^Sí, puede inscribirse|^No, no puede/,
    );
    await checkSpanishNotice(page, 'notices-eligibility-es-390');
  });

  it('support finds the change by the confirmation number the caller reads out, however typed', async () => {
    const console = await signedInPage(browser, baseUrl ?? '', 'demo-specialist');
    await console.goto(`${baseUrl}/console/search`);
    await console.locator('#search-confirmation').fill(changeNumber.toLowerCase().replace(/-/g, ' '));
    await console.getByTestId('search-confirmation-submit').click();
    await console.locator('[data-testid^="caller-"]').first().waitFor();
    expect(await console.locator('[data-testid^="caller-"]').count()).toBe(1);
    await checkPage(console, 'notices-console-confirmation-search');
    await console.close();
  });
});
