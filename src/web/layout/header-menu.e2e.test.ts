// The header on a 320-pixel phone, by keyboard, in Spanish: the language switch is beside the menu
// button without opening the menu; the menu button says "Menú"; opening the menu puts focus inside it and
// Tab and Shift+Tab stay inside; Escape shuts it and gives focus back to the menu button; switching
// language from inside the menu shuts it. axe-core finds nothing with the menu open or shut.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { tabTo } from '../../../test-support/e2e/keyboard.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';

const focusedInMenu = (page: Page) =>
  page.evaluate(() => document.getElementById('primary-nav')?.contains(document.activeElement) ?? false);
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const menuShown = (page: Page) => page.locator('#primary-nav').isVisible();

describe.skipIf(!baseUrl)('the header menu on a phone', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-enrollee');
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${baseUrl}/portal?lang=es`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the language switch beside a menu button labelled in Spanish', async () => {
    expect(await page.getByTestId('menu-button').textContent()).toBe('Menú');
    expect(await page.getByTestId('language-switch-bar').isVisible()).toBe(true);
    expect(await page.getByTestId('language-switch-bar').textContent()).toBe('English');
    expect(await menuShown(page)).toBe(false);
    await checkPage(page, 'header-phone-es-closed');
  });

  it('opens by keyboard with focus inside, keeps Tab inside, and Escape gives focus back', async () => {
    await tabTo(page, '[data-testid="menu-button"]');
    await page.keyboard.press('Enter');
    await page.locator('#primary-nav').waitFor({ state: 'visible' });
    expect(await page.getByTestId('menu-button').getAttribute('aria-expanded')).toBe('true');
    expect(await focusedInMenu(page)).toBe(true);
    await checkPage(page, 'header-phone-es-open');
    const controls = await page.locator('#primary-nav').locator('a[href], button').count();
    for (let press = 0; press < controls * 2 + 1; press += 1) {
      await page.keyboard.press('Tab');
      expect(await focusedInMenu(page)).toBe(true);
    }
    for (let press = 0; press < controls + 1; press += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusedInMenu(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator('#primary-nav').waitFor({ state: 'hidden' });
    // Focus goes back to the button just after the menu hides.
    await expect.poll(() => focusedTestId(page)).toBe('menu-button');
    expect(await page.getByTestId('menu-button').getAttribute('aria-expanded')).toBe('false');
  });

  it('shuts after switching language from inside the menu, with focus on the menu button', async () => {
    await page.keyboard.press('Enter');
    await page.locator('#primary-nav').waitFor({ state: 'visible' });
    await tabTo(page, '#primary-nav [data-testid="language-switch"]');
    await page.keyboard.press('Enter');
    await page.locator('#primary-nav').waitFor({ state: 'hidden' });
    expect(await page.getByTestId('menu-button').textContent()).toBe('Menu');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'menu-button');
  });

  it('shuts when the reader taps beside it', async () => {
    await page.getByTestId('menu-button').click();
    await page.locator('#primary-nav').waitFor({ state: 'visible' });
    await page.mouse.click(10, 400);
    await page.locator('#primary-nav').waitFor({ state: 'hidden' });
    // Focus goes back to the menu button on the next frame: wait for it, or it lands mid-way through
    // whatever the reader (or the next test) does next.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'menu-button');
  });

  it('switches language from the header bar without opening the menu', async () => {
    await page.getByTestId('language-switch-bar').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('menu-button').filter({ hasText: 'Menú' }).waitFor();
    expect(await menuShown(page)).toBe(false);
    expect(await focusedTestId(page)).toBe('language-switch-bar');
    await checkPage(page, 'header-phone-es-switched');
  });
});
