// pshb performance notice|respond|reconsideration|final|money: due process after the contracting
// officer accepts a carrier performance evaluation, and the money (docs/carrier-performance-due-process.md;
// 48 CFR 1609.7101-2, 48 CFR 1632.170(a)(2), 63 FR 55337). At the command line the operator acts as
// the contracting officer (--actor names who, for the record); a carrier's own response or request
// is recorded as sent by it with --as-carrier.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isIsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import {
  checkOverdueRebates,
  decideReconsideration,
  issueFinalDetermination,
  issueFindingsNotice,
  moneyStatement,
  readNotice,
  recordCarrierResponse,
  recordRebate,
  recordReserveDeposit,
  recordWithheld,
  requestReconsideration,
  scheduleWithhold,
  settle,
  type MoneyStatementView,
  type NoticeView,
} from '../exchange/carrier-performance/due-process/index.ts';
import { cents } from '../rules/carrier-performance/due-process/index.ts';
import type { DueProcessActor } from '../rules/carrier-performance/due-process/index.ts';
import { operatorId, positiveId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

interface ActorOptions {
  actor?: string;
  asCarrier?: string;
  json?: boolean;
}

function officer(options: ActorOptions): DueProcessActor {
  return { subject: operatorId(options.actor), role: 'contracting_officer' };
}

/** The carrier itself with --as-carrier, else the contracting officer recording what it sent. */
function carrierOrOfficer(options: ActorOptions): DueProcessActor {
  return options.asCarrier
    ? { subject: operatorId(options.actor), role: 'carrier', carrierCodes: [options.asCarrier] }
    : officer(options);
}

const withActor = (command: Command) =>
  command
    .option('--actor <id>', 'who acts, for the record (default: cli:<your user name>)')
    .option('--json', 'print the result as JSON');

function wholeNumber(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not a positive whole number`);
  return value;
}

function factorOf(text: string, previous: { elementId: string; factor: number }[] = []) {
  const match = /^([^=]+)=(.+)$/.exec(text);
  const factor = match ? Number(match[2]) : NaN;
  if (!match || !Number.isFinite(factor))
    throw new PshbError(
      'INVALID_INPUT',
      `--factor: "${text}" is not ELEMENT=FACTOR (e.g. customer-service=0.001)`,
    );
  return [...previous, { elementId: match[1]!.trim(), factor }];
}

function describeNotice(notice: NoticeView): string {
  return (
    `${notice.kind === 'findings' ? 'Findings notice' : 'Final determination'} ${notice.id} on evaluation ${notice.evaluationId}, issued ${notice.issuedOn} by ${notice.issuedBy}` +
    (notice.responseDueOn ? `; response due by ${notice.responseDueOn}` : '') +
    `\n  SHA-256 ${notice.sha256}\n  pshb performance notice show ${notice.id} --format pdf --out notice-${notice.id}.pdf\n`
  );
}

function describeMoney(s: MoneyStatementView): string {
  const lines = [
    `Evaluation ${s.evaluationId} (${s.carrierCode}, contract year ${s.contractYear}), ${s.state}`,
    `  final amount      ${cents(s.finalAmountCents)} (final on ${s.finalOn})`,
    `  rebate due by     ${s.rebateDueOn}${s.rebateOverdue ? ' (overdue)' : ''}`,
    `  rebates received  ${cents(s.receivedCents)}`,
    `  withheld          ${cents(s.withheldCents)} of ${cents(s.scheduledCents)} scheduled`,
    `  deposited         ${cents(s.depositedCents)} in the contingency reserve`,
    `  balance owed      ${cents(s.balanceCents)}; awaiting deposit ${cents(s.awaitingDepositCents)}`,
    `  ${s.decision.explanation}`,
  ];
  const schedule =
    s.scheduled.length === 0
      ? ''
      : formatTable(
          ['payment', 'payable on', 'scheduled', 'withheld'],
          s.scheduled.map((p) => [String(p.payment), p.dueOn, cents(p.amountCents), cents(p.withheldCents)]),
        );
  return lines.join('\n') + '\n' + schedule;
}

const print = <T>(options: ActorOptions, value: T, describe: (v: T) => string) =>
  options.json ? printJson(value) : process.stdout.write(describe(value));

export function registerPerformanceProcessCommands(performance: Command): void {
  registerNoticeCommands(performance);
  registerCarrierStepCommands(performance);
  registerMoneyCommands(performance);
}

function registerNoticeCommands(performance: Command): void {
  const notice = performance
    .command('notice')
    .description('the findings notice to the carrier, and notices as issued');
  withActor(
    notice
      .command('issue')
      .description('issue the findings notice on an accepted evaluation (48 CFR 1609.7101-2)')
      .argument('<id>', 'the evaluation id')
      .option(
        '--response-days <n>',
        'days the carrier has to respond (default: reference-data/carrier-performance/due-process)',
      ),
  ).action(async (id: string, options: ActorOptions & { responseDays?: string }, command: Command) => {
    const today = programClockFor(command).today();
    const issued = await withStore(command, (store) =>
      issueFindingsNotice(store, officer(options), {
        evaluationId: positiveId(id, '<id>'),
        today,
        responseDays:
          options.responseDays === undefined
            ? undefined
            : wholeNumber(options.responseDays, '--response-days'),
      }),
    );
    print(options, issued, describeNotice);
  });
  withActor(
    notice
      .command('show')
      .description('write a notice as issued, as HTML or as a tagged PDF')
      .argument('<notice-id>', 'the notice id')
      .requiredOption('--format <format>', 'html or pdf')
      .requiredOption('--out <file>', 'where to write it'),
  ).action(async (id: string, options: ActorOptions & { format: string; out: string }, command: Command) => {
    if (options.format !== 'html' && options.format !== 'pdf')
      throw new PshbError('INVALID_INPUT', `--format: "${options.format}" is not html or pdf`);
    const format = options.format;
    const rendered = await withStore(command, (store) =>
      readNotice(store, officer(options), { noticeId: positiveId(id, '<notice-id>'), format }),
    );
    writeFileSync(options.out, rendered.bytes);
    print(
      options,
      { ...rendered.notice, document: undefined, out: options.out, bytes: rendered.bytes.length },
      (n) => `Wrote ${n.kind} notice ${n.id} (${rendered.contentType}, ${n.bytes} bytes) to ${n.out}\n`,
    );
  });
}

function registerCarrierStepCommands(performance: Command): void {
  withActor(
    performance
      .command('respond')
      .description("record the carrier's written response to the findings notice, within its window")
      .argument('<id>', 'the evaluation id')
      .requiredOption('--text <text>', 'the response')
      .option(
        '--as-carrier <code>',
        'recorded as sent by the carrier itself (default: the contracting officer records it)',
      ),
  ).action(async (id: string, options: ActorOptions & { text: string }, command: Command) => {
    const today = programClockFor(command).today();
    const response = await withStore(command, (store) =>
      recordCarrierResponse(store, carrierOrOfficer(options), {
        evaluationId: positiveId(id, '<id>'),
        today,
        text: options.text,
      }),
    );
    print(
      options,
      response,
      (r) =>
        `Response recorded on evaluation ${r.evaluationId} on ${r.respondedOn} (due by ${r.responseDueOn}).\n`,
    );
  });

  const reconsideration = performance
    .command('reconsideration')
    .description("the carrier's requests for reconsideration and the contracting officer's decisions");
  withActor(
    reconsideration
      .command('request')
      .description('ask for reconsideration of the evaluation or one element, with grounds and evidence')
      .argument('<id>', 'the evaluation id')
      .requiredOption('--grounds <text>', 'why the evaluation should be reconsidered')
      .option('--element <element>', 'the element asked about (default: the whole evaluation)')
      .option('--evidence <text>', "the carrier's evidence, in words or naming its documents")
      .option('--as-carrier <code>', 'recorded as sent by the carrier itself'),
  ).action(
    async (
      id: string,
      options: ActorOptions & { grounds: string; element?: string; evidence?: string },
      command: Command,
    ) => {
      const today = programClockFor(command).today();
      const request = await withStore(command, (store) =>
        requestReconsideration(store, carrierOrOfficer(options), {
          evaluationId: positiveId(id, '<id>'),
          today,
          grounds: options.grounds,
          elementId: options.element ?? null,
          evidence: options.evidence === undefined ? [] : [{ text: options.evidence }],
        }),
      );
      print(
        options,
        request,
        (r) =>
          `Request for reconsideration ${r.id} on evaluation ${r.evaluationId} (${r.elementId ?? 'whole evaluation'}), requested ${r.requestedOn}.\n`,
      );
    },
  );
  withActor(
    reconsideration
      .command('decide')
      .description(
        'decide a request for reconsideration: granted, denied or partly, with the factors changed',
      )
      .argument('<id>', 'the evaluation id')
      .requiredOption('--outcome <outcome>', 'granted, denied or partly')
      .option('--factor <element=factor>', 'a factor changed (repeat for several)', factorOf)
      .requiredOption('--reason <text>', 'the reasons')
      .option('--request <n>', 'the request decided (default: the oldest open one)'),
  ).action(
    async (
      id: string,
      options: ActorOptions & {
        outcome: string;
        factor?: { elementId: string; factor: number }[];
        reason: string;
        request?: string;
      },
      command: Command,
    ) => {
      if (!['granted', 'denied', 'partly'].includes(options.outcome))
        throw new PshbError(
          'INVALID_INPUT',
          `--outcome: "${options.outcome}" is not granted, denied or partly`,
        );
      const today = programClockFor(command).today();
      const decided = await withStore(command, (store) =>
        decideReconsideration(store, officer(options), {
          evaluationId: positiveId(id, '<id>'),
          today,
          reconsiderationId:
            options.request === undefined ? undefined : positiveId(options.request, '--request'),
          outcome: options.outcome as 'granted' | 'denied' | 'partly',
          factors: options.factor ?? [],
          reason: options.reason,
        }),
      );
      print(
        options,
        decided,
        (d) =>
          `Request ${d.reconsideration.id} ${d.reconsideration.outcome} on ${d.reconsideration.decidedOn}: total factor ${d.totalFactor}, amount ${cents(d.amountCents)}${d.capApplied ? ' (cap applied)' : ''}.\n`,
      );
    },
  );

  withActor(
    performance
      .command('final')
      .description(
        'make the determination final and issue the final notice (60 days to rebate, then withhold)',
      )
      .argument('<id>', 'the evaluation id')
      .requiredOption('--reason <text>', 'what the determination rests on'),
  ).action(async (id: string, options: ActorOptions & { reason: string }, command: Command) => {
    const today = programClockFor(command).today();
    const final = await withStore(command, (store) =>
      issueFinalDetermination(store, officer(options), {
        evaluationId: positiveId(id, '<id>'),
        today,
        reason: options.reason,
      }),
    );
    print(
      options,
      final,
      (f) => `${describeNotice(f)}  amount ${cents(f.amountCents)}; rebate due by ${f.rebateDueOn}\n`,
    );
  });
}

function registerMoneyCommands(performance: Command): void {
  const money = performance
    .command('money')
    .description(
      'the money of a final determination: rebate, withhold, contingency reserve deposit, settlement',
    );
  withActor(
    money
      .command('record')
      .description('record a rebate received, an amount withheld, or a deposit in the contingency reserve')
      .argument('<id>', 'the evaluation id')
      .requiredOption('--kind <kind>', 'rebate, withheld or reserve_deposit')
      .requiredOption('--amount <cents>', 'whole cents')
      .requiredOption('--on <date>', 'the day the money moved (YYYY-MM-DD)')
      .option('--reference <text>', 'the payment or deposit reference (the same reference is recorded once)')
      .option('--payment <n>', 'for withheld: the scheduled payment (default: the first not yet withheld)'),
  ).action(
    async (
      id: string,
      options: ActorOptions & {
        kind: string;
        amount: string;
        on: string;
        reference?: string;
        payment?: string;
      },
      command: Command,
    ) => {
      if (!isIsoDate(options.on))
        throw new PshbError('INVALID_INPUT', `--on: "${options.on}" is not a date in YYYY-MM-DD form`);
      const record = {
        rebate: recordRebate,
        withheld: recordWithheld,
        reserve_deposit: recordReserveDeposit,
      }[options.kind as 'rebate' | 'withheld' | 'reserve_deposit'];
      if (!record)
        throw new PshbError(
          'INVALID_INPUT',
          `--kind: "${options.kind}" is not rebate, withheld or reserve_deposit`,
        );
      const today = programClockFor(command).today();
      const statement = await withStore(command, (store) =>
        record(store, officer(options), {
          evaluationId: positiveId(id, '<id>'),
          today,
          amountCents: wholeNumber(options.amount, '--amount'),
          on: options.on,
          reference: options.reference ?? null,
          paymentNumber: options.payment === undefined ? null : positiveId(options.payment, '--payment'),
        }),
      );
      print(options, statement, describeMoney);
    },
  );
  withActor(
    money
      .command('schedule')
      .description("schedule the withhold of what was not rebated from the first quarter's premium payments")
      .argument('<id>', 'the evaluation id'),
  ).action(async (id: string, options: ActorOptions, command: Command) => {
    const today = programClockFor(command).today();
    const statement = await withStore(command, (store) =>
      scheduleWithhold(store, officer(options), { evaluationId: positiveId(id, '<id>'), today }),
    );
    print(options, statement, describeMoney);
  });
  withActor(
    money.command('show').description('where the money stands').argument('<id>', 'the evaluation id'),
  ).action(async (id: string, options: ActorOptions, command: Command) => {
    const today = programClockFor(command).today();
    const statement = await withStore(command, (store) =>
      moneyStatement(store, officer(options), { evaluationId: positiveId(id, '<id>'), today }),
    );
    print(options, statement, describeMoney);
  });
  withActor(
    money
      .command('settle')
      .description('settle an evaluation collected and deposited in full')
      .argument('<id>', 'the evaluation id'),
  ).action(async (id: string, options: ActorOptions, command: Command) => {
    const today = programClockFor(command).today();
    const statement = await withStore(command, (store) =>
      settle(store, officer(options), { evaluationId: positiveId(id, '<id>'), today }),
    );
    print(options, statement, describeMoney);
  });
  withActor(
    money
      .command('check-overdue')
      .description(
        'schedule the withhold for every rebate not received by its due day (run again: nothing new)',
      ),
  ).action(async (options: ActorOptions, command: Command) => {
    const today = programClockFor(command).today();
    const check = await withStore(command, (store) =>
      checkOverdueRebates(store, officer(options), { today }),
    );
    print(
      options,
      check,
      (c) =>
        `Checked ${c.checked} final evaluations on ${c.checkedOn}: ${c.scheduled.length} withheld from the first quarter's payments.\n` +
        c.scheduled
          .map((s) => `  evaluation ${s.evaluationId} (${s.carrierCode}): ${cents(s.scheduledCents)}\n`)
          .join(''),
    );
  });
}
