// A whole open season through the 77-specialist support network at two million contacts (the network
// scaled to match, so the queues behave as planned), timed and measured against the targets: under
// 10 seconds and under 1 GB. Run alone with `npx tsx bench/support-simulation-bench.ts [contacts]`.
import { fileURLToPath } from 'node:url';
import { resolveSupportPlan } from '../src/support/plan/load-plan.ts';
import { simulateSeason } from '../src/support/simulation/simulate.ts';

const CONTACTS = 2_000_000;
const TARGET_SECONDS = 10;
const TARGET_RSS_BYTES = 1024 ** 3;

export interface SupportSimulationBenchResult {
  readonly plan: string;
  readonly contacts: number;
  readonly events: number;
  readonly seconds: number;
  readonly peakRssBytes: number;
  readonly serviceLevel: number | null;
  readonly targetSeconds: number;
  readonly targetRssBytes: number;
  readonly withinTargets: boolean;
}

export function benchSupportSimulation(
  contacts = CONTACTS,
  planName = 'open-season-77',
): SupportSimulationBenchResult {
  const { plan } = resolveSupportPlan(planName);
  const started = process.hrtime.bigint();
  const report = simulateSeason(plan, { seed: 1, contacts, scaleStaff: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // maxRSS is the process's peak in kilobytes, so it covers the run's high-water mark.
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return {
    plan: planName,
    contacts: report.conservation.arrivals,
    events: report.events,
    seconds,
    peakRssBytes,
    serviceLevel: report.season.network.serviceLevel,
    targetSeconds: TARGET_SECONDS,
    targetRssBytes: TARGET_RSS_BYTES,
    withinTargets: seconds < TARGET_SECONDS && peakRssBytes < TARGET_RSS_BYTES,
  };
}

export function formatSupportSimulationBench(result: SupportSimulationBenchResult): string {
  const mib = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
  return (
    `support simulation (${result.plan}): ${result.contacts.toLocaleString('en-US')} contacts, ` +
    `${result.events.toLocaleString('en-US')} events in ${result.seconds.toFixed(2)} s ` +
    `(target < ${result.targetSeconds} s), peak RSS ${mib(result.peakRssBytes)} (target < ${mib(result.targetRssBytes)}), ` +
    `season service level ${((result.serviceLevel ?? 0) * 100).toFixed(1)}%: ` +
    `${result.withinTargets ? 'within targets' : 'OUTSIDE TARGETS'}\n`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const contacts = process.argv[2] === undefined ? CONTACTS : Number(process.argv[2]);
  const result = benchSupportSimulation(contacts);
  process.stdout.write(formatSupportSimulationBench(result));
  process.exitCode = result.withinTargets ? 0 : 1;
}
