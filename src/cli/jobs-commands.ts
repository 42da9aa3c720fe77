// pshb jobs list: the background jobs' queues, schedules and latest runs. On PostgreSQL they are read
// from pg-boss's tables, whichever process ran them; on PGlite the serving process runs them on its own
// timers and keeps no history, so only the queues and schedules are shown.
import type { Command } from 'commander';
import { exchangeJobOutlines } from '../exchange/delivery/exchange-jobs.ts';
import { purgeJobOutline } from '../exchange/maintenance/purge-job.ts';
import { cxInvitationJobOutline } from '../exchange/cx/invitation-job.ts';
import type { JobListing } from '../storage/jobs/job-runner.ts';
import { jobRunnerFor } from '../storage/jobs/runner-for-store.ts';
import { environmentOf, withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';

export function registerJobsCommands(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('background jobs (the purge of expired records, the carrier exchange schedule)');
  jobs
    .command('list')
    .description('queues, schedules and the latest runs of the background jobs')
    .option('--recent <n>', 'runs to show per queue', '10')
    .option('--json', 'print as JSON')
    .action(async (options: { recent: string; json?: boolean }, command: Command) => {
      const recent = Math.max(0, Math.floor(Number(options.recent) || 0));
      const environment = environmentOf(command);
      const outlines = [
        purgeJobOutline(environment.PSHB_PURGE_INTERVAL_SECONDS * 1000),
        ...(environment.PSHB_EXCHANGE_JOBS === 'on' ? exchangeJobOutlines() : []),
        cxInvitationJobOutline(),
      ];
      const listing = await withStore(command, (store) => jobRunnerFor(store).list(outlines, recent));
      if (options.json) printJson(listing);
      else process.stdout.write(formatListing(listing));
    });
}

function formatListing(listing: JobListing): string {
  const parts = [
    `Runner: ${listing.runner === 'pg-boss' ? 'pg-boss (PostgreSQL)' : 'in-process (PGlite: the serving process runs the jobs and keeps no history)'}\n`,
    '\nQueues\n',
    formatTable(
      ['queue', 'retries', 'queued', 'active', 'failed', 'total'],
      listing.queues.map((q) => [q.name, q.retryLimit ?? '', q.queued, q.active, q.failed, q.total]),
    ),
    '\nSchedules\n',
    formatTable(
      ['queue', 'recurrence', 'last job'],
      listing.schedules.map((s) => [s.name, s.recurrence, s.lastJobId ?? '']),
    ),
    '\nRecent runs\n',
    listing.recent.length === 0
      ? '(none)\n'
      : formatTable(
          ['queue', 'state', 'retries', 'created', 'completed', 'id'],
          listing.recent.map((r) => [r.name, r.state, r.retryCount, r.createdOn, r.completedOn ?? '', r.id]),
        ),
  ];
  return parts.join('');
}
