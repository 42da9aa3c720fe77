// The request and response shapes of the carrier data exchange routes, named in the OpenAPI document
// (ExchangePartner, ExchangeFile, ExchangeException...).
import { z } from 'zod';
import { AGE_BUCKETS } from '../exchange/carrier-exchange/reconcile-ageing.ts';
import { pageOf } from './pagination.ts';
import { readonlyArray } from './response-schemas.ts';

export const FILE_KINDS = [
  '834_changes',
  '834_audit',
  '999',
  'TA1',
  'reconciliation',
  'medicare_request',
  'medicare_response',
] as const;
export const FILE_STATUSES = [
  'written',
  'delivered',
  'accepted',
  'partially_accepted',
  'rejected',
  'unacknowledged',
] as const;
export const EXCEPTION_KINDS = [
  'ack_rejected',
  'ack_missing',
  'medicare_mismatch',
  'medicare_no_match',
  'delivery_failed',
] as const;
const DISCREPANCY_KINDS = [
  'missing-at-carrier',
  'unknown-to-exchange',
  'enrollment-code',
  'coverage-dates',
  'family',
  'medicare',
] as const;

/** A carrier or agency code as the partner files give it (NALC, CMS); any case. */
export const partnerCodeText = z
  .string()
  .regex(/^[A-Za-z0-9]{2,8}$/, 'a partner code: 2 to 8 letters or digits, e.g. NALC')
  .transform((code) => code.toUpperCase());

export const partnerParams = z.strictObject({ code: partnerCodeText });
export const memberParams = z.strictObject({
  code: partnerCodeText,
  memberId: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, 'a member id: the person id the files carried, digits only')
    .transform(Number),
});
export const partnerFilter = { partner: partnerCodeText.optional().describe('Only this partner (code)') };

export const partner = z
  .object({
    code: z.string(),
    id: z.string(),
    name: z.string(),
    kind: z.enum(['carrier', 'agency']),
    planCodes: readonlyArray(z.string()),
    acknowledgmentWithinHours: z.number().int().nullable(),
    source: z.string(),
  })
  .meta({ id: 'ExchangePartner' });

export const exchangeFile = z
  .object({
    id: z.number().int(),
    partner: z.string(),
    direction: z.enum(['outbound', 'inbound']),
    kind: z.enum(FILE_KINDS),
    fileName: z.string(),
    status: z.enum(FILE_STATUSES).describe('The latest status in its history'),
    asOf: z.string(),
    createdAt: z.string(),
    interchangeControlNumber: z.number().int().nullable(),
    groupControlNumber: z.number().int().nullable(),
    memberCount: z.number().int(),
    segmentCount: z.number().int(),
    byteSize: z.number().int(),
    acknowledgmentState: z
      .enum(['accepted', 'partially_accepted', 'rejected', 'awaiting', 'overdue', 'not_expected'])
      .describe("Where the partner's 999 stands: only an outbound 834 expects one, by its due time"),
    acknowledgmentDueAt: z
      .string()
      .nullable()
      .describe("When the partner's 999 is due (the partner file's acknowledgment.withinHours)"),
  })
  .meta({ id: 'ExchangeFile' });

const detail = z.record(z.string(), z.unknown());

export const exchangeException = z
  .object({
    id: z.number().int(),
    partner: z.string(),
    kind: z.enum(EXCEPTION_KINDS),
    fileId: z.number().int().nullable(),
    memberId: z.string().nullable(),
    segmentPosition: z.number().int().nullable(),
    segmentId: z.string().nullable(),
    element: z.string().nullable(),
    errorCode: z.string().nullable(),
    detail,
    openedOn: z.string(),
    owner: z.string().nullable(),
    resolvedOn: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .meta({ id: 'ExchangeException' });

export const exchangeFileDetail = exchangeFile
  .extend({
    history: z.array(
      z.object({
        status: z.enum(FILE_STATUSES),
        effectiveAt: z.string(),
        recordedAt: z.string(),
        detail,
      }),
    ),
    acknowledgment: z
      .object({
        status: z.enum(['accepted', 'partially_accepted', 'rejected', 'unacknowledged']),
        effectiveAt: z.string(),
        detail,
      })
      .nullable()
      .describe("The partner's latest answer to the file; null before any"),
    exceptions: z.array(exchangeException).describe('Exception items opened against the file'),
  })
  .meta({ id: 'ExchangeFileDetail' });

export const exchangeExceptionDetail = exchangeException
  .extend({
    history: z.array(
      z.object({
        status: z.enum(['opened', 'assigned', 'resolved']),
        owner: z.string().nullable(),
        note: z.string().nullable(),
        effectiveOn: z.string(),
        recordedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'ExchangeExceptionDetail' });

export const exceptionAssignment = z
  .strictObject({
    owner: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Who works the item; the signed-in user when absent'),
  })
  .meta({ id: 'ExchangeExceptionAssignment' });

export const exceptionResolution = z
  .strictObject({
    note: z.string().trim().min(1, 'say what was done').max(2000).describe('What was done about the item'),
    resentFileId: z.number().int().positive().nullable().optional().describe('The file that carried the fix'),
  })
  .meta({ id: 'ExchangeExceptionResolution' });

export const exceptionQuery = {
  ...partnerFilter,
  state: z.enum(['open', 'resolved', 'all']).default('open'),
  kind: z.enum(EXCEPTION_KINDS).optional(),
};

export const reconciliationRun = z
  .object({
    id: z.number().int(),
    carrier: z.string(),
    asOf: z.string(),
    fileName: z.string(),
    completedAt: z.string(),
    exchangeMemberCount: z.number().int(),
    carrierMemberCount: z.number().int(),
    discrepancyCount: z.number().int(),
    openedCount: z.number().int(),
    resolvedCount: z.number().int(),
  })
  .meta({ id: 'ReconciliationRun' });

export const discrepancyItem = z.object({
  id: z.number().int(),
  carrier: z.string(),
  memberId: z.string(),
  kind: z.enum(DISCREPANCY_KINDS),
  exchangeValue: z.string().nullable(),
  carrierValue: z.string().nullable(),
  openedOn: z.string(),
  owner: z.string().nullable(),
  days: z.number().int(),
  bucket: z.enum(AGE_BUCKETS),
});

export const openDiscrepancies = z
  .object({
    asOf: z.string().describe('The program day the ages are counted to'),
    buckets: z
      .array(z.object({ bucket: z.enum(AGE_BUCKETS), count: z.number().int() }))
      .describe(
        'How many open discrepancies in scope fall in each bucket: all of them, not only those listed',
      ),
    items: z.array(discrepancyItem),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as ?cursor= for the next page of items; null on the last page'),
  })
  .meta({ id: 'OpenDiscrepancies' });

export const toldHistory = z
  .object({
    partner: z.string(),
    memberId: z.number().int(),
    events: z.array(
      z.object({
        fileId: z.number().int(),
        fileName: z.string(),
        fileKind: z.string(),
        fileStatus: z.string(),
        sentAt: z.string(),
        segmentPosition: z.number().int().describe("Ordinal of the member's INS segment in the file"),
        enrollmentEventId: z.number().int(),
        eventType: z.string().nullable(),
        enrollmentCode: z.string().nullable(),
        effectiveOn: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MemberHistoryAsTold' });

export const filePage = pageOf(exchangeFile);
