// The carrier exchange as background jobs (src/storage/jobs: pg-boss on PostgreSQL, timers on PGlite;
// the runner records every run and retries a failed one): each carrier's change file on its daily
// schedule and its audit on its monthly one, delivery and collection, and the acknowledgment deadline
// check. The jobs wake every few minutes; a scheduled file is made once per occurrence of its
// schedule (recorded in job_run by scheduled-runs.ts), and only when that occurrence is recent, so a
// first start does not send a month-old audit. Medicare requests run the same way on each agency's
// agreement frequency (CMS and SSA in reference-data/partners), written for the delivery job to send.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../domain/dates.ts';
import type { AgencyPartner, CarrierPartner, TradingPartner } from '../../domain/trading-partner.ts';
import type { JobDefinition, JobOutline } from '../../storage/jobs/job-runner.ts';
import { claimScheduledRun, completeScheduledRun } from '../../storage/exchange/scheduled-runs.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { FieldKeyring } from '../../security/field-encryption.ts';
import type { SupportPlan } from '../../support/plan/support-plan.ts';
import { writeScheduledMedicareRequest } from '../medicare/scheduled-medicare-request.ts';
import { readSharedChangeEvents, type SharedChangeEvents } from '../carrier-exchange/carrier-feed.ts';
import { writeCarrierFile } from '../carrier-exchange/write-carrier-file.ts';
import type { FileKind } from '../carrier-exchange/transaction-header.ts';
import { aFewAtATime } from './a-few-at-a-time.ts';
import { checkAcknowledgmentDeadlines } from './check-acknowledgment-deadlines.ts';
import { collectInbound } from './collect-inbound.ts';
import { deliverPending } from './deliver-pending.ts';
import { carrierFileName } from './delivery-folders.ts';
import { latestOccurrence, type Occurrence } from './latest-occurrence.ts';
import type { TransportContext } from './partner-transport.ts';

export const CARRIER_CHANGES_JOB = 'carrier-changes';
export const CARRIER_AUDIT_JOB = 'carrier-audit';
export const PARTNER_DELIVERY_JOB = 'partner-delivery';
export const ACKNOWLEDGMENT_DEADLINES_JOB = 'acknowledgment-deadlines';
export const MEDICARE_REQUESTS_JOB = 'medicare-requests';

const EVERY_15_MINUTES = 15 * 60_000;
const HOURLY = 60 * 60_000;
const RETRY = { retryLimit: 3, retryDelayMs: 5 * 60_000 } as const;
/** An occurrence older than this is not made late: the next one carries its events (changes) or supersedes it (audit). */
const CATCH_UP_MS = 36 * 60 * 60_000;

export interface ExchangeJobOptions {
  readonly partners: readonly TradingPartner[];
  readonly context: TransportContext;
  readonly plan: SupportPlan;
  /** The data keys the Medicare requests read identifiers with, loaded at the first request; without it no request job runs. */
  readonly keyring?: () => FieldKeyring;
  readonly now?: () => Date;
  readonly onError?: (error: unknown, willRetry: boolean) => void;
}

export function exchangeJobOutlines(): JobOutline[] {
  return [
    { name: CARRIER_CHANGES_JOB, everyMs: EVERY_15_MINUTES, retryLimit: RETRY.retryLimit },
    { name: CARRIER_AUDIT_JOB, everyMs: EVERY_15_MINUTES, retryLimit: RETRY.retryLimit },
    { name: PARTNER_DELIVERY_JOB, everyMs: EVERY_15_MINUTES, retryLimit: RETRY.retryLimit },
    { name: ACKNOWLEDGMENT_DEADLINES_JOB, everyMs: HOURLY, retryLimit: RETRY.retryLimit },
    { name: MEDICARE_REQUESTS_JOB, everyMs: EVERY_15_MINUTES, retryLimit: RETRY.retryLimit },
  ];
}

export function exchangeJobs(store: Store, options: ExchangeJobOptions): JobDefinition[] {
  const now = options.now ?? (() => new Date());
  const carriers = options.partners.filter((p): p is CarrierPartner => p.kind === 'carrier');
  const base = { ...RETRY, ...(options.onError ? { onError: options.onError } : {}) };
  const [changes, audit, delivery, deadlines] = exchangeJobOutlines();
  return [
    { ...changes!, ...base, run: () => scheduledFiles(store, carriers, 'changes', options.context, now()) },
    { ...audit!, ...base, run: () => scheduledFiles(store, carriers, 'audit', options.context, now()) },
    {
      ...delivery!,
      ...base,
      run: async () => ({
        delivery: await deliverPending(store, { partners: options.partners, context: options.context, now }),
        collection: await collectInbound(store, {
          partners: options.partners,
          carriers,
          context: options.context,
          now,
        }),
      }),
    },
    {
      ...deadlines!,
      ...base,
      run: () =>
        checkAcknowledgmentDeadlines(store, {
          carriers,
          now: now(),
          plan: options.plan,
          openedBy: `job ${ACKNOWLEDGMENT_DEADLINES_JOB}`,
        }),
    },
    ...(options.keyring ? [{ ...medicareJob(store, options, options.keyring, now), ...base }] : []),
  ];
}

