// The written Customer Support Operations Plan arrives as a whole HTML page our own server generates
// (src/support/document/render-html.ts: every text escaped). Before it is shown inside the dashboard it
// is cut down to its body and made to fit the page around it: anything active is removed anyway
// (scripts, styles, frames, event handlers, javascript: links) as a second line of defence; headings
// move one level down under the page's own h1; ids are prefixed so they cannot clash with the app's
// (links and labels that point at them follow); tables take the USWDS look and scroll sideways in a
// region keyboard users can focus. With a range of days, a table's rows that begin with a day outside
// it (the simulated service level by day) are left out, and so are the chart's links to them (a chart
// point's link leads to its row: leadToRow, used by the page).
import { isCalendarDay, inRange, NO_RANGE, type DateRange } from '../date-range.ts';

const REMOVED = 'script, style, link, meta, iframe, frame, object, embed, base, form, noscript, template';
export const ID_PREFIX = 'plan-doc-';

export function preparePlanDocument(
  html: string,
  parser: DOMParser = new DOMParser(),
  range: DateRange = NO_RANGE,
): string {
  const page = parser.parseFromString(html, 'text/html');
  const body = page.body;
  for (const row of Array.from(body.querySelectorAll('tbody tr'))) {
    const day = row.firstElementChild?.textContent?.trim() ?? '';
    if (isCalendarDay(day) && !inRange(day, range)) row.remove();
  }
  for (const element of Array.from(body.querySelectorAll(REMOVED))) element.remove();
  for (const element of Array.from(body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc')
        element.removeAttribute(attribute.name);
      else if ((name === 'href' || name === 'src' || name === 'xlink:href') && !isSafeUrl(attribute.value))
        element.removeAttribute(attribute.name);
    }
    if (element.id) element.id = ID_PREFIX + element.id;
    for (const name of ['aria-labelledby', 'aria-describedby']) {
      const value = element.getAttribute(name);
      if (value)
        element.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => ID_PREFIX + id)
            .join(' '),
        );
    }
    const href = element.getAttribute('href');
    if (href?.startsWith('#')) element.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
  }
  // A chart's link to a row the range left out leads nowhere now.
  for (const link of Array.from(body.querySelectorAll('svg a[href^="#"]'))) {
    if (!page.getElementById(link.getAttribute('href')!.slice(1))) link.remove();
  }
  // The page's own header and main would be landmarks inside the dashboard's main: plain blocks instead.
  for (const element of Array.from(body.querySelectorAll('header, main, footer')))
    rename(page, element, 'div');
  demoteHeadings(page, body);
  for (const table of Array.from(body.querySelectorAll('table'))) {
    table.classList.add('usa-table', 'usa-table--striped', 'usa-table--compact');
    const region = page.createElement('div');
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', table.querySelector('caption')?.textContent?.trim() || 'Table');
    region.style.overflowX = 'auto';
    table.replaceWith(region);
    region.append(table);
  }
  return body.innerHTML;
}

/** Same-page anchors and relative or http(s) addresses only. */
function isSafeUrl(value: string): boolean {
  const trimmed = value.trim().toLowerCase();
  return !/^[a-z][a-z0-9+.-]*:/.test(trimmed) || trimmed.startsWith('http:') || trimmed.startsWith('https:');
}

/** h1 becomes h2 and so on (h6 stays h6): the dashboard page already has its h1. */
function demoteHeadings(page: Document, body: HTMLElement): void {
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    rename(page, heading, `h${Math.min(6, Number(heading.tagName.slice(1)) + 1)}`);
  }
}

function rename(page: Document, element: Element, tag: string): void {
  const replacement = page.createElement(tag);
  for (const attribute of Array.from(element.attributes))
    replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
}

/**
 * A click (or Enter) on a chart point's link inside the shown document: marks the row it leads to as
 * chosen (the other charts' look), moves focus there and keeps the address as it is. True when handled.
 */
export function leadToRow(container: HTMLElement, target: EventTarget | null): boolean {
  const link = target instanceof Element ? target.closest('a.chart-row-link') : null;
  const id = link?.getAttribute('href')?.slice(1);
  const row = id ? container.ownerDocument.getElementById(id) : null;
  if (!link || !row || !container.contains(row)) return false;
  for (const chosen of Array.from(container.querySelectorAll('.pshb-row-chosen')))
    chosen.classList.remove('pshb-row-chosen');
  for (const other of Array.from(container.querySelectorAll('a.chart-row-link[aria-current]')))
    other.removeAttribute('aria-current');
  row.classList.add('pshb-row-chosen');
  link.setAttribute('aria-current', 'true');
  if (!row.hasAttribute('tabindex')) row.setAttribute('tabindex', '-1');
  (row as HTMLElement).focus();
  row.scrollIntoView({ block: 'center' });
  return true;
}
