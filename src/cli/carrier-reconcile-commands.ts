// pshb carrier reconcile and pshb carrier discrepancies: a carrier's own membership file compared
// member by member with the exchange's audit membership on a day, and the discrepancies still open
// with their age (docs/carrier-exchange.md "Reconciling membership"; 5 CFR 890.110).
import { accessSync, constants, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { findPartner } from '../exchange/partners/partner-lookup.ts';
import { loadShippedPartners } from '../exchange/partners/shipped-partners.ts';
import {
  openDiscrepancies,
  reconcileCarrier,
  type OpenDiscrepancy,
  type ReconcileResult,
} from '../exchange/carrier-exchange/reconcile-carrier.ts';
import { assignDiscrepancyTo } from '../exchange/exchange-views/index.ts';
import { positiveId } from './arguments.ts';
import { programClockFor, withStore } from './cli-context.ts';
import { formatCount, formatTable, printJson } from './output.ts';
import { startProgress } from './progress.ts';
import { dayOption } from './arguments.ts';

function carrierCode(code: string): string {
  const entry = findPartner(loadShippedPartners(), code);
  if (!entry || entry.partner.kind !== 'carrier')
    throw new PshbError(
      'NOT_FOUND',
      `--carrier: no carrier partner "${code}" (pshb partners list shows them)`,
    );
  return entry.partner.carrierCode;
}

function dayOf(text: string | undefined, today: IsoDate): IsoDate {
  return dayOption(text, '--as-of') ?? today;
}

export function registerCarrierReconcileCommands(carrier: Command): void {
  carrier
    .command('reconcile')
    .description(
      "compare a carrier's membership file (reconciliation CSV or 834 audit) with the exchange's audit membership",
    )
    .requiredOption('--carrier <code>', 'the carrier code, as in reference-data/partners')
    .option('--as-of <date>', "the day the carrier's file speaks for (default: the program date)")
    .option('--json', 'print the result as JSON')
    .argument(
      '<file>',
      "the carrier's reconciliation CSV (docs/834-companion-guide.md section 10) or 834 audit file",
    )
    .action(
      async (file: string, options: { carrier: string; asOf?: string; json?: boolean }, command: Command) => {
        const code = carrierCode(options.carrier);
        const today = programClockFor(command).today();
        const asOf = dayOf(options.asOf, today);
        // Read as it is compared, never whole: a large carrier's audit file runs to hundreds of megabytes.
        try {
          accessSync(file, constants.R_OK);
          if (!statSync(file).isFile()) throw new Error('not a file');
        } catch {
          throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
        }
        const progress = startProgress(`Reconciling ${code}`, 0);
        const result = await withStore(command, (store) =>
          reconcileCarrier(store, {
            carrierCode: code,
            asOf,
            today,
            fileName: basename(file),
            path: file,
            now: () => new Date(),
            onProgress: (members) => progress.update(members, members),
          }),
        ).finally(() => progress.stop());
        if (options.json) printJson(result);
        else process.stdout.write(describeRun(result));
      },
    );

  const discrepancies = carrier
    .command('discrepancies')
    .description("list a carrier's open reconciliation discrepancies with their age (and assign one)")
    .option('--carrier <code>', 'the carrier code, as in reference-data/partners (required to list)')
    .option('--as-of <date>', 'the day ages are counted to (default: the program date)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { carrier?: string; asOf?: string; json?: boolean }, command: Command) => {
      // Not a required option: `discrepancies assign` does not name a carrier.
      if (options.carrier === undefined)
        throw new PshbError('INVALID_INPUT', "--carrier: required to list a carrier's discrepancies");
      const code = carrierCode(options.carrier);
      const asOf = dayOf(options.asOf, programClockFor(command).today());
      const open = await withStore(command, (store) => openDiscrepancies(store, code, asOf));
      if (options.json) printJson({ carrier: code, asOf, open });
      else process.stdout.write(describeOpen(code, asOf, open));
    });
  registerAssign(discrepancies.command('assign'));
  registerAssign(carrier.command('assign-discrepancy'));
}

function registerAssign(command: Command): void {
  command
    .description('give an open reconciliation discrepancy to someone on the reconciliation team')
    .argument('<id>', 'the discrepancy id (pshb carrier discrepancies lists them)')
    .requiredOption('--to <who>', 'who works the discrepancy')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: { to: string; json?: boolean }, command: Command) => {
      const discrepancyId = positiveId(id, '<id>');
      const today = programClockFor(command).today();
      const assigned = await withStore(command, (store) =>
        store.transaction((tx) => assignDiscrepancyTo(tx, discrepancyId, options.to, today)),
      );
      if (options.json) printJson(assigned);
      else
        process.stdout.write(
          `Discrepancy ${assigned.id} (${assigned.carrier} member ${assigned.memberId}, ${assigned.kind}, open ${assigned.days} days) is now ${assigned.owner}'s.\n`,
        );
    });
}

function describeRun(result: ReconcileResult): string {
  const kinds = Object.entries(result.byKind).map(([kind, n]) => `  ${kind}: ${formatCount(n)}\n`);
  return (
    `Reconciled ${result.carrier} as of ${result.asOf} (run ${result.runId}, ${result.fileName}, SHA-256 ${result.sha256}):\n` +
    `  ${formatCount(result.exchangeMembers)} members at the exchange, ${formatCount(result.carrierMembers)} at the carrier\n` +
    `  ${formatCount(result.discrepancyCount)} discrepancies: ${formatCount(result.openedCount)} new, ` +
    `${formatCount(result.foundAgainCount)} found again; ${formatCount(result.resolvedCount)} resolved\n` +
    kinds.join('')
  );
}

function describeOpen(code: string, asOf: IsoDate, open: readonly OpenDiscrepancy[]): string {
  if (open.length === 0) return `No open discrepancies for ${code}.\n`;
  return (
    `Open discrepancies for ${code} as of ${asOf}: ${formatCount(open.length)}\n` +
    formatTable(
      ['id', 'member', 'kind', 'exchange', 'carrier', 'opened', 'age', 'owner'],
      open.map((d) => [
        d.id,
        d.memberId,
        d.kind,
        d.exchangeValue ?? '-',
        d.carrierValue ?? '-',
        d.openedOn,
        d.bucket,
        d.owner ?? '-',
      ]),
    )
  );
}
