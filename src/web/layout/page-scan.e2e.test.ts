// Every page of the app, from the app's route list (app-pages.ts), in English and Spanish on a 320-pixel
// wide phone: the page never scrolls sideways (tables scroll inside their own region or become cards)
// and axe-core finds nothing. Each page is opened by a demo account of the first role that may open
// it; a page with a value in its address (a case's number) or pages of its own is reached by a link
// found on the pages before it. Screenshots: test-results/screenshots/scan-<lang>-<address>.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../security/demo-accounts.ts';
import { openBrowser, signIn, type E2eBrowser } from '../../../test-support/e2e/browser.ts';
import { axeViolations, screenshot } from '../../../test-support/e2e/browser.ts';
import { englishOn, englishOnlyStrings } from '../../../test-support/e2e/english-leaks.ts';
import { pageWidth } from '../../../test-support/e2e/page-width.ts';
import { findCaller, openCase } from '../console/console-e2e-support.ts';
import { appPages, type AppPage } from '../app-pages.ts';
import type { Role } from '../api/session.tsx';

const baseUrl = inject('e2eBaseUrl') ?? '';
const PHONE = { width: 320, height: 720 };
const ENGLISH_ONLY = englishOnlyStrings();
const DESKTOP = { width: 1280, height: 900 };

/** The demo account that opens a page: the first of the first role allowed; none for public pages. */
function accountFor(roles: readonly Role[] | null): string | null {
  if (roles === null) return null;
  for (const role of roles) {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
    if (account) return account.subject;
  }
  throw new Error(`no demo account has any of the roles ${roles.join(', ')}`);
}

function pagesByAccount(): Map<string | null, AppPage[]> {
  const byAccount = new Map<string | null, AppPage[]>();
  for (const page of appPages()) {
    const account = accountFor(page.roles);
    byAccount.set(account, [...(byAccount.get(account) ?? []), page]);
  }
  return byAccount;
}

/** ':id' in a route stands for any one segment of an address. */
function patternOf(address: string): RegExp {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** The addresses of the app's own links on the page, without query or fragment. */
async function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === window.location.origin)
      .map((a) => a.pathname),
  );
}

/** The concrete addresses to visit for a route: itself, a linked one for a pattern, linked nested pages. */
function addressesFor(route: AppPage, linked: ReadonlySet<string>, visited: ReadonlySet<string>): string[] {
  if (route.address.includes(':')) {
    const pattern = patternOf(route.address);
    // No link found (nothing listed yet): the page's own answer for an unknown value is checked.
    return [
      [...linked].find((address) => pattern.test(address)) ?? route.address.replace(/:[A-Za-z]+/g, '0'),
    ];
  }
  if (!route.nested) return [route.address];
  const shapes = new Set<string>();
  const nested = [...linked].filter((address) => {
    if (!address.startsWith(`${route.address}/`) || visited.has(address)) return false;
    const shape = address.replace(/\/\d+(?=\/|$)/g, '/:n');
    if (shapes.has(shape)) return false;
    shapes.add(shape);
    return true;
  });
  return [route.address, ...nested];
}

interface Finding {
  readonly address: string;
  readonly problem: string;
}

async function check(page: Page, language: string, address: string): Promise<Finding[]> {
  await page.goto(`${baseUrl}${address}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const findings: Finding[] = [];
  const width = await pageWidth(page);
  if (width.scrollWidth > width.clientWidth)
    findings.push({
      address,
      problem: `scrolls sideways: ${width.scrollWidth} > ${width.clientWidth}; ${width.outside.join(', ')}`,
    });
  for (const violation of await axeViolations(page))
    findings.push({ address, problem: `axe ${violation.id}: ${violation.targets.join(' | ')}` });
  if (language === 'es')
    for (const sentence of await englishOn(page, ENGLISH_ONLY))
      findings.push({ address, problem: `English on the Spanish page: "${sentence}"` });
  const slug = address.replace(/^\//, '').replace(/[^A-Za-z0-9]+/g, '-') || 'landing';
  await screenshot(page, `scan-${language}-${slug}`);
  return findings;
}

describe.skipIf(!baseUrl)('every page at 320 pixels, in English and Spanish', () => {
  beforeAll(async () => {
    // A case in the queue, so the case workspace is reached by its link like a specialist reaches it.
    const browser = await openBrowser();
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'demo-admin');
    const caller = await findCaller(page, baseUrl, 1351);
    await openCase(page, baseUrl, caller, 'plan-questions', 'Asks which plans cover their county');
    await browser.close();
  });

  for (const language of ['en', 'es'] as const) {
    describe(language, () => {
      let browser: E2eBrowser;
      beforeAll(async () => {
        browser = await openBrowser({ locale: language === 'es' ? 'es-US' : 'en-US' });
      });
      afterAll(async () => {
        await browser?.close();
      });

      for (const [account, routes] of pagesByAccount()) {
        const names = routes.map((route) => route.address).join(', ');
        it(`${account ?? 'signed out'}: ${names}`, async () => {
          await browser.context.clearCookies();
          const page = await browser.newPage();
          await page.setViewportSize(DESKTOP);
          await page.goto(`${baseUrl}/?lang=${language}`);
          if (account) await signIn(page, baseUrl, account);
          await page.setViewportSize(PHONE);
          const linked = new Set<string>();
          const visited = new Set<string>();
          const findings: Finding[] = [];
          for (const route of routes) {
            for (const address of addressesFor(route, linked, visited)) {
              if (visited.has(address)) continue;
              visited.add(address);
              findings.push(...(await check(page, language, address)));
              for (const link of await linksOn(page)) linked.add(link);
            }
          }
          await page.close();
          expect(findings).toEqual([]);
        });
      }
    });
  }
});
