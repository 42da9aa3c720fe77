// pshb medicare: the Medicare entitlement verification exchanged with CMS and SSA (5 CFR 890.1612,
// docs/medicare-exchange.md). `request` writes the file naming the people whose Part B standing
// matters; `ingest` reads the agency's answer onto their Medicare facts; `respond` is a SIMULATOR that
// plays the agency on the synthetic population, for the demo and tests.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../domain/dates.ts';
import type { AgencyPartner } from '../domain/trading-partner.ts';
import { PshbError } from '../errors.ts';
import {
  ingestMedicareResponse,
  type IngestMedicareResult,
} from '../exchange/medicare/ingest-medicare-response.ts';
import {
  simulateMedicareResponse,
  type SimulatedResponseResult,
} from '../exchange/medicare/simulate-medicare-response.ts';
import {
  writeMedicareRequest,
  type MedicareRequestResult,
} from '../exchange/medicare/write-medicare-request.ts';
import {
  decideRemovalReview,
  type RemovalReviewOutcome,
} from '../exchange/medicare/decide-removal-review.ts';
import { findPartner } from '../exchange/partners/partner-lookup.ts';
import { loadShippedPartners } from '../exchange/partners/shipped-partners.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import { pendingActions } from '../storage/exchange/medicare-pending-actions.ts';
import { executorOf } from '../storage/executor.ts';
import { operatorId, positiveId } from './arguments.ts';
import { environmentOf, programClockFor, withStore } from './cli-context.ts';
import { formatCount, formatTable, printJson } from './output.ts';
import { startProgress } from './progress.ts';
import { dayOption } from './arguments.ts';

interface RequestOptions {
  agency: string;
  out: string;
  asOf?: string;
  json?: boolean;
}

export function registerMedicareCommands(program: Command): void {
  const medicare = program
    .command('medicare')
    .description('Medicare entitlement verification with CMS and SSA (5 CFR 890.1612)');
  registerRequest(medicare);
  registerIngest(medicare);
  registerRespond(medicare);
  registerReviews(medicare);
}

