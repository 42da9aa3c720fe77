// Part B exception documents over HTTP (5 CFR 890.1604(e)): a person sends one (JSON with the file in
// base64, at most the policy's size), lists theirs with each review; program staff list those waiting,
// open the file (audited as a read of personal data) and accept or reject it. Accepted, the document is
// the evidence the Part B rules read.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evidenceKind } from '../domain/person.ts';
import {
  documentsAwaitingReview,
  documentsOfPerson,
  findPartBDocument,
  partBDocumentContent,
  reviewPartBDocument,
  sendPartBDocument,
} from '../exchange/documents/index.ts';
import { loadPartBDocumentPolicy } from '../reference-data.ts';
import { partBDocumentDue } from '../rules/part-b-document.ts';
import type { FieldKeyring } from '../security/field-encryption.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import type { EvidenceDocumentRow } from '../storage/documents/evidence-documents.ts';
import { executorOf, type Executor } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { authorize, authorizeForPerson } from './authorize.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { afterIdOf, pageAfterId, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-params.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const policy = loadPartBDocumentPolicy();
/** Base64 makes a file a third larger; the JSON around it is small. */
const BODY_LIMIT = Math.ceil((policy.maxBytes * 4) / 3) + 64 * 1024;

const documentParams = z.strictObject({
  documentId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The document id'),
});

const sending = z
  .strictObject({
    kind: evidenceKind.describe(
      'What the document proves: residence abroad, VA enrollment or IHS eligibility',
    ),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20), {
        message: 'a file name without slashes or control characters',
      }),
    mediaType: z.string().max(100).describe('application/pdf, image/jpeg or image/png'),
    content: z.base64().describe('The file, base64'),
  })
  .meta({ id: 'PartBDocumentSending' });

const review = z.object({
  decision: z.enum(['accepted', 'rejected']),
  reason: z.string(),
  reviewedBy: z.string(),
  reviewedOn: z.string(),
  recordedAt: z.string(),
});

const documentView = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    kind: evidenceKind,
    fileName: z.string(),
    mediaType: z.string(),
    byteSize: z.number().int(),
    sha256: z.string(),
    receivedOn: z.string(),
    recordedAt: z.string(),
    review: review.nullable(),
  })
  .meta({ id: 'PartBDocument' });

const reviewing = z
  .strictObject({
    decision: z.enum(['accepted', 'rejected']),
    reason: z.string().trim().max(2000).default('').describe('Required when rejecting: shown to the person'),
  })
  .meta({ id: 'PartBDocumentReviewing' });

const requirements = z
  .object({
    dueOn: z.string(),
    overdue: z.boolean(),
    explanation: z.string(),
    citations: z.array(z.string()),
    policyVersion: z.string(),
    acceptedMediaTypes: z.array(z.string()),
    maxBytes: z.number().int(),
    mailingAddress: z.object({
      name: z.string(),
      lines: z.array(z.string()),
      city: z.string(),
      state: z.string(),
      zip: z.string(),
    }),
  })
  .meta({ id: 'PartBDocumentRequirements' });

function viewOf(document: EvidenceDocumentRow): z.infer<typeof documentView> {
  return {
    id: document.id,
    personId: document.personId,
    kind: document.kind,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    sha256: document.sha256,
    receivedOn: document.receivedOn,
    recordedAt: document.recordedAt.toISOString(),
    review: document.review && { ...document.review, recordedAt: document.review.recordedAt.toISOString() },
  };
}

const idempotencyHeader = z.object({
  'idempotency-key': z.string().optional().describe('Required: a new unique value for each change'),
});

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

interface DocumentDeps {
  readonly store: Store;
  readonly query: Executor;
  /** The data keys, read at the first document sent or opened (a server that never handles one never reads them). */
  readonly keys: () => FieldKeyring;
}

export const documentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  let keyring: FieldKeyring | undefined;
  const deps: DocumentDeps = {
    store,
    query: executorOf(store),
    keys: () => (keyring ??= fieldKeyringFor(store, app.environment)),
  };
  sendingRoutes(app, deps);
  reviewRoutes(app, deps);
  await Promise.resolve();
};

