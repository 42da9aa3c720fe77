// pshb performance evidence|premium-base|evaluation: a carrier's contract-year evidence (computed from
// the exchange, imported from CSV, recorded by staff), its premium base, and the evaluation the
// contracting officer decides factor by factor (docs/carrier-performance-evidence.md). At the
// command line the operator acts as the contracting officer and is recorded by --actor, else as
// cli:<the operating-system user>.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import {
  acceptEvaluation,
  computePremiumBase,
  createEvaluation,
  decideFactor,
  formatCents,
  importEvidenceCsv,
  listEvaluationSummaries,
  recordStaffEvidence,
  refreshExchangeEvidence,
  showEvaluation,
  showEvidence,
  type EvaluationSummaryPage,
  type EvaluationView,
  type PremiumBaseResult,
  type RecordedEvidenceItem,
  type StaffEvidenceKind,
} from '../exchange/carrier-performance/index.ts';
import type { Principal } from '../security/principal.ts';
import type { PerformanceEvaluationState } from '../storage/tables/performance-tables.ts';
import { operatorId, positiveId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';
import { startProgress } from './progress.ts';

interface Common {
  readonly json?: boolean;
  readonly actor?: string;
}

/** The operator at the command line acts as the contracting officer. */
function officer(options: Common): Principal {
  return { subject: operatorId(options.actor), role: 'contracting_officer' };
}

function year(text: string): number {
  const value = Number(text);
  if (!/^\d{4}$/.test(text) || value < 1960 || value > 2200)
    throw new PshbError('INVALID_INPUT', `--year: "${text}" is not a contract year (four digits)`);
  return value;
}

function factorOf(text: string): number {
  const value = Number(text);
  if (!/^-?\d*\.?\d+$/.test(text) || !Number.isFinite(value))
    throw new PshbError('INVALID_INPUT', `--factor: "${text}" is not a number such as 0.002`);
  return value;
}

function day(text: string | undefined, flag: string): string | undefined {
  if (text === undefined) return undefined;
  if (!isIsoDate(text))
    throw new PshbError('INVALID_INPUT', `${flag}: "${text}" is not a date in YYYY-MM-DD form`);
  return text;
}

const factorText = (value: number | null) => (value === null ? '-' : String(value));

function out(options: Common, value: unknown, text: () => string): void {
  if (options.json) printJson(value);
  else process.stdout.write(text());
}

export function describeEvidence(items: readonly RecordedEvidenceItem[]): string {
  if (items.length === 0) return 'No evidence recorded.\n';
  return formatTable(
    ['id', 'plan', 'measure', 'value', 'applicable', 'source', 'reference'],
    items.map((i) => [
      String(i.id),
      i.planCode ?? '(carrier)',
      i.measure,
      i.value === null ? '-' : String(i.value),
      i.applicable ? 'yes' : 'no',
      i.source.kind,
      i.source.reference.length > 70 ? `${i.source.reference.slice(0, 67)}...` : i.source.reference,
    ]),
  );
}

export function describePremiumBase(base: PremiumBaseResult): string {
  const lines = [
    `Premium base of ${base.carrierCode}${base.planCode ? ` plan ${base.planCode}` : ''}, contract year ${base.contractYear}: ${formatCents(base.amountCents)} (${base.kind})`,
    `Source: ${base.source}`,
    `Method: ${base.method}`,
  ];
  const table =
    base.months.length > 0
      ? '\n' +
        formatTable(
          ['month', 'enrollments', 'premium'],
          base.months.map((m) => [m.month, m.enrollments, formatCents(m.premiumCents)]),
        )
      : '';
  return lines.join('\n') + '\n' + table;
}

export function describeEvaluation(view: EvaluationView): string {
  const head = [
    `Evaluation ${view.id}: ${view.carrierCode}${view.planCode ? ` plan ${view.planCode}` : ''}, contract year ${view.contractYear}`,
    `Method: ${view.method.title} (${view.method.id} ${view.method.version})`,
    `State: ${view.state}`,
    `Premium base: ${formatCents(view.premiumBase.amountCents)} (${view.premiumBase.kind}; ${view.premiumBase.source})`,
    `Proposed: total factor ${view.proposal.totalFactor}${view.proposal.capApplied ? ' (capped)' : ''}, ${formatCents(view.proposal.amountCents)}`,
    view.accepted
      ? `Accepted: total factor ${view.accepted.totalFactor}${view.accepted.capApplied ? ' (capped)' : ''}, ${formatCents(view.accepted.amountCents)}`
      : 'Accepted: not yet (decide every element, then pshb performance evaluation accept)',
  ];
  const factors = formatTable(
    ['element', 'label', 'proposed', 'decided', 'by', 'reason'],
    view.factors.map((f) => [
      f.elementId,
      f.label,
      String(f.proposedFactor),
      factorText(f.factor),
      f.author ?? '-',
      f.reason ?? '-',
    ]),
  );
  const events = formatTable(
    ['event', 'kind', 'element', 'factor', 'amount', 'by', 'effective', 'reason'],
    view.events.map((e) => [
      String(e.id),
      e.kind,
      e.elementId ?? '-',
      factorText(e.factor),
      e.amountCents === null ? '-' : formatCents(e.amountCents),
      e.author,
      e.effectiveOn,
      (e.reason ?? '-').length > 60 ? `${(e.reason ?? '').slice(0, 57)}...` : (e.reason ?? '-'),
    ]),
  );
  return `${head.join('\n')}\n\nFactors\n${factors}\nHistory\n${events}`;
}

function describeSummaries(page: EvaluationSummaryPage): string {
  if (page.items.length === 0) return 'No evaluations.\n';
  return (
    formatTable(
      ['id', 'carrier', 'plan', 'year', 'method', 'state', 'factor', 'amount', 'trend'],
      page.items.map((s) => [
        String(s.evaluationId),
        s.carrierCode,
        s.planCode ?? '-',
        String(s.contractYear),
        s.methodId,
        s.state,
        String(s.totalFactor),
        formatCents(s.amountCents),
        s.trend.map((t) => `${t.contractYear}:${t.totalFactor}`).join(' '),
      ]),
    ) + (page.nextCursor ? `More: --cursor ${page.nextCursor}\n` : '')
  );
}

function registerEvidenceCommands(performance: Command): void {
  const evidence = performance
    .command('evidence')
    .description("a carrier's contract-year evidence, each item with its source");
  evidence
    .command('refresh')
    .description(
      "compute the five exchange measures from the exchange's own records (a re-run adds nothing new)",
    )
    .requiredOption('--carrier <code>', 'the carrier code')
    .requiredOption('--year <yyyy>', 'the contract year')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(async (options: Common & { carrier: string; year: string }, command: Command) => {
      const progress = startProgress(`Evidence ${options.carrier}`, 5);
      const result = await withStore(command, (store) =>
        refreshExchangeEvidence(store, officer(options), {
          carrierCode: options.carrier,
          contractYear: year(options.year),
          onProgress: (done, total) => progress.update(done, total),
        }),
      ).finally(() => progress.stop());
      out(options, result, () => `${result.added} new item(s) recorded.\n${describeEvidence(result.items)}`);
    });
  evidence
    .command('import')
    .description(
      'import evidence from a CSV file: the evidence layout or the submissions layout (all rows or none)',
    )
    .argument('<file>', 'the CSV file (docs/carrier-performance-evidence.md gives the layouts)')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: Common, command: Command) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
      }
      const result = await withStore(command, (store) =>
        importEvidenceCsv(store, officer(options), { fileName: basename(file), bytes }),
      );
      out(
        options,
        result,
        () =>
          `${result.fileName} (${result.layout} layout): ${result.rows} row(s), ${result.added} added` +
          `${result.added === 0 ? ' (imported before)' : ''}; carriers ${result.carriers.join(', ')}\n`,
      );
    });
  evidence
    .command('record')
    .description('record a change of contract administrator or a significant event and when OPM was told')
    .requiredOption('--carrier <code>', 'the carrier code')
    .requiredOption('--year <yyyy>', 'the contract year')
    .requiredOption('--kind <kind>', 'administrator-change or significant-event')
    .option('--plan <code>', 'one plan of the carrier')
    .option('--none', 'no such event occurred in the year (the item is not applicable)')
    .option('--occurred-on <date>', 'the day it happened')
    .option('--notified-on <date>', 'the day the carrier told OPM')
    .option('--description <text>', 'what happened')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        options: Common & {
          carrier: string;
          year: string;
          kind: string;
          plan?: string;
          none?: boolean;
          occurredOn?: string;
          notifiedOn?: string;
          description?: string;
        },
        command: Command,
      ) => {
        if (options.kind !== 'administrator-change' && options.kind !== 'significant-event')
          throw new PshbError(
            'INVALID_INPUT',
            `--kind: "${options.kind}" is not administrator-change or significant-event`,
          );
        const occurredOn = day(options.occurredOn, '--occurred-on');
        const notifiedOn = day(options.notifiedOn, '--notified-on');
        const item = await withStore(command, (store) =>
          recordStaffEvidence(store, officer(options), {
            carrierCode: options.carrier,
            contractYear: year(options.year),
            planCode: options.plan ?? null,
            kind: options.kind as StaffEvidenceKind,
            occurred: options.none !== true,
            ...(occurredOn ? { occurredOn } : {}),
            ...(notifiedOn ? { notifiedOn } : {}),
            ...(options.description ? { description: options.description } : {}),
          }),
        );
        out(
          options,
          item,
          () =>
            `Recorded evidence ${item.id}: ${item.measure} ${item.value ?? '(not applicable)'}. ${item.note ?? ''}\n`,
        );
      },
    );
  evidence
    .command('show')
    .description("a carrier's current evidence for a contract year (--history: every row recorded)")
    .requiredOption('--carrier <code>', 'the carrier code')
    .requiredOption('--year <yyyy>', 'the contract year')
    .option('--plan <code>', "one plan's evidence with the carrier-wide items")
    .option('--history', 'every row, the superseded ones included')
    .option('--actor <id>', 'who reads, for the audit log (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        options: Common & { carrier: string; year: string; plan?: string; history?: boolean },
        command: Command,
      ) => {
        const list = await withStore(command, (store) =>
          showEvidence(store, officer(options), {
            carrierCode: options.carrier,
            contractYear: year(options.year),
            planCode: options.plan ?? null,
            history: options.history === true,
          }),
        );
        out(options, list, () => describeEvidence(list.items));
      },
    );
}

