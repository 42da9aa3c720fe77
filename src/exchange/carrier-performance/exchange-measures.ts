// The five measures of carrier performance the exchange computes from its own records, never typed
// in (48 CFR 1609.7101-1(a)(5) paperless enrollment and enrollment reconciliation, (a)(6)
// reconsideration files). Pure: the facts come from src/storage/performance/exchange-evidence-reads.ts
// and each measure says how it was counted, so a reader can follow it back to the rows.
import type { FactValue } from '../../rules/decision.ts';
import type {
  DiscrepancyFact,
  ReconciliationRunFact,
  ReconsiderationFact,
  SentEnrollmentFile,
} from '../../storage/performance/exchange-evidence-reads.ts';

export const EXCHANGE_MEASURES = [
  'paperless-enrollment.first-pass-acceptance-rate',
  'paperless-enrollment.median-days-to-acknowledgment',
  'enrollment-reconciliation.quarters-initiated-on-time',
  'enrollment-reconciliation.discrepancies-aged-over-90-days',
  'reconsideration.files-provided-on-time-rate',
] as const;
export type ExchangeMeasure = (typeof EXCHANGE_MEASURES)[number];

/** A discrepancy counts once its age passes this many days (the measure's name). */
export const DISCREPANCY_AGE_DAYS = 90;
/**
 * The carrier's reconsideration file counts as on time when OPM decided the request within this many
 * days of its filing. UNCONFIRMED: the rule says "within the time frame specified" (63 FR 55338) and
 * the exchange records no day the carrier's file arrived, so the decision day stands for it.
 */
export const RECONSIDERATION_FILE_DAYS = 30;

