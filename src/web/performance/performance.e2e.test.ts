// Carrier performance in a real browser. The contracting officer starts NALC's evaluation for the
// program year from the workspace, decides a factor with the keyboard alone (first without a reason,
// which the form names), sees the factor and its reason in the history, accepts and sends the
// findings notice. The carrier sees only its own evaluation, reads how and by when to respond, and
// asks for reconsideration, also at phone width in Spanish. The officer decides it; staff read the
// program-wide table with its charts. axe-core checks every page reached (WCAG 2.1 A and AA).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signedInPage, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import type { EvaluationList, EvaluationView } from './performance-api-types.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';
const API = `${baseUrl}/api/v1/carrier-performance`;
// The demo's open season is for 2025: its catalogue gives the premium base.
const YEAR = 2025;
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

describe.skipIf(!inject('e2eBaseUrl'))('carrier performance', () => {
  let browser: E2eBrowser;
  let nalcId = 0;
  let gehaId = 0;
  let element = { elementId: '', label: '', maxFactor: 0 };

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signedIn = (subject: string): Promise<Page> => signedInPage(browser, baseUrl, subject, WIDE);

  async function evaluation(page: Page, id: number): Promise<EvaluationView> {
    const answer = await page.request.get(`${API}/evaluations/${id}`);
    expect(answer.status()).toBe(200);
    return (await answer.json()) as EvaluationView;
  }

  /** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
  async function tabTo(page: Page, name: RegExp): Promise<void> {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return `${label ?? ''} ${el.textContent ?? ''}`.trim();
      });
      if (name.test(focused)) return;
    }
    throw new Error(`no focusable element named ${name}`);
  }

  it('lands the contracting officer on the workspace, where an evaluation is started', async () => {
    const page = await signedIn('demo-contracting-officer');
    await page.waitForURL(`${baseUrl}/dashboard/performance`);
    await page.getByRole('heading', { level: 1, name: 'Carrier performance' }).waitFor();
    await page.getByRole('heading', { name: 'Evaluations for 2024' }).waitFor();
    await page.getByLabel('Contract year').selectOption(String(YEAR));
    await page.waitForURL(`${baseUrl}/dashboard/performance?year=${YEAR}`);
    await page.getByRole('heading', { name: `Evaluations for ${YEAR}` }).waitFor();
    await checkPage(page, 'performance-workspace-empty');

    // A carrier code that is not one is named at its field.
    await page.getByLabel('Carrier code').fill('N');
    await page.getByTestId('start-evaluation-submit').click();
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'performance-start-error');

    await page.getByLabel('Carrier code').fill('nalc');
    await page.getByTestId('start-evaluation-submit').click();
    await page.getByRole('heading', { level: 1, name: `NALC, contract year ${YEAR}` }).waitFor();
    nalcId = Number(/evaluations\/(\d+)/.exec(page.url())?.[1]);
    expect(nalcId).toBeGreaterThan(0);

    // Another carrier's evaluation, started through the API, for the carrier's view to leave out.
    const geha = await page.request.post(`${API}/evaluations`, {
      headers: { 'idempotency-key': `e2e-geha-${YEAR}` },
      data: { carrierCode: 'GEHA', contractYear: YEAR },
    });
    expect(geha.status()).toBe(201);
    gehaId = ((await geha.json()) as EvaluationView).id as number;

    const view = await evaluation(page, nalcId);
    const first = view.proposal.elements[0];
    expect(first).toBeDefined();
    element = {
      elementId: first?.elementId ?? '',
      label: first?.label ?? '',
      maxFactor: first?.maxFactor ?? 0,
    };
    await page.getByRole('heading', { name: 'Evidence' }).waitFor();
    await page.getByRole('heading', { level: 3, name: element.label }).waitFor();
    await checkPage(page, 'performance-evaluation-proposed');
    await page.close();
  });

  it('decides a factor with a written reason, by keyboard alone, and shows it in the history', async () => {
    const page = await signedIn('demo-contracting-officer');
    await page.goto(`${baseUrl}/dashboard/performance/evaluations/${nalcId}`);
    await page.getByRole('heading', { level: 1, name: `NALC, contract year ${YEAR}` }).waitFor();
    const factorField = page.locator(`#factor-${element.elementId}`);
    await factorField.waitFor();

    // Keyboard only: to the factor field, change it, on to the button without a reason.
    const factor = String(Number((element.maxFactor / 2).toFixed(4)));
    await page.locator('h1').focus();
    await tabTo(page, new RegExp(`^Factor for ${element.label}`));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(factor);
    await tabTo(page, new RegExp(`^Record the factor for ${element.label}`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please fix 1 problem' }).waitFor();
    await checkPage(page, 'performance-factor-error');
    await page.getByRole('link', { name: 'Write the reason for this decision.' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`reason-${element.elementId}`);
    await page.keyboard.type('The late report was caused by our own delay in sending the template.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('performance-step-done').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      `The factor for ${element.label} is now`,
    );

    // The decision, its reason and its author are in the history.
    const history = page.getByRole('table', { name: /^Everything recorded, oldest first/ });
    const decided = history.getByRole('row', { name: /Factor decided/ });
    await decided.waitFor();
    expect(await decided.textContent()).toContain('The late report was caused by our own delay');
    expect(await decided.textContent()).toContain('demo-contracting-officer');
    await checkPage(page, 'performance-factor-decided');

    const view = await evaluation(page, nalcId);
    const recorded = view.factors.find((f) => f.elementId === element.elementId);
    expect(recorded?.factor).toBeCloseTo(Number(factor), 6);
    expect(recorded?.author).toBe('demo-contracting-officer');

    // The other elements keep their proposed factors, each with a reason; then the page can accept.
    for (const other of view.proposal.elements.filter((e) => e.elementId !== element.elementId)) {
      const decided = await page.request.post(`${API}/evaluations/${nalcId}/factors/${other.elementId}`, {
        headers: { 'idempotency-key': `e2e-factor-${nalcId}-${other.elementId}` },
        data: { factor: other.proposedFactor, reason: 'The evidence supports the proposed factor.' },
      });
      expect(decided.status()).toBe(200);
    }
    await page.reload();
    // Accept, then send the findings notice: its HTML and PDF are linked.
    await page.getByLabel('Your reason for accepting').fill('The evidence was checked; the factors stand.');
    await page.getByTestId('accept-reason-submit').click();
    await page.getByText('The evaluation is accepted.').waitFor();
    await page.getByTestId('issue-notice-submit').click();
    await page.getByText('The findings notice is sent to the carrier.').waitFor();
    const notices = page.getByRole('table', { name: /^Findings notices/ });
    await notices.getByRole('link', { name: /^Read the notice of/ }).waitFor();
    const pdf = await notices.getByRole('link', { name: /^Download the notice of/ }).getAttribute('href');
    expect((await page.request.get(`${baseUrl}${pdf ?? ''}`)).headers()['content-type']).toContain(
      'application/pdf',
    );
    await checkPage(page, 'performance-notice-issued');
    await page.close();
  });

  it('shows a carrier only its own evaluation, and takes its reconsideration request', async () => {
    const page = await signedIn('demo-carrier');
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Carrier performance' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Our performance evaluations' }).waitFor();
    await page.getByLabel('Contract year').selectOption(String(YEAR));
    const table = page.getByRole('table', { name: new RegExp(`^Evaluations for ${YEAR}`) });
    await table.waitFor();
    expect(await table.getByRole('link', { name: 'NALC' }).count()).toBe(1);
    expect(await table.getByRole('link', { name: 'GEHA' }).count()).toBe(0);
    await checkPage(page, 'performance-carrier-list');

    // Another carrier's evaluation does not exist for this carrier, in the API or on screen.
    expect((await page.request.get(`${API}/evaluations/${gehaId}`)).status()).toBe(404);
    const listed = (await (
      await page.request.get(`${API}/evaluations?year=${YEAR}`)
    ).json()) as EvaluationList;
    expect(listed.items.map((row) => row.carrierCode)).toEqual(['NALC']);
    await page.goto(`${baseUrl}/dashboard/performance/evaluations/${gehaId}`);
    await page.getByRole('heading', { level: 1, name: 'Evaluation not available' }).waitFor();

    await page.goto(`${baseUrl}/dashboard/performance/evaluations/${nalcId}`);
    await page.getByRole('heading', { name: 'What this means for you' }).waitFor();
    expect(await page.getByTestId('carrier-guidance').textContent()).toMatch(/You have until .+ to respond/);
    expect(await page.getByTestId(`decide-${element.elementId}`).count()).toBe(0);
    await checkPage(page, 'performance-carrier-evaluation');

    // Keyboard only: the request without grounds is named; then with grounds and evidence.
    await page.getByLabel('Which finding').selectOption(element.elementId);
    await page.getByLabel('Which finding').focus();
    await tabTo(page, /^Ask for reconsideration$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please fix 2 problems' }).waitFor();
    await page.getByRole('link', { name: 'Say why the finding is wrong.' }).press('Enter');
    await page.keyboard.type('The quarterly report was sent on time.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Transmittal receipt dated the day it was due.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Your request for reconsideration is recorded.').waitFor();
    await page.getByTestId('reconsideration-request').waitFor();
    await checkPage(page, 'performance-carrier-reconsideration');

    // At phone width, in Spanish: the same page, nothing wider than the screen.
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/dashboard/performance/evaluations/${nalcId}?lang=es`);
    await page.getByRole('heading', { level: 1, name: `NALC, año del contrato ${YEAR}` }).waitFor();
    await page.getByRole('heading', { name: 'Qué significa esto para usted' }).waitFor();
    await page.getByRole('heading', { name: 'Solicitud de reconsideración 1' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkPage(page, 'performance-carrier-evaluation-phone-es');
    await page.goto(`${baseUrl}/dashboard/performance?year=${YEAR}&lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Nuestras evaluaciones de desempeño' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkPage(page, 'performance-carrier-list-phone-es');
    await page.goto(`${baseUrl}/dashboard/performance?lang=en`);
    await page.close();
  });

  it('lets the contracting officer decide the reconsideration, and staff read carriers by score', async () => {
    const page = await signedIn('demo-contracting-officer');
    await page.goto(`${baseUrl}/dashboard/performance/evaluations/${nalcId}`);
    await page.getByRole('heading', { name: 'Decide the reconsideration' }).waitFor();
    await page.getByText('Partly granted', { exact: true }).click();
    await page.getByLabel(`New factor for ${element.label} (optional)`).fill('0');
    await page.locator('#reconsideration-reason').fill('The receipt shows the report was on time.');
    await page.getByTestId('decide-reconsideration-submit').click();
    await page.getByText('The reconsideration decision is recorded.').waitFor();
    const history = page.getByRole('table', { name: /^Everything recorded, oldest first/ });
    await history
      .getByRole('row', { name: /Reconsideration decided/ })
      .first()
      .waitFor();
    await checkPage(page, 'performance-reconsideration-decided');

    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Carriers by performance' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Carriers by performance' }).waitFor();
    await page.getByLabel('Contract year').selectOption(String(YEAR));
    await page.getByRole('img', { name: `Bar chart of each carrier's total factor for ${YEAR}` }).waitFor();
    const table = page.getByRole('table', { name: new RegExp(`^Carriers by score, ${YEAR}`) });
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await table.getByRole('img', { name: /^Trend of NALC/ }).count()).toBe(1);
    await checkPage(page, 'performance-summary');
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/dashboard/performance/summary?year=${YEAR}&lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Aseguradoras por desempeño' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkPage(page, 'performance-summary-phone-es');
    await page.goto(`${baseUrl}/dashboard/performance?lang=en`);
    await page.close();
  });

  it('lets an auditor read the workspace from the dashboard, without any form', async () => {
    const page = await signedIn('demo-auditor');
    await page
      .getByRole('navigation', { name: 'Dashboard pages' })
      .getByRole('link', { name: 'Carrier performance' })
      .click();
    await page.getByLabel('Contract year').selectOption(String(YEAR));
    await page.getByRole('link', { name: 'NALC' }).click();
    await page.getByRole('heading', { level: 1, name: `NALC, contract year ${YEAR}` }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    await checkPage(page, 'performance-auditor-evaluation');
    await page.close();
  });
});
