// pshb support: the customer-support operation. `staff` sizes one interval's phone staffing with
// Erlang C, or Erlang A when callers' patience is given (docs/support-staffing.md). No database.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { planStaffing, type StaffingPlan } from '../support/staffing/staffing-plan.ts';
import { formatTable, printJson } from './output.ts';

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