function registerEvaluationCommands(performance: Command): void {
  const evaluation = performance
    .command('evaluation')
    .description("a carrier's evaluation: proposed, decided by the contracting officer, accepted");
  evaluation
    .command('create')
    .description(
      'propose the evaluation of a carrier year from its evidence, premium base and method (once per method)',
    )
    .requiredOption('--carrier <code>', 'the carrier code')
    .requiredOption('--year <yyyy>', 'the contract year')
    .option('--plan <code>', 'evaluate one plan of the carrier')
    .option('--method <id>', 'the method (default: the one in force for the year)')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        options: Common & { carrier: string; year: string; plan?: string; method?: string },
        command: Command,
      ) => {
        const today = programClockFor(command).today();
        const progress = startProgress(`Evaluating ${options.carrier}`, 1);
        const result = await withStore(command, (store) =>
          createEvaluation(store, officer(options), {
            carrierCode: options.carrier,
            contractYear: year(options.year),
            planCode: options.plan ?? null,
            ...(options.method ? { methodId: options.method } : {}),
            today,
          }),
        ).finally(() => progress.stop());
        out(
          options,
          result,
          () =>
            (result.created ? '' : 'The evaluation existed already.\n') +
            describeEvaluation(result.evaluation),
        );
      },
    );
  evaluation
    .command('decide')
    .description("accept or change one element's factor, with the reason in writing")
    .argument('<id>', 'the evaluation id')
    .requiredOption('--element <id>', 'the element (e.g. customer-service)')
    .requiredOption('--factor <number>', 'the factor, e.g. 0.002')
    .requiredOption('--reason <text>', 'why, in the contracting officer’s words')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        id: string,
        options: Common & { element: string; factor: string; reason: string },
        command: Command,
      ) => {
        const today = programClockFor(command).today();
        const view = await withStore(command, (store) =>
          decideFactor(store, officer(options), {
            evaluationId: positiveId(id, '<id>'),
            elementId: options.element,
            factor: factorOf(options.factor),
            reason: options.reason,
            today,
          }),
        );
        out(options, view, () => describeEvaluation(view));
      },
    );
  evaluation
    .command('accept')
    .description('accept the evaluation once every factor is decided: the amount from the accepted factors')
    .argument('<id>', 'the evaluation id')
    .option('--reason <text>', 'a note on the acceptance')
    .option('--actor <id>', 'who acts, for the record (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: Common & { reason?: string }, command: Command) => {
      const today = programClockFor(command).today();
      const view = await withStore(command, (store) =>
        acceptEvaluation(store, officer(options), {
          evaluationId: positiveId(id, '<id>'),
          ...(options.reason ? { reason: options.reason } : {}),
          today,
        }),
      );
      out(options, view, () => describeEvaluation(view));
    });
  evaluation
    .command('show')
    .description('an evaluation with its factors and whole history')
    .argument('<id>', 'the evaluation id')
    .option('--actor <id>', 'who reads, for the audit log (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: Common, command: Command) => {
      const view = await withStore(command, (store) =>
        showEvaluation(store, officer(options), { evaluationId: positiveId(id, '<id>') }),
      );
      out(options, view, () => describeEvaluation(view));
    });
  evaluation
    .command('list')
    .description('evaluations with their current factor, amount and trend over the years')
    .option('--carrier <code>', 'one carrier')
    .option('--year <yyyy>', 'one contract year')
    .option('--state <state>', 'proposed, accepted, notice_issued, under_reconsideration, final or settled')
    .option('--cursor <cursor>', 'the next page, as the previous one printed it')
    .option('--limit <n>', 'rows per page (default 100)')
    .option('--actor <id>', 'who reads, for the audit log (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        options: Common & {
          carrier?: string;
          year?: string;
          state?: string;
          cursor?: string;
          limit?: string;
        },
        command: Command,
      ) => {
        const page = await withStore(command, (store) =>
          listEvaluationSummaries(store, officer(options), {
            ...(options.carrier ? { carrierCode: options.carrier } : {}),
            ...(options.year ? { contractYear: year(options.year) } : {}),
            ...(options.state ? { state: options.state as PerformanceEvaluationState } : {}),
            ...(options.cursor ? { cursor: options.cursor } : {}),
            ...(options.limit ? { limit: positiveId(options.limit, '--limit') } : {}),
          }),
        );
        out(options, page, () => describeSummaries(page));
      },
    );
}

