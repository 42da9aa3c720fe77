// Part B exception documents end to end (5 CFR 890.1604(e)): the annuitant reads by when OPM needs the
// document and where paper goes, is told what to fix when the form is incomplete or the file is not a
// PDF, JPG or PNG, sends a (synthetic) PDF and sees it waiting for review; a program administrator opens
// the review list, accepts it, and the annuitant sees it accepted. At 1280 and 320 pixels, in English and
// Spanish, axe clean, with no sideways scroll.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkEveryLayout } from '../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 720 };
const DOCUMENTS = { en: 'Send a document', es: 'Enviar un documento' };
const REVIEW = { en: 'Part B documents to review', es: 'Documentos de la Parte B por revisar' };
const FILE_NAME = `va-letter-${Date.now()}.pdf`;
const PDF = Buffer.from('%PDF-1.4\n% synthetic letter for a test\n%%EOF\n');

describe.skipIf(!baseUrl)('Part B documents: sent from the portal, reviewed on the dashboard', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the annuitant sees the due date and the mailing address, and is told what to fix', async () => {
    page = await signedInPage(browser, baseUrl ?? '', 'demo-annuitant');
    await page.goto(`${baseUrl}/portal/documents`);
    await page.getByRole('heading', { level: 1, name: DOCUMENTS.en }).waitFor();
    expect(await page.getByTestId('document-due').textContent()).toMatch(/[A-Z][a-z]+ \d{1,2}, 2025/);
    expect(await page.getByTestId('document-mailing-address').textContent()).toContain('PA');
    await page.locator('#document-kind').selectOption('');
    await page.getByTestId('document-submit').click();
    const summary = page.locator('.usa-alert--error').first();
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose what the document shows');
    expect(await summary.textContent()).toContain('Choose a file to send');
    await page
      .locator('#document-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByTestId('document-submit').click();
    await page.getByText('Send a PDF, JPG or PNG file').first().waitFor();
    await checkEveryLayout(page, {
      name: 'portal-documents',
      wide: WIDE,
      narrow: NARROW,
      headings: DOCUMENTS,
    });
  });

  it('sends a PDF and lists it as waiting for review', async () => {
    await page.locator('#document-kind').selectOption('va_enrollment');
    await page
      .locator('#document-file')
      .setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('document-submit').click();
    await page.getByTestId('document-sent').waitFor();
    const row = page.getByTestId('document-row').filter({ hasText: FILE_NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('Waiting for review');
  });

  it('a program administrator opens the list, reads the file and accepts it', async () => {
    const admin = await signedInPage(browser, baseUrl ?? '', 'demo-admin');
    await admin.goto(`${baseUrl}/dashboard/part-b-documents`);
    await admin.getByRole('heading', { level: 1, name: REVIEW.en }).waitFor();
    const item = admin.getByTestId('awaiting-document').filter({ hasText: FILE_NAME });
    await item.waitFor();
    const href = await item.getByRole('link', { name: `Open ${FILE_NAME}` }).getAttribute('href');
    const file = await admin.request.get(`${baseUrl}${href}`);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
    await checkEveryLayout(admin, {
      name: 'dashboard-part-b-documents',
      wide: WIDE,
      narrow: NARROW,
      headings: REVIEW,
    });
    // Without a decision, the form says what is missing; then accept.
    await item.getByRole('button').click();
    await item.getByRole('alert').waitFor();
    await item.locator('label[for$="-accepted"]').click();
    await item.getByRole('button').click();
    await admin.getByTestId('document-reviewed').waitFor();
    await item.waitFor({ state: 'detached' });
    await admin.close();
  });

  it('the annuitant sees the document accepted', async () => {
    const annuitant = await signedInPage(browser, baseUrl ?? '', 'demo-annuitant');
    await annuitant.goto(`${baseUrl}/portal/documents`);
    const row = annuitant.getByTestId('document-row').filter({ hasText: FILE_NAME });
    await row.waitFor();
    await row.getByText('Accepted').waitFor();
    await annuitant.close();
  });
});
