// pshb support: the customer-support operation. `staff` sizes one interval's phone staffing with
// Erlang C, or Erlang A when callers' patience is given (docs/support-staffing.md); `validate`,
// `simulate`, `compare` and `plan` work on the support plan as data (docs/support-plan.md). No database.
import { MEASURE_HEAD } from '../support/simulation/simulation-document.ts';
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { planStaffing, type StaffingPlan } from '../support/staffing/staffing-plan.ts';
import { formatTable, printJson } from './output.ts';
import { registerSupportCaseCommands } from './support-case-commands.ts';
import { registerSupportReportCommands } from './support-report-commands.ts';
import { startProgress } from './progress.ts';
import { listShippedPlans, resolveSupportPlan } from '../support/plan/load-plan.ts';
import { describePlanSummary, planSummary } from '../support/plan/plan-summary.ts';
import type { SupportPlan } from '../support/plan/support-plan.ts';
import { renderPlanDocument } from '../support/reports/support-outputs.ts';
import { comparePlans, type PlanComparison } from '../support/simulation/compare-plans.ts';
import { simulateSeason, type SimulationOptions } from '../support/simulation/simulate.ts';
import { renderHtmlReport } from '../support/simulation/simulation-document.ts';
import type { Measures, SimulationReport } from '../support/simulation/simulation-report.ts';

interface StaffOptions {
  calls: string;
  interval: string;
  aht: string;
  serviceLevel: string;
  answerWithin: string;
  maxOccupancy?: string;
  shrinkage?: string;
  patience?: string;
  json?: boolean;
}

type Rule = 'at-least-zero' | 'positive' | 'fraction' | 'fraction-above-zero' | 'fraction-below-one';

const RULE_TEXT: Record<Rule, string> = {
  'at-least-zero': 'a number of 0 or more',
  positive: 'a number greater than 0',
  fraction: 'a fraction from 0 to 1 (e.g. 0.8)',
  'fraction-above-zero': 'a fraction above 0 and at most 1 (e.g. 0.85)',
  'fraction-below-one': 'a fraction from 0 up to but not including 1 (e.g. 0.3)',
};

