// createInvitations as a background job (src/storage/jobs: pg-boss on PostgreSQL, timers on PGlite):
// every five minutes, up to a bounded number of batches per source, so a long backlog is worked off over
// several runs and a failed run is retried from the watermarks it left.
import type { JobDefinition, JobOutline } from '../../storage/jobs/job-runner.ts';
import type { Store } from '../../storage/store.ts';
import type { CxCatalogue } from './cx-catalogue.ts';
import type { CxKeys } from './cx-keys.ts';
import { createInvitations, type InvitationRun } from './create-invitations.ts';

export const CX_INVITATIONS_JOB = 'cx-invitations';
const EVERY_5_MINUTES = 5 * 60_000;
const RETRY = { retryLimit: 3, retryDelayMs: 60_000 } as const;
/**
 * The share of the time a run may work (src/exchange/pace.ts). The job runs beside the API; resting
 * three times as long as each statement and slice took keeps it from taking a core from the requests.
 */
export const CX_INVITATION_SHARE = 0.25;

export function cxInvitationJobOutline(): JobOutline {
  return { name: CX_INVITATIONS_JOB, everyMs: EVERY_5_MINUTES, retryLimit: RETRY.retryLimit };
}

export function cxInvitationJob(
  store: Store,
  options: { readonly catalogue: CxCatalogue; readonly keys: CxKeys; readonly now?: () => Date },
): JobDefinition<InvitationRun> {
  const now = options.now ?? (() => new Date());
  return {
    ...cxInvitationJobOutline(),
    ...RETRY,
    run: () =>
      createInvitations(store, {
        catalogue: options.catalogue,
        keys: options.keys,
        now: now(),
        maxBatches: 20,
        share: CX_INVITATION_SHARE,
      }),
  };
}
