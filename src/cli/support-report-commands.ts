// pshb support report / import-statistics / record-simulation / document: the performance reports
// from stored interval statistics (docs/support-reports.md) and the written Customer Support
// Operations Plan in HTML, PDF or Markdown, from the same code the API uses.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { resolveSupportPlan } from '../support/plan/load-plan.ts';
import { statisticsFromSimulation } from '../support/reports/from-simulation.ts';
import { readStatisticsFile } from '../support/reports/statistics-csv.ts';
import { saveContactStatistics } from '../support/reports/statistics-store.ts';
import {
  DOCUMENT_FORMATS,
  parseFormat,
  performanceReport,
  REPORT_FORMATS,
  REPORTING_PLAN,
  renderPlanDocument,
  renderReport,
  type Rendered,
} from '../support/reports/support-outputs.ts';
import { simulateSeason } from '../support/simulation/simulate.ts';
import { say, withStore } from './cli-context.ts';
import { printJson } from './output.ts';

function wholeNumber(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not a whole number from ${min} to ${max}`);
  return value;
}

function emit(rendered: Rendered, out: string | undefined): void {
  if (out === undefined) {
    if (typeof rendered.body !== 'string')
      throw new PshbError('INVALID_INPUT', '--out: a PDF needs a file to go to (--out FILE)');
    process.stdout.write(rendered.body);
    return;
  }
  try {
    writeFileSync(out, rendered.body);
  } catch (error) {
    throw new PshbError('INVALID_INPUT', `--out: cannot write ${out}: ${(error as Error).message}`);
  }
  say(`wrote ${out}`);
}

interface ReportOptions {
  partner?: string;
  from?: string;
  to?: string;
  format: string;
  out?: string;
  plan: string;
}

export function registerSupportReportCommands(support: Command): void {
  for (const granularity of ['daily', 'weekly'] as const) {
    const report = support.commands.find((c) => c.name() === 'report') ?? support.command('report');
    report.description('daily and weekly performance reports per partner and for the network');
    report
      .command(granularity)
      .description(
        `${granularity} contacts offered, handled, abandoned, service level, ASA, AHT, FCR, backlog, transfers and contingency activations`,
      )
      .option('--partner <id>', 'one partner only (the network row then covers it alone)')
      .option('--from <date>', 'first day, YYYY-MM-DD')
      .option('--to <date>', 'last day, YYYY-MM-DD')
      .option('--format <format>', REPORT_FORMATS.join(', '), 'json')
      .option('--out <file>', 'write to this file instead of standard output')
      .option('--plan <file|name>', 'the plan giving the target and partner names', REPORTING_PLAN)
      .action(async (options: ReportOptions, command: Command) => {
        const format = parseFormat('--format', options.format, REPORT_FORMATS);
        const { plan } = resolveSupportPlan(options.plan);
        const rendered = await withStore(command, async (store) =>
          renderReport(
            await performanceReport(store, {
              granularity,
              partner: options.partner,
              from: options.from,
              to: options.to,
              plan,
            }),
            format,
            plan,
          ),
        );
        emit(rendered, options.out);
      });
  }

  support
    .command('import-statistics')
    .description(
      'load an ACD/telephony interval CSV of contact statistics; all rows or none, a partner and interval loaded again replaces the earlier row',
    )
    .argument('<file>', 'the CSV file (columns in docs/support-reports.md)')
    .option('--plan <file|name>', 'the support plan whose partners the file may report on', REPORTING_PLAN)
    .option('--json', 'print as JSON')
    .action(async (file: string, options: { plan: string; json?: boolean }, command: Command) => {
      const { plan } = resolveSupportPlan(options.plan);
      const rows = readStatisticsFile(file, {
        plan: plan.id,
        ids: new Set(plan.partners.map((p) => p.id)),
      });
      const result = await withStore(command, (store) => saveContactStatistics(store, rows));
      const partners = new Set(rows.map((r) => r.partner)).size;
      if (options.json) printJson({ file, rows: result.rows, partners });
      else
        process.stdout.write(
          `loaded ${result.rows} interval row(s) for ${partners} partner(s) from ${file}\n`,
        );
    });

  support
    .command('record-simulation')
    .description('simulate a season and store its per-day, per-partner results as contact statistics')
    .option('--plan <file|name>', 'a plan file or shipped plan name', REPORTING_PLAN)
    .option('--seed <n>', 'seed of the random draws', '1')
    .option('--contacts <n>', "contacts over the season instead of the plan's forecast")
    .option('--json', 'print as JSON')
    .action(
      async (
        options: { plan: string; seed: string; contacts?: string; json?: boolean },
        command: Command,
      ) => {
        const { plan } = resolveSupportPlan(options.plan);
        const contacts = wholeNumber('--contacts', options.contacts, 1, 50_000_000);
        const report = simulateSeason(plan, {
          seed: wholeNumber('--seed', options.seed, 0, 4_294_967_295) ?? 1,
          ...(contacts !== undefined ? { contacts, scaleStaff: true } : {}),
        });
        const rows = statisticsFromSimulation(report);
        const result = await withStore(command, (store) => saveContactStatistics(store, rows));
        if (options.json) printJson({ plan: plan.id, seed: report.seed, rows: result.rows });
        else
          process.stdout.write(
            `recorded ${result.rows} partner-day row(s) of ${plan.id} (seed ${report.seed}) as contact statistics\n`,
          );
      },
    );

  support
    .command('document')
    .description(
      'the written Customer Support Operations Plan from the plan data, with Erlang staffing and simulated evidence',
    )
    .argument('[file|name]', 'a plan file or shipped plan name', REPORTING_PLAN)
    .option('--format <format>', DOCUMENT_FORMATS.join(', '), 'html')
    .option('--out <file>', 'write to this file (needed for pdf)')
    .option('--seed <n>', 'seed of the simulation giving the evidence', '1')
    .action(async (name: string, options: { format: string; out?: string; seed: string }) => {
      const format = parseFormat('--format', options.format, DOCUMENT_FORMATS);
      const { plan } = resolveSupportPlan(name);
      const seed = wholeNumber('--seed', options.seed, 0, 4_294_967_295) ?? 1;
      emit(await renderPlanDocument(plan, format, { seed }), options.out);
    });
}
