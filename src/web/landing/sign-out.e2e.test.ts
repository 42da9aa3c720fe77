// Signing in and out through the development OpenID provider in a real browser: its sign-in page (also
// with an error), the sign-out confirmation, and the way back to the landing page, signed out. Every
// page passes axe-core; the provider's pages are used with the keyboard only.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';

describe.skipIf(!baseUrl)('development sign-in and sign-out', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs the demo enrollee in and out, and ends on the landing page signed out', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('demo-sign-in-demo-enrollee').click();

    // The provider's sign-in page: the name comes from the app's hint, the cursor waits in Password.
    await page.getByRole('heading', { level: 1, name: 'Sign in to PSHB Exchange (development)' }).waitFor();
    expect(page.url().startsWith(baseUrl)).toBe(false);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByLabel('Sign-in name').inputValue()).toBe('demo-enrollee');
    expect(await page.getByLabel('Password').evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    await checkPage(page, 'dev-sign-in');

    // A name that is not a demo account: the same page, the field marked and named in the summary.
    await page.getByLabel('Sign-in name').fill('nobody');
    await page.getByLabel('Password').fill('demo');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.getByRole('alert').textContent()).toContain('There is no demo account named “nobody”');
    expect(await page.getByLabel('Sign-in name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Sign-in name').evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    await checkPage(page, 'dev-sign-in-error');

    // Corrected with the keyboard only: type over the name, Tab to Password, Enter to submit.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('demo-enrollee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/portal`);
    await page.getByTestId('sign-out').waitFor();

    // Sign out: the app ends its session, then the provider asks whether to end its own.
    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { level: 1, name: 'Sign out of the development sign-in?' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const yes = page.getByRole('button', { name: 'Yes, sign me out' });
    expect(await yes.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'No, stay signed in here' }).isVisible()).toBe(true);
    await checkPage(page, 'dev-sign-out');

    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('sign-out').count()).toBe(0);
    await checkPage(page, 'signed-out-landing-en');

    await page.getByTestId('language-switch').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'signed-out-landing-es');
    await page.getByTestId('language-switch').click();

    // Signed out for real: the app no longer knows the browser.
    const me = await page.request.get(`${baseUrl}/api/v1/me`);
    expect(me.status()).toBe(401);
    await page.close();
  });

  it('speaks Spanish on the sign-in and sign-out pages when the app is in Spanish', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/?lang=es`);
    await page.getByTestId('demo-sign-in-demo-auditor').click();
    await page
      .getByRole('heading', { level: 1, name: 'Iniciar sesión en PSHB Exchange (desarrollo)' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'dev-sign-in-es');
    await page.getByLabel('Contraseña').fill('demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { level: 1, name: '¿Cerrar la sesión de desarrollo?' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'dev-sign-out-es');
    await page.getByRole('button', { name: 'Sí, cerrar la sesión' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('language-switch').click();
    await page.close();
  });

  it('goes back to the landing page from Cancel on the sign-in page', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('demo-sign-in-demo-specialist').click();
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('sign-in').waitFor();
    await page.close();
  });
});
