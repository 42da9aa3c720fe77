// Which job runner a store gets: pg-boss on PostgreSQL, where several processes share the work; the
// in-process one on PGlite (one process) and on stand-ins for a store in unit tests.
import type { Store } from '../store.ts';
import { inProcessJobRunner, type InProcessOptions } from './in-process-runner.ts';
import type { JobRunner } from './job-runner.ts';
import { pgBossJobRunner, type PgBossRunnerOptions } from './pg-boss-runner.ts';

export function jobRunnerFor(store: Store, options: PgBossRunnerOptions & InProcessOptions = {}): JobRunner {
  return store.backend === 'postgres' ? pgBossJobRunner(store, options) : inProcessJobRunner(options);
}