export interface ComputedMeasure {
  readonly measure: ExchangeMeasure;
  readonly value: FactValue;
  readonly applicable: boolean;
  readonly unit: string;
  /** What a reader follows to check it: the tables and rows counted. */
  readonly reference: string;
  /** How it was counted, in words. */
  readonly note: string;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const ids = (values: readonly number[]) =>
  values.length === 0
    ? 'none'
    : values.length <= 20
      ? values.join(',')
      : `${values.slice(0, 20).join(',')},...`;

/** Members accepted on the first acknowledgment of each 834 sent in the year, over members sent. */
export function firstPassAcceptanceRate(
  carrier: string,
  year: number,
  files: readonly SentEnrollmentFile[],
): ComputedMeasure {
  const answered = files.filter((f) => f.firstAnswer !== null);
  const sent = answered.reduce((n, f) => n + f.memberCount, 0);
  const accepted = answered.reduce((n, f) => n + acceptedMembers(f), 0);
  const pending = files.length - answered.length;
  return {
    measure: 'paperless-enrollment.first-pass-acceptance-rate',
    value: sent === 0 ? null : round(accepted / sent, 4),
    applicable: sent > 0,
    unit: 'ratio',
    reference: `exchange_file 834_changes to ${carrier} dated ${year}, ids ${ids(answered.map((f) => f.fileId))}; first 999/TA1 status and ack_rejected exceptions`,
    note:
      sent === 0
        ? `no 834 enrollment file sent to ${carrier} in ${year} has been answered: nothing to measure`
        : `${accepted} of ${sent} members in ${answered.length} answered 834 file(s) accepted on the first acknowledgment` +
          ` (a rejected or unacknowledged file counts none; a partly accepted one all but the members named in rejected segments)` +
          (pending > 0 ? `; ${pending} file(s) still awaiting an answer are left out` : ''),
  };
}

function acceptedMembers(file: SentEnrollmentFile): number {
  switch (file.firstAnswer) {
    case 'accepted':
      return file.memberCount;
    case 'partially_accepted':
      return Math.max(0, file.memberCount - file.rejectedSegments);
    default:
      return 0;
  }
}

/** The median of the days from each 834's sending to its first acknowledgment. */
export function medianDaysToAcknowledgment(
  carrier: string,
  year: number,
  files: readonly SentEnrollmentFile[],
): ComputedMeasure {
  const answered = files.filter((f) => f.answeredBy !== null && f.firstAnswerAt !== null);
  const days = answered
    .map((f) => Math.max(0, daysBetween(f.sentAt, f.firstAnswerAt!)))
    .sort((a, b) => a - b);
  const unanswered = files.filter((f) => f.firstAnswer === 'unacknowledged').length;
  return {
    measure: 'paperless-enrollment.median-days-to-acknowledgment',
    value: days.length === 0 ? null : round(median(days), 2),
    applicable: days.length > 0,
    unit: 'days',
    reference: `exchange_file 834_changes to ${carrier} dated ${year}, ids ${ids(answered.map((f) => f.fileId))}; delivered and first acknowledgment times in exchange_file_status_event`,
    note:
      days.length === 0
        ? `no 834 enrollment file sent to ${carrier} in ${year} was acknowledged: nothing to measure`
        : `median of ${days.length} file(s), from delivery (or writing) to the first 999 or TA1` +
          (unanswered > 0 ? `; ${unanswered} file(s) passed their acknowledgment deadline unanswered` : ''),
  };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Quarters of the year in which a reconciliation run was initiated (5 CFR 890.110: quarterly). */
export function quartersInitiatedOnTime(
  carrier: string,
  year: number,
  runs: readonly ReconciliationRunFact[],
): ComputedMeasure {
  const quarters = new Map<number, number>();
  for (const run of runs) {
    if (!run.initiatedOn.startsWith(`${year}-`)) continue;
    const quarter = Math.floor((Number(run.initiatedOn.slice(5, 7)) - 1) / 3) + 1;
    if (!quarters.has(quarter)) quarters.set(quarter, run.runId);
  }
  const met = [...quarters.keys()].sort();
  return {
    measure: 'enrollment-reconciliation.quarters-initiated-on-time',
    value: met.length,
    applicable: true,
    unit: 'count',
    reference: `reconciliation_run of ${carrier} initiated in ${year}, ids ${ids(runs.map((r) => r.runId))}`,
    note:
      `a quarter is on time when a reconciliation run was initiated within it; ` +
      (met.length === 0
        ? 'none was'
        : `quarter(s) ${met.map((q) => `Q${q}`).join(', ')} (first runs ${met.map((q) => quarters.get(q)).join(', ')})`),
  };
}

/** Discrepancies open in the year whose age passed 90 days before resolution or the year's end. */
export function discrepanciesAgedOver90Days(
  carrier: string,
  year: number,
  discrepancies: readonly DiscrepancyFact[],
): ComputedMeasure {
  const end = `${year}-12-31`;
  const aged = discrepancies.filter((d) => {
    const until = d.resolvedOn !== null && d.resolvedOn < end ? d.resolvedOn : end;
    return daysBetween(d.openedOn, until) > DISCREPANCY_AGE_DAYS;
  });
  return {
    measure: 'enrollment-reconciliation.discrepancies-aged-over-90-days',
    value: aged.length,
    applicable: true,
    unit: 'count',
    reference: `reconciliation_discrepancy of ${carrier} open in ${year}, aged ids ${ids(aged.map((d) => d.id))}`,
    note: `${aged.length} of ${discrepancies.length} discrepancies open in ${year} were older than ${DISCREPANCY_AGE_DAYS} days when resolved or at ${end}`,
  };
}

/** Reconsideration requests of the carrier's enrollees whose carrier file was provided on time. */
export function reconsiderationFilesOnTime(
  carrier: string,
  year: number,
  requests: readonly ReconsiderationFact[],
): ComputedMeasure {
  const onTime = requests.filter(
    (r) => r.decidedOn !== null && daysBetween(r.filedOn, r.decidedOn) <= RECONSIDERATION_FILE_DAYS,
  );
  return {
    measure: 'reconsideration.files-provided-on-time-rate',
    value: requests.length === 0 ? null : round(onTime.length / requests.length, 4),
    applicable: requests.length > 0,
    unit: 'ratio',
    reference: `reconsideration_request filed in ${year} by ${carrier}'s enrollees, ids ${ids(requests.map((r) => r.requestId))}; reconsideration_decision`,
    note:
      requests.length === 0
        ? `no reconsideration was requested by ${carrier}'s enrollees in ${year}: not applicable`
        : `${onTime.length} of ${requests.length} requests decided within ${RECONSIDERATION_FILE_DAYS} days of filing ` +
          '(UNCONFIRMED stand-in for the carrier file reaching OPM on time)',
  };
}
