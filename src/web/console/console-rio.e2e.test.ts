// The support console for the Retirement Information Office: a case the helpline transferred is in its
// queue, its workspace reads the same in Spanish, and the office takes it over, resolves it, reopens it
// and escalates it. The program office then finds the case in the escalated partner's queue, and the
// Postal Health Benefits Team has its own queue.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { checkPage } from '../../../test-support/e2e/check-page.ts';
import { findCaller, openCase, transferCase } from './console-e2e-support.ts';

const baseUrl = inject('e2eBaseUrl') ?? '';

describe.skipIf(!inject('e2eBaseUrl'))('support console: the Retirement Information Office', () => {
  let browser: E2eBrowser;
  let page: Page;
  let caseId = 0;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-admin');
    const caller = await findCaller(page, baseUrl, 1451);
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-specialist');
    const opened = await openCase(
      page,
      baseUrl,
      caller,
      'enrollment-help',
      'Retiring next year, asks about plans',
    );
    caseId = opened.id;
    await transferCase(
      page,
      baseUrl,
      caseId,
      'retirement-information-office',
      'Caller retires in March; needs RIO.',
    );
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-rio-specialist');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has the transferred case in its queue', async () => {
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();
    const row = page.getByTestId(`queue-case-${caseId}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Transferred');
    await checkPage(page, 'console-queue-rio');
    await row.getByRole('link', { name: `Case ${caseId}` }).click();
    await page.getByRole('heading', { level: 1, name: `Case ${caseId}` }).waitFor();
  });

  it('shows the workspace with the whole history, also in Spanish', async () => {
    expect(await page.getByTestId('case-history').textContent()).toContain(
      'Transferred from PSHB helpline to Retirement Information Office',
    );
    await page.getByTestId('enrollment-state').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: `Caso ${caseId}` }).waitFor();
    expect(await page.getByTestId('case-partner').textContent()).toBe(
      'Oficina de Información sobre Jubilación',
    );
    // The plan's scripted answers have Spanish wording: the specialist reads it to a Spanish speaker.
    expect(await page.getByTestId('scripted-answers').textContent()).toContain('¿Qué pasa si no hago nada?');
    await checkPage(page, 'console-case-es');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: `Case ${caseId}` }).waitFor();
  });

  it('takes the case over, resolves it and reopens it', async () => {
    await page.locator('#note-text').fill('Called back; explained the retiree plans.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByTestId('case-status').filter({ hasText: 'In progress' }).waitFor();

    await page.getByTestId('open-resolve').click();
    await page.getByTestId('resolve-submit').click();
    await page.getByRole('heading', { name: 'There are 2 problems with this form' }).waitFor();
    expect(await page.locator('#resolve-resolution-error').textContent()).toContain('How it was resolved');
    // Closing needs a wrap-up code from the desk's list.
    expect(await page.locator('#resolve-wrapUpCode-error').textContent()).toContain('Wrap-up code');
    await checkPage(page, 'console-resolve-errors');
    await page.getByLabel('Wrap-up code').selectOption('answered');
    await page.locator('#resolve-resolution').fill('Caller chose a plan; nothing else needed.');
    await page.getByTestId('resolve-submit').click();
    await page.getByTestId('case-status').filter({ hasText: 'Resolved' }).waitFor();
    // The call timer ran while the case was worked.
    expect(await page.getByTestId('call-timer').textContent()).toMatch(/\d+:\d\d/);
    await checkPage(page, 'console-resolved');

    await page.getByTestId('open-reopen').click();
    await page.locator('#reopen-reason').fill('Caller called again: the new card has the wrong name.');
    await page.getByTestId('reopen-submit').click();
    await page.getByTestId('case-status').filter({ hasText: 'Reopened' }).waitFor();
  });

  it('escalates the case along the coverage problem path', async () => {
    await page.getByTestId('open-escalate').click();
    await page.getByLabel('Escalation path').selectOption('coverage-problem');
    await page.getByLabel('New priority').selectOption('high');
    await page
      .getByLabel('Why it needs to be escalated')
      .fill('The carrier has the wrong name on the enrollment.');
    await page.getByTestId('escalate-submit').click();
    await page.getByTestId('case-status').filter({ hasText: 'Escalated' }).waitFor();
    await page
      .getByTestId('case-partner')
      .filter({ hasText: 'OPM enrollment reconciliation team' })
      .waitFor();
    expect(await page.getByTestId('case-history').textContent()).toContain(
      'Escalated to OPM enrollment reconciliation team',
    );
    await checkPage(page, 'console-escalated');
  });

  it("lets the program office see the escalated partner's queue", async () => {
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-admin');
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Case queues' }).waitFor();
    await page.getByLabel('Partner').selectOption('enrollment-reconciliation-team');
    await page.getByTestId(`queue-case-${caseId}`).waitFor();
    await checkPage(page, 'console-queue-admin');
  });

  it('serves the Postal Health Benefits Team as well', async () => {
    await browser.context.clearCookies();
    await signIn(page, baseUrl, 'demo-phbt-specialist');
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Your queue' }).waitFor();
    expect(await page.locator('.usa-intro').textContent()).toContain('Postal Health Benefits Team');
    await page.getByRole('heading', { name: 'Cases by skill' }).waitFor();
    await checkPage(page, 'console-queue-phbt');
  });
});
