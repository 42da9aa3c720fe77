// What the carrier performance routes add to the operations' answers: an evaluation's notices and
// deadlines when the operation gives none, its version as an ETag, and the check that a change was
// made on the version the caller read (If-Match). Also the measures staff record by hand.
import { PshbError } from '../errors.ts';

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

interface NoticeLike {
  readonly id: number;
}

/**
 * An evaluation as the API answers it: the operation's view with `notices` (each with its HTML and PDF
 * address) and `deadlines`, empty when the operation gives none.
 */
export function evaluationAnswer<View extends object>(
  view: View,
): View & { notices: readonly unknown[]; deadlines: Record<string, unknown> } {
  const given = view as { notices?: readonly NoticeLike[]; deadlines?: Record<string, unknown> };
  return {
    ...view,
    notices: (given.notices ?? []).map((notice) => ({
      htmlUrl: `/api/v1/carrier-performance/notices/${notice.id}.html`,
      pdfUrl: `/api/v1/carrier-performance/notices/${notice.id}.pdf`,
      ...notice,
    })),
    deadlines: given.deadlines ?? {},
  };
}

/** The measures OPM staff record by hand (48 CFR 1609.7101-1(b)(2), (b)(3)), by the kind of event. */
export const STAFF_MEASURES = {
  'contract-administrator-change.days-to-notify': 'administrator-change',
  'significant-event.days-to-notify': 'significant-event',
} as const;
