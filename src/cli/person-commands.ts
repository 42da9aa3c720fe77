// pshb person: look a person up and explain their standing.
import type { Command } from 'commander';
import { isIsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { explainPersonEligibility, type PersonEligibility } from '../exchange/person-eligibility.ts';
import { loadSeasonContext } from '../exchange/season-context.ts';
import type { Decision } from '../rules/decision.ts';
import type { PersonRemoval } from '../rules/household.ts';
import { findPersons } from '../exchange/person-search.ts';
import { executorOf } from '../storage/executor.ts';
import { positiveId } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { printJson } from './output.ts';

export function registerPersonCommands(program: Command): void {
  const person = program.command('person').description('look up a person');
  person
    .command('show')
    .argument('<person-id>', 'the person id from the roster')
    .description(
      "show a person's eligibility, Part B standing and open season outcome, each with its reasons",
    )
    .option('--as-of <date>', 'decide as of this date (default: the day open season actions take effect)')
    .option('--season <id>', 'open season id (default: the transitional one)')
    .option('--json', 'print as JSON')
    .action(
      async (id: string, options: { asOf?: string; season?: string; json?: boolean }, command: Command) => {
        const personId = positiveId(id, 'person-id');
        if (options.asOf && !isIsoDate(options.asOf)) {
          throw new PshbError('INVALID_INPUT', `--as-of: "${options.asOf}" is not a date in YYYY-MM-DD form`);
        }
        const result = await withStore(command, async (store) =>
          explainPersonEligibility(
            store,
            personId,
            await loadSeasonContext(store, { openSeasonId: options.season }),
            options.asOf,
          ),
        );
        if (options.json) printJson(result);
        else process.stdout.write(formatPersonEligibility(result));
      },
    );
  person
    .command('find')
    .description('find a person by last name and the last four digits of the SSN (masked results)')
    .requiredOption('--last-name <name>', 'the last name, any case')
    .requiredOption('--ssn-last4 <digits>', 'the last four digits of the SSN')
    .option('--birth-date <date>', 'the birth date, to tell apart people with the same name and digits')
    .option('--json', 'print as JSON')
    .action(
      async (
        options: { lastName: string; ssnLast4: string; birthDate?: string; json?: boolean },
        command: Command,
      ) => {
        if (options.birthDate && !isIsoDate(options.birthDate)) {
          throw new PshbError(
            'INVALID_INPUT',
            `--birth-date: "${options.birthDate}" is not a date in YYYY-MM-DD form`,
          );
        }
        const matches = await withStore(command, (store) =>
          findPersons(executorOf(store), {
            lastName: options.lastName,
            ssnLastFour: options.ssnLast4,
            birthDate: options.birthDate,
          }),
        );
        if (options.json) return printJson(matches);
        if (matches.length === 0) {
          process.stdout.write('No one matches.\n');
          return;
        }
        for (const m of matches) {
          process.stdout.write(
            `${m.id}  ${m.name}  born ${m.birthYear}  SSN ***-**-${m.ssnLastFour}  (${m.relationship} in household ${m.householdId})\n`,
          );
        }
      },
    );
}

function formatDecision(title: string, decision: Decision): string {
  const facts = Object.entries(decision.facts)
    .map(([name, value]) => `      ${name}: ${value === null ? '-' : String(value)}`)
    .join('\n');
  return [
    `${title}: ${decision.outcome.replaceAll('_', ' ')}`,
    `  ${decision.explanation}`,
    `  Paragraphs: ${decision.citations.join('; ')}`,
    `  Facts used:`,
    facts,
    '',
  ].join('\n');
}

/** A removal's dates and rights in words (890.1608, 890.401(a)), or '' when none is decided. */
function removalLine(removal: PersonRemoval | null): string {
  if (removal === null) return '';
  const confined = removal.hospitalConfinementContinuesTo
    ? `; benefits while in hospital to ${removal.hospitalConfinementContinuesTo}`
    : '';
  return ` Removed effective ${removal.effectiveOn} (${removal.citation}); temporary extension to ${removal.temporaryExtensionEnds}${removal.conversionRight ? ', with the right of conversion' : ''}${confined}.`;
}

export function formatPersonEligibility(result: PersonEligibility): string {
  const parts = [
    `${result.name} (person ${result.personId}, household ${result.householdId}, SSN ***-**-${result.ssnLastFour})`,
    `As of ${result.asOf}; ${result.person.covered ? 'covered' : 'not covered'}.${removalLine(result.person.removal)}`,
    '',
    formatDecision('Eligibility', result.person.eligibility),
    formatDecision('Medicare Part B requirement', result.person.partB),
    formatDecision('Open season (household)', result.household.enrollment),
  ];
  if (result.household.termination) parts.push(formatDecision('Termination', result.household.termination));
  parts.push('Enrollment history on record:');
  if (result.history.length === 0) parts.push('  none yet (run: pshb open-season auto-enroll)');
  for (const event of result.history) {
    parts.push(
      `  ${event.effectiveOn}  ${event.eventType.replaceAll('_', ' ')}${event.enrollmentCode ? ` ${event.enrollmentCode}` : ''}` +
        `  (recorded ${event.recordedAt})`,
      `    ${event.reason}`,
    );
  }
  return parts.join('\n') + '\n';
}
