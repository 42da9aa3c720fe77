// pshb callbacks list | schedule | complete: the callbacks promised to callers on support cases, for the
// program office. The operator acts as a program administrator and is recorded as the actor; each
// command calls the same src/support/cases/callbacks.ts functions as the API (changes in one
// transaction), and the lists page as the API's do (--limit, --cursor; the next cursor is printed).
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { callbackPage, callbackPageRequest } from '../server/callback-pages.ts';
import { MAX_PAGE_SIZE } from '../server/pagination.ts';
import { executorOf } from '../storage/executor.ts';
import { lockCase } from '../storage/support/cases.ts';
import {
  closeCallback,
  listCaseCallbacks,
  listDueCallbacks,
  scheduleCallback,
  type Callback,
  type DueCallback,
} from '../support/cases/callbacks.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { positiveId } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';
import { changing, operator, type Common } from './support-case-options.ts';

/** The API's field names as this command's options, so a refusal names what to fix here. */
const OPTION_OF: Record<string, string> = { dueAt: '--due', timeZone: '--time-zone', note: '--note' };

function withOptionNames(error: unknown): never {
  if (error instanceof PshbError && error.code === 'INVALID_INPUT' && error.message.includes(':')) {
    const named = Object.entries(OPTION_OF).reduce(
      (message, [field, option]) => message.replace(new RegExp(`\\b${field}:`, 'g'), `${option}:`),
      error.message,
    );
    throw new PshbError('INVALID_INPUT', named);
  }
  throw error;
}

function limitOption(text: string): number {
  const limit = positiveId(text, '--limit');
  if (limit > MAX_PAGE_SIZE)
    throw new PshbError('INVALID_INPUT', `--limit: "${text}" is more than ${MAX_PAGE_SIZE}`);
  return limit;
}

function cursorOption(limit: number, cursor: string | undefined) {
  try {
    return callbackPageRequest({ limit, cursor });
  } catch (error) {
    if (error instanceof PshbError)
      throw new PshbError(
        'INVALID_INPUT',
        '--cursor: not a cursor this list printed; start again without it',
      );
    throw error;
  }
}

