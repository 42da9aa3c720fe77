// The check every end-to-end journey makes on every page it reaches: no WCAG 2.1 A/AA violation by
// axe-core, and a screenshot kept for review.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, screenshot } from './browser.ts';

export async function checkPage(page: Page, screenshotName: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const violations = await axeViolations(page);
  expect(violations, `axe-core on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
  await screenshot(page, screenshotName);
}
