// A notice as issued, rendered from its stored document model: HTML (the support documents'
// renderer) or a tagged PDF. The stored SHA-256 is checked first, so what is rendered is what was
// issued. Read by the contracting officer, the auditor or the carrier (its own); audited.
import { PshbError } from '../../../errors.ts';
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import { executorOf } from '../../../storage/executor.ts';
import { findNotice } from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { renderHtml } from '../../../support/document/render-html.ts';
import { authorizeRead } from './due-process-step.ts';
import { renderTaggedPdf } from './notice-pdf.ts';
import { documentSha256, noticeViewOf, type NoticeView } from './notice-view.ts';

export interface RenderedNotice {
  readonly notice: NoticeView;
  readonly contentType: 'text/html; charset=utf-8' | 'application/pdf';
  readonly fileName: string;
  readonly bytes: Buffer;
}

export async function readNotice(
  store: Store,
  actor: DueProcessActor,
  input: { readonly noticeId: number; readonly format: 'html' | 'pdf'; readonly requestId?: string },
): Promise<RenderedNotice> {
  const row = await findNotice(executorOf(store), input.noticeId);
  if (!row) throw new PshbError('NOT_FOUND', `no carrier performance notice ${input.noticeId}`);
  const notice = noticeViewOf(row);
  await authorizeRead(store, actor, notice.evaluationId, `${notice.kind} notice ${notice.id}`, input);
  if (documentSha256(notice.document) !== notice.sha256)
    throw new PshbError(
      'INTERNAL_ERROR',
      `notice ${notice.id}: the stored document does not match its SHA-256`,
    );
  const base = `performance-notice-${notice.id}-${notice.kind}`;
  return input.format === 'pdf'
    ? {
        notice,
        contentType: 'application/pdf',
        fileName: `${base}.pdf`,
        bytes: await renderTaggedPdf(notice.document, notice.issuedOn),
      }
    : {
        notice,
        contentType: 'text/html; charset=utf-8',
        fileName: `${base}.html`,
        bytes: Buffer.from(renderHtml(notice.document), 'utf8'),
      };
}