function medicareJob(
  store: Store,
  options: ExchangeJobOptions,
  keyring: () => FieldKeyring,
  now: () => Date,
): JobDefinition {
  const agencies = options.partners.filter((p): p is AgencyPartner => p.kind === 'agency');
  const send = async (agency: AgencyPartner, day: string) => {
    const folders = options.context.folders;
    const request = { agency, day: day as IsoDate, folders, keyring: keyring(), now: now() };
    return (await writeScheduledMedicareRequest(store, request)).people;
  };
  return medicareRequestsJob(store, agencies, send, now);
}

export interface ScheduledFileRun {
  readonly partner: string;
  readonly day: string;
  readonly written: boolean;
  readonly members: number;
}

/**
 * Change files written at once: at 1.7 million people a day of 20,000 plan changes told every carrier
 * in 1.85 s one file at a time and 1.54 s two at a time (the scratch timing in docs/carrier-exchange.md).
 * Audit files are written one at a time: each holds a window of households in memory.
 */
export const FILES_AT_ONCE: Readonly<Record<FileKind, number>> = { changes: 2, audit: 1 };

/** Makes each carrier's file of `kind` for its latest occurrence, once. */
export async function scheduledFiles(
  store: Store,
  carriers: readonly CarrierPartner[],
  kind: FileKind,
  context: TransportContext,
  now: Date,
): Promise<ScheduledFileRun[]> {
  // The day's events are read once, when the first change file is due, and filtered for each carrier.
  let shared: Promise<SharedChangeEvents | null> | undefined;
  const sharedChanges = () =>
    kind === 'changes'
      ? (shared ??= readSharedChangeEvents(
          store,
          carriers.map((c) => c.carrierCode),
        ))
      : null;
  const runs = await aFewAtATime(carriers, FILES_AT_ONCE[kind], (carrier) =>
    scheduledFile(store, carrier, kind, { context, now, sharedChanges }),
  );
  return runs.filter((run): run is ScheduledFileRun => run !== null);
}

/** One carrier's file for its latest occurrence, unless it is not recent or already made (null). */
async function scheduledFile(
  store: Store,
  carrier: CarrierPartner,
  kind: FileKind,
  options: {
    readonly context: TransportContext;
    readonly now: Date;
    readonly sharedChanges: () => Promise<SharedChangeEvents | null> | null;
  },
): Promise<ScheduledFileRun | null> {
  const { now } = options;
  const schedule = kind === 'changes' ? carrier.schedule.changes : carrier.schedule.audit;
  const occurrence = latestOccurrence(schedule, carrier.schedule.timeZone, now);
  if (!isRecent(occurrence, now)) return null;
  const id = `carrier-${kind}:${carrier.carrierCode}:${occurrence.day}`;
  const parameters = { partner: carrier.carrierCode, kind, day: occurrence.day };
  if (!(await claimScheduledRun(executorOf(store), { id, kind: `carrier-${kind}`, parameters }))) return null;
  const folder = options.context.folders.written(carrier.carrierCode);
  await mkdir(folder, { recursive: true });
  const result = await writeCarrierFile(store, {
    partner: carrier,
    kind,
    asOf: occurrence.day as IsoDate,
    out: join(folder, carrierFileName(carrier.carrierCode, kind, occurrence.day, now)),
    now,
    sharedChanges: await options.sharedChanges(),
  });
  await completeScheduledRun(executorOf(store), id, result.members);
  return {
    partner: carrier.carrierCode,
    day: occurrence.day,
    written: result.written,
    members: result.members,
  };
}

function isRecent(occurrence: Occurrence, now: Date): boolean {
  return now.getTime() - Date.parse(`${occurrence.day}T00:00:00Z`) <= CATCH_UP_MS;
}

/** Each agency's requests on its agreement's frequency, made once per occurrence by `send`. */
export function medicareRequestsJob(
  store: Store,
  agencies: readonly AgencyPartner[],
  send: (agency: AgencyPartner, day: string) => Promise<number>,
  now: () => Date = () => new Date(),
): JobDefinition {
  return {
    name: MEDICARE_REQUESTS_JOB,
    everyMs: EVERY_15_MINUTES,
    ...RETRY,
    run: async () => {
      const runs: { partner: string; day: string; sent: number }[] = [];
      for (const agency of agencies) {
        const occurrence = latestOccurrence(agency.schedule.requests, agency.schedule.timeZone, now());
        if (!isRecent(occurrence, now())) continue;
        const id = `medicare-requests:${agency.agencyCode}:${occurrence.day}`;
        const parameters = { partner: agency.agencyCode, day: occurrence.day };
        if (!(await claimScheduledRun(executorOf(store), { id, kind: MEDICARE_REQUESTS_JOB, parameters })))
          continue;
        const sent = await send(agency, occurrence.day);
        await completeScheduledRun(executorOf(store), id, sent);
        runs.push({ partner: agency.agencyCode, day: occurrence.day, sent });
      }
      return runs;
    },
  };
}
