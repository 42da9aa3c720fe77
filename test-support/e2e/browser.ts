// Headless Chromium for the end-to-end suite, driven by playwright-core: Debian's chromium package
// (never a downloaded browser), started with the flags a closed network needs, a fresh profile each
// time. Helpers sign in through the real OpenID Connect flow, check a page with axe-core (WCAG 2.1 A and
// AA rules) and keep screenshots in test-results/screenshots for CI to collect.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export function chromiumPath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface E2eBrowser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A browser with its own profile; bypassCSP only so axe-core can be injected into our pages. It runs in
 * a fixed time zone (New York unless given), so times of day on the screens are the same on any machine.
 */
export async function openBrowser(
  options: { locale?: string; timezoneId?: string } = {},
): Promise<E2eBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'pshb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'America/New_York',
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  // Generous waits: CI machines are shared and slow at times; a journey fails on what it finds, not on time.
  context.setDefaultTimeout(60_000);
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in as a demo account from the landing page: its "Sign in as" button, then the development
 * provider's page (the name is filled in from the hint; any password), back to the app.
 */
export async function signIn(page: Page, baseUrl: string, subject: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByTestId(`demo-sign-in-${subject}`).click();
  await page.locator('input[name="password"]').waitFor();
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.href.startsWith(baseUrl) && !url.pathname.startsWith('/auth/'));
  await page.getByTestId('sign-out').waitFor();
}

/** A fresh page signed in as the demo account (any earlier sign-in's cookies cleared), at this size if given. */
export async function signedInPage(
  browser: E2eBrowser,
  baseUrl: string,
  subject: string,
  viewport?: { readonly width: number; readonly height: number },
): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await signIn(page, baseUrl, subject);
  return page;
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The WCAG 2.1 A/AA violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<never> } }
    ).axe;
    const result: {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
