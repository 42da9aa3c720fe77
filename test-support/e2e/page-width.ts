// Whether a page scrolls sideways at the width it is shown: the document wider than the window means
// the reader must scroll the whole page left and right (WCAG 2.1 1.4.10 Reflow). When it does, the
// outermost elements that stick out are named, so a failure says what to fix.
import type { Page } from 'playwright-core';

export interface PageWidth {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** The outermost elements past the right edge, as tag#id.class, at most five. */
  readonly outside: readonly string[];
}

export async function pageWidth(page: Page): Promise<PageWidth> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;
    const clipsSideways = (element: Element) => {
      const overflow = getComputedStyle(element).overflowX;
      return overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip';
    };
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > limit;
    const insideClip = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
        if (clipsSideways(up)) return true;
      return false;
    };
    const name = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      [...element.classList].map((c) => `.${c}`).join('');
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && !insideClip(element))
      .filter((element) => !(element.parentElement && sticksOut(element.parentElement)))
      .slice(0, 5)
      .map((element) => `${name(element)} (right edge ${Math.round(element.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside };
  });
}
