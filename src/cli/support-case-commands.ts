// pshb support case | queue | incident: support cases at the command line, for the program office. The
// operator acts as a program administrator and is recorded as the actor; each command calls the same
// src/support/cases functions as the API, changes in one transaction.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import type { Query } from '../storage/raw-query.ts';
import { queryOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import { CASE_PRIORITIES, type CasePriority } from '../support/plan/case-targets.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { unidentifiedOpenings } from '../support/cases/caller-identification.ts';
import {
  INCIDENT_SEVERITIES,
  linkCase,
  resolveIncident,
  listIncidents,
  openIncident,
  type Incident,
  type IncidentSeverity,
} from '../support/cases/incidents.ts';
import {
  addNote,
  CASE_CHANNELS,
  escalateCase,
  listQueue,
  openCase,
  queueSummary,
  readCase,
  reopenCase,
  resolveCase,
  transferCase,
  type CaseActor,
  type CaseChannel,
  type SupportCase,
} from '../support/cases/support-cases.ts';
import { operatorId, positiveId } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

interface Common {
  json?: boolean;
  actor?: string;
}

function operator(id: string | undefined): CaseActor {
  return { id: operatorId(id), role: 'program_administrator', partner: null };
}

function oneOf<T extends string>(option: string, text: string, values: readonly T[]): T {
  if (!(values as readonly string[]).includes(text))
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not one of ${values.join(', ')}`);
  return text as T;
}

/** Runs a change in one transaction. */
function changing<T>(store: Store, work: (query: Query) => Promise<T>): Promise<T> {
  return store.transaction((tx) => work((text, params) => tx.query(text, params)));
}

function instantOption(option: string, text: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime()))
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not an ISO 8601 date or instant`);
  return at;
}

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

function printIncident(incident: Incident, json: boolean | undefined): void {
  if (json) return printJson(incident);
  process.stdout.write(
    `Incident ${incident.id} (${incident.severity}, ${incident.partner}): ${incident.title}\n` +
      `  Cases: ${incident.cases.join(', ') || 'none'}\n` +
      (incident.resolution
        ? `  Resolved ${incident.resolution.at.slice(0, 19)} by ${incident.resolution.by}: ${incident.resolution.text}\n`
        : '  Open\n'),
  );
}

