// Staff review of a Part B document (5 CFR 890.1604(e)): accepted, it becomes the evidence the Part B
// rules read, dated the day the document was received, so the exception is granted from then; rejected,
// the reason is kept and shown to the person, who may send another. A document is reviewed once.
import type { IsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import { decryptBytes, type FieldKeyring } from '../../security/field-encryption.ts';
import {
  documentById,
  documentsAwaitingReview,
  documentsOfPerson,
  encryptedContentOf,
  insertReview,
  recordEvidenceFromDocument,
  type EvidenceDocumentRow,
} from '../../storage/documents/evidence-documents.ts';
import type { Executor } from '../../storage/executor.ts';
import { DOCUMENT_CONTENT_FIELD } from './send-part-b-document.ts';

export interface PartBDocumentReview {
  readonly documentId: number;
  readonly decision: 'accepted' | 'rejected';
  readonly reason: string;
  readonly reviewedBy: string;
  readonly reviewedOn: IsoDate;
}

export async function reviewPartBDocument(
  executor: Executor,
  review: PartBDocumentReview,
): Promise<EvidenceDocumentRow> {
  const document = await documentById(executor, review.documentId);
  if (!document) throw new PshbError('NOT_FOUND', `no document with id ${review.documentId}`);
  if (review.decision === 'rejected' && review.reason.trim() === '')
    throw new PshbError('INVALID_INPUT', 'body.reason: say why the document is rejected', [
      { field: 'body.reason', message: 'say why the document is rejected' },
    ]);
  if (!(await insertReview(executor, review)))
    throw new PshbError('CONFLICT', `document ${review.documentId} was already reviewed`);
  if (review.decision === 'accepted') await recordEvidenceFromDocument(executor, document);
  return (await documentById(executor, review.documentId))!;
}

/** The document (its owner first of all), for the permission check before its file is read. */
export async function findPartBDocument(
  executor: Executor,
  documentId: number,
): Promise<EvidenceDocumentRow> {
  const document = await documentById(executor, documentId);
  if (!document) throw new PshbError('NOT_FOUND', `no document with id ${documentId}`);
  return document;
}

/** The file as it was sent (decrypted; the ciphertext's authentication fails if it was altered). */
export async function partBDocumentContent(
  executor: Executor,
  keyring: FieldKeyring,
  documentId: number,
): Promise<Buffer> {
  const encrypted = await encryptedContentOf(executor, documentId);
  if (encrypted === undefined) throw new PshbError('NOT_FOUND', `no document with id ${documentId}`);
  return decryptBytes(keyring, encrypted, DOCUMENT_CONTENT_FIELD);
}

export { documentsAwaitingReview, documentsOfPerson };
