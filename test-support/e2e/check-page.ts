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

export interface Layouts {
  /** The screenshots' common name. */
  readonly name: string;
  readonly wide: { readonly width: number; readonly height: number };
  readonly narrow: { readonly width: number; readonly height: number };
  /** The page's level-one heading in each language, to know the switch has taken effect. */
  readonly headings: { readonly en: string; readonly es: string };
}

/**
 * The page in English then Spanish, wide then narrow, each checked by axe, the narrow one never wider
 * than the window; then back to English, wide. The language is switched wide.
 */
export async function checkEveryLayout(page: Page, layouts: Layouts): Promise<void> {
  for (const language of ['en', 'es'] as const) {
    const suffix = language === 'es' ? '-es' : '';
    await checkPage(page, `${layouts.name}-wide${suffix}`);
    await page.setViewportSize(layouts.narrow);
    await checkPage(page, `${layouts.name}-narrow${suffix}`);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(layouts.narrow.width);
    await page.setViewportSize(layouts.wide);
    await page.getByTestId('language-switch').click();
    const next = language === 'en' ? layouts.headings.es : layouts.headings.en;
    await page.getByRole('heading', { level: 1, name: next }).waitFor();
  }
}