export function registerSupportCaseCommands(support: Command): void {
  const plan = () => caseSupportPlan();
  const kase = support
    .command('case')
    .description(
      'support cases: open, show, add notes, transfer warm, escalate, resolve, reopen; openings without identification',
    );

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
          changing(store, (query) => openCase(query, plan(), input)),
        );
        printCase(opened, options.json);
      },
    );

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
        unidentifiedOpenings(queryOf(store), { limit, ...range }),
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

  kase
    .command('show')
    .argument('<case-id>')
    .option('--json', 'print as JSON')
    .description('show a case with its whole history')
    .action(async (id: string, options: Common, command: Command) => {
      const caseId = positiveId(id, 'case-id');
      printCase(await withStore(command, (store) => readCase(queryOf(store), plan(), caseId)), options.json);
    });

  const act = (
    name: string,
    description: string,
    configure: (c: Command) => Command,
    work: (
      query: Query,
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
          changing(store, (query) => work(query, caseId, options, operator(options.actor))),
        );
        printCase(changed, options.json);
      });
  };

  act(
    'note',
    'add to the transcript',
    (c) => c,
    (query, id, options, actor) => addNote(query, plan(), id, { text: options.text!, actor }),
    'text',
  );
  act(
    'transfer',
    'warm transfer to a partner the plan allows for the request type, with the whole history',
    (c) =>
      c
        .requiredOption('--to <partner>', 'the receiving partner')
        .requiredOption('--note <text>', 'the context handed over'),
    (query, id, options, actor) =>
      transferCase(query, plan(), id, { toPartner: options.to!, note: options.note!, actor }),
  );
  act(
    'escalate',
    "escalate along a plan escalation path, or to the request type's accountable partner",
    (c) =>
      c
        .requiredOption('--reason <text>', 'why')
        .option('--path <path>', 'an escalation path of the plan')
        .option('--priority <priority>', `raise the priority: ${CASE_PRIORITIES.join(', ')}`),
    (query, id, options, actor) =>
      escalateCase(query, plan(), id, {
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
    (c) => c.requiredOption('--resolution <text>', 'what was done'),
    (query, id, options, actor) => resolveCase(query, plan(), id, { resolution: options.resolution!, actor }),
  );
  act(
    'reopen',
    'reopen a resolved case with a new SLA clock',
    (c) => c.requiredOption('--reason <text>', 'why'),
    (query, id, options, actor) => reopenCase(query, plan(), id, { reason: options.reason!, actor }),
  );

  support
    .command('queue')
    .argument('<partner>', 'a partner of the support plan')
    .option('--skill <skill>', 'only this skill')
    .option('--limit <n>', 'how many cases to list', '50')
    .option('--json', 'print as JSON')
    .description("a partner's active cases per skill with their SLA due times, oldest first")
    .action(
      async (partner: string, options: Common & { skill?: string; limit: string }, command: Command) => {
        if (!plan().partners.some((p) => p.id === partner))
          throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan().id}`);
        const limit = positiveId(options.limit, '--limit');
        const now = new Date();
        const { skills, items } = await withStore(command, async (store) => ({
          skills: await queueSummary(queryOf(store), partner, now),
          items: await listQueue(queryOf(store), partner, {
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

  const incident = support
    .command('incident')
    .description('incidents for the technical command center and the cases they cause');
  incident
    .command('open')
    .requiredOption('--title <text>', 'the fault, in a line')
    .requiredOption('--description <text>', 'what callers see')
    .option('--severity <severity>', INCIDENT_SEVERITIES.join(', '), 'major')
    .option('--partner <partner>', "who runs it (default: the plan's technical-incident path)")
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('open an incident')
    .action(
      async (
        options: Common & { title: string; description: string; severity: string; partner?: string },
        command: Command,
      ) => {
        const input = {
          title: options.title,
          description: options.description,
          severity: oneOf<IncidentSeverity>('--severity', options.severity, INCIDENT_SEVERITIES),
          openedBy: operator(options.actor).id,
          ...(options.partner ? { partner: options.partner } : {}),
        };
        const opened = await withStore(command, (store) =>
          changing(store, (query) => openIncident(query, plan(), input)),
        );
        printIncident(opened, options.json);
      },
    );
  incident
    .command('link')
    .argument('<incident-id>')
    .argument('<case-id>')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('link a case to the incident that caused it')
    .action(async (incidentText: string, caseText: string, options: Common, command: Command) => {
      const incidentId = positiveId(incidentText, 'incident-id');
      const caseId = positiveId(caseText, 'case-id');
      const linked = await withStore(command, (store) =>
        changing(store, (query) => linkCase(query, incidentId, caseId, operator(options.actor).id)),
      );
      printIncident(linked, options.json);
    });
  incident
    .command('resolve')
    .argument('<incident-id>')
    .requiredOption('--resolution <text>', 'how the fault was fixed, for the record and the partners')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('resolve an incident (once)')
    .action(async (incidentText: string, options: Common & { resolution: string }, command: Command) => {
      const incidentId = positiveId(incidentText, 'incident-id');
      const resolved = await withStore(command, (store) =>
        changing(store, (query) =>
          resolveIncident(query, incidentId, {
            resolution: options.resolution,
            resolvedBy: operator(options.actor).id,
          }),
        ),
      );
      printIncident(resolved, options.json);
    });
  incident
    .command('list')
    .option('--limit <n>', 'how many incidents to list', '50')
    .option('--json', 'print as JSON')
    .description('incidents, newest first, with their cases')
    .action(async (options: Common & { limit: string }, command: Command) => {
      const limit = positiveId(options.limit, '--limit');
      const rows = await withStore(command, (store) => listIncidents(queryOf(store), null, limit));
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['id', 'severity', 'partner', 'opened', 'cases', 'title'],
          rows.map((r) => [
            String(r.id),
            r.severity,
            r.partner,
            r.openedAt.slice(0, 19),
            r.cases.join(', '),
            r.title,
          ]),
        ),
      );
    });
}
