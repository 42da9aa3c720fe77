// pshb enrollment | reconsideration | premium: the enrollment lifecycle at the command line, for the
// program office's operators. Each command calls the same src/exchange/lifecycle functions as the API;
// the operator acts as a program administrator and is recorded as the actor. A change is received on the
// program date; --received-on records paper that arrived earlier, only with --paper-reason, and writes
// the operator, the form, the day received and the reason to the audit log.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isIsoDate, type IsoDate } from '../domain/dates.ts';
import type { Actor } from '../domain/lifecycle.ts';
import { invalidInput, PshbError } from '../errors.ts';
import {
  dayReceived,
  decideReconsideration,
  paperAuditPurpose,
  paperReceipt,
  type PaperReceipt,
  fileReconsideration,
  householdPremium,
  lifeEventsTable,
  lifecycleContextFor,
  lifecycleRequestBody,
  listReconsiderations,
  listTransitions,
  permissionFor,
  programAverages,
  readEnrollmentState,
  recordTransition,
  toTransitionRequest,
} from '../exchange/lifecycle/index.ts';
import { loadSeasonContext } from '../exchange/season-context.ts';
import { loadContributionParameters } from '../reference-data.ts';
import { TRANSITIONS } from '../rules/lifecycle/index.ts';
import { recordAccesses } from '../security/audit-log.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { operatorId, positiveId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

export function registerEnrollmentCommands(program: Command): void {
  registerLifecycle(program);
  registerReconsideration(program);
  registerPremium(program);
}

