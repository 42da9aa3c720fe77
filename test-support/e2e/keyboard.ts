// What a keyboard or form user does in the end-to-end journeys: Tab to a control, fill a memorable date.
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches the selector (a keyboard user's way to a control). */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types a day into the month, day and year boxes of the memorable date whose id is given. */
export async function fillDate(
  page: Page,
  id: string,
  month: string,
  day: string,
  year: string,
): Promise<void> {
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-year`).fill(year);
}
