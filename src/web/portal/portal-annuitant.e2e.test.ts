// The portal for an enrollee the open season enrolled automatically (the demo-annuitant account: the
// first such enrollee, preferring one with a Medicare Part B exception): the eligibility page says why
// that plan, and what Part B asks of them, in English and in Spanish. Then, in order on the one
// enrollment, status that tells the truth: the home page's to-do list asks for the open season choice by
// its last day; after a change to Self Plus One "My plan on January 1" shows the plan chosen; declining
// warns on the check step that the family member loses coverage too; and the home page then says the
// person declined and pays nothing. Each at 1280 and 320 pixels, in English and Spanish, axe clean.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 720 };
const HOME = { en: 'My health benefits', es: 'Mis beneficios de salud' };
const ENROLL = { en: 'Enroll, change or decline', es: 'Inscribirse, cambiar o rechazar' };

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

  it('home: a to-do list with the open season choice and its last day, each item linked', async () => {
    await page.goto(`${baseUrl}/portal`);
    await page.getByRole('heading', { level: 1, name: HOME.en }).waitFor();
    const item = page.getByTestId('to-do-choose_in_open_season');
    await item.waitFor();
    expect(await item.textContent()).toMatch(/By [A-Z][a-z]+ \d{1,2}, 2024\./);
    expect(await item.getByRole('link', { name: 'Choose a plan' }).getAttribute('href')).toBe(
      '/portal/enroll',
    );
    // The Part B document's item opens a help request already about Medicare Part B.
    await page.goto(`${baseUrl}/portal/help?type=part-b-medicare`);
    await page.locator('#help-type').waitFor();
    expect(await page.locator('#help-type').inputValue()).toBe('part-b-medicare');
    await page.goto(`${baseUrl}/portal`);
    await item.waitFor();
    await checkEveryLayout(page, { name: 'portal-home-to-do', wide: WIDE, narrow: NARROW, headings: HOME });
  });

  it('after a change, My plan on January 1 is the plan chosen; the to-do item is gone', async () => {
    await page.goto(`${baseUrl}/portal/enroll`);
    await page.getByRole('heading', { name: 'What do you want to do?' }).waitFor();
    await page.locator('label[for="enroll-choice-elect"]').click();
    const options = await page
      .locator('#enroll-plan option')
      .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.locator('#enroll-plan').selectOption(options[1] ?? options[0] ?? '');
    await page.locator('label[for="enroll-type-self_plus_one"]').click();
    await page.getByTestId('enroll-continue').click();
    await page.getByRole('heading', { name: 'Check your choice' }).waitFor();
    // Self Only to Self Plus One: no one loses coverage.
    expect(await page.getByTestId('family-loss').count()).toBe(0);
    await page.getByTestId('enroll-confirm').click();
    await page.getByTestId('recorded-decision').waitFor();

    await page.goto(`${baseUrl}/portal/eligibility`);
    const plan = page.getByTestId('target-plan');
    await plan.waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="target-plan"]')?.textContent?.startsWith('You chose this plan'),
    );
    expect(await plan.textContent()).toContain('Self Plus One');
    await page.goto(`${baseUrl}/portal`);
    await page.getByTestId('to-do-list').getByText('You have nothing to do right now.').waitFor();
    expect(await page.getByTestId('current-plan').textContent()).toContain('Self Plus One');
  });

  it('declining warns before Send that the family member loses coverage; home then says declined, pays nothing', async () => {
    await page.goto(`${baseUrl}/portal/enroll`);
    await page.getByRole('heading', { name: 'What do you want to do?' }).waitFor();
    await page.locator('label[for="enroll-choice-decline"]').click();
    await page.getByTestId('enroll-continue').click();
    await page.getByRole('heading', { name: 'Check your choice' }).waitFor();
    const warning = page.getByTestId('family-loss');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      'Your Self Plus One enrollment also covers one family member. If you decline, that person will also have no PSHB coverage from January 1, 2025.',
    );
    expect(await warning.textContent()).toContain('January 1, 2025');
    // The warning comes before the button that sends.
    const [warningTop, sendTop] = await Promise.all([
      warning.evaluate((node) => node.getBoundingClientRect().top),
      page.getByTestId('enroll-confirm').evaluate((node) => node.getBoundingClientRect().top),
    ]);
    expect(warningTop).toBeLessThan(sendTop);
    await checkEveryLayout(page, {
      name: 'portal-decline-check',
      wide: WIDE,
      narrow: NARROW,
      headings: ENROLL,
    });
    await page.getByTestId('family-loss').waitFor();
    await page.getByTestId('enroll-confirm').click();
    await page.getByTestId('recorded-decision').waitFor();

    await page.goto(`${baseUrl}/portal`);
    const declined = page.getByTestId('declined');
    await declined.waitFor();
    expect(await declined.textContent()).toContain('You will have no PSHB plan from January 1, 2025.');
    expect(await page.getByTestId('enrollee-share').textContent()).toBe('You pay nothing for PSHB coverage.');
    expect(await page.getByTestId('current-plan').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/You pay \$/);
    await checkEveryLayout(page, {
      name: 'portal-home-declined',
      wide: WIDE,
      narrow: NARROW,
      headings: HOME,
    });

    await page.goto(`${baseUrl}/portal/eligibility`);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="target-plan"]')?.textContent?.startsWith('You declined coverage'),
    );
  });
});
