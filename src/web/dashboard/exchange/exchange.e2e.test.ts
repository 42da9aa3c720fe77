// The carrier data exchange in a real browser, at 1280 and 390 pixels wide, in English and Spanish:
// every state passes axe-core (WCAG 2.1 AA). A carrier sees its own files, discrepancies by age and a
// member's history as it was told it, and nothing of another carrier; a program administrator works
// the queue, resolving an exception with the keyboard alone.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../../test-support/e2e/browser.ts';
import { checkEveryLayout, checkPage } from '../../../../test-support/e2e/check-page.ts';

const baseUrl = inject('e2eBaseUrl');

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

describe.skipIf(!baseUrl)('the carrier data exchange', () => {
  let browser: E2eBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signedIn = (subject: string): Promise<Page> => signedInPage(browser, baseUrl ?? '', subject, WIDE);

  /** The page in both languages at both widths, each checked by axe; back to English, wide, after. */
  const inEveryLayout = (page: Page, name: string, es: string, en: string) =>
    checkEveryLayout(page, { name, wide: WIDE, narrow: NARROW, headings: { en, es } });

  /** At 390 pixels a wide table scrolls inside its own region, named like the table, not the page. */
  async function scrollsInItsRegion(page: Page, table: Locator, name: string | RegExp) {
    await page.setViewportSize(NARROW);
    const region = page.getByRole('region', { name });
    expect(await region.count()).toBe(1);
    const sizes = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await table.isVisible()).toBe(true);
    await page.setViewportSize(WIDE);
  }

  it("shows a carrier its own files, discrepancies by age and a member's history, nothing of others", async () => {
    const page = await signedIn('demo-carrier');
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Carrier data exchange' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Carrier data exchange' }).waitFor();
    const files = page.getByRole('table', { name: /^Files exchanged with NALC/ });
    await files.waitFor();
    expect(await files.locator('tbody tr').count()).toBe(3);
    expect(await files.getByText('Rejected').count()).toBe(1);
    expect(await files.getByText('Accepted').count()).toBe(1);
    const buckets = page.getByRole('table', { name: /^Open discrepancies by age on/ });
    expect(await buckets.getByRole('row', { name: /Over 90 days 2/ }).count()).toBe(1);
    expect(await buckets.getByRole('row', { name: /31 to 60 days 1/ }).count()).toBe(1);
    expect(await buckets.getByRole('row', { name: /0 to 30 days 1/ }).count()).toBe(1);
    await scrollsInItsRegion(page, files, /^Files exchanged with NALC, newest first/);

    // A member id that is not a number is named at its field; nothing is asked.
    await page.getByLabel('Member ID').fill('12a');
    await page.getByTestId('exchange-history-submit').click();
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'exchange-carrier-member-error');

    // A member of the rejected file: what each file told the carrier about them.
    const own = await page.request.get(`${baseUrl}/api/v1/exceptions?partner=NALC`);
    const member = ((await own.json()) as { items: { memberId: string | null }[] }).items.find(
      (i) => i.memberId,
    )?.memberId;
    expect(member).toBeTruthy();
    await page.getByLabel('Member ID').fill(member ?? '');
    await page.getByLabel('Member ID').press('Enter');
    const history = page.getByRole('table', { name: `What NALC was told about member ${member}` });
    await history.waitFor();
    expect(await history.locator('tbody tr').count()).toBeGreaterThan(0);
    await inEveryLayout(
      page,
      'exchange-carrier',
      'Intercambio de datos con aseguradoras',
      'Carrier data exchange',
    );

    // Another carrier's data does not exist for this carrier, and the work queue is not its page.
    expect((await page.request.get(`${baseUrl}/api/v1/files?partner=GEHA`)).status()).toBe(404);
    expect((await page.request.get(`${baseUrl}/api/v1/exceptions?partner=GEHA`)).status()).toBe(404);
    await page.goto(`${baseUrl}/dashboard/work-queue`);
    await page.getByRole('heading', { level: 1, name: 'This page is not for your account' }).waitFor();
    await page.close();
  });

  it('lets program staff choose a carrier', async () => {
    const page = await signedIn('demo-admin');
    await page.goto(`${baseUrl}/dashboard/exchange`);
    await page.getByText('Choose a carrier to see its files').waitFor();
    await page.getByLabel('Carrier', { exact: true }).selectOption('GEHA');
    const files = page.getByRole('table', { name: /^Files exchanged with GEHA/ });
    await files.waitFor();
    expect(await files.locator('tbody tr').count()).toBe(1);
    await checkPage(page, 'exchange-admin-carrier');
    await page.close();
  });

  it('lets an auditor read any carrier, without the work queue', async () => {
    const page = await signedIn('demo-auditor');
    await page.goto(`${baseUrl}/dashboard/exchange`);
    await page.getByLabel('Carrier', { exact: true }).selectOption('NALC');
    await page.getByRole('table', { name: /^Files exchanged with NALC/ }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Dashboard pages' });
    expect(await menu.getByRole('link', { name: 'Reconciliation work queue' }).count()).toBe(0);
    await checkPage(page, 'exchange-auditor');
    await page.close();
  });

  it('works the queue: a keyboard-only resolve of an exception, in both languages and widths', async () => {
    const page = await signedIn('demo-admin');
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Reconciliation work queue' })
      .click();
    const queue = page.getByRole('table', { name: /^Open exceptions, newest first \(3\)/ });
    await queue.waitFor();
    await page.getByRole('table', { name: /^Open discrepancies, oldest first \(5\)/ }).waitFor();
    // A discrepancy taken by the person working the queue: the row then shows them as its owner.
    const firstDiscrepancy = page.locator('[data-testid^="discrepancy-assign-"]').first();
    const discrepancyId = (await firstDiscrepancy.getAttribute('data-testid'))!.replace(/\D+/, '');
    await firstDiscrepancy.click();
    await page
      .getByTestId('discrepancy-assign-done')
      .getByText(`Discrepancy ${discrepancyId} is now yours.`)
      .waitFor();
    // The list reloads after the outcome shows: the row's button goes once the reload lands.
    await page.getByTestId(`discrepancy-assign-${discrepancyId}`).waitFor({ state: 'detached' });
    await inEveryLayout(
      page,
      'exchange-queue',
      'Cola de trabajo de conciliación',
      'Reconciliation work queue',
    );
    await scrollsInItsRegion(page, queue, /^Open exceptions, newest first/);

    // Keyboard only: Tab from the table's region to the first "Assign to me", Enter; then to "Resolve".
    const region = page.getByRole('region', { name: /^Open exceptions, newest first/ });
    await region.focus();
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (name.test(focused)) return focused;
      }
      throw new Error(`no focusable element named ${name}`);
    };
    const assignName = await tabTo(/^Assign to me item \d+$/);
    const id = /\d+$/.exec(assignName)?.[0];
    await page.keyboard.press('Enter');
    await page.getByText(`Item ${id} is now yours.`).waitFor();
    await queue.getByRole('row', { name: new RegExp(`^${id} .*demo-admin`) }).waitFor();

    await region.focus();
    await tabTo(new RegExp(`^Resolve item ${id}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^Resolve item ${id}`) }).waitFor();
    // Sent without a note: the summary names the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'exchange-queue-resolve-error');
    await page.getByRole('link', { name: 'Say what was done before resolving the item.' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('exception-resolution-note');
    await page.keyboard.type('Corrected the enrollment code and sent the file again.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(`Item ${id} is resolved.`).waitFor();
    // The form is gone: focus is on the outcome, not lost at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      `Item ${id} is resolved.`,
    );
    await page.getByRole('table', { name: /^Open exceptions, newest first \(2\)/ }).waitFor();
    await checkPage(page, 'exchange-queue-resolved');

    // Resolving it again is refused as a conflict, and the item's history has the note.
    const again = await page.request.post(`${baseUrl}/api/v1/exceptions/${id}/resolve`, {
      headers: { 'idempotency-key': `e2e-again-${id}` },
      data: { note: 'twice' },
    });
    expect(again.status()).toBe(409);
    const item = await page.request.get(`${baseUrl}/api/v1/exceptions/${id}`);
    expect(JSON.stringify(await item.json())).toContain('Corrected the enrollment code');
    await page.close();
  });
});
