// What the carrier performance routes add to the operations' answers: an evaluation's notices and
// deadlines when the operation gives none, its version as an ETag, and the check that a change was
// made on the version the caller read (If-Match). Also the measures staff record by hand.
import { loadDueProcessParameters } from '../exchange/carrier-performance/due-process/due-process-parameters.ts';
import { noticeViewOf } from '../exchange/carrier-performance/due-process/notice-view.ts';
import { PshbError } from '../errors.ts';
import { rebateDueOn } from '../rules/carrier-performance/due-process/index.ts';
import type { Executor } from '../storage/executor.ts';
import { listNotices } from '../storage/performance/due-process-store.ts';
import { noticeLinks } from './performance-links.ts';

/** The version of an evaluation: its id and the last event of its history. */
export function evaluationEtag(view: {
  readonly id: number;
  readonly events: readonly { readonly id: number }[];
}): string {
  return `"pe${view.id}.${view.events.at(-1)?.id ?? 0}"`;
}

/**
 * Inside the change's transaction, with the evaluation locked by the operation until it commits: the
 * event before the `appended` ones the change just wrote must be the last one the caller read
 * (`ifMatch`, an ETag of GET /evaluations/{id}); otherwise someone changed the evaluation in between
 * and the change is refused (CONFLICT), so it rolls back and nothing is recorded.
 */
export function requireUnchangedSince(
  view: {
    readonly id: number;
    readonly events: readonly { readonly id: number; readonly author: string; readonly kind: string }[];
  },
  ifMatch: string,
  appended: number,
): void {
  const before = view.events.slice(0, Math.max(0, view.events.length - appended));
  const read = evaluationEtag({ id: view.id, events: before });
  const asked = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (asked.includes('*') || asked.includes(read)) return;
  const since = view.events.slice(-appended - 1, -appended).at(0);
  throw new PshbError(
    'CONFLICT',
    `evaluation ${view.id} changed since it was read (${ifMatch}): ${since ? `${since.kind} by ${since.author}` : 'another change'} came first; read it again and decide on what it holds now`,
  );
}

/** A notice as an evaluation lists it, with the addresses of its HTML and PDF renderings. */
export interface NoticeAnswer {
  readonly id: number;
  readonly kind: string;
  readonly issuedOn: string;
  readonly responseDueOn: string | null;
  readonly htmlUrl: string;
  readonly pdfUrl: string;
}

/** The notices issued on an evaluation, oldest first, and the deadlines they set. */
export async function noticesOf(
  executor: Executor,
  evaluationId: number,
): Promise<{ notices: NoticeAnswer[]; deadlines: { responseDueOn?: string; rebateDueOn?: string } }> {
  const notices = (await listNotices(executor, evaluationId)).map(noticeViewOf).map((notice) =>
    noticeLinks({
      id: notice.id,
      kind: notice.kind,
      issuedOn: notice.issuedOn,
      responseDueOn: notice.responseDueOn,
    }),
  );
  const findings = notices.find((notice) => notice.kind === 'findings');
  const final = notices.find((notice) => notice.kind === 'final');
  return {
    notices,
    deadlines: {
      ...(findings?.responseDueOn ? { responseDueOn: findings.responseDueOn } : {}),
      ...(final ? { rebateDueOn: rebateDueOn(loadDueProcessParameters(), final.issuedOn) } : {}),
    },
  };
}

/** An evaluation as the API answers it: the operation's view with its notices and deadlines. */
export function evaluationAnswer<View extends object>(
  view: View,
  issued: Awaited<ReturnType<typeof noticesOf>> = { notices: [], deadlines: {} },
): View & Awaited<ReturnType<typeof noticesOf>> {
  return { ...view, ...issued };
}

/** The measures OPM staff record by hand (48 CFR 1609.7101-1(b)(2), (b)(3)), by the kind of event. */
export const STAFF_MEASURES = {
  'contract-administrator-change.days-to-notify': 'administrator-change',
  'significant-event.days-to-notify': 'significant-event',
} as const;
