// pshb open-season: run automatic enrollment for an open season and report on it.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { runAutoEnrollment, type AutoEnrollSummary } from '../exchange/open-season/auto-enroll.ts';
import {
  buildEnrollmentReport,
  type EnrollmentReport,
  type RecordedDays,
} from '../exchange/open-season/enrollment-report.ts';
import { loadSeasonContext } from '../exchange/season-context.ts';
import type { Store } from '../storage/store.ts';
import { dayOption } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { formatCount, formatTable, printJson } from './output.ts';
import { startProgress } from './progress.ts';

export function registerOpenSeasonCommands(program: Command): void {
  const openSeason = program.command('open-season').description('run and report on an open season');

  openSeason
    .command('auto-enroll')
    .description(
      'decide every household of the open season: honour elections, enroll the rest automatically ' +
        '(5 CFR 890.1605), and record each decision with its reasons. Safe to repeat: a completed run ' +
        'changes nothing, an interrupted one resumes where it stopped.',
    )
    .option('--season <id>', 'open season id from the program calendar (default: the transitional one)')
    .option('--as-of <date>', 'decide as of this date (default: the day open season actions take effect)')
    .option('--dry-run', 'decide and count, but write nothing')
    .option('--batch-size <households>', 'households per committed batch', '20000')
    .option('--json', 'print the summary as JSON')
    .action(async (options: AutoEnrollCliOptions, command: Command) => {
      dayOption(options.asOf, '--as-of');
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new PshbError(
          'INVALID_INPUT',
          `--batch-size: "${options.batchSize}" is not a positive whole number`,
        );
      }
      const summary = await withStore(command, (store) => autoEnroll(store, options, batchSize));
      if (options.json) printJson(summary);
      else process.stdout.write(describeRun(summary));
    });

  openSeason
    .command('report')
    .description(
      'enrollments by carrier, plan and type; automatic against elected; Part B exceptions by paragraph. ' +
        'With --from and/or --to: only what was recorded on those days (UTC), e.g. the elections of one week',
    )
    .option('--season <id>', 'open season id (default: the transitional one)')
    .option('--from <date>', 'first day recorded, YYYY-MM-DD (UTC)')
    .option('--to <date>', 'last day recorded, YYYY-MM-DD (UTC)')
    .option('--json', 'print the report as JSON')
    .action(async (options: ReportCliOptions, command: Command) => {
      const days = recordedDays(options);
      const report = await withStore(command, async (store) => {
        const context = await loadSeasonContext(store, { openSeasonId: options.season });
        return buildEnrollmentReport(store, context.openSeason.id, context.catalogue, days);
      });
      if (options.json) printJson(report);
      else process.stdout.write(formatEnrollmentReport(report, days));
    });
}

interface ReportCliOptions {
  season?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

/** The days of --from and --to, each a real date, --to not before --from (as the API's ?from=&to=). */
function recordedDays(options: { from?: string; to?: string }): RecordedDays {
  const from = dayOption(options.from, '--from');
  const to = dayOption(options.to, '--to');
  if (from && to && to < from)
    throw new PshbError(
      'INVALID_INPUT',
      `--to: ${to} is before --from ${from}; give the last day on or after the first`,
    );
  return { from, to };
}

interface AutoEnrollCliOptions {
  season?: string;
  asOf?: string;
  dryRun?: boolean;
  batchSize: string;
  json?: boolean;
}

async function autoEnroll(
  store: Store,
  options: AutoEnrollCliOptions,
  batchSize: number,
): Promise<AutoEnrollSummary> {
  const context = await loadSeasonContext(store, { openSeasonId: options.season });
  const progress = startProgress(options.dryRun ? 'Deciding (dry run)' : 'Enrolling households', 0);
  try {
    return await runAutoEnrollment(store, {
      ...context,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      dryRun: options.dryRun === true,
      batchSize,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
}

export function describeRun(summary: AutoEnrollSummary): string {
  if (summary.status === 'already_completed') {
    return `Run ${summary.runId} is already complete; nothing changed. See: pshb open-season report\n`;
  }
  const heading =
    summary.status === 'dry_run'
      ? `Dry run of ${summary.runId}: nothing was written.`
      : `Run ${summary.runId} completed` +
        (summary.resumedFrom > 0 ? `, resumed after ${formatCount(summary.resumedFrom)} households.` : '.');
  const outcomes = formatTable(
    ['outcome', 'households'],
    Object.entries(summary.outcomes).map(([outcome, n]) => [outcome.replaceAll('_', ' '), n]),
  );
  const partB = formatTable(
    ['Part B', 'people'],
    Object.entries(summary.partB)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([outcome, n]) => [outcome.replaceAll('_', ' '), n]),
  );
  return [
    heading,
    `${formatCount(summary.households)} households, ${formatCount(summary.people)} people decided; ` +
      `${formatCount(summary.terminations)} terminations for missing Part B.`,
    '',
    outcomes,
    partB,
  ].join('\n');
}

/** The report as text; with days, the heading says which days were recorded. */
export function formatEnrollmentReport(report: EnrollmentReport, days: RecordedDays = {}): string {
  const t = report.totals;
  const sections = [
    `Open season ${report.openSeasonId}${describeDays(days)}`,
    `${formatCount(t.households)} households decided: ${formatCount(t.automatic)} enrolled automatically, ` +
      `${formatCount(t.elected)} by their own election, ${formatCount(t.declined)} declined, ` +
      `${formatCount(t.notEnrolled)} not enrolled; ${formatCount(t.terminations)} terminations for missing Part B.`,
    `${formatCount(t.peopleCovered)} of ${formatCount(t.peopleDecided)} people covered.`,
    '',
    'By carrier',
    formatTable(
      ['carrier', 'automatic', 'elected', 'total'],
      report.byCarrier.map((c) => [c.carrier, c.automatic, c.elected, c.total]),
    ),
    'By plan, option and enrollment type',
    formatTable(
      ['code', 'carrier', 'plan', 'option', 'type', 'automatic', 'elected', 'total'],
      report.byPlan.map((p) => [
        p.enrollmentCode,
        p.carrier,
        p.plan,
        p.option,
        p.enrollmentType.replaceAll('_', ' '),
        p.automatic,
        p.elected,
        p.total,
      ]),
    ),
    'Households not enrolled, by paragraph',
    formatTable(
      ['paragraph', 'households'],
      report.notEnrolledReasons.map((r) => [r.paragraph, r.households]),
    ),
    'Medicare Part B requirement, by outcome and paragraph',
    formatTable(
      ['outcome', 'paragraph', 'people'],
      report.partB.map((r) => [r.outcome.replaceAll('_', ' '), r.paragraph, r.people]),
    ),
  ];
  return sections.join('\n');
}

function describeDays({ from, to }: RecordedDays): string {
  if (from && to) return from === to ? `, recorded on ${from}` : `, recorded ${from} to ${to}`;
  if (from) return `, recorded on or after ${from}`;
  if (to) return `, recorded on or before ${to}`;
  return '';
}
