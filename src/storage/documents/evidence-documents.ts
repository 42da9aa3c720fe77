// The Part B documents people send and staff reviews of them (migration 0035). A document's review is
// its latest (and only) row in evidence_document_review; accepting one also records the evidence the
// Part B rules read, in the same transaction (the caller's).
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { EvidenceDocumentTable } from '../tables/document-tables.ts';

export type EvidenceKindColumn = EvidenceDocumentTable['kind'];
export type DocumentMediaTypeColumn = EvidenceDocumentTable['media_type'];

export interface NewEvidenceDocument {
  readonly personId: number;
  readonly kind: EvidenceKindColumn;
  readonly fileName: string;
  readonly mediaType: DocumentMediaTypeColumn;
  readonly byteSize: number;
  readonly sha256: string;
  readonly encryptedContent: string;
  readonly receivedOn: string;
  readonly sentBy: string;
}

export interface EvidenceDocumentRow {
  readonly id: number;
  readonly personId: number;
  readonly kind: EvidenceKindColumn;
  readonly fileName: string;
  readonly mediaType: DocumentMediaTypeColumn;
  readonly byteSize: number;
  readonly sha256: string;
  readonly receivedOn: string;
  readonly sentBy: string;
  readonly recordedAt: Date;
  readonly review: {
    readonly decision: 'accepted' | 'rejected';
    readonly reason: string;
    readonly reviewedBy: string;
    readonly reviewedOn: string;
    readonly recordedAt: Date;
  } | null;
}

export async function insertEvidenceDocument(
  executor: Executor,
  document: NewEvidenceDocument,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('evidence_document')
      .values({
        person_id: document.personId,
        kind: document.kind,
        file_name: document.fileName,
        media_type: document.mediaType,
        byte_size: document.byteSize,
        sha256: document.sha256,
        content: document.encryptedContent,
        received_on: document.receivedOn,
        sent_by: document.sentBy,
      })
      .returning('id'),
  );
  return Number(row!.id);
}

const listed = sqlBuilder
  .selectFrom('evidence_document as d')
  .leftJoin('evidence_document_review as r', 'r.document_id', 'd.id')
  .select([
    'd.id',
    'd.person_id',
    'd.kind',
    'd.file_name',
    'd.media_type',
    'd.byte_size',
    'd.sha256',
    'd.received_on',
    'd.sent_by',
    'd.recorded_at',
    'r.decision',
    'r.reason',
    'r.reviewed_by',
    'r.reviewed_on',
    'r.recorded_at as reviewed_at',
  ]);

type ListedRow = Awaited<ReturnType<typeof listed.execute>>[number];

function documentOf(row: ListedRow): EvidenceDocumentRow {
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    kind: row.kind,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    receivedOn: row.received_on,
    sentBy: row.sent_by,
    recordedAt: row.recorded_at,
    review:
      row.decision === null
        ? null
        : {
            decision: row.decision,
            reason: row.reason ?? '',
            reviewedBy: row.reviewed_by ?? '',
            reviewedOn: row.reviewed_on ?? '',
            recordedAt: row.reviewed_at ?? row.recorded_at,
          },
  };
}

/** A person's documents, newest first. */
export async function documentsOfPerson(
  executor: Executor,
  personId: number,
): Promise<EvidenceDocumentRow[]> {
  const rows = await execute(executor, listed.where('d.person_id', '=', personId).orderBy('d.id', 'desc'));
  return rows.map(documentOf);
}

/** Documents no one has reviewed yet, oldest first (the review queue), after `afterId` when paging. */
export async function documentsAwaitingReview(
  executor: Executor,
  limit: number,
  afterId = 0,
): Promise<EvidenceDocumentRow[]> {
  const rows = await execute(
    executor,
    listed.where('r.id', 'is', null).where('d.id', '>', afterId).orderBy('d.id').limit(limit),
  );
  return rows.map(documentOf);
}

export async function documentById(executor: Executor, id: number): Promise<EvidenceDocumentRow | undefined> {
  const [row] = await execute(executor, listed.where('d.id', '=', id));
  return row ? documentOf(row) : undefined;
}

/** The encrypted file of a document, or undefined when there is no such document. */
export async function encryptedContentOf(executor: Executor, id: number): Promise<string | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('evidence_document').select('content').where('id', '=', id),
  );
  return row?.content;
}

export interface NewReview {
  readonly documentId: number;
  readonly decision: 'accepted' | 'rejected';
  readonly reason: string;
  readonly reviewedBy: string;
  readonly reviewedOn: string;
}

/** Records the review; false when the document already had one (a document is reviewed once). */
export async function insertReview(executor: Executor, review: NewReview): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .insertInto('evidence_document_review')
      .values({
        document_id: review.documentId,
        decision: review.decision,
        reason: review.reason,
        reviewed_by: review.reviewedBy,
        reviewed_on: review.reviewedOn,
      })
      .onConflict((c) => c.column('document_id').doNothing())
      .returning('id'),
  );
  return rows.length > 0;
}

/** The evidence the Part B rules read (5 CFR 890.1604(e)), from an accepted document. */
export async function recordEvidenceFromDocument(
  executor: Executor,
  document: Pick<EvidenceDocumentRow, 'id' | 'personId' | 'kind' | 'receivedOn'>,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('evidence')
      .values({
        person_id: document.personId,
        kind: document.kind,
        received_on: document.receivedOn,
        reference: `document ${document.id}`,
      })
      .onConflict((c) => c.columns(['person_id', 'kind', 'received_on']).doNothing()),
  );
}
