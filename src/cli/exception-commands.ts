// pshb exceptions: the exchange's exception queue at the command line, for the enrollment
// reconciliation team (docs/carrier-exchange.md "The exception queue"): the items partners' files
// raised, one item with its history, and assigning and resolving items.
import { Command, Option } from 'commander';
import {
  assignExceptionTo,
  exceptionDetail,
  findExceptionRow,
  listExceptionViews,
  resolveExceptionWith,
  type ExceptionDetail,
  type ExceptionSummary,
} from '../exchange/exchange-views/exception-views.ts';
import { executorOf } from '../storage/executor.ts';
import type { ExchangeExceptionKind } from '../storage/tables/exchange-tables.ts';
import { operatorId, positiveId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

const KINDS: readonly ExchangeExceptionKind[] = [
  'ack_rejected',
  'ack_missing',
  'medicare_mismatch',
  'medicare_no_match',
  'delivery_failed',
];

interface ListOptions {
  readonly partner?: string;
  readonly state: 'open' | 'resolved' | 'all';
  readonly kind?: ExchangeExceptionKind;
  readonly limit: string;
  readonly json?: boolean;
}

const where = (item: ExceptionSummary) =>
  [
    item.fileId === null ? '' : `file ${item.fileId}`,
    item.segmentPosition === null ? '' : `segment ${item.segmentPosition} ${item.segmentId ?? ''}`.trim(),
    item.element ?? '',
    item.memberId === null ? '' : `member ${item.memberId}`,
  ]
    .filter(Boolean)
    .join(', ');

function printItems(items: readonly ExceptionSummary[]): void {
  if (items.length === 0) {
    process.stdout.write('No exception items match.\n');
    return;
  }
  const rows = items.map((i) => [
    i.id,
    i.partner,
    i.kind,
    where(i),
    i.errorCode ?? '',
    i.openedOn,
    i.owner ?? '',
  ]);
  process.stdout.write(formatTable(['id', 'partner', 'kind', 'where', 'code', 'opened', 'owner'], rows));
}

function printDetail(item: ExceptionDetail): void {
  process.stdout.write(
    `Item ${item.id}: ${item.kind} from ${item.partner}, opened ${item.openedOn}` +
      (item.resolvedOn ? `, resolved ${item.resolvedOn} (${item.resolution ?? ''})` : ', open') +
      `\n${where(item) || 'the whole file'}${item.errorCode ? `, error code ${item.errorCode}` : ''}\n`,
  );
  process.stdout.write(
    formatTable(
      ['status', 'owner', 'note', 'effective', 'recorded'],
      item.history.map((e) => [e.status, e.owner ?? '', e.note ?? '', e.effectiveOn, e.recordedAt]),
    ),
  );
}

function registerList(exceptions: Command): void {
  exceptions
    .command('list', { isDefault: true })
    .description('list exception items, newest first')
    .option('--partner <code>', "only this partner's items")
    .addOption(
      new Option('--state <state>', 'open, resolved or all')
        .choices(['open', 'resolved', 'all'])
        .default('open'),
    )
    .addOption(new Option('--kind <kind>', 'only items of this kind').choices(KINDS))
    .option('--limit <n>', 'at most this many items', '100')
    .option('--json', 'print as JSON')
    .action(async (options: ListOptions, command: Command) => {
      const limit = Math.min(positiveId(options.limit, '--limit'), 10_000);
      const items = await withStore(command, (store) =>
        listExceptionViews(executorOf(store), {
          ...(options.partner ? { partners: [options.partner.toUpperCase()] } : {}),
          ...(options.kind ? { kind: options.kind } : {}),
          state: options.state,
          limit,
        }),
      );
      if (options.json) printJson(items);
      else printItems(items);
    });
}

function registerShow(exceptions: Command): void {
  exceptions
    .command('show')
    .description('one exception item with its history')
    .argument('<id>', 'the item id (from pshb exceptions list)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const itemId = positiveId(id, '<id>');
      const item = await withStore(command, async (store) => {
        const executor = executorOf(store);
        return exceptionDetail(executor, await findExceptionRow(executor, itemId));
      });
      if (options.json) printJson(item);
      else printDetail(item);
    });
}

function registerAssign(exceptions: Command): void {
  exceptions
    .command('assign')
    .description('give an open item to someone on the reconciliation team')
    .argument('<id>', 'the item id')
    .requiredOption('--to <who>', 'who works the item')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { to: string; json?: boolean }, command: Command) => {
      const itemId = positiveId(id, '<id>');
      const today = programClockFor(command).today();
      const item = await withStore(command, (store) =>
        store.transaction((tx) => assignExceptionTo(tx, itemId, options.to, today)),
      );
      if (options.json) printJson(item);
      else printDetail(item);
    });
}

function registerResolve(exceptions: Command): void {
  exceptions
    .command('resolve')
    .description('close an open item with what was done (a resend names the new file)')
    .argument('<id>', 'the item id')
    .requiredOption('--note <text>', 'what was done')
    .option('--resent-file <id>', 'the file that carried the fix, when it was resent')
    .option('--actor <id>', 'who resolves it, for the record (default: cli:<your user name>)')
    .option('--json', 'print as JSON')
    .action(
      async (
        id: string,
        options: { note: string; resentFile?: string; actor?: string; json?: boolean },
        command: Command,
      ) => {
        const itemId = positiveId(id, '<id>');
        const resentFileId =
          options.resentFile === undefined ? null : positiveId(options.resentFile, '--resent-file');
        const on = programClockFor(command).today();
        const by = operatorId(options.actor);
        const item = await withStore(command, (store) =>
          store.transaction((tx) =>
            resolveExceptionWith(tx, itemId, { by, note: options.note, on, resentFileId }),
          ),
        );
        if (options.json) printJson(item);
        else printDetail(item);
      },
    );
}

export function registerExceptionCommands(program: Command): void {
  const exceptions = program
    .command('exceptions')
    .description("the exchange's exception queue: what partners' files raised, worked to resolution");
  registerList(exceptions);
  registerShow(exceptions);
  registerAssign(exceptions);
  registerResolve(exceptions);
}