export function registerPerformanceEvidenceCommands(performance: Command): void {
  registerEvidenceCommands(performance);
  performance
    .command('premium-base')
    .description(
      "a carrier's (or plan's) net-to-carrier premium for the contract year, with how it was computed",
    )
    .requiredOption('--carrier <code>', 'the carrier code')
    .requiredOption('--year <yyyy>', 'the contract year')
    .option('--plan <code>', 'one plan of the carrier')
    .option('--reserve-share <fraction>', 'the share credited to OPM reserves (default 0.04)')
    .option('--computed', 'compute from enrollments even when a figure was imported')
    .option('--actor <id>', 'who reads, for the audit log (default cli:<user>)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        options: Common & {
          carrier: string;
          year: string;
          plan?: string;
          reserveShare?: string;
          computed?: boolean;
        },
        command: Command,
      ) => {
        const progress = startProgress(`Premium ${options.carrier}`, 1);
        const base = await withStore(command, (store) =>
          computePremiumBase(store, officer(options), {
            carrierCode: options.carrier,
            contractYear: year(options.year),
            planCode: options.plan ?? null,
            ...(options.reserveShare !== undefined ? { reserveShare: Number(options.reserveShare) } : {}),
            ignoreImported: options.computed === true,
          }),
        ).finally(() => progress.stop());
        out(options, base, () => describePremiumBase(base));
      },
    );
  registerEvaluationCommands(performance);
}
