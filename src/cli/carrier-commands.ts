// pshb carrier 834: one carrier's enrollment file in ASC X12 834 (005010X220A1), the changes since the
// last file sent to it or its whole membership on a day, written and recorded with its control numbers
// and the events it carried (docs/834-companion-guide.md, docs/carrier-exchange.md).
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../domain/dates.ts';
import type { CarrierPartner } from '../domain/trading-partner.ts';
import { PshbError } from '../errors.ts';
import { writeCarrierFile, type CarrierFileResult } from '../exchange/carrier-exchange/write-carrier-file.ts';
import { findPartner } from '../exchange/partners/partner-lookup.ts';
import { loadShippedPartners } from '../exchange/partners/shipped-partners.ts';
import {
  ingestAcknowledgment,
  type IngestResult,
} from '../exchange/carrier-exchange/ingest-acknowledgment.ts';
import { carrierFileName, deliveryFolders } from '../exchange/delivery/delivery-folders.ts';
import { environmentOf, programClockFor, withStore, type GlobalOptions } from './cli-context.ts';
import { formatCount, printJson } from './output.ts';
import { registerCarrierRespondCommand } from './carrier-respond-command.ts';
import { registerCarrierValidateCommand } from './carrier-validate-command.ts';
import { registerCarrierReconcileCommands } from './carrier-reconcile-commands.ts';
import { startProgress } from './progress.ts';
import { dayOption } from './arguments.ts';

interface Carrier834Options {
  carrier: string;
  kind: string;
  asOf?: string;
  out?: string;
  json?: boolean;
}

export function registerCarrierCommands(program: Command): void {
  const carrier = program.command('carrier').description('enrollment files exchanged with the carriers');
  registerIngest(carrier);
  registerCarrierReconcileCommands(carrier);
  registerCarrierValidateCommand(carrier);
  registerCarrierRespondCommand(carrier);
  carrier
    .command('834')
    .description(
      "write a carrier's 834 enrollment file and record it (changes since the last file, or an audit)",
    )
    .requiredOption('--carrier <code>', 'the carrier code, as in reference-data/partners (e.g. FEP)')
    .option(
      '--kind <kind>',
      'changes (every event since the last file) or audit (whole membership)',
      'changes',
    )
    .option(
      '--as-of <date>',
      "the audit's day, or the day a change file speaks for (default: the program date)",
    )
    .option(
      '--out <file>',
      'where to write the file (default: DATA_DIR/exchange/<CARRIER>/, where pshb partners deliver finds it)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: Carrier834Options, command: Command) => {
      const partner = carrierPartner(options.carrier);
      const kind = fileKindOf(options.kind);
      const asOf = asOfDay(options.asOf, programClockFor(command).today());
      const now = new Date();
      const out = options.out
        ? resolve(options.out)
        : defaultOut(command, partner.carrierCode, carrierFileName(partner.carrierCode, kind, asOf, now));
      const progress = startProgress(`Writing ${partner.carrierCode} 834`, 0);
      const result = await withStore(command, (store) =>
        writeCarrierFile(store, {
          partner,
          kind,
          asOf,
          out,
          now,
          onProgress: (members) => progress.update(members, members),
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(result);
      else process.stdout.write(describe(result));
    });
}

/** The carrier's folder of files awaiting delivery, made when missing. */
function defaultOut(command: Command, carrierCode: string, name: string): string {
  const dataDir = command.optsWithGlobals<GlobalOptions>().dataDir ?? environmentOf(command).DATA_DIR;
  const folder = deliveryFolders(dataDir).written(carrierCode);
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}

function carrierPartner(code: string): CarrierPartner {
  const entry = findPartner(loadShippedPartners(), code);
  if (!entry || entry.partner.kind !== 'carrier')
    throw new PshbError(
      'NOT_FOUND',
      `--carrier: no carrier partner "${code}" (pshb partners list shows them)`,
    );
  return entry.partner;
}

function fileKindOf(kind: string): 'changes' | 'audit' {
  if (kind === 'changes' || kind === 'audit') return kind;
  throw new PshbError('INVALID_INPUT', `--kind: "${kind}" is not changes or audit`);
}

function asOfDay(text: string | undefined, today: IsoDate): IsoDate {
  return dayOption(text, '--as-of') ?? today;
}

function describe(result: CarrierFileResult): string {
  const problems = result.problems.map(
    (p) => `  event ${p.eventId}, member ${p.personId ?? '?'}: ${p.field}: ${p.message}\n`,
  );
  const held =
    problems.length > 0 ? `${problems.length} member(s) held back, each with the field at fault:\n` : '';
  if (!result.written)
    return `Nothing to send to ${result.partner}: no ${result.kind === 'audit' ? 'members' : 'changes since the last file'}.\n${held}${problems.join('')}`;
  return (
    `Wrote ${result.out}: ${result.partner} 834 ${result.kind}, ${formatCount(result.members)} members, ` +
    `${formatCount(result.events)} events, ${formatCount(result.segments)} segments, ${formatCount(result.bytes)} bytes\n` +
    `  ISA13 ${result.interchangeControlNumber}, GS06 ${result.groupControlNumber}, ` +
    `ST02 ${result.transactionControlNumbers.join(', ')}\n  SHA-256 ${result.sha256}\n` +
    held +
    problems.join('')
  );
}

function registerIngest(carrier: Command): void {
  carrier
    .command('ingest')
    .description("read a carrier's 999 or TA1 and record it against the 834 it answers")
    .argument('<file>', 'the acknowledgment file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
      }
      const carriers = loadShippedPartners()
        .map((entry) => entry.partner)
        .filter((partner): partner is CarrierPartner => partner.kind === 'carrier');
      const result = await withStore(command, (store) =>
        ingestAcknowledgment(store, carriers, text, basename(file), new Date()),
      );
      if (options.json) printJson(result);
      else process.stdout.write(describeIngest(result));
    });
}

function describeIngest(result: IngestResult): string {
  if (result.duplicate)
    return `Already read: this acknowledgment from ${result.partner} was recorded before; nothing changed.\n`;
  const lines = result.acknowledged.map((ack) => {
    const rejected = ack.rejected.map(
      (set) =>
        `    transaction set ${set.controlNumber} rejected (IK5 ${set.code} ${set.errors.join(' ')}): ` +
        set.segments
          .map(
            (s) =>
              `${s.segmentId} at ${s.position}${s.code ? ` error ${s.code}` : ''}${s.elements.map((e) => `, element ${e.position} error ${e.code}`).join('')}`,
          )
          .join('; '),
    );
    return [`  ${ack.fileName} (file ${ack.fileId}): ${ack.status} by ${ack.answeredBy}`, ...rejected].join(
      '\n',
    );
  });
  return `Recorded acknowledgment ${result.fileId} from ${result.partner}:\n${lines.join('\n')}\n`;
}
