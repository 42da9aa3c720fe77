// The front door in a real browser: the landing page lists the demo accounts, passes axe-core in both
// languages, and each kind of account signs in through OpenID Connect to its own start page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

describe.skipIf(!baseUrl)('landing page and sign-in', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the demo accounts and passes axe-core in English and in Spanish', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('h1').textContent()).toBe('Postal Service Health Benefits');
    // The accounts arrive from /demo.json after the page itself: wait for them, do not race them.
    await page.getByTestId('demo-sign-in-demo-enrollee').waitFor({ state: 'visible' });
    await checkPage(page, 'landing-en');

    await page.getByTestId('language-switch').click();
    expect(await page.locator('h1').textContent()).toBe('Beneficios de Salud del Servicio Postal');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'landing-es');
    await page.getByTestId('language-switch').click();
    await page.close();
  });

  it.each([
    ['demo-enrollee', '/portal'],
    ['demo-specialist', '/console'],
    ['demo-admin', '/dashboard'],
  ])('signs %s in to %s', async (subject, home) => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signIn(page, baseUrl ?? '', subject);
    await page.waitForURL(`${baseUrl}${home}`);
    await page.close();
  });
});
