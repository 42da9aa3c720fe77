// pshb support case | queue | incident: support cases at the command line, for the program office. The
// operator acts as a program administrator and is recorded as the actor; each command calls the same
// src/support/cases functions as the API, changes in one transaction. Incidents: support-incident-commands.ts.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { executorOf, type Executor } from '../storage/executor.ts';
import { unidentifiedOpenings } from '../support/cases/caller-identification.ts';
import type { CaseActor } from '../support/cases/case-actor.ts';
import { openCase } from '../support/cases/case-opening.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { listQueue, queueSummary } from '../support/cases/case-queues.ts';
import {
  addNote,
  escalateCase,
  reopenCase,
  resolveCase,
  transferCase,
} from '../support/cases/case-transitions.ts';
import { readCase } from '../support/cases/case-view.ts';
import { CASE_CHANNELS, type CaseChannel, type SupportCase } from '../support/cases/support-cases.ts';
import { CASE_PRIORITIES, type CasePriority } from '../support/plan/case-targets.ts';
import { positiveId } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';
import { registerIncidentCommands } from './support-incident-commands.ts';
import { changing, instantOption, oneOf, operator, type Common } from './support-case-options.ts';

function printCase(found: SupportCase, json: boolean | undefined): void {
  if (json) return printJson(found);
  const p = found.person;
  const lines = [
    `Case ${found.id}: ${found.subject}`,
    `  Caller: ${p.name} (person ${p.id}, born ${p.birthYear}, SSN ***-**-${p.ssnLastFour}${p.medicareNumberLastFour ? `, MBI *******${p.medicareNumberLastFour}` : ''})`,
    `  ${found.requestType} by ${found.channel.replace('_', ' ')}, ${found.priority} priority`,
    `  Status: ${found.status.replace('_', ' ')} with ${found.partner} (skill ${found.skill})`,
    `  Due: ${found.dueAt}${found.overdue ? ' (overdue)' : ''}${found.resolvedAt ? `; resolved ${found.resolvedAt}` : ''}`,
    found.incidents.length > 0 ? `  Incidents: ${found.incidents.join(', ')}` : '',
    `  Possible now: ${found.possibleEvents.join(', ') || 'none'}`,
    '',
    formatTable(
      ['#', 'when', 'event', 'partner', 'by', 'text'],
      found.events.map((e) => [
        String(e.seq),
        e.recordedAt.slice(0, 19),
        e.kind,
        e.fromPartner && e.fromPartner !== e.toPartner ? `${e.fromPartner} -> ${e.toPartner}` : e.toPartner,
        e.actor.id,
        e.text,
      ]),
    ),
  ];
  process.stdout.write(lines.filter((line) => line !== '').join('\n') + '\n');
}

export function registerSupportCaseCommands(support: Command): void {
  const kase = support
    .command('case')
    .description(
      'support cases: open, show, add notes, transfer warm, escalate, resolve, reopen; openings without identification',
    );
  registerOpenCommand(kase);
  registerUnidentifiedCommand(kase);
  registerShowCommand(kase);
  registerChangeCommands(kase);
  registerQueueCommand(support);
  registerIncidentCommands(support);
}

function registerOpenCommand(kase: Command): void {
  kase
    .command('open')
    .argument('<person-id>', 'the caller')
    .requiredOption('--type <request-type>', 'a request type of the support plan (e.g. enrollment-help)')
    .requiredOption('--subject <text>', 'what the case is about, in a line')
    .requiredOption('--note <text>', 'what the caller asked: the first entry of the transcript')
    .option('--channel <channel>', `how the contact came: ${CASE_CHANNELS.join(', ')}`, 'phone')
    .option('--priority <priority>', CASE_PRIORITIES.join(', '), 'normal')
    .option('--partner <partner>', "the partner keeping the case (default: the plan's route)")
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('open a case, routed by the support plan, with its SLA due time')
    .action(
      async (
        id: string,
        options: Common & {
          type: string;
          subject: string;
          note: string;
          channel: string;
          priority: string;
          partner?: string;
        },
        command: Command,
      ) => {
        const input = {
          personId: positiveId(id, 'person-id'),
          channel: oneOf<CaseChannel>('--channel', options.channel, CASE_CHANNELS),
          priority: oneOf<CasePriority>('--priority', options.priority, CASE_PRIORITIES),
          requestType: options.type,
          subject: options.subject,
          note: options.note,
          takenBy: options.partner,
          actor: operator(options.actor),
        };
        const opened = await withStore(command, (store) =>
          changing(store, (executor) => openCase(executor, caseSupportPlan(), input)),
        );
        printCase(opened, options.json);
      },
    );
}

function registerUnidentifiedCommand(kase: Command): void {
  kase
    .command('unidentified')
    .option('--from <instant>', 'opened at or after this date or instant (ISO 8601)')
    .option('--to <instant>', 'opened before this date or instant (ISO 8601)')
    .option('--limit <n>', 'how many cases to list', '100')
    .option('--json', 'print as JSON')
    .description('cases opened about people their opener never searched for nor identified, newest first')
    .action(async (options: Common & { from?: string; to?: string; limit: string }, command: Command) => {
      const limit = positiveId(options.limit, '--limit');
      const range = {
        ...(options.from ? { from: instantOption('--from', options.from) } : {}),
        ...(options.to ? { to: instantOption('--to', options.to) } : {}),
      };
      const rows = await withStore(command, (store) =>
        unidentifiedOpenings(executorOf(store), { limit, ...range }),
      );
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['case', 'person', 'opened by', 'role', 'partner', 'opened', 'identified by'],
          rows.map((r) => [
            String(r.caseId),
            String(r.personId),
            r.openedBy,
            r.openerRole,
            r.partner,
            r.openedAt.slice(0, 19),
            r.identification ?? 'nothing recorded',
          ]),
        ) + '\n',
      );
    });
}