function registerLifecycle(program: Command): void {
  const enrollment = program
    .command('enrollment')
    .description('act on a household enrollment: elections, life events, cancellations, corrections');

  enrollment
    .command('actions')
    .description('list the transition table: each action, the states it applies to, and its paragraph')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) => {
      const rows = TRANSITIONS.map((r) => ({ ...r, permission: permissionFor(r.action) }));
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['action', 'from', 'to', 'paragraph'],
          rows.map((r) => [r.action, r.from, r.to, r.citation]),
        ) + '\n',
      );
    });

  enrollment
    .command('state')
    .argument('<person-id>', 'the enrollee or a member of the household')
    .description("show where the household's enrollment stands, its ETag and the actions its state allows")
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const personId = positiveId(id, 'person-id');
      const current = await withStore(command, (store) => readEnrollmentState(executorOf(store), personId));
      const allowed = TRANSITIONS.filter((r) => r.from === current.state.status).map((r) => r.action);
      if (options.json) return printJson({ ...current, allowedActions: [...new Set(allowed)] });
      const { state } = current;
      const coverage = state.coverage
        ? `${state.coverage.enrollmentCode} (plan ${state.coverage.planCode}, option ${state.coverage.optionCode}, ${state.coverage.enrollmentType.replaceAll('_', ' ')})`
        : 'none';
      process.stdout.write(
        [
          `Household ${current.householdId} (${state.enrolleeKind}): ${state.status.replaceAll('_', ' ')} since ${state.since ?? '-'}`,
          `  Coverage: ${coverage}`,
          state.temporaryExtensionEnds ? `  Temporary extension ends: ${state.temporaryExtensionEnds}` : '',
          state.tccEnds ? `  Temporary continuation ends: ${state.tccEnds}` : '',
          `  ETag: ${current.etag}`,
          `  Actions now possible: ${[...new Set(allowed)].join(', ') || 'none'}`,
          '',
        ]
          .filter((line) => line !== '')
          .join('\n') + '\n',
      );
    });

  enrollment
    .command('history')
    .argument('<person-id>', 'the enrollee or a member of the household')
    .description('list the lifecycle transitions recorded on the household, oldest first')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const personId = positiveId(id, 'person-id');
      const rows = await withStore(command, async (store) => {
        const { householdId } = await readEnrollmentState(executorOf(store), personId);
        return listTransitions(executorOf(store), householdId, 0, 10_000);
      });
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['id', 'action', 'from', 'to', 'effective', 'decided', 'recorded (UTC)', 'by', 'paragraphs'],
          rows.map((r) => [
            String(r.id),
            r.action,
            r.from,
            r.to,
            r.effectiveOn,
            r.decidedOn,
            r.recordedAt.slice(0, 19),
            `${r.actor.role}:${r.actor.id}`,
            r.citations.join('; '),
          ]),
        ) + '\n',
      );
    });

  enrollment
    .command('act')
    .argument('<person-id>', 'the enrollee or a member of the household')
    .description(
      'apply one lifecycle action; the rules decide, and a refusal records nothing (see `pshb enrollment actions` and docs/lifecycle.md)',
    )
    .requiredOption('--action <action>', 'the action, e.g. suspend, life_event_change, cancel')
    .requiredOption('--reason <text>', 'why, in the words of the person asking (kept with the record)')
    .option(
      '--fields <json>',
      'the action\'s own fields as a JSON object, e.g. \'{"dateOfDeath":"2025-03-01"}\'',
    )
    .option('--fields-file <file>', "the action's own fields from a JSON file")
    .option(
      '--received-on <date>',
      'paper received earlier: the day it arrived (default: the request is received on the program date)',
    )
    .option('--paper-reason <text>', 'with --received-on: why the paper is recorded late (audited)')
    .option(
      '--paper-form <form>',
      'with --received-on: the paper received, e.g. "SF 2809"',
      'written request',
    )
    .option('--if-match <etag>', 'refuse unless the enrollment still has this ETag (from `enrollment state`)')
    .option('--actor <id>', 'who acts, for the record (default: cli:<your user name>)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: ActOptions, command: Command) => {
      const personId = positiveId(id, 'person-id');
      const fields = await actionFields(options);
      const paper = paperOf(options);
      const parsed = lifecycleRequestBody.safeParse({
        ...fields,
        action: options.action,
        reason: options.reason,
      });
      if (!parsed.success)
        throw invalidInput(`the ${options.action} request is not valid`, parsed.error.issues);
      const made = await withStore(command, async (store) => {
        const { householdId } = await readEnrollmentState(executorOf(store), personId);
        const context = await lifecycleContextFor(
          store,
          householdId,
          parsed.data.action,
          await loadSeasonContext(store),
          programClockFor(command),
        );
        const actor = operator(options.actor);
        const today = programClockFor(command).today();
        const receivedOn = await paperDay(store, { paper, actor, personId, today }, 'enrollment.administer');
        const request = toTransitionRequest(parsed.data, actor, receivedOn, today);
        const input = { personId, request, ifMatch: options.ifMatch ?? null, paperReceipt: paper };
        return store.transaction((tx) => recordTransition(tx, input, context));
      });
      if (options.json) return printJson(made);
      const d = made.decision;
      process.stdout.write(
        [
          `Recorded transition ${made.id}: ${d.action} from ${d.from} to ${d.to}, effective ${d.effectiveOn}.`,
          `  ${d.explanation}`,
          `  Paragraphs: ${d.citations.join('; ')}`,
          d.temporaryExtensionEnds
            ? `  Temporary extension ends ${d.temporaryExtensionEnds}; conversion right: ${d.conversionRight ? 'yes' : 'no'}`
            : '',
          d.premiumAdjustment ? `  Premium adjustment: ${JSON.stringify(d.premiumAdjustment)}` : '',
          `  Notice: ${made.notice.notice}`,
          `  New ETag: ${made.etag}`,
        ]
          .filter((line) => line !== '')
          .join('\n') + '\n',
      );
    });
}

interface PaperOptions {
  receivedOn?: string;
  paperReason?: string;
  paperForm?: string;
}

interface ActOptions extends PaperOptions {
  action: string;
  reason: string;
  fields?: string;
  fieldsFile?: string;
  ifMatch?: string;
  actor?: string;
  json?: boolean;
}