function parseNumber(option: string, text: string, rule: Rule): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  const ok =
    Number.isFinite(value) &&
    {
      'at-least-zero': value >= 0,
      positive: value > 0,
      fraction: value >= 0 && value <= 1,
      'fraction-above-zero': value > 0 && value <= 1,
      'fraction-below-one': value >= 0 && value < 1,
    }[rule];
  if (!ok) throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not ${RULE_TEXT[rule]}`);
  return value;
}

function optional(option: string, text: string | undefined, rule: Rule): number | undefined {
  return text === undefined ? undefined : parseNumber(option, text, rule);
}

export function registerSupportCommands(program: Command): void {
  const support = program.command('support').description('the multi-partner customer-support operation');
  support
    .command('staff')
    .description(
      'agents needed to answer one interval of calls within a service-level target (Erlang C, or Erlang A with --patience)',
    )
    .requiredOption('--calls <n>', 'calls expected in the interval')
    .requiredOption('--interval <seconds>', 'length of the interval in seconds (1800 for a half hour)')
    .requiredOption('--aht <seconds>', 'average handle time in seconds: talk + hold + after-call work')
    .requiredOption('--service-level <fraction>', 'fraction of calls to answer within the answer time (0.8)')
    .requiredOption('--answer-within <seconds>', 'the answer time of the target in seconds (20)')
    .option(
      '--max-occupancy <fraction>',
      'keep agents busy on calls at most this fraction of the time (0.85)',
    )
    .option('--shrinkage <fraction>', 'fraction of scheduled time not available for calls (0.3)')
    .option('--patience <seconds>', "callers' mean patience before hanging up; switches to Erlang A")
    .option('--json', 'print as JSON')
    .action((options: StaffOptions) => {
      const request = {
        calls: parseNumber('--calls', options.calls, 'at-least-zero'),
        intervalSeconds: parseNumber('--interval', options.interval, 'positive'),
        ahtSeconds: parseNumber('--aht', options.aht, 'positive'),
        serviceLevel: parseNumber('--service-level', options.serviceLevel, 'fraction'),
        answerWithinSeconds: parseNumber('--answer-within', options.answerWithin, 'at-least-zero'),
        maxOccupancy: optional('--max-occupancy', options.maxOccupancy, 'fraction-above-zero'),
        shrinkage: optional('--shrinkage', options.shrinkage, 'fraction-below-one'),
        patienceSeconds: optional('--patience', options.patience, 'positive'),
      };
      let plan: StaffingPlan;
      try {
        plan = planStaffing(request);
      } catch (error) {
        // The models refuse only targets no staffing can reach, e.g. 100% with no time to answer.
        if (error instanceof RangeError)
          throw new PshbError('INVALID_INPUT', `--service-level: ${error.message}`);
        throw error;
      }
      if (options.json) printJson(plan);
      else process.stdout.write(formatStaffingPlan(plan));
    });
  registerPlanCommands(support);
  registerSupportReportCommands(support);
  registerSupportCaseCommands(support);
}

const DEFAULT_PLAN = 'open-season-77';
const COMPARED_PLANS = ['original-16', 'open-season-77'];

interface SimulateOptions {
  plan: string;
  seed?: string;
  contacts?: string;
  scaleStaff?: boolean;
  json?: boolean;
  html?: string;
}

function parseInteger(
  option: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new PshbError(
      'INVALID_INPUT',
      `${option}: "${text}" is not a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`,
    );
  return value;
}

function simulationOptions(options: Omit<SimulateOptions, 'plan'>, days: number): SimulationOptions {
  const progress = startProgress('simulating', days, !options.json && process.stderr.isTTY === true);
  return {
    seed: parseInteger('--seed', options.seed, 0, 4_294_967_295) ?? 1,
    contacts: parseInteger('--contacts', options.contacts, 1, 50_000_000),
    scaleStaff: options.scaleStaff === true,
    onProgress: (done) => {
      progress.update(done);
      if (done >= days) progress.stop();
    },
  };
}

function seasonDayCount(plan: SupportPlan): number {
  const ms = Date.parse(plan.demand.extendedTo) - Date.parse(plan.demand.start);
  return Math.round(ms / 86_400_000) + 1;
}

function registerPlanCommands(support: Command): void {
  support
    .command('validate')
    .description(
      'check a support plan file (or every shipped plan) against the schema and its cross-references',
    )
    .argument('[file]', 'a plan file (JSON) or a shipped plan name; all shipped plans when left out')
    .option('--json', 'print as JSON')
    .action((file: string | undefined, options: { json?: boolean }) => {
      const targets = file === undefined ? listShippedPlans() : [file];
      const results = targets.map((target) => {
        const { plan, file: path } = resolveSupportPlan(target);
        return { file: path, ...planSummary(plan) };
      });
      if (options.json) printJson({ valid: true, plans: results });
      else for (const r of results) process.stdout.write(`valid: ${r.file}\n  ${describePlanSummary(r)}\n`);
    });

  support
    .command('simulate')
    .description(
      'simulate an open season across the support network: service level, ASA, abandonment, occupancy per day and partner, contingency firings',
    )
    .option(
      '--plan <file|name>',
      `a plan file or shipped plan name (${listShippedPlans().join(', ')})`,
      DEFAULT_PLAN,
    )
    .option('--seed <n>', 'seed of the random draws: the same seed gives the same report', '1')
    .option('--contacts <n>', "contacts over the season instead of the plan's forecast")
    .option(
      '--scale-staff',
      "scale every partner's agents with --contacts (a larger network of the same shape)",
    )
    .option('--json', 'print the whole report as JSON')
    .option('--html <file>', 'also write an HTML report with the daily service level chart')
    .action((options: SimulateOptions) => {
      const { plan } = resolveSupportPlan(options.plan);
      const report = simulateSeason(plan, simulationOptions(options, seasonDayCount(plan)));
      if (options.html !== undefined) writeHtml(options.html, [report]);
      if (options.json) printJson(report);
      else process.stdout.write(formatSimulation(report));
    });

  support
    .command('compare')
    .description(
      'run the original 16-specialist plan and the 77-specialist plan through the same season, side by side',
    )
    .option('--plans <a,b>', 'the plans to compare, comma-separated files or names', COMPARED_PLANS.join(','))
    .option('--seed <n>', 'seed of the random draws', '1')
    .option('--contacts <n>', "contacts over the season instead of each plan's forecast")
    .option('--json', 'print as JSON')
    .option('--html <file>', 'also write an HTML report with both plans')
    .action((options: Omit<SimulateOptions, 'plan'> & { plans: string }) => {
      const names = options.plans
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length < 2)
        throw new PshbError('INVALID_INPUT', `--plans: give at least two plans, comma-separated`);
      const plans = names.map((name) => resolveSupportPlan(name).plan);
      const comparison = comparePlans(
        plans,
        simulationOptions(options, seasonDayCount(plans[0]!) * plans.length),
      );
      if (options.html !== undefined) writeHtml(options.html, comparison.reports);
      if (options.json)
        printJson({ target: comparison.target, seed: comparison.seed, rows: comparison.rows });
      else process.stdout.write(formatComparison(comparison));
    });

  support
    .command('plan')
    .description(
      'render a support plan as its written document (Markdown): partners, RACI, menu, routing, contingencies, escalation, scripts',
    )
    .argument('[file|name]', 'a plan file or shipped plan name', DEFAULT_PLAN)
    .option('--out <file>', 'write the document to this file instead of standard output')
    .action(async (name: string, options: { out?: string }) => {
      const { plan } = resolveSupportPlan(name);
      const { body } = await renderPlanDocument(plan, 'md');
      if (options.out !== undefined) writeFileSync(options.out, body);
      else process.stdout.write(body);
    });
}

function writeHtml(file: string, reports: readonly SimulationReport[]): void {
  try {
    writeFileSync(file, renderHtmlReport(reports));
  } catch (error) {
    throw new PshbError('INVALID_INPUT', `--html: cannot write ${file}: ${(error as Error).message}`);
  }
  process.stderr.write(`wrote ${file}\n`);
}

const pct = (v: number | null): string => (v === null ? '-' : percent(v));
const secs = (v: number | null): string => (v === null ? '-' : `${v.toFixed(0)} s`);

export function formatSimulation(report: SimulationReport): string {
  const s = report.season;
  const t = report.target;
  const lines: string[] = [];
  lines.push(`${report.plan.name} (version ${report.plan.version}, seed ${report.seed})`);
  lines.push(
    `target ${percent(t.serviceLevel)} answered within ${t.answerWithinSeconds} s, at most ${percent(t.maxAbandonmentRate)} abandoned: ` +
      `${s.meetsServiceLevel ? 'MET' : 'NOT MET'}, season service level ${pct(s.network.serviceLevel)} ` +
      `(${(s.serviceLevelGap * 100).toFixed(1)} points), abandonment ${pct(s.network.abandonmentRate)}, ` +
      `${s.daysMeetingTarget} of ${s.openDays} days on target`,
  );
  lines.push('');
  const row = (who: string, m: Measures): (string | number)[] => [
    who,
    m.offered,
    m.handled,
    m.abandoned,
    pct(m.serviceLevel),
    secs(m.asaSeconds),
    pct(m.abandonmentRate),
    pct(m.occupancy),
    m.callbacksRequested,
  ];
  lines.push(
    formatTable(
      [...MEASURE_HEAD],
      [row('network', s.network), ...report.partners.map((p) => row(p.id, s.partners[p.id]!))],
    ),
  );
  lines.push(
    formatTable(
      ['day', 'offered', 'service level', 'ASA', 'abandonment', ...report.partners.map((p) => `${p.id} SL`)],
      report.days.map((d) => [
        d.date,
        d.network.offered,
        `${pct(d.network.serviceLevel)}${d.meetsTarget ? '' : ' *'}`,
        secs(d.network.asaSeconds),
        pct(d.network.abandonmentRate),
        ...report.partners.map((p) => pct(d.partners[p.id]?.serviceLevel ?? null)),
      ]),
    ),
  );
  lines.push('* below target');
  lines.push('');
  lines.push(`contingency levels fired ${report.contingencies.length} time(s)`);
  if (report.contingencies.length > 0)
    lines.push(
      formatTable(
        ['fired', 'level', 'trigger', 'value', 'stood down'],
        report.contingencies.map((f) => [
          f.firedAt,
          f.level,
          f.trigger,
          f.value.toFixed(3),
          f.releasedAt ?? 'active',
        ]),
      ),
    );
  const c = report.conservation;
  lines.push(
    `${c.arrivals.toLocaleString('en-US')} contacts: ${c.contained.toLocaleString('en-US')} self-served, ${c.referred.toLocaleString('en-US')} referred, ${c.handled.toLocaleString('en-US')} answered, ${c.abandoned.toLocaleString('en-US')} abandoned, ${c.callbacksRequested.toLocaleString('en-US')} callbacks (${c.callbacksPending.toLocaleString('en-US')} pending)`,
  );
  return lines.join('\n') + '\n';
}

export function formatComparison(comparison: PlanComparison): string {
  const t = comparison.target;
  const rows = comparison.rows.map((r) => [
    r.plan,
    r.agents,
    pct(r.serviceLevel),
    `${r.serviceLevelGap >= 0 ? '+' : ''}${(r.serviceLevelGap * 100).toFixed(1)} pts`,
    r.meetsServiceLevel ? 'meets' : 'fails',
    secs(r.asaSeconds),
    pct(r.abandonmentRate),
    `${r.daysMeetingTarget}/${r.openDays}`,
    r.worstDay ? `${r.worstDay.date} ${pct(r.worstDay.serviceLevel)}` : '-',
    r.contingencyFirings,
  ]);
  const verdicts = comparison.rows.map(
    (r) =>
      `${r.plan}: ${r.meetsServiceLevel ? 'meets' : 'fails'} the target with ${pct(r.serviceLevel)}, ` +
      `${Math.abs(r.serviceLevelGap * 100).toFixed(1)} points ${r.serviceLevelGap >= 0 ? 'above' : 'below'} it; ` +
      `${pct(r.abandonmentRate)} of callers hang up.`,
  );
  return (
    `target: ${percent(t.serviceLevel)} answered within ${t.answerWithinSeconds} s over the season (seed ${comparison.seed})\n\n` +
    formatTable(
      [
        'plan',
        'agents on phones',
        'service level',
        'vs target',
        'verdict',
        'ASA',
        'abandonment',
        'days on target',
        'worst day',
        'contingency firings',
      ],
      rows,
    ) +
    '\n' +
    verdicts.join('\n') +
    '\n'
  );
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

export function formatStaffingPlan(plan: StaffingPlan): string {
  const rows: [string, string][] = [
    ['model', plan.model === 'erlang-c' ? 'Erlang C (callers wait)' : 'Erlang A (callers hang up)'],
    ['offered load', `${plan.offeredLoad.toFixed(2)} Erlangs`],
    ['agents on the phones', String(plan.agents)],
    ['agents to schedule', String(plan.scheduled)],
    [`answered within ${plan.inputs.answerWithinSeconds} s`, percent(plan.serviceLevel)],
    ['callers who wait', percent(plan.probabilityOfWaiting)],
    ['average speed of answer', `${plan.averageSpeedOfAnswer.toFixed(1)} s`],
    ['occupancy', percent(plan.occupancy)],
  ];
  if (plan.probabilityOfAbandonment !== undefined)
    rows.push(['callers who hang up', percent(plan.probabilityOfAbandonment)]);
  return `${formatTable(['measure', 'value'], rows)}\n${plan.explanation}\n`;
}