function registerShowCommand(kase: Command): void {
  kase
    .command('show')
    .argument('<case-id>')
    .option('--json', 'print as JSON')
    .description('show a case with its whole history')
    .action(async (id: string, options: Common, command: Command) => {
      const caseId = positiveId(id, 'case-id');
      printCase(
        await withStore(command, (store) => readCase(executorOf(store), caseSupportPlan(), caseId)),
        options.json,
      );
    });
}

/** note, transfer, escalate, resolve, reopen: each changes one case and prints it. */
function registerChangeCommands(kase: Command): void {
  const act = (
    name: string,
    description: string,
    configure: (c: Command) => Command,
    work: (
      executor: Executor,
      id: number,
      options: Record<string, string>,
      actor: CaseActor,
    ) => Promise<SupportCase>,
    extraArgument?: string,
  ) => {
    let c = kase.command(name).argument('<case-id>');
    if (extraArgument) c = c.argument(`<${extraArgument}>`);
    configure(c)
      .option('--actor <id>', 'who is acting (default: cli:<user>)')
      .option('--json', 'print as JSON')
      .description(description)
      .action(async (...args: unknown[]) => {
        const command = args[args.length - 1] as Command;
        const options = args[args.length - 2] as Common & Record<string, string>;
        const caseId = positiveId(String(args[0]), 'case-id');
        if (extraArgument) options[extraArgument] = String(args[1]);
        const changed = await withStore(command, (store) =>
          changing(store, (executor) => work(executor, caseId, options, operator(options.actor))),
        );
        printCase(changed, options.json);
      });
  };

  act(
    'note',
    'add to the transcript',
    (c) => c,
    (executor, id, options, actor) =>
      addNote(executor, caseSupportPlan(), id, { text: options.text!, actor }),
    'text',
  );
  act(
    'transfer',
    'warm transfer to a partner the plan allows for the request type, with the whole history',
    (c) =>
      c
        .requiredOption('--to <partner>', 'the receiving partner')
        .requiredOption('--note <text>', 'the context handed over'),
    (executor, id, options, actor) =>
      transferCase(executor, caseSupportPlan(), id, { toPartner: options.to!, note: options.note!, actor }),
  );
  act(
    'escalate',
    "escalate along a plan escalation path, or to the request type's accountable partner",
    (c) =>
      c
        .requiredOption('--reason <text>', 'why')
        .option('--path <path>', 'an escalation path of the plan')
        .option('--priority <priority>', `raise the priority: ${CASE_PRIORITIES.join(', ')}`),
    (executor, id, options, actor) =>
      escalateCase(executor, caseSupportPlan(), id, {
        reason: options.reason!,
        actor,
        ...(options.path ? { path: options.path } : {}),
        ...(options.priority
          ? { priority: oneOf<CasePriority>('--priority', options.priority, CASE_PRIORITIES) }
          : {}),
      }),
  );
  act(
    'resolve',
    'resolve the case',
    (c) =>
      c
        .requiredOption('--resolution <text>', 'what was done')
        .requiredOption(
          '--wrap-up <code>',
          'a wrap-up code (reference-data/support-desk/wrap-up-codes.json)',
        ),
    (executor, id, options, actor) =>
      resolveCase(executor, caseSupportPlan(), id, {
        resolution: options.resolution!,
        wrapUpCode: options.wrapUp!,
        actor,
      }),
  );
  act(
    'reopen',
    'reopen a resolved case with a new SLA clock',
    (c) => c.requiredOption('--reason <text>', 'why'),
    (executor, id, options, actor) =>
      reopenCase(executor, caseSupportPlan(), id, { reason: options.reason!, actor }),
  );
}

function registerQueueCommand(support: Command): void {
  support
    .command('queue')
    .argument('<partner>', 'a partner of the support plan')
    .option('--skill <skill>', 'only this skill')
    .option('--limit <n>', 'how many cases to list', '50')
    .option('--json', 'print as JSON')
    .description("a partner's active cases per skill with their SLA due times, oldest first")
    .action(
      async (partner: string, options: Common & { skill?: string; limit: string }, command: Command) => {
        const plan = caseSupportPlan();
        if (!plan.partners.some((p) => p.id === partner))
          throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan.id}`);
        const limit = positiveId(options.limit, '--limit');
        const now = new Date();
        const { skills, items } = await withStore(command, async (store) => ({
          skills: await queueSummary(executorOf(store), partner, now),
          items: await listQueue(executorOf(store), partner, {
            limit,
            now,
            ...(options.skill ? { skill: options.skill } : {}),
          }),
        }));
        if (options.json) return printJson({ partner, skills, items });
        process.stdout.write(
          formatTable(
            ['skill', 'open', 'overdue', 'next due'],
            skills.map((s) => [s.skill, s.open, s.overdue, s.nextDueAt ?? '-']),
          ) +
            '\n' +
            formatTable(
              ['case', 'skill', 'request type', 'priority', 'status', 'queued', 'due'],
              items.map((i) => [
                String(i.caseId),
                i.skill,
                i.requestType,
                i.priority,
                i.status,
                i.queuedAt.slice(0, 19),
                `${i.dueAt.slice(0, 19)}${i.overdue ? ' overdue' : ''}`,
              ]),
            ),
        );
      },
    );
}