async function actionFields(options: ActOptions): Promise<Record<string, unknown>> {
  if (options.fields && options.fieldsFile) {
    throw new PshbError('INVALID_INPUT', 'give --fields or --fields-file, not both');
  }
  let text = options.fields ?? '{}';
  let source = '--fields';
  if (options.fieldsFile) {
    source = options.fieldsFile;
    try {
      text = await readFile(options.fieldsFile, 'utf8');
    } catch (error) {
      throw new PshbError('NOT_FOUND', `${source}: cannot read: ${(error as Error).message}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PshbError('INVALID_INPUT', `${source}: not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PshbError('INVALID_INPUT', `${source}: give a JSON object of the action's fields`);
  }
  return value as Record<string, unknown>;
}

function registerReconsideration(program: Command): void {
  const reconsideration = program
    .command('reconsideration')
    .description('requests to reconsider an initial decision (5 CFR 890.1607, 890.104) and their decisions');

  reconsideration
    .command('file')
    .argument('<person-id>', 'the person asking')
    .description('record a request for reconsideration; it is judged timely or not as it is filed')
    .requiredOption('--grounds <text>', 'why the person believes the decision is wrong')
    .option('--transition <id>', 'the recorded transition contested (from `enrollment history`)')
    .option('--subject <text>', 'without --transition: the decision contested')
    .option('--decided-on <date>', 'without --transition: the date of that decision')
    .option(
      '--received-on <date>',
      'a letter received earlier: the day it arrived (default: the request is filed on the program date)',
    )
    .option('--paper-reason <text>', 'with --received-on: why the letter is recorded late (audited)')
    .option('--paper-form <form>', 'with --received-on: the paper received', 'letter')
    .option('--not-notified', 'the person was not told of the decision or of the time limit')
    .option('--prevented', 'circumstances beyond their control kept the person from filing in time')
    .option('--actor <id>', 'who records it (default: cli:<your user name>)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: FileOptions, command: Command) => {
      const personId = positiveId(id, 'person-id');
      if (options.decidedOn !== undefined && !isIsoDate(options.decidedOn))
        throw new PshbError(
          'INVALID_INPUT',
          `--decided-on: "${options.decidedOn}" is not a date in YYYY-MM-DD form`,
        );
      const paper = paperOf(options);
      const actor = operator(options.actor);
      const record = await withStore(command, async (store) => {
        const today = programClockFor(command).today();
        const filedOn = await paperDay(store, { paper, actor, personId, today }, 'case.decide');
        return store.transaction((tx) =>
          fileReconsideration(
            tx,
            {
              personId,
              transitionId:
                options.transition === undefined ? undefined : positiveId(options.transition, '--transition'),
              subject: options.subject,
              initialDecisionOn: options.decidedOn,
              filedOn,
              grounds: options.grounds,
              notNotified: options.notNotified === true,
              preventedByCircumstancesBeyondControl: options.prevented === true,
              filedBy: actor.id,
            },
            lifeEventsTable().periods,
          ),
        );
      });
      if (options.json) return printJson(record);
      process.stdout.write(
        `Reconsideration request ${record.id} (${record.timeliness.replaceAll('_', ' ')}): ${record.explanation}\n`,
      );
    });

  reconsideration
    .command('decide')
    .argument('<request-id>', 'the reconsideration request')
    .description('decide a timely request: affirm or reverse the initial decision, with the final notice')
    .requiredOption('--result <result>', 'affirm or reverse')
    .requiredOption('--findings <text>', 'the reasons, stated in the notice')
    .option('--actor <id>', 'who decides (default: cli:<your user name>)')
    .option('--json', 'print as JSON')
    .action(async (id: string, options: DecideOptions, command: Command) => {
      const requestId = positiveId(id, 'request-id');
      if (options.result !== 'affirm' && options.result !== 'reverse') {
        throw new PshbError('INVALID_INPUT', `--result: "${options.result}" is not affirm or reverse`);
      }
      const result = options.result;
      const record = await withStore(command, (store) =>
        store.transaction((tx) =>
          decideReconsideration(
            tx,
            requestId,
            {
              result,
              findings: options.findings,
              decidedOn: programClockFor(command).today(),
              decidedBy: operator(options.actor).id,
            },
            lifeEventsTable().periods,
          ),
        ),
      );
      if (options.json) return printJson(record);
      process.stdout.write(`${record.decision?.notice ?? ''}\n`);
    });

  reconsideration
    .command('list')
    .argument('<person-id>', 'the enrollee or a member of the household')
    .description("list the household's reconsideration requests and decisions")
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const personId = positiveId(id, 'person-id');
      const rows = await withStore(command, async (store) => {
        const { householdId } = await readEnrollmentState(executorOf(store), personId);
        return listReconsiderations(executorOf(store), householdId, 0, 10_000);
      });
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['id', 'subject', 'decision of', 'filed', 'deadline', 'timeliness', 'result'],
          rows.map((r) => [
            String(r.id),
            r.subject,
            r.initialDecisionOn,
            r.filedOn,
            r.deadline,
            r.timeliness,
            r.decision?.result ?? 'pending',
          ]),
        ) + '\n',
      );
    });
}

