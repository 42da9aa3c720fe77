// The exchange benchmark's result against its targets (issue 12), each beside the floor measured in
// the same run: the disk's write speed for files, the COPY floor for the database.
import { formatTable } from '../src/cli/output.ts';

export interface ExchangePhase {
  readonly phase: string;
  readonly seconds: number;
  /** The process's CPU time (user and system, every thread) during the phase: less sensitive to a loaded machine. */
  readonly cpuSeconds?: number;
  readonly peakRssMb: number;
  readonly members?: number;
  readonly events?: number;
  readonly megabytes?: number;
}

export interface ExchangeBenchResult {
  readonly people: number;
  readonly carriers: number;
  readonly setupSeconds: number;
  readonly copyFloorSecondsPerMillion: number;
  readonly diskWriteMbPerSecond: number;
  readonly phases: readonly ExchangePhase[];
}

export const EXCHANGE_TARGETS = {
  auditSeconds: 60,
  auditPeakRssMb: 600,
  daySeconds: 2,
  reconcileMembers: 1_000_000,
  reconcileSeconds: 30,
  reconcilePeakRssMb: 1024,
  medicarePeople: 700_000,
  medicareSeconds: 60,
} as const;

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const n = (value: number | undefined) =>
  value === undefined ? '' : Math.round(value).toLocaleString('en-US');

/** The reconciliation's run of median time, when it ran more than once. */
function medianReconcile(phases: readonly ExchangePhase[]): ExchangePhase | undefined {
  const runs = phases.filter((p) => p.phase.startsWith('reconcile')).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor((runs.length - 1) / 2)];
}

export function exchangeReport(result: ExchangeBenchResult): string {
  const rows = result.phases.map((p) => [
    p.phase,
    p.seconds.toFixed(2),
    p.cpuSeconds === undefined ? '' : p.cpuSeconds.toFixed(2),
    Math.round(p.peakRssMb),
    n(p.members),
    n(p.events),
    p.megabytes === undefined ? '' : p.megabytes.toFixed(1),
    p.megabytes === undefined ? '' : (p.megabytes / p.seconds).toFixed(1),
  ]);
  const find = (prefix: string) => result.phases.find((p) => p.phase.startsWith(prefix));
  const [write, read, day, reconcile] = [
    find('audit files written'),
    find('audit files read'),
    find('change files for a day'),
    medianReconcile(result.phases),
  ];
  const verdicts: string[] = [];
  if (write && read) {
    const seconds = write.seconds + read.seconds;
    const peak = Math.max(write.peakRssMb, read.peakRssMb);
    verdicts.push(
      `monthly audit, ${n(write.members)} members of ${result.carriers} carriers written and read back: ${seconds.toFixed(1)} s ` +
        `(target < ${EXCHANGE_TARGETS.auditSeconds} s: ${met(seconds < EXCHANGE_TARGETS.auditSeconds)}); peak RSS ${Math.round(peak)} MB ` +
        `(target < ${EXCHANGE_TARGETS.auditPeakRssMb} MB: ${met(peak < EXCHANGE_TARGETS.auditPeakRssMb)}); ` +
        `written at ${((write.megabytes ?? 0) / write.seconds).toFixed(1)} MB/s against the disk's ${result.diskWriteMbPerSecond.toFixed(0)} MB/s`,
    );
  }
  if (day)
    verdicts.push(
      `a day of changes, ${n(day.events)} member events: ${day.seconds.toFixed(2)} s ` +
        `(target < ${EXCHANGE_TARGETS.daySeconds} s: ${met(day.seconds < EXCHANGE_TARGETS.daySeconds)})`,
    );
  if (reconcile?.members) {
    const perSecond = reconcile.members / reconcile.seconds;
    const projected = EXCHANGE_TARGETS.reconcileMembers / perSecond;
    verdicts.push(
      `reconciliation${reconcile.phase.includes(', run ') ? ' (the median run)' : ''}: ${n(reconcile.members)} members in ${reconcile.seconds.toFixed(1)} s = ${n(perSecond)} members/s; ` +
        `${reconcile.members >= EXCHANGE_TARGETS.reconcileMembers ? '' : 'projected '}1,000,000 members: ${projected.toFixed(1)} s ` +
        `(target < ${EXCHANGE_TARGETS.reconcileSeconds} s: ${met(projected < EXCHANGE_TARGETS.reconcileSeconds)}); ` +
        `peak RSS ${Math.round(reconcile.peakRssMb)} MB (target < ${EXCHANGE_TARGETS.reconcilePeakRssMb} MB at this size: ` +
        `${met(reconcile.peakRssMb < EXCHANGE_TARGETS.reconcilePeakRssMb)})`,
    );
  }
  const [request, ingest] = [find('Medicare request'), find('Medicare response ingested')];
  if (request?.members && ingest) {
    const seconds = request.seconds + ingest.seconds;
    const projected = (seconds * EXCHANGE_TARGETS.medicarePeople) / request.members;
    verdicts.push(
      `Medicare round trip (request written, response ingested, rules re-evaluated, reviews opened): ` +
        `${n(request.members)} people in ${seconds.toFixed(1)} s; ${request.members >= EXCHANGE_TARGETS.medicarePeople ? '' : 'projected '}` +
        `700,000 people: ${projected.toFixed(1)} s (target < ${EXCHANGE_TARGETS.medicareSeconds} s: ${met(projected < EXCHANGE_TARGETS.medicareSeconds)})`,
    );
  }
  verdicts.push(
    `floors in this run: COPY ${result.copyFloorSecondsPerMillion.toFixed(2)} s per million rows; disk ${result.diskWriteMbPerSecond.toFixed(0)} MB/s`,
  );
  return (
    `\nCarrier data exchange on PostgreSQL, ${n(result.people)} people (seeded in ${result.setupSeconds.toFixed(0)} s, not counted)\n` +
    formatTable(
      ['phase', 'seconds', 'CPU s', 'peak RSS MB', 'members', 'events/segments', 'MB', 'MB/s'],
      rows,
    ) +
    '\n' +
    verdicts.join('\n') +
    '\n'
  );
}
