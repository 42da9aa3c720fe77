// The enrollee portal in a real browser, page by page: each page of /portal renders its data for the demo
// enrollee and passes axe-core; the plan comparison shows every offer with ?enrollmentType=all, filters
// and sorts in the address, reads in Spanish, and "Choose this plan" starts the enrollment with that
// plan. Only reads: the journeys that change the enrollment are in portal-journeys.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { fillDate } from '../../../test-support/e2e/keyboard.ts';
import { pageWidth } from '../../../test-support/e2e/page-width.ts';

const baseUrl = inject('e2eBaseUrl');
/** Every PSHB offer of every enrollment type that GET /api/v1/plans answers (one page of at most 200). */
async function offersInCatalogue(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/plans?limit=200', { credentials: 'same-origin' });
    return ((await response.json()) as { items: unknown[] }).items.length;
  });
}

describe.skipIf(!baseUrl)('enrollee portal pages', () => {
  let browser: E2eBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl ?? '', 'demo-enrollee');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const visit = async (path: string, heading: string) => {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  it('home: my enrollment, the open season open on the program date, and a card per task', async () => {
    await visit('/portal', 'My health benefits');
    await page.getByTestId('current-plan').waitFor();
    expect(await page.getByTestId('season-status').textContent()).toBe('Open now');
    // The program's today is November 20, 2024: a start still ahead is "from", one passed "since". Which
    // it is depends on the journeys other files may have made with this enrollment before.
    const started = page.getByText(/^(From|Since) [A-Z][a-z]+ \d{1,2}, \d{4}$/).first();
    await started.waitFor();
    const [, word, day] = /^(From|Since) (.+)$/.exec((await started.textContent()) ?? '') ?? [];
    expect(word).toBe(Date.parse(day ?? '') > Date.parse('November 20, 2024') ? 'From' : 'Since');
    expect(await page.getByText('PSHB transitional Open Season 2024').isVisible()).toBe(true);
    for (const task of ['My eligibility', 'Compare plans', 'Report a life event', 'Get help']) {
      expect(await page.getByRole('link', { name: `Go to ${task}` }).isVisible()).toBe(true);
    }
    await checkPage(page, 'portal-home');
  });

  it('eligibility: each decision in plain words, the rules applied and the facts used', async () => {
    await visit('/portal/eligibility', 'My eligibility');
    await page.getByRole('heading', { name: 'Can I enroll?' }).waitFor();
    expect(
      await page.getByText('Yes, you can enroll in a Postal Service Health Benefits plan.').isVisible(),
    ).toBe(true);
    expect(await page.getByText('You do not need Medicare Part B to keep your coverage.').isVisible()).toBe(
      true,
    );
    expect(await page.getByText('5 CFR 890.1603(a)(1)').first().isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: /Facts we used: Can I enroll\?/ }).isVisible()).toBe(true);
    await page.getByTestId('target-plan').waitFor();
    await checkPage(page, 'portal-eligibility');
  });

  it('plans: my type by default, every offer with enrollmentType=all, filters in the address', async () => {
    await visit('/portal/plans', 'Compare plans');
    await page.getByTestId('plan-row').first().waitFor();
    // The ZIP Code starts as my mailing address's (none when the API gives none), and stays editable.
    const mailingZip = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me', { credentials: 'same-origin' })).json()) as {
        personId: number;
      };
      const person = await fetch(`/api/v1/persons/${me.personId}`, { credentials: 'same-origin' });
      return ((await person.json()) as { mailingZip: string | null }).mailingZip;
    });
    expect(await page.locator('#plan-zip').inputValue()).toBe(mailingZip ?? '');
    expect(await page.locator('#plan-zip').isEditable()).toBe(true);
    const everyOffer = await offersInCatalogue(page);
    const mine = await page.getByTestId('plan-row').count();
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(everyOffer);
    await checkPage(page, 'portal-plans');

    // An empty zip= in the address wins over my mailing address: every offer everywhere.
    await page.goto(`${baseUrl}/portal/plans?enrollmentType=all&zip=`);
    await page.getByTestId('plan-table').waitFor();
    await page.getByTestId('plan-row').first().waitFor();
    expect(await page.locator('#plan-zip').inputValue()).toBe('');
    expect(await page.getByTestId('plan-row').count()).toBe(everyOffer);
    expect(await page.locator('#plan-type').inputValue()).toBe('all');

    await page.locator('label[for="plan-hdhp"]').click();
    await page.waitForURL(/hdhp=1/);
    await page.waitForFunction(
      (all) => document.querySelectorAll('[data-testid="plan-row"]').length < all,
      everyOffer,
    );
    const hdhp = await page.getByTestId('plan-row').count();
    expect(hdhp).toBeGreaterThan(0);
    expect(hdhp).toBeLessThan(everyOffer);
    await page.locator('label[for="plan-hdhp"]').click();
    // Every offer again before the sort changes: a few HDHP rows can happen to be in premium order.
    await page.waitForFunction(
      (all) => document.querySelectorAll('[data-testid="plan-row"]').length === all,
      everyOffer,
    );

    // Sorted by premium, the cheapest share first: the first row's share is the lowest shown.
    await page.locator('#plan-sort').selectOption('premium');
    await page.waitForURL(/order=premium/);
    // The address changes before the rows are drawn again in the new order: wait for the order itself.
    await page.waitForFunction((all) => {
      const shown = [...document.querySelectorAll('[data-testid="plan-row"]')].map((row) =>
        Number(row.children[2]?.textContent?.replace(/[^0-9.]/g, '')),
      );
      return shown.length === all && shown.every((share, i) => i === 0 || shown[i - 1]! <= share);
    }, everyOffer);
    const shares = await page
      .getByTestId('plan-row')
      .evaluateAll((rows) =>
        rows.map((row) => Number(row.children[2]?.textContent?.replace(/[^0-9.]/g, ''))),
      );
    expect(shares).toEqual([...shares].sort((a, b) => a - b));

    await page.locator('#plan-pay').selectOption('monthly');
    await page.getByRole('columnheader', { name: 'Your premium each month' }).waitFor();
  });

  it('plans in Spanish', async () => {
    await page.goto(`${baseUrl}/portal/plans?enrollmentType=all`);
    await page.getByTestId('plan-row').first().waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Comparar planes' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(
      await page
        .getByRole('link', { name: /Elegir este plan/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await checkPage(page, 'portal-plans-es');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Compare plans' }).waitFor();
  });

  it('"Choose this plan" opens the enrollment with that plan and type chosen', async () => {
    await page.goto(`${baseUrl}/portal/plans?enrollmentType=self_plus_one&sort=carrier`);
    await page.getByTestId('plan-row').first().waitFor();
    await page
      .getByTestId('plan-row')
      .first()
      .getByRole('link', { name: /Choose this plan/ })
      .click();
    await page.waitForURL(/\/portal\/enroll\?plan=/);
    await page.getByRole('heading', { name: 'What do you want to do?' }).waitFor();
    expect(await page.locator('#enroll-choice-elect').isChecked()).toBe(true);
    expect(await page.locator('#enroll-plan').inputValue()).not.toBe('');
    expect(await page.locator('#enroll-type-self_plus_one').isChecked()).toBe(true);
    await checkPage(page, 'portal-enroll-choose');
  });

  it('history: my changes with their notices, and my enrollment events', async () => {
    await visit('/portal/history', 'My history and notices');
    await page.getByRole('table', { name: /Enrollment events/ }).waitFor();
    await checkPage(page, 'portal-history');
  });

  it('life event, reconsideration and help forms', async () => {
    await visit('/portal/life-event', 'Report a life event');
    await page.locator('#life-event').waitFor();
    await checkPage(page, 'portal-life-event');
    await visit('/portal/reconsideration', 'Ask us to look at a decision again');
    await page.locator('#reconsider-decision').waitFor();
    await page.getByRole('heading', { name: 'My requests' }).waitFor();
    await checkPage(page, 'portal-reconsideration');
    await visit('/portal/help', 'Get help');
    await page.locator('#help-type').waitFor();
    await checkPage(page, 'portal-help');
  });
  it('life event steps in Spanish on a 320-pixel phone: the new person named, the check step', async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      await visit('/portal/life-event?lang=es', 'Informar un cambio de vida');
      await page.locator('#life-event').selectOption('birth_or_adoption');
      await fillDate(page, 'life-event-date', '1', '15', '2030');
      await page.locator('label[for="life-event-change-increase_type"]').click();
      await page.getByTestId('life-event-continue').click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(
        'Escriba el nombre completo de la persona que quiere agregar',
      );
      expect((await pageWidth(page)).outside).toEqual([]);
      await checkPage(page, 'portal-life-event-es-phone-errors');

      await fillDate(page, 'life-event-date', '11', '1', '2024');
      await page.locator('#life-event-person-name').fill('Sofía Ruiz');
      await fillDate(page, 'life-event-person-birth', '11', '1', '2024');
      await page.locator('label[for="life-event-relationship-child"]').click();
      await page.locator('label[for="life-event-type-self_and_family"]').click();
      await page.getByTestId('life-event-continue').click();
      await page.getByRole('heading', { name: 'Revise su solicitud' }).waitFor();
      expect(await page.getByTestId('life-event-submit').textContent()).toBe('Enviar mi solicitud');
      expect((await pageWidth(page)).outside).toEqual([]);
      await checkPage(page, 'portal-life-event-es-phone-check');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}/portal?lang=en`);
    }
  });
});
