// The survey an invitation links to, in a real browser, signed out: answered with the keyboard alone in
// Spanish on a 320-pixel phone (the invitation's own language, no ?lang= in the link) and in English at
// 1280 pixels (?lang=en), each page checked by axe-core (WCAG 2.1 AA); the error summary names the
// field and takes focus, its link moves focus to the field; after sending, focus is on the receipt's
// heading; a second answer meets the "already answered" page, and an unknown or expired link its own.
// The invitations are the demo app's (test-support/e2e/demo-survey.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { DEMO_SURVEY_TOKENS } from '../../../test-support/e2e/demo-survey.ts';
import { pageWidth } from '../../../test-support/e2e/page-width.ts';

const baseUrl = inject('e2eBaseUrl');

const PHONE = { width: 320, height: 720 };
const DESKTOP = { width: 1280, height: 900 };

describe.skipIf(!baseUrl)('the survey response form', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The focused element's id, or its test id when it has none. */
  const focusedId = (page: Page) =>
    page.evaluate(
      () => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || '',
    );
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

  /** Tab forward until the element with this id (or test id) has focus. */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      if ((await focusedId(page)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  }

  /** A new page at this size on the survey address, once its heading shows. */
  async function opened(size: typeof PHONE, address: string, heading: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize(size);
    await page.goto(`${baseUrl}${address}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    const width = await pageWidth(page);
    expect(width.scrollWidth, width.outside.join(', ')).toBeLessThanOrEqual(width.clientWidth);
  }

  it('is answered by keyboard in Spanish on a phone, in the invitation’s language, once', async () => {
    const page = await opened(PHONE, `/survey/${DEMO_SURVEY_TOKENS.spanish}`, 'Díganos cómo le fue');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByText('Declaración de la Ley de Reducción de Trámites').waitFor();
    await page
      .getByText(/Número de control de la OMB: 3206-0000\. Fecha de vencimiento: 30 de septiembre de 2027/)
      .waitFor();
    await noSidewaysScroll(page);
    await checkPage(page, 'survey-es-phone');

    // Sent with nothing answered: the summary names the first question and takes focus.
    await tabTo(page, 'survey-submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Corrija 1 problema' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'error-summary',
    );
    await noSidewaysScroll(page);
    await checkPage(page, 'survey-es-phone-error');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Responda la primera pregunta.');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('survey-trust');

    // Thumbs up, two things that went well, a comment with an e-mail address in it.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('survey-trust-up');
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: '¿Qué salió bien?' }).waitFor();
    expect(await page.getByRole('group', { name: '¿Qué no salió tan bien?' }).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('survey-positive-effectiveness');
    await page.keyboard.press('Space');
    await tabTo(page, 'survey-positive-employee');
    await page.keyboard.press('Space');
    await tabTo(page, 'survey-text');
    await page.keyboard.type('Me ayudaron mucho. Escríbanme a pat.doe@example.com si hace falta.');
    await tabTo(page, 'survey-submit');
    await page.keyboard.press('Enter');

    // The receipt, its heading focused; the e-mail address was removed before saving.
    await page.getByRole('heading', { level: 1, name: 'Gracias por sus comentarios' }).waitFor();
    expect(await focusedText(page)).toBe('Gracias por sus comentarios');
    await page.getByText('Quitamos 1 dato personal de su comentario antes de guardarlo.').waitFor();
    await noSidewaysScroll(page);
    await checkPage(page, 'survey-es-phone-receipt');

    // The link again: already answered, in both the page and the API.
    await page.goto(`${baseUrl}/survey/${DEMO_SURVEY_TOKENS.spanish}`);
    await page.getByRole('heading', { level: 1, name: 'Usted ya respondió esta encuesta' }).waitFor();
    await checkPage(page, 'survey-es-phone-used');
    const again = await page.request.post(
      `${baseUrl}/api/v1/cx/invitations/${DEMO_SURVEY_TOKENS.spanish}/response`,
      {
        data: { trust: 'down' },
      },
    );
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('INVITATION_USED');
    await page.close();
  });

  it('is answered by keyboard in English on a wide screen, asking to be contacted', async () => {
    const page = await opened(
      DESKTOP,
      `/survey/${DEMO_SURVEY_TOKENS.english}?lang=en`,
      'Tell us how it went',
    );
    await checkPage(page, 'survey-en-wide');

    // The language switch changes the survey's own words too, and back.
    await tabTo(page, 'language-switch');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Díganos cómo le fue' }).waitFor();
    await page.getByRole('group', { name: /Esta interacción aumentó mi confianza/ }).waitFor();
    expect(await focusedId(page)).toBe('language-switch');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tell us how it went' }).waitFor();

    // Thumbs down (the arrow key moves the choice), what did not go well, then "contact me by phone"
    // with no number: the summary names the phone number.
    await tabTo(page, 'survey-trust-up');
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe('survey-trust-down');
    await page.getByRole('group', { name: "What didn't go so well?" }).waitFor();
    await tabTo(page, 'survey-negative-efficiency');
    await page.keyboard.press('Space');
    await tabTo(page, 'survey-contact-none');
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe('survey-contact-phone');
    await page.getByLabel('Your phone number').waitFor();
    await tabTo(page, 'survey-submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'survey-en-wide-error');
    const fix = 'Enter a phone number we can call, like 202-555-0100, or choose “No, thank you”.';
    await page.getByRole('link', { name: fix }).press('Enter');
    expect(await focusedId(page)).toBe('survey-contact-value');
    await page.keyboard.type('202-555-0100');
    await tabTo(page, 'survey-submit');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Thank you for your feedback' }).waitFor();
    expect(await focusedText(page)).toBe('Thank you for your feedback');
    await page.getByText('Someone from the program will contact you about this experience.').waitFor();
    await checkPage(page, 'survey-en-wide-receipt');
    await page.close();
  });

  it('says so when a link is expired or unknown, in the language the link asks for', async () => {
    const page = await opened(
      PHONE,
      `/survey/${DEMO_SURVEY_TOKENS.expired}?language=es`,
      'Este enlace de encuesta venció',
    );
    await checkPage(page, 'survey-es-phone-expired');
    await page.goto(`${baseUrl}/survey/no-such-invitation?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'We cannot find this survey' }).waitFor();
    await checkPage(page, 'survey-en-phone-unknown');
    await page.close();
  });
});
