// The web app's page-weight and speed budget, measured in headless Chromium (a script, not a test:
// timings belong in measurements, not assertions). `npm run web:budget [-- --runs N] [--json]`.
//   1. First load of the enrollee portal: the JavaScript the browser downloads, as sent (compressed),
//      with an empty cache. Budget: under 300 KB.
//   2. The plan comparison with every offer of every enrollment type (108: the shipped catalogue's 48 and
//      60 of 20 synthetic regional options added for the measurement):
//      the main thread's scripting time from navigating to the page until the last row is on screen,
//      median of N runs (Chrome's ScriptDuration metric). Budget: under 100 ms for 100+ plans.
import { Command } from 'commander';
import type { CDPSession, Page } from 'playwright-core';
import { openBrowser, signIn } from '../test-support/e2e/browser.ts';
import { startDemoApp } from '../test-support/e2e/demo-app.ts';

const JS_BUDGET_BYTES = 300 * 1024;
const SCRIPTING_BUDGET_MS = 100;
const MIN_PLANS = 100;

interface ScriptTransfer {
  readonly url: string;
  readonly bytes: number;
}

interface BudgetReport {
  readonly firstLoad: {
    readonly scripts: readonly ScriptTransfer[];
    readonly totalBytes: number;
    readonly met: boolean;
  };
  readonly planComparison: {
    readonly plans: number;
    readonly runsMs: readonly number[];
    readonly medianMs: number;
    readonly met: boolean;
  };
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--runs <n>', 'plan comparison renders to time', '15')
    .option('--json', 'print the figures as JSON')
    .parse()
    .opts<{ runs: string; json?: boolean }>();
  const runs = Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: "${options.runs}" is not a positive whole number`);

  process.stderr.write('Building the app and starting a demo server…\n');
  // The shipped catalogue has 16 PSHB options (48 offers); 20 more make 108 offers to compare.
  const app = await startDemoApp({ people: 300, extraSyntheticOptions: 20 });
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await signIn(page, app.url, 'demo-enrollee');
    const report: BudgetReport = {
      firstLoad: await measureFirstLoad(page, app.url),
      planComparison: await measurePlanComparison(page, app.url, runs),
    };
    process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    if (!report.firstLoad.met || !report.planComparison.met) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.close();
  }
}

/**
 * Every script the portal's first load fetches, with the bytes on the wire, from an empty cache. (The
 * cache is emptied rather than disabled: a disabled cache fetches a preloaded chunk twice, which no
 * browser does.)
 */
async function measureFirstLoad(page: Page, baseUrl: string): Promise<BudgetReport['firstLoad']> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  const scripts = new Map<string, string>();
  const transfers: ScriptTransfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = scripts.get(event.requestId);
    if (url && event.encodedDataLength > 0)
      transfers.push({ url: new URL(url).pathname, bytes: event.encodedDataLength });
  });
  await page.goto(`${baseUrl}/portal`, { waitUntil: 'networkidle' });
  await cdp.detach();
  const totalBytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
  return { scripts: transfers, totalBytes, met: totalBytes < JS_BUDGET_BYTES };
}

/**
 * Navigates inside the app (as a click on a link does) from the portal's home to the comparison of every
 * plan, and takes the scripting time until the rows are on screen; then back, and again.
 */
async function measurePlanComparison(
  page: Page,
  baseUrl: string,
  runs: number,
): Promise<BudgetReport['planComparison']> {
  await page.goto(`${baseUrl}/portal`, { waitUntil: 'networkidle' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const timings: number[] = [];
  let plans = 0;
  // One unmeasured visit first loads the page's code, as any visit after the first finds it.
  for (let run = 0; run <= runs; run += 1) {
    await navigateInApp(page, '/portal');
    await page.getByTestId('plan-table').waitFor({ state: 'detached' });
    const before = await scriptDuration(cdp);
    await navigateInApp(page, '/portal/plans?enrollmentType=all');
    await page.waitForFunction(
      (minimum) => document.querySelectorAll('[data-testid="plan-row"]').length >= minimum,
      MIN_PLANS,
    );
    const after = await scriptDuration(cdp);
    plans = await page.getByTestId('plan-row').count();
    if (run > 0) timings.push((after - before) * 1000);
  }
  await cdp.detach();
  const medianMs = median(timings);
  return {
    plans,
    runsMs: timings.map((t) => Math.round(t * 10) / 10),
    medianMs,
    met: plans >= MIN_PLANS && medianMs < SCRIPTING_BUDGET_MS,
  };
}

/** A client-side navigation, as the router does for a link: push the address, tell the router. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(window.history.state, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, path);
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

function formatReport(report: BudgetReport): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const lines = [
    'Web app budget (headless Chromium)',
    '',
    `First load of /portal: ${kb(report.firstLoad.totalBytes)} of JavaScript on the wire (budget < 300 KB: ${verdict(report.firstLoad.met)})`,
    ...report.firstLoad.scripts.map((s) => `  ${kb(s.bytes).padStart(10)}  ${s.url}`),
    '',
    `Plan comparison, ${report.planComparison.plans} plans: median ${report.planComparison.medianMs} ms of scripting over ${report.planComparison.runsMs.length} renders (budget < 100 ms: ${verdict(report.planComparison.met)})`,
    `  each render (ms): ${report.planComparison.runsMs.join(', ')}`,
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