/** What the person does: read what OPM prescribes, send a document, follow the ones sent. */
function sendingRoutes(app: App, { store, query, keys }: DocumentDeps): void {
  app.get(
    '/part-b-documents/requirements',
    {
      schema: {
        summary: 'What OPM prescribes for a Part B exception document: due date, file types, mailing address',
        tags: ['documents'],
        response: { 200: requirements, ...problemResponses([401]) },
      },
    },
    async (request) => {
      const due = partBDocumentDue(policy, request.server.programClock.today());
      return {
        dueOn: due.dueOn,
        overdue: due.outcome === 'overdue',
        explanation: due.explanation,
        citations: [...due.citations],
        policyVersion: policy.version,
        acceptedMediaTypes: [...policy.acceptedMediaTypes],
        maxBytes: policy.maxBytes,
        mailingAddress: policy.mailingAddress,
      };
    },
  );

  app.post(
    '/persons/:id/documents',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        summary: 'Send a document that proves a Part B exception (5 CFR 890.1604(e))',
        tags: ['documents'],
        params: personParams,
        headers: idempotencyHeader,
        body: sending,
        response: { 201: documentView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const personId = request.params.id;
      await authorizeForPerson(request, 'document.send', personId);
      const { kind, fileName, mediaType, content } = request.body;
      const receivedOn = request.server.programClock.today();
      const sentBy = principalOf(request).subject;
      const result = await runOnce(store, request, async (tx) => {
        const sent = await sendPartBDocument(tx, keys(), policy, {
          personId,
          kind,
          fileName,
          declaredType: mediaType,
          content: Buffer.from(content, 'base64'),
          receivedOn,
          sentBy,
        });
        return { status: 201, body: viewOf(sent) };
      });
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/persons/:id/documents',
    {
      schema: {
        summary: "A person's Part B documents, newest first, with each review",
        tags: ['documents'],
        params: personParams,
        response: {
          200: z.object({ items: z.array(documentView) }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const personId = request.params.id;
      await authorizeForPerson(request, 'document.read', personId, { fields: ['documents'] });
      return { items: (await documentsOfPerson(query, personId)).map(viewOf) };
    },
  );
}

/** What program staff do: list the documents waiting, open a file, accept or reject it. */
function reviewRoutes(app: App, { store, query, keys }: DocumentDeps): void {
  app.get(
    '/part-b-documents/awaiting-review',
    {
      schema: {
        summary: 'Part B documents no one has reviewed yet, oldest first',
        tags: ['documents'],
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(documentView), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await authorize(request, 'document.list', { kind: 'person' });
      const { limit, cursor } = request.query;
      const rows = await documentsAwaitingReview(query, limit + 1, afterIdOf(cursor));
      const page = pageAfterId(rows, limit);
      return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/part-b-documents/:documentId/content',
    {
      schema: {
        summary: 'The file of a Part B document, as sent (the read is audited)',
        tags: ['documents'],
        params: documentParams,
        response: {
          200: {
            description: 'The file as sent',
            content: {
              'application/pdf': { schema: z.string().describe('binary') },
              'image/jpeg': { schema: z.string().describe('binary') },
              'image/png': { schema: z.string().describe('binary') },
            },
          },
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request, reply) => {
      const { documentId } = request.params;
      const document = await findPartBDocument(query, documentId);
      await authorizeForPerson(request, 'document.read_content', document.personId, {
        fields: ['document'],
        purpose: `review Part B document ${documentId}`,
      });
      const content = await partBDocumentContent(query, keys(), documentId);
      void reply
        .header('cache-control', 'no-store')
        .header('content-type', document.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `inline; filename="document-${documentId}${extensionOf(document.mediaType)}"`,
        );
      return reply.send(content as never);
    },
  );

  app.post(
    '/part-b-documents/:documentId/review',
    {
      schema: {
        summary: 'Accept or reject a Part B document; accepted, it is the evidence the rules read',
        tags: ['documents'],
        params: documentParams,
        headers: idempotencyHeader,
        body: reviewing,
        response: { 200: documentView, ...problemResponses([400, 401, 403, 404, 409, 415, 422]) },
      },
    },
    async (request, reply) => {
      const { documentId } = request.params;
      const { personId } = await findPartBDocument(query, documentId);
      await authorizeForPerson(request, 'document.review', personId);
      const reviewedBy = principalOf(request).subject;
      const reviewedOn = request.server.programClock.today();
      const result = await runOnce(store, request, async (tx) => ({
        status: 200,
        body: viewOf(await reviewPartBDocument(tx, { documentId, ...request.body, reviewedBy, reviewedOn })),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(200).send(result.body);
    },
  );
}

function extensionOf(mediaType: string): string {
  if (mediaType === 'application/pdf') return '.pdf';
  if (mediaType === 'image/png') return '.png';
  return '.jpg';
}