function printCallback(callback: Callback, json: boolean | undefined): void {
  if (json) return printJson(callback);
  process.stdout.write(
    [
      `Callback ${callback.id} on case ${callback.caseId}: ${callback.status}`,
      `  Due: ${callback.dueAt} (${callback.timeZone})`,
      `  Note: ${callback.note}`,
      `  Scheduled by ${callback.scheduledBy} at ${callback.scheduledAt}`,
      callback.closedAt ? `  Closed by ${callback.closedBy} at ${callback.closedAt}` : '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  );
}

function printNext(nextCursor: string | null): string {
  return nextCursor ? `\nMore: add --cursor ${nextCursor}\n` : '';
}

export function registerCallbackCommands(program: Command): void {
  const callbacks = program
    .command('callbacks')
    .description('callbacks promised to callers on support cases: list, schedule, complete');
  registerListCommand(callbacks);
  registerScheduleCommand(callbacks);
  registerCompleteCommand(callbacks);
}

function registerListCommand(callbacks: Command): void {
  callbacks
    .command('list')
    .argument('[case-id]', "the case whose callbacks to list (or --partner for a partner's due ones)")
    .option(
      '--partner <partner>',
      "instead of a case: the partner's callbacks past due or due within the hour",
    )
    .option('--limit <n>', `how many to list (1-${MAX_PAGE_SIZE})`, '50')
    .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
    .option('--json', 'print as JSON: { items, nextCursor }')
    .description("a case's callbacks soonest due first, or a partner's due ones oldest first")
    .addHelpText(
      'after',
      '\nExamples:\n  pshb callbacks list 12\n  pshb callbacks list --partner helpline --json',
    )
    .action(
      async (
        id: string | undefined,
        options: Common & { partner?: string; limit: string; cursor?: string },
        command: Command,
      ) => {
        if ((id === undefined) === (options.partner === undefined))
          throw new PshbError('INVALID_INPUT', 'case-id: give a case id or --partner, not both or neither');
        const limit = limitOption(options.limit);
        const page = cursorOption(limit, options.cursor);
        if (options.partner !== undefined) {
          const partner = options.partner;
          const plan = caseSupportPlan();
          if (!plan.partners.some((p) => p.id === partner))
            throw new PshbError('INVALID_INPUT', `--partner: no partner "${partner}" in plan ${plan.id}`);
          const rows = await withStore(command, (store) =>
            listDueCallbacks(executorOf(store), partner, new Date(), page),
          );
          const due = callbackPage<DueCallback>(rows, limit);
          if (options.json) return printJson({ partner, ...due });
          process.stdout.write(
            formatTable(
              ['callback', 'case', 'subject', 'due', 'time zone', 'note'],
              due.items.map((c) => [
                String(c.id),
                String(c.caseId),
                c.subject,
                `${c.dueAt.slice(0, 16)}${c.overdue ? ' overdue' : ''}`,
                c.timeZone,
                c.note,
              ]),
            ) +
              '\n' +
              printNext(due.nextCursor),
          );
          return;
        }
        const caseId = positiveId(id!, 'case-id');
        // An unknown case is named as such, not listed as one without callbacks.
        const rows = await withStore(command, (store) =>
          changing(store, async (executor) => {
            if (!(await lockCase(executor, caseId)))
              throw new PshbError('NOT_FOUND', `case-id: no support case ${caseId}`);
            return listCaseCallbacks(executor, caseId, page);
          }),
        );
        const listed = callbackPage(rows, limit);
        if (options.json) return printJson(listed);
        process.stdout.write(
          formatTable(
            ['callback', 'due', 'time zone', 'status', 'by', 'note'],
            listed.items.map((c) => [
              String(c.id),
              c.dueAt.slice(0, 16),
              c.timeZone,
              c.status,
              c.scheduledBy,
              c.note,
            ]),
          ) +
            '\n' +
            printNext(listed.nextCursor),
        );
      },
    );
}

function registerScheduleCommand(callbacks: Command): void {
  callbacks
    .command('schedule')
    .argument('<case-id>', 'an open case')
    .requiredOption('--due <instant>', 'when to call back, with its offset (2026-11-20T14:30-05:00)')
    .requiredOption('--note <text>', 'what the call is about (at most 500 characters)')
    .option('--time-zone <zone>', 'the IANA time zone the time was agreed in', 'America/New_York')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description(
      "promise the caller a callback: a time in the future and a note (the phone number stays on the person's record)",
    )
    .action(
      async (
        id: string,
        options: Common & { due: string; note: string; timeZone: string },
        command: Command,
      ) => {
        const caseId = positiveId(id, 'case-id');
        const request = { dueAt: options.due, timeZone: options.timeZone, note: options.note };
        const scheduled = await withStore(command, (store) =>
          changing(store, (executor) =>
            scheduleCallback(executor, caseId, request, operator(options.actor)),
          ).catch(withOptionNames),
        );
        printCallback(scheduled, options.json);
      },
    );
}

function registerCompleteCommand(callbacks: Command): void {
  callbacks
    .command('complete')
    .argument('<case-id>', 'the case the callback is on')
    .argument('<callback-id>', 'the callback')
    .option('--cancelled', 'close it as cancelled (no longer needed) rather than done')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('close a scheduled callback once: done (the caller was called back) or --cancelled')
    .action(
      async (id: string, callbackId: string, options: Common & { cancelled?: boolean }, command: Command) => {
        const caseId = positiveId(id, 'case-id');
        const callback = positiveId(callbackId, 'callback-id');
        const closed = await withStore(command, (store) =>
          changing(store, (executor) =>
            closeCallback(
              executor,
              caseId,
              callback,
              options.cancelled ? 'cancelled' : 'done',
              operator(options.actor),
            ),
          ),
        );
        printCallback(closed, options.json);
      },
    );
}
