// A notice as the operations answer it: its dates, digest and document model.
import { createHash } from 'node:crypto';
import type { IsoDate } from '../../../domain/dates.ts';
import type { DocumentModel } from '../../../support/document/document.ts';
import type { NoticeRow } from '../../../storage/performance/due-process-store.ts';
import { isoDay } from './due-process-step.ts';

export interface NoticeView {
  readonly id: number;
  readonly evaluationId: number;
  readonly kind: 'findings' | 'final';
  readonly issuedOn: IsoDate;
  readonly responseDueOn: IsoDate | null;
  readonly sha256: string;
  readonly issuedBy: string;
  readonly document: DocumentModel;
}

export const noticeViewOf = (row: NoticeRow): NoticeView => ({
  id: Number(row.id),
  evaluationId: Number(row.evaluation_id),
  kind: row.kind,
  issuedOn: isoDay(row.issued_on),
  responseDueOn: row.response_due_on === null ? null : isoDay(row.response_due_on),
  sha256: row.sha256,
  issuedBy: row.issued_by,
  document: (typeof row.document === 'string' ? JSON.parse(row.document) : row.document) as DocumentModel,
});

/** JSON with every object's keys in sorted order, so the stored jsonb (which reorders keys) hashes alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest recorded with a notice: SHA-256 of its document model as canonical JSON (keys sorted). */
export const documentSha256 = (document: DocumentModel): string =>
  createHash('sha256').update(canonicalJson(document)).digest('hex');
