// pshb maintenance purge: removes expired sessions and idempotency records past their retention period
// (the server does the same in the background; this is for operators, cron jobs and servers run with
// the background purge turned off).
import type { Command } from 'commander';
import {
  purgeExpired,
  retentionOf,
  retentionHours,
  type RetentionPolicy,
} from '../exchange/maintenance/purge-expired.ts';
import { environmentOf, withStore } from './cli-context.ts';
import { formatCount, printJson } from './output.ts';

export function registerMaintenanceCommands(program: Command): void {
  const maintenance = program.command('maintenance').description('housekeeping of the database');
  maintenance
    .command('purge')
    .description('delete expired sessions and idempotency records older than the retention period')
    .option(
      '--idempotency-hours <hours>',
      'keep idempotency records this many hours (default PSHB_IDEMPOTENCY_RETENTION_HOURS or 24)',
    )
    .option('--json', 'print as JSON')
    .action(async (options: { idempotencyHours?: string; json?: boolean }, command: Command) => {
      const policy: RetentionPolicy =
        options.idempotencyHours === undefined
          ? retentionOf(environmentOf(command))
          : { idempotencyRecordHours: retentionHours(options.idempotencyHours, '--idempotency-hours') };
      const report = await withStore(command, (store) => purgeExpired(store, policy));
      if (options.json) printJson(report);
      else
        process.stdout.write(
          `Removed ${formatCount(report.expiredSessions)} expired session(s) and ` +
            `${formatCount(report.idempotencyRecords)} idempotency record(s) older than ` +
            `${formatCount(report.idempotencyRecordHours)} hours.\n`,
        );
    });
}
