// The pshb command line: every operation of PSHB Exchange, calling the same functions as the API.
import { Command, CommanderError } from 'commander';
import { readEnvironment, type Environment } from '../config/configuration.ts';
import { ERROR_CODES, PshbError } from '../errors.ts';
import { useCaseSupportPlan } from '../support/cases/case-plan.ts';
import { bindEnvironment } from './cli-context.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerDeliveryCommands } from './delivery-commands.ts';
import { registerJobsCommands } from './jobs-commands.ts';
import { registerMaintenanceCommands } from './maintenance-commands.ts';
import { registerMedicareCommands } from './medicare-commands.ts';
import { registerEnrollmentCommands } from './enrollment-commands.ts';
import { registerOpenSeasonCommands } from './open-season-commands.ts';
import { registerPartnerCommands } from './partner-commands.ts';
import { registerPerformanceEvidenceCommands } from './performance-evidence-commands.ts';
import { registerPerformanceMethodCommands } from './performance-method-commands.ts';
import { registerPerformanceProcessCommands } from './performance-process-commands.ts';
import { registerCarrierCommands } from './carrier-commands.ts';
import { registerCxCommands } from './cx-commands.ts';
import { registerExceptionCommands } from './exception-commands.ts';
import { registerPersonCommands } from './person-commands.ts';
import { registerRulesCommands } from './rules-commands.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerStartCommand } from './start-command.ts';
import { registerSupportCommands } from './support-commands.ts';
import { registerCallbackCommands } from './callback-commands.ts';

export function buildProgram(environment: Environment): Command {
  const program = new Command('pshb')
    .description('PSHB Exchange: enrollment for the Postal Service Health Benefits Program')
    .option('--database-url <url>', 'PostgreSQL to use instead of the embedded database (or DATABASE_URL)')
    .option('--data-dir <folder>', 'folder of the embedded database (or DATA_DIR; default ./data)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  bindEnvironment(program, environment);
  registerStartCommand(program);
  registerServeCommand(program);
  registerDataCommands(program);
  registerPersonCommands(program);
  registerOpenSeasonCommands(program);
  registerEnrollmentCommands(program);
  registerRulesCommands(program);
  registerSupportCommands(program);
  registerCallbackCommands(program);
  registerMaintenanceCommands(program);
  registerJobsCommands(program);
  registerPartnerCommands(program);
  registerCarrierCommands(program);
  registerExceptionCommands(program);
  registerDeliveryCommands(program);
  registerMedicareCommands(program);
  const performance = program
    .command('performance')
    .description(
      'carrier performance: evaluation methods, evidence, the proposal, accepted factors and the amount',
    );
  registerPerformanceMethodCommands(performance);
  registerCxCommands(program);
  registerPerformanceEvidenceCommands(performance);
  registerPerformanceProcessCommands(performance);
  return program;
}

/**
 * Runs the command line with the environment it was started in, read and checked here once.
 * Exit codes: 0 done, 1 failed, 2 bad input or configuration (the message says what to fix).
 */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  try {
    const environment = readEnvironment(env);
    useCaseSupportPlan(environment.PSHB_SUPPORT_PLAN);
    await buildProgram(environment).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof PshbError) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    for (const detail of error.details) {
      const where = [detail.line === undefined ? '' : `line ${detail.line}`, detail.field ?? '']
        .filter(Boolean)
        .join(', ');
      process.stderr.write(`  ${where ? `${where}: ` : ''}${detail.message}\n`);
    }
    // An operator needs the underlying reason (a refused password, a database not accepting connections).
    if (error.cause instanceof Error) process.stderr.write(`  because: ${error.cause.message}\n`);
    return ERROR_CODES[error.code].status < 500 ? 2 : 1;
  }
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
