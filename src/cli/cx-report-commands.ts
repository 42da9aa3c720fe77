// pshb cx report / collection / due: the quarterly CX data of OMB Circular A-11, Section 280
// (docs/customer-experience.md, "The quarterly CX data"): the report as JSON, CSV or GSA Touchpoints'
// detail and response upload CSV; each quarter's collection moved through its states; what is due.
// The operator at the command line acts for the program office (--actor names them for the record).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import {
  dueCollections,
  editCxCollection,
  listCxCollections,
  openCollection,
  showCxCollection,
  transitionCxCollection,
  type CollectionView,
} from '../exchange/cx/cx-collections.ts';
import { cxReportExport, CX_REPORT_FORMATS, parseCxReportFormat } from '../exchange/cx/touchpoints-export.ts';
import { COLLECTION_STATES, type CollectionAction } from '../rules/cx/collection-state.ts';
import type { Principal } from '../security/principal.ts';
import { executorOf } from '../storage/executor.ts';
import { operatorId } from './arguments.ts';
import { programClockFor, say, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

function wholeNumber(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not a whole number from ${min} to ${max}`);
  return value;
}

function required(option: string, text: string | undefined, min: number, max: number): number {
  const value = wholeNumber(option, text, min, max);
  if (value === undefined) throw new PshbError('INVALID_INPUT', `${option} is required`);
  return value;
}

const operator = (actor: string | undefined): Principal => ({
  subject: operatorId(actor),
  role: 'program_administrator',
});

function printCollections(rows: readonly CollectionView[], json: boolean | undefined): void {
  if (json) return printJson({ items: rows });
  process.stdout.write(
    formatTable(
      ['id', 'service', 'fiscal year', 'quarter', 'state', 'due on', 'rating'],
      rows.map((c) => [c.id, c.service, String(c.fiscalYear), c.quarter, c.state, c.dueOn, c.rating ?? '']),
    ) + '\n',
  );
}

const ACTIONS: readonly { name: string; action: CollectionAction; does: string }[] = [
  { name: 'submit', action: 'submit', does: 'submit a draft (it needs a reflection)' },
  { name: 'publish', action: 'publish', does: 'publish a submitted collection' },
  { name: 'request-change', action: 'request_change', does: 'send a submitted or published collection back' },
  {
    name: 'reopen',
    action: 'reopen',
    does: 'edit a collection sent back (or not reported) again as a draft',
  },
  { name: 'not-reported', action: 'mark_not_reported', does: 'record that the quarter is not reported' },
  { name: 'archive', action: 'archive', does: 'archive a published or not reported collection' },
];

export function registerCxReportCommands(cx: Command): void {
  cx.command('report')
    .description(
      'the quarterly CX data: served, offered, respondents and each answer per transaction point and channel',
    )
    .requiredOption('--fiscal-year <yyyy>', 'fiscal year (it begins on October 1 of the year before)')
    .requiredOption('--quarter <n>', 'fiscal quarter 1-4')
    .option('--format <format>', CX_REPORT_FORMATS.join(', '), 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      async (
        options: { fiscalYear: string; quarter: string; format: string; out?: string },
        command: Command,
      ) => {
        const fiscalYear = required('--fiscal-year', options.fiscalYear, 2000, 2200);
        const quarter = required('--quarter', options.quarter, 1, 4) as 1 | 2 | 3 | 4;
        const format = parseCxReportFormat('--format', options.format);
        const rendered = await withStore(command, (store) =>
          cxReportExport(executorOf(store), { fiscalYear, quarter, format }),
        );
        if (options.out === undefined) return void process.stdout.write(rendered.body);
        try {
          writeFileSync(options.out, rendered.body);
        } catch (error) {
          throw new PshbError(
            'INVALID_INPUT',
            `--out: cannot write ${options.out}: ${(error as Error).message}`,
          );
        }
        say(`wrote ${options.out}`);
      },
    );

  const collection = cx.command('collection').description("each quarter's CX data collection and its state");
  collection
    .command('list')
    .description('the collections, newest quarter first')
    .option('--fiscal-year <yyyy>', 'one fiscal year')
    .option('--quarter <n>', 'one quarter')
    .option('--state <state>', COLLECTION_STATES.join(', '))
    .option('--json', 'print as JSON')
    .action(
      async (
        options: { fiscalYear?: string; quarter?: string; state?: string; json?: boolean },
        command: Command,
      ) => {
        if (options.state !== undefined && !(COLLECTION_STATES as readonly string[]).includes(options.state))
          throw new PshbError(
            'INVALID_INPUT',
            `--state: "${options.state}" is not one of ${COLLECTION_STATES.join(', ')}`,
          );
        const filter = {
          fiscalYear: wholeNumber('--fiscal-year', options.fiscalYear, 2000, 2200),
          quarter: wholeNumber('--quarter', options.quarter, 1, 4),
          state: options.state,
        };
        const rows = await withStore(command, (store) =>
          listCxCollections(store, operator(undefined), filter),
        );
        printCollections(rows, options.json);
      },
    );
  collection
    .command('open')
    .description("open the quarter's collection as a draft (the same one if it exists)")
    .requiredOption('--fiscal-year <yyyy>', 'fiscal year')
    .requiredOption('--quarter <n>', 'fiscal quarter 1-4')
    .option('--actor <id>', 'who acts, for the record')
    .action(async (options: { fiscalYear: string; quarter: string; actor?: string }, command: Command) => {
      const fiscalYear = required('--fiscal-year', options.fiscalYear, 2000, 2200);
      const quarter = required('--quarter', options.quarter, 1, 4) as 1 | 2 | 3 | 4;
      const opened = await withStore(command, (store) =>
        openCollection(store, operator(options.actor), { fiscalYear, quarter }),
      );
      printJson(opened);
    });
  collection
    .command('show <id>')
    .description('a collection with every change: who, when, from which state to which')
    .action(async (id: string, _options: unknown, command: Command) => {
      const collectionId = required('id', id, 1, Number.MAX_SAFE_INTEGER);
      printJson(
        await withStore(command, (store) => showCxCollection(store, operator(undefined), collectionId)),
      );
    });
  collection
    .command('edit <id>')
    .description('the reflection (at most 5,000 characters) and rating of a draft')
    .option('--reflection <text>', "the program's reflection on the quarter")
    .option('--rating <rating>', 'TRUE, FALSE or PARTIAL')
    .option('--actor <id>', 'who acts, for the record')
    .action(
      async (
        id: string,
        options: { reflection?: string; rating?: string; actor?: string },
        command: Command,
      ) => {
        const collectionId = required('id', id, 1, Number.MAX_SAFE_INTEGER);
        const edited = await withStore(command, (store) =>
          editCxCollection(store, operator(options.actor), collectionId, {
            reflection: options.reflection,
            rating: options.rating,
          }),
        );
        printJson(edited);
      },
    );
  for (const { name, action, does } of ACTIONS)
    collection
      .command(`${name} <id>`)
      .description(does)
      .option('--note <text>', 'why, for the record')
      .option('--actor <id>', 'who acts, for the record')
      .action(async (id: string, options: { note?: string; actor?: string }, command: Command) => {
        const collectionId = required('id', id, 1, Number.MAX_SAFE_INTEGER);
        const result = await withStore(command, (store) =>
          transitionCxCollection(store, operator(options.actor), collectionId, action, options.note),
        );
        say(result.decision.explanation);
        printJson(result.collection);
      });

  cx.command('due')
    .description("what is due and overdue: each quarter's data is due 30 days after the quarter ends")
    .option('--lookback <n>', 'quarters before the current one to look at', '4')
    .option('--json', 'print as JSON')
    .action(async (options: { lookback: string; json?: boolean }, command: Command) => {
      const lookback = required('--lookback', options.lookback, 0, 40);
      const today = programClockFor(command).today();
      const items = await withStore(command, (store) =>
        dueCollections(store, operator(undefined), { today, lookback }),
      );
      if (options.json) return printJson({ today, items });
      process.stdout.write(
        formatTable(
          ['fiscal year', 'quarter', 'due on', 'status', 'state', 'collection'],
          items.map((d) => [
            d.fiscalYear,
            d.quarter,
            d.dueOn,
            d.status,
            d.state ?? 'not opened',
            d.collectionId ?? '',
          ]),
        ) + '\n',
      );
    });
}
