// pshb carrier respond: a SIMULATOR of a carrier's translator answering an 834 the exchange wrote with
// a 999, accepting everything or rejecting the members a seed picks, for the demo and for trying the
// exchange end to end (write, respond, ingest, work the exception queue) without a carrier.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CarrierPartner } from '../domain/trading-partner.ts';
import { PshbError } from '../errors.ts';
import { simulateCarrierAnswer } from '../exchange/carrier-exchange/simulate-carrier-answer.ts';
import { findPartner } from '../exchange/partners/partner-lookup.ts';
import { loadShippedPartners } from '../exchange/partners/shipped-partners.ts';
import { programClockFor } from './cli-context.ts';
import { printJson } from './output.ts';

interface RespondOptions {
  carrier: string;
  out: string;
  reject: string;
  seed: string;
  json?: boolean;
}

export function registerCarrierRespondCommand(carrier: Command): void {
  carrier
    .command('respond')
    .description(
      'SIMULATOR: answer an 834 with the 999 a carrier would send (demo, tests; never real traffic)',
    )
    .argument('<file>', 'the 834 written by pshb carrier 834')
    .requiredOption('--carrier <code>', 'the carrier that answers, as in reference-data/partners')
    .requiredOption('--out <file>', 'where to write the simulated 999')
    .option('--reject <n>', 'how many members to reject as a bad birth date (DMG02)', '0')
    .option('--seed <n>', 'which members are rejected: the same file and seed give the same answer', '1')
    .option('--json', 'print the result as JSON')
    .action((file: string, options: RespondOptions, command: Command) => {
      const partner = carrierPartner(options.carrier);
      const answer = simulateCarrierAnswer(readText(file), partner, {
        rejectMembers: wholeNumber(options.reject, '--reject'),
        seed: wholeNumber(options.seed, '--seed'),
        date: programClockFor(command).today(),
        time: new Date().toISOString().slice(11, 16),
        controlNumber: 1 + (Date.now() % 999_999_998),
      });
      const out = resolve(options.out);
      writeFileSync(out, answer.text);
      const { text: _text, ...summary } = answer;
      if (options.json) printJson({ simulated: true, out, ...summary });
      else
        process.stdout.write(
          `SIMULATED 999 from ${partner.carrierCode} written to ${out}: ${summary.transactionSets} transaction sets, ` +
            `${summary.rejectedSets} rejected (${summary.rejectedMembers} members). Read it with: pshb carrier ingest ${out}\n`,
        );
    });
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
  }
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not a whole number of 0 or more`);
  return value;
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
