// pshb cx maturity | action | action-plan | progress-report: the CX maturity self-assessment and its
// action plans under OMB Circular A-11, Section 280 (docs/cx-maturity.md): rate each dimension with
// evidence, choose the two focus areas, add and update planned actions with personas, owners and
// milestones, and write the published action plan or the spring progress report from the data. The
// operator acts as a program administrator and is recorded as the author of each change.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import {
  maturityDocument,
  renderMaturityDocument,
  type DocumentFormat,
  type MaturityDocumentKind,
} from '../exchange/cx/action-plan-document.ts';
import { addPlannedAction, listPlannedActions, updatePlannedAction } from '../exchange/cx/action-plans.ts';
import {
  chooseFocusAreas,
  loadMaturityFramework,
  loadPersonas,
  readMaturity,
  recordRating,
  type ActionView,
  type MaturityView,
} from '../exchange/cx/maturity-assessment.ts';
import type { Principal } from '../security/principal.ts';
import { executorOf, type Executor } from '../storage/executor.ts';
import { operatorId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';
import { dayOption } from './arguments.ts';

interface Common {
  year: string;
  actor?: string;
  json?: boolean;
  effectiveOn?: string;
  asOf?: string;
}

/** Runs one change in one transaction: all of it or nothing. */
function inTransaction<T>(command: Command, work: (tx: Executor) => Promise<T>): Promise<T> {
  return withStore(command, (store) => store.transaction((tx) => work(tx)));
}

function operator(actor: string | undefined): Principal {
  return { subject: operatorId(actor), role: 'program_administrator' };
}

function year(text: string): number {
  const n = Number(text);
  if (!/^\d{4}$/.test(text) || n < 2000 || n > 2100)
    throw new PshbError('INVALID_INPUT', `--year: "${text}" is not a fiscal year such as 2026`);
  return n;
}

function day(option: string, text: string | undefined, command: Command): string {
  return dayOption(text, option) ?? programClockFor(command).today();
}

/** A milestone as "key|title|due-on" or "key|title|due-on|done-on". */
export function milestoneOption(text: string): {
  key: string;
  title: string;
  dueOn: string;
  doneOn?: string | null;
} {
  const parts = text.split('|');
  if (parts.length < 3 || parts.length > 4)
    throw new PshbError('INVALID_INPUT', `--milestone: "${text}" is not key|title|due-on[|done-on]`);
  const [key, title, dueOn, doneOn] = parts as [string, string, string, string?];
  return { key, title, dueOn, ...(doneOn !== undefined ? { doneOn: doneOn === '' ? null : doneOn } : {}) };
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function common(command: Command): Command {
  return command
    .requiredOption('--year <fiscal-year>', 'the fiscal year, e.g. 2026')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print the result as JSON');
}

function describeActions(actions: readonly ActionView[]): string {
  return formatTable(
    ['key', 'focus area', 'persona', 'owner', 'status', 'milestones done'],
    actions.map((a) => [
      a.key,
      a.focusArea,
      a.personaId,
      a.owner,
      a.status,
      `${a.milestones.filter((m) => m.doneOn !== null).length}/${a.milestones.length}`,
    ]),
  );
}

function describeMaturity(view: MaturityView): string {
  return [
    `FY${view.fiscalYear} CX maturity (framework ${view.framework.version}), as of ${view.asOf}`,
    formatTable(
      ['dimension', 'rating', 'evidence'],
      view.ratings.map((r) => [r.name, `${r.rating} ${r.label}`, r.evidence.map((e) => e.link).join(' ')]),
    ),
    view.completeness.explanation,
    `Focus areas: ${view.focus?.areas.join(', ') ?? 'not chosen'}`,
    describeActions(view.actions),
    view.readiness.explanation,
    view.progress.decision.explanation,
    '',
  ].join('\n');
}

async function writeDocument(
  kind: MaturityDocumentKind,
  options: Common & { format: string; out?: string },
  command: Command,
): Promise<void> {
  if (!['html', 'pdf', 'md'].includes(options.format))
    throw new PshbError('INVALID_INPUT', `--format: "${options.format}" is not one of html, pdf, md`);
  const format = options.format as DocumentFormat;
  if (format === 'pdf' && options.out === undefined)
    throw new PshbError('INVALID_INPUT', '--out: a PDF is written to a file; name it with --out');
  const asOf = day('--as-of', options.asOf, command);
  const view = await withStore(command, (store) => readMaturity(executorOf(store), year(options.year), asOf));
  const model = maturityDocument(view, kind, loadMaturityFramework(), loadPersonas());
  const rendered = await renderMaturityDocument(model, format);
  if (options.out !== undefined) {
    writeFileSync(options.out, rendered.body);
    if (options.json) printJson({ file: options.out, title: model.title, format });
    else process.stdout.write(`wrote ${options.out}: ${model.title}\n`);
  } else process.stdout.write(rendered.body);
}

export function registerCxMaturityCommands(cx: Command): void {
  registerMaturityCommands(cx);
  registerActionCommands(cx);
  registerDocumentCommands(cx);
}

function registerMaturityCommands(cx: Command): void {
  const maturity = cx
    .command('maturity')
    .description('the CX maturity self-assessment (A-11 Section 280): ratings with evidence, focus areas');

  common(maturity.command('rate'))
    .description(
      'rate one dimension for the year, with the evidence it rests on (a new rating; the old one stays)',
    )
    .requiredOption(
      '--dimension <id>',
      'measurement, governance, organization-and-culture, customer-research, service-design',
    )
    .requiredOption('--rating <n>', 'the rating on the framework scale (1-5)')
    .requiredOption(
      '--evidence <link...>',
      'links to the evidence: URLs or paths (survey results, the support plan, reports)',
    )
    .option('--label <text>', 'a label for each evidence link, in the same order (repeatable)', collect)
    .option('--summary <text>', 'what the rating rests on, in a sentence or two', '')
    .option('--effective-on <date>', 'the day the rating takes effect (default: the program date)')
    .action(
      async (
        options: Common & {
          dimension: string;
          rating: string;
          evidence: string[];
          label?: string[];
          summary: string;
        },
        command: Command,
      ) => {
        const rating = Number(options.rating);
        if (!Number.isInteger(rating))
          throw new PshbError('INVALID_INPUT', `--rating: "${options.rating}" is not a whole number`);
        const labels = options.label ?? [];
        const result = await inTransaction(command, (tx) =>
          recordRating(tx, operator(options.actor), {
            fiscalYear: year(options.year),
            dimension: options.dimension,
            rating,
            summary: options.summary,
            evidence: options.evidence.map((link, i) => ({ label: labels[i] ?? link, link })),
            effectiveOn: day('--effective-on', options.effectiveOn, command),
          }),
        );
        if (options.json) printJson(result);
        else
          process.stdout.write(
            `${result.rating.name}: ${result.rating.rating} ${result.rating.label}\n${result.completeness.explanation}\n`,
          );
      },
    );

  common(maturity.command('focus'))
    .description('choose the two focus areas for the year')
    .requiredOption('--areas <a,b>', 'two dimensions, comma separated, e.g. measurement,customer-research')
    .option('--reason <text>', 'why these two', '')
    .option('--effective-on <date>', 'the day the choice takes effect (default: the program date)')
    .action(async (options: Common & { areas: string; reason: string }, command: Command) => {
      const result = await inTransaction(command, (tx) =>
        chooseFocusAreas(tx, operator(options.actor), {
          fiscalYear: year(options.year),
          areas: options.areas
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
          reason: options.reason,
          effectiveOn: day('--effective-on', options.effectiveOn, command),
        }),
      );
      if (options.json) printJson(result);
      else process.stdout.write(`${result.decision.explanation}\n`);
    });

  common(maturity.command('show'))
    .description('the year as it stands: ratings, completeness, focus areas, planned actions, progress')
    .option('--as-of <date>', 'the day statuses are computed on (default: the program date)')
    .action(async (options: Common, command: Command) => {
      const asOf = day('--as-of', options.asOf, command);
      const view = await withStore(command, (store) =>
        readMaturity(executorOf(store), year(options.year), asOf),
      );
      if (options.json) printJson(view);
      else process.stdout.write(describeMaturity(view));
    });
}

function registerActionCommands(cx: Command): void {
  const action = cx.command('action').description('planned actions of the CX action plan, tied to personas');
  const actionOptions = (c: Command, required: boolean): Command => {
    const opt = (flags: string, text: string) =>
      required ? c.requiredOption(flags, text) : c.option(flags, text);
    opt('--focus-area <id>', "one of the year's two focus areas");
    opt('--title <text>', 'what will be done, in a line');
    opt('--persona <id>', 'the persona it serves (reference-data/cx/personas.json)');
    opt('--owner <text>', 'who answers for it');
    return c
      .option('--description <text>', 'more words on the action')
      .option('--status <status>', 'planned, in_progress or done')
      .option('--milestone <key|title|due-on[|done-on]>', 'a dated milestone (repeatable)', collect)
      .option('--effective-on <date>', 'the day the change takes effect (default: the program date)');
  };
  type ActionOptions = Common & {
    key: string;
    focusArea?: string;
    title?: string;
    persona?: string;
    owner?: string;
    description?: string;
    status?: 'planned' | 'in_progress' | 'done';
    milestone?: string[];
  };
  const fields = (o: ActionOptions) => ({
    ...(o.focusArea !== undefined ? { focusArea: o.focusArea } : {}),
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.persona !== undefined ? { personaId: o.persona } : {}),
    ...(o.owner !== undefined ? { owner: o.owner } : {}),
    ...(o.description !== undefined ? { description: o.description } : {}),
    ...(o.status !== undefined ? { status: o.status } : {}),
    milestones: (o.milestone ?? []).map(milestoneOption),
  });

  actionOptions(common(action.command('add')), true)
    .description("add a planned action to one of the year's focus areas")
    .requiredOption('--key <key>', 'a short name, lower-case words joined by hyphens')
    .action(async (options: ActionOptions, command: Command) => {
      const asOf = day('--as-of', undefined, command);
      const added = await inTransaction(command, (tx) =>
        addPlannedAction(
          tx,
          operator(options.actor),
          {
            fiscalYear: year(options.year),
            key: options.key,
            focusArea: options.focusArea!,
            title: options.title!,
            personaId: options.persona!,
            owner: options.owner!,
            ...fields(options),
            effectiveOn: day('--effective-on', options.effectiveOn, command),
          },
          { asOf },
        ),
      );
      if (options.json) printJson(added);
      else process.stdout.write(describeActions([added]));
    });

  actionOptions(common(action.command('update')), false)
    .description("change a planned action's fields, status or milestones (by key); the history is kept")
    .requiredOption('--key <key>', 'the planned action to change')
    .action(async (options: ActionOptions, command: Command) => {
      const asOf = day('--as-of', undefined, command);
      const updated = await inTransaction(command, (tx) =>
        updatePlannedAction(
          tx,
          operator(options.actor),
          {
            fiscalYear: year(options.year),
            key: options.key,
            ...fields(options),
            effectiveOn: day('--effective-on', options.effectiveOn, command),
          },
          { asOf },
        ),
      );
      if (options.json) printJson(updated);
      else process.stdout.write(`${describeActions([updated])}${updated.statusExplanation}\n`);
    });

  common(action.command('list'))
    .description("the year's planned actions with their status on the program date")
    .option('--focus-area <id>', 'only this focus area')
    .option('--as-of <date>', 'the day statuses are computed on (default: the program date)')
    .action(async (options: Common & { focusArea?: string }, command: Command) => {
      const asOf = day('--as-of', options.asOf, command);
      const actions = await withStore(command, (store) =>
        listPlannedActions(executorOf(store), year(options.year), asOf, options.focusArea),
      );
      if (options.json) printJson({ items: actions });
      else process.stdout.write(describeActions(actions));
    });
}

function registerDocumentCommands(cx: Command): void {
  for (const [name, kind, what] of [
    ['action-plan', 'action-plan', 'the published HISP CX action plan'],
    ['progress-report', 'progress-report', "the spring progress report on the year's planned actions"],
  ] as const)
    common(cx.command(name))
      .description(`${what}, written from the data (html, pdf or md)`)
      .option('--format <format>', 'html, pdf (tagged) or md', 'html')
      .option('--out <file>', 'write to this file (required for pdf); standard output otherwise')
      .option('--as-of <date>', 'the day statuses are computed on (default: the program date)')
      .action((options: Common & { format: string; out?: string }, command: Command) =>
        writeDocument(kind, options, command),
      );
}