function registerRequest(medicare: Command): void {
  medicare
    .command('request')
    .description('write the request naming the people whose Part B standing matters, and record it')
    .requiredOption('--agency <code>', 'CMS or SSA, as in reference-data/partners')
    .requiredOption('--out <file>', 'where to write the request')
    .option('--as-of <date>', 'the day the Part B standing is asked about (default: the program date)')
    .option('--json', 'print the result as JSON')
    .action(async (options: RequestOptions, command: Command) => {
      const partner = agencyPartner(options.agency);
      const asOf = asOfDay(options.asOf, programClockFor(command).today());
      const progress = startProgress(`Writing ${partner.agencyCode} request`, 0);
      const result = await withStore(command, (store) =>
        writeMedicareRequest(store, {
          partner,
          asOf,
          out: resolve(options.out),
          now: new Date(),
          keyring: fieldKeyringFor(store, environmentOf(command)),
          onProgress: (people) => progress.update(people, people),
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(result);
      else process.stdout.write(describeRequest(result));
    });
}

function registerIngest(medicare: Command): void {
  medicare
    .command('ingest')
    .description(
      "read an agency's response onto the people's Medicare facts (the same file twice changes nothing)",
    )
    .argument('<file>', 'the response file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const path = readable(file, '<file>');
      const progress = startProgress('Reading response', 0);
      const result = await withStore(command, (store) =>
        ingestMedicareResponse(store, {
          path,
          fileName: basename(path),
          receivedOn: programClockFor(command).today(),
          now: new Date(),
          onProgress: (done, total) => progress.update(done, total),
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(result);
      else process.stdout.write(describeIngest(result));
    });
}

function registerRespond(medicare: Command): void {
  medicare
    .command('respond')
    .description(
      'SIMULATOR: answer a request as the agency would, from the synthetic population (demo, tests)',
    )
    .argument('<request>', 'the request file written by pshb medicare request')
    .requiredOption('--out <file>', 'where to write the simulated response')
    .option('--seed <n>', 'the seed of the simulated answers', '1')
    .option('--json', 'print the result as JSON')
    .action(
      async (request: string, options: { out: string; seed: string; json?: boolean }, command: Command) => {
        const path = readable(request, '<request>');
        const seed = Number(options.seed);
        if (!Number.isInteger(seed))
          throw new PshbError('INVALID_INPUT', `--seed: "${options.seed}" is not a whole number`);
        const progress = startProgress('Simulating response', 0);
        const result = await withStore(command, (store) =>
          simulateMedicareResponse(store, {
            request: path,
            out: resolve(options.out),
            seed,
            now: new Date(),
            onProgress: (lines) => progress.update(lines, lines),
          }),
        ).finally(() => progress.stop());
        if (options.json) printJson({ simulated: true, ...result });
        else process.stdout.write(describeSimulated(result));
      },
    );
}

function agencyPartner(code: string): AgencyPartner {
  const entry = findPartner(loadShippedPartners(), code);
  if (!entry || entry.partner.kind !== 'agency')
    throw new PshbError(
      'NOT_FOUND',
      `--agency: no agency partner "${code}" (CMS or SSA; pshb partners list shows them)`,
    );
  return entry.partner;
}

function asOfDay(text: string | undefined, today: IsoDate): IsoDate {
  return dayOption(text, '--as-of') ?? today;
}

function readable(file: string, name: string): string {
  const path = resolve(file);
  if (!existsSync(path)) throw new PshbError('INVALID_INPUT', `${name}: cannot read ${file}`);
  return path;
}

function describeRequest(result: MedicareRequestResult): string {
  const held = result.heldBack.map((h) => `  person ${h.personId}: ${h.field}: ${h.message}\n`);
  return (
    `Wrote ${result.out}: ${result.partner} Medicare entitlement request as of ${result.asOf}, ` +
    `${formatCount(result.people)} people, ${formatCount(result.bytes)} bytes (file ${result.fileId}, ` +
    `header ${result.headerFileId})\n  SHA-256 ${result.sha256}\n` +
    (held.length > 0
      ? `${held.length} person(s) held back, each with the field at fault:\n${held.join('')}`
      : '')
  );
}

function describeIngest(result: IngestMedicareResult): string {
  if (result.duplicate)
    return `Already read: this response from ${result.partner} was recorded before (file ${result.fileId}); nothing changed.\n`;
  return (
    `Recorded ${result.partner} response (file ${result.fileId}): ${formatCount(result.lines)} lines\n` +
    `  applied to Medicare facts  ${formatCount(result.applied)}\n` +
    `  Part B confirmed           ${formatCount(result.partBConfirmed)}\n` +
    `  no match                   ${formatCount(result.noMatch)}\n` +
    `  name or birth date differ  ${formatCount(result.mismatches)}\n` +
    `  exceptions opened          ${formatCount(result.exceptionsOpened)}\n` +
    `  890.1608(b) reviews opened ${formatCount(result.removalReviewsOpened)} (a person decides each: ` +
    `the (b)(2) finding is not in any file)\n` +
    `  reviews resolved           ${formatCount(result.reviewsResolved)}\n` +
    (result.alreadyAnswered > 0
      ? `  already answered earlier   ${formatCount(result.alreadyAnswered)} (skipped)\n`
      : '')
  );
}

function describeSimulated(result: SimulatedResponseResult): string {
  const codes = result.byMatchCode;
  return (
    `SIMULATED ${result.agency} response written to ${result.out} (not from the agency): ` +
    `${formatCount(result.answered)} answers, ${formatCount(codes.M)} matched ` +
    `(${formatCount(result.withoutPartB)} without Part B), ${formatCount(codes.N)} no match, ` +
    `${formatCount(codes.A)} name and ${formatCount(codes.B)} birth date mismatches\n`
  );
}

interface ReviewOptions {
  equityAndGoodConscience: string;
  reason: string;
  actor?: string;
  json?: boolean;
}

/** The 890.1608(b) reviews a response opened: listed, and decided with the (b)(2) finding. */
function registerReviews(medicare: Command): void {
  medicare
    .command('reviews')
    .description('the open 890.1608(b) removal reviews opened by Medicare responses, oldest first')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print them as JSON')
    .action(async (options: { limit: string; json?: boolean }, command: Command) => {
      const limit = positiveId(options.limit, '--limit');
      const rows = await withStore(command, (store) => pendingActions(executorOf(store), { limit }));
      if (options.json) return printJson(rows);
      if (rows.length === 0) return void process.stdout.write('No open removal reviews.\n');
      process.stdout.write(
        formatTable(
          ['review', 'person', 'opened', 'removal effective', 'extension ends', 'citation'],
          rows.map((r) => [
            String(r.id),
            String(r.person_id),
            String(r.opened_on).slice(0, 10),
            r.removal_effective_on === null ? '' : String(r.removal_effective_on).slice(0, 10),
            r.temporary_extension_ends === null ? '' : String(r.temporary_extension_ends).slice(0, 10),
            r.citation,
          ]),
        ) + '\n',
      );
    });
  medicare
    .command('review')
    .description(
      'decide an 890.1608(b) review: records remove_for_missing_part_b, or closes it as kept when a bar applies',
    )
    .argument('<id>', 'the review id (pshb medicare reviews)')
    .requiredOption(
      '--equity-and-good-conscience <yes|no>',
      "OPM's 890.1608(b)(2) finding: yes when removal would be against equity and good conscience",
    )
    .requiredOption('--reason <text>', 'why, for the record')
    .option('--actor <id>', 'who decides, for the record (default: cli:<your user name>)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: ReviewOptions, command: Command) => {
      const reviewId = positiveId(id, '<id>');
      const finding = yesNo(options.equityAndGoodConscience, '--equity-and-good-conscience');
      const result = await withStore(command, (store) =>
        decideRemovalReview(
          store,
          {
            reviewId,
            equityAndGoodConscience: finding,
            reason: options.reason,
            actor: { id: operatorId(options.actor), role: 'program_administrator' },
          },
          programClockFor(command),
        ),
      );
      if (options.json) printJson(result);
      else process.stdout.write(describeReview(reviewId, result));
    });
}

function yesNo(text: string, name: string): boolean {
  if (text === 'yes') return true;
  if (text === 'no') return false;
  throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not yes or no`);
}

function describeReview(id: number, result: RemovalReviewOutcome): string {
  if (result.outcome === 'kept')
    return `Review ${id} closed: the person stays enrolled (${result.citations}).\n  ${result.explanation}\n`;
  if (result.outcome === 'closed') return `Review ${id} closed: ${result.explanation}\n`;
  return `Review ${id}: removal recorded as transition ${result.transition.id}.\n`;
}
