// A person (or a specialist for them) sends the document that proves a claimed Part B exception
// (5 CFR 890.1604(e)). The file is checked against what OPM prescribes (type read from its bytes, size),
// then kept encrypted with its SHA-256; it counts as evidence only once staff accept it
// (review-part-b-document.ts). A refused file changes nothing and the error names the field.
import { createHash } from 'node:crypto';
import type { IsoDate } from '../../domain/dates.ts';
import type { EvidenceKind } from '../../domain/person.ts';
import type { PartBDocumentPolicy } from '../../domain/part-b-documents.ts';
import { PshbError } from '../../errors.ts';
import { checkDocumentFile, type FileRefusal } from '../../rules/part-b-document.ts';
import { encryptBytes, type FieldKeyring } from '../../security/field-encryption.ts';
import {
  documentById,
  insertEvidenceDocument,
  type EvidenceDocumentRow,
} from '../../storage/documents/evidence-documents.ts';
import type { Executor } from '../../storage/executor.ts';

/** Where the file is kept encrypted: the additional authenticated data of its ciphertext. */
export const DOCUMENT_CONTENT_FIELD = 'evidence_document.content';

export interface PartBDocumentSent {
  readonly personId: number;
  readonly kind: EvidenceKind;
  readonly fileName: string;
  readonly declaredType: string;
  readonly content: Uint8Array;
  readonly receivedOn: IsoDate;
  readonly sentBy: string;
}

const REFUSALS: Readonly<
  Record<FileRefusal, { field: string; message: (p: PartBDocumentPolicy) => string }>
> = {
  empty: { field: 'body.content', message: () => 'the file is empty' },
  too_large: {
    field: 'body.content',
    message: (p) => `the file is larger than ${Math.floor(p.maxBytes / 1_048_576)} MB`,
  },
  type_not_accepted: {
    field: 'body.mediaType',
    message: (p) => `send one of ${p.acceptedMediaTypes.join(', ')}`,
  },
  content_not_matching_type: {
    field: 'body.content',
    message: () => 'the file is not the type it says it is (send a PDF, JPEG or PNG)',
  },
};

export async function sendPartBDocument(
  executor: Executor,
  keyring: FieldKeyring,
  policy: PartBDocumentPolicy,
  sent: PartBDocumentSent,
): Promise<EvidenceDocumentRow> {
  const checked = checkDocumentFile(policy, sent.declaredType, sent.content);
  if (!checked.ok) {
    const refusal = REFUSALS[checked.refusal];
    throw new PshbError('INVALID_INPUT', `${refusal.field}: ${refusal.message(policy)}`, [
      { field: refusal.field, message: refusal.message(policy) },
    ]);
  }
  const id = await insertEvidenceDocument(executor, {
    personId: sent.personId,
    kind: sent.kind,
    fileName: sent.fileName,
    mediaType: checked.mediaType,
    byteSize: sent.content.length,
    sha256: createHash('sha256').update(sent.content).digest('hex'),
    encryptedContent: encryptBytes(keyring, sent.content, DOCUMENT_CONTENT_FIELD),
    receivedOn: sent.receivedOn,
    sentBy: sent.sentBy,
  });
  return (await documentById(executor, id))!;
}