interface FileOptions extends PaperOptions {
  grounds: string;
  transition?: string;
  subject?: string;
  decidedOn?: string;
  notNotified?: boolean;
  prevented?: boolean;
  actor?: string;
  json?: boolean;
}

interface DecideOptions {
  result: string;
  findings: string;
  actor?: string;
  json?: boolean;
}

function registerPremium(program: Command): void {
  const premium = program
    .command('premium')
    .description('premiums and Government contributions (5 U.S.C. 8906(b))');
  premium
    .command('show')
    .argument('<person-id>', 'the enrollee or a member of the household')
    .description("the household's premium: Government contribution and enrollee share, explained")
    .option('--json', 'print as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const personId = positiveId(id, 'person-id');
      const result = await withStore(command, async (store) => {
        const { catalogue } = await loadSeasonContext(store);
        const averages = await programAverages(executorOf(store), catalogue);
        return householdPremium(
          executorOf(store),
          personId,
          catalogue,
          averages,
          loadContributionParameters(catalogue.contractYear),
        );
      });
      if (options.json) return printJson(result);
      const c = result.contribution;
      process.stdout.write(`${c.explanation}\n  Paragraphs: ${c.citations.join('; ')}\n`);
    });
  premium
    .command('averages')
    .description(
      'program-wide enrollment-weighted average premiums per enrollment type, from enrollment data',
    )
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const result = await withStore(command, async (store) => {
        const { catalogue } = await loadSeasonContext(store);
        return programAverages(executorOf(store), catalogue);
      });
      if (options.json) return printJson(result);
      const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;
      process.stdout.write(
        formatTable(
          ['enrollment type', 'enrollments', 'biweekly average', 'monthly average'],
          Object.entries(result.averages).map(([type, a]) => [
            type.replaceAll('_', ' '),
            String(a?.enrollments ?? 0),
            money(a?.biweekly ?? 0),
            money(a?.monthly ?? 0),
          ]),
        ) + `\n(catalogue ${result.catalogueVersion}, ${result.enrollments} enrollments)\n`,
      );
    });
}

/**
 * Paper received earlier, from --received-on, --paper-reason and --paper-form; undefined without
 * --received-on. A received date is accepted only with a reason.
 */
function paperOf(options: PaperOptions): PaperReceipt | undefined {
  if (options.receivedOn === undefined) {
    if (options.paperReason !== undefined)
      throw new PshbError('INVALID_INPUT', '--paper-reason: only with --received-on');
    return undefined;
  }
  if (options.paperReason === undefined)
    throw new PshbError(
      'INVALID_INPUT',
      '--received-on: give --paper-reason, why paper received earlier is recorded late',
    );
  const parsed = paperReceipt.safeParse({
    form: options.paperForm,
    receivedOn: options.receivedOn,
    reason: options.paperReason,
  });
  if (!parsed.success) {
    const flags = { form: '--paper-form', receivedOn: '--received-on', reason: '--paper-reason' };
    const issue = parsed.error.issues[0];
    const flag = flags[issue?.path[0] as keyof typeof flags] ?? '--received-on';
    throw new PshbError('INVALID_INPUT', `${flag}: ${issue?.message ?? 'not valid'}`);
  }
  return parsed.data;
}

/**
 * The day the program received the change: the program date, or the paper's received date, which is
 * written to the audit log with the operator, the form and the reason before the change is recorded.
 */
async function paperDay(
  store: Store,
  change: { paper: PaperReceipt | undefined; actor: Actor; personId: number; today: IsoDate },
  action: 'enrollment.administer' | 'case.decide',
): Promise<IsoDate> {
  const { paper, actor, personId, today } = change;
  const day = dayReceived(paper, today, '--received-on');
  if (paper === undefined) return day;
  await recordAccesses(store, [
    {
      subject: actor.id,
      role: 'program_administrator',
      action,
      resourceKind: action === 'case.decide' ? 'case' : 'enrollment',
      resourceId: String(personId),
      personId,
      purpose: paperAuditPurpose(paper, today),
      outcome: 'allowed',
      reason: 'an operator at the command line acts for the program office',
    },
  ]);
  return day;
}

/** The operator at the command line acts for the program office. */
function operator(id: string | undefined): Actor {
  return { id: operatorId(id), role: 'program_administrator' };
}
