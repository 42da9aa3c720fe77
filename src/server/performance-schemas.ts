// The request and response shapes of the carrier performance routes (/api/v1/carrier-performance),
// named in the OpenAPI document (PerformanceEvaluation, PerformanceSummaryRow, ...). The contracting
// officer's workspace and the carrier's own view (src/web) read exactly these; docs/carrier-performance-api.md
// shows them with examples.
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { decisionSchema, factValue } from './decision-schema.ts';
import { idempotencyHeader } from './case-schemas.ts';
import { readonlyArray } from './response-schemas.ts';

export const EVALUATION_STATES = [
  'proposed',
  'accepted',
  'notice_issued',
  'under_reconsideration',
  'final',
  'settled',
] as const;
export const OUTCOME_KINDS = ['withhold', 'adjustment'] as const;
export const RECONSIDERATION_OUTCOMES = ['granted', 'denied', 'partly'] as const;
export const MONEY_KINDS = ['rebate', 'withhold_schedule', 'withheld', 'reserve_deposit'] as const;

// ---------------------------------------------------------------------------------------------------
// Words people write: reasons, responses, grounds. Control characters (other than tab and line breaks)
// and the bidirectional embedding, override and isolate controls, which can make stored text read
// differently from what it says, are refused naming the field; left-to-right and right-to-left marks
// (U+200E, U+200F) are ordinary in Arabic and Hebrew text and are kept as written.
// ---------------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Text a person writes, trimmed, 1 to `max` characters, without control or bidi override characters. */
export function writtenText(max: number, what = 'text') {
  return z
    .string()
    .trim()
    .min(1, `write the ${what}: it may not be empty`)
    .max(max, `at most ${max} characters`)
    .refine((value) => !UNSAFE_CHARACTERS.test(value), {
      message:
        'contains a control or bidirectional override character (U+0000-U+001F, U+007F-U+009F, U+202A-U+202E, U+2066-U+2069): remove it',
    });
}

/** A carrier code as the partner files give it (NALC); any case, answered in capitals. */
export const carrierCodeText = z
  .string()
  .regex(/^[A-Za-z0-9]{2,8}$/, 'a carrier code: 2 to 8 letters or digits, e.g. NALC')
  .transform((code) => code.toUpperCase());

/** A plan (enrollment) code of the catalogue, e.g. 471 or KM1. */
export const planCodeText = z
  .string()
  .regex(/^[A-Za-z0-9]{2,6}$/, 'a plan code: 2 to 6 letters or digits, e.g. 471')
  .transform((code) => code.toUpperCase());

export const contractYear = z.coerce
  .number()
  .int('a contract year: four digits')
  .min(1960, 'a contract year from 1960')
  .max(2200, 'a contract year up to 2200');

/** A method's id, e.g. fehbar-1998 or ppa-2015. */
export const methodIdText = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a method id: lower-case letters, digits and hyphens, e.g. ppa-2015');

/** An element of a method, e.g. customer-service. */
export const elementIdText = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an element id of the method: lower-case letters, digits and hyphens');

/** A measure key, e.g. paperless-enrollment.first-pass-acceptance-rate or cahps.customer-service. */
export const measureText = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/,
    'a measure key: words and hyphens joined by dots, e.g. rates-benefits.days-late',
  )
  .max(120);

/** A factor: a fraction of premium (0.007), negative only for a reward under an adjustment. */
export const factorValue = z
  .number()
  .min(-1, 'a factor is a fraction of premium between -1 and 1')
  .max(1, 'a factor is a fraction of premium between -1 and 1')
  .refine((value) => Math.abs(value * 1e6 - Math.round(value * 1e6)) < 1e-6, 'at most six decimal places');

export const cents = z.number().int('whole cents').min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

// ---------------------------------------------------------------------------------------------------
// Parameters and queries
// ---------------------------------------------------------------------------------------------------

const positiveId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const evaluationParams = z.strictObject({ id: positiveId });
export const factorParams = z.strictObject({ id: positiveId, elementId: elementIdText });
export const noticeParams = z.strictObject({ noticeId: positiveId });

export const summaryQuery = z.strictObject({
  year: contractYear.describe('The contract year (YYYY)'),
});

export const evaluationListQuery = z.strictObject({
  carrier: carrierCodeText.optional().describe('Only this carrier'),
  year: contractYear.optional().describe('Only this contract year'),
  state: z.enum(EVALUATION_STATES).optional().describe('Only evaluations in this state'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('How many (1-200, default 50)'),
  cursor: z
    .string()
    .max(512)
    .optional()
    .describe('The nextCursor of the previous page; omit for the first page'),
});

export const evidenceQuery = z.strictObject({
  carrier: carrierCodeText.describe('The carrier'),
  year: contractYear.describe('The contract year'),
  plan: planCodeText.optional().describe("Only this plan's evidence (and the carrier-wide items)"),
});

// ---------------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------------

export const evaluationCreation = z
  .strictObject({
    carrierCode: carrierCodeText,
    planCode: planCodeText.nullable().optional().describe('One plan only; the whole carrier when absent'),
    contractYear,
    methodId: methodIdText.optional().describe('Default: the method in force for the contract year'),
  })
  .meta({ id: 'PerformanceEvaluationCreation' });

export const factorDecision = z
  .strictObject({
    factor: factorValue.describe("The element's factor the contracting officer decides"),
    reason: writtenText(4000, 'reason').describe('Why: kept with the factor and its author'),
  })
  .meta({ id: 'PerformanceFactorDecision' });

/** A change of an evaluation: its Idempotency-Key, and optionally the version it was decided on. */
export const ifMatchHeaders = idempotencyHeader.extend({
  'if-match': z
    .string()
    .max(200)
    .optional()
    .describe(
      'The ETag of GET /evaluations/{id}: when the evaluation changed since, the answer is 409 CONFLICT and nothing is recorded',
    ),
});

export const reasonBody = z
  .strictObject({ reason: writtenText(4000, 'reason') })
  .meta({ id: 'PerformanceReason' });

export const evidenceRefresh = z
  .strictObject({ carrierCode: carrierCodeText, contractYear })
  .meta({ id: 'PerformanceEvidenceRefresh' });

export const evidenceRecording = z
  .strictObject({
    carrierCode: carrierCodeText,
    planCode: planCodeText.nullable().optional(),
    contractYear,
    measure: z
      .enum(['contract-administrator-change.days-to-notify', 'significant-event.days-to-notify'])
      .describe('What OPM staff record: a change of contract administrator or a significant event'),
    applicable: z
      .boolean()
      .describe(
        'false when no such event occurred in the year: the item is not applicable and costs nothing',
      ),
    occurredOn: isoDate.optional().describe('The day it happened (required when applicable)'),
    notifiedOn: isoDate.optional().describe('The day the carrier told OPM (required when applicable)'),
    value: z
      .number()
      .int()
      .min(0)
      .max(4000)
      .nullable()
      .optional()
      .describe('The days from occurredOn to notifiedOn; counted from the dates when left out'),
    note: writtenText(2000, 'note').describe('What happened, in words'),
  })
  .meta({ id: 'PerformanceEvidenceRecording' });

export const noticeRequest = z
  .strictObject({
    responseDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .describe("Days the carrier has to respond; default: the method's due-process window"),
  })
  .meta({ id: 'PerformanceNoticeRequest' });

export const carrierResponse = z
  .strictObject({ text: writtenText(20000, 'response') })
  .meta({ id: 'PerformanceCarrierResponse' });

export const reconsiderationRequest = z
  .strictObject({
    elementId: elementIdText.optional().describe('The finding disputed; the whole evaluation when absent'),
    grounds: writtenText(20000, 'grounds').describe('Why the finding should change'),
    evidence: writtenText(20000, 'evidence').describe('What the carrier submits in support'),
  })
  .meta({ id: 'PerformanceReconsiderationRequest' });

export const reconsiderationDecision = z
  .strictObject({
    outcome: z.enum(RECONSIDERATION_OUTCOMES),
    factors: z
      .array(z.strictObject({ elementId: elementIdText, factor: factorValue }))
      .max(50)
      .default([])
      .describe('The factors that change (granted or partly); empty when denied'),
    reason: writtenText(4000, 'reason'),
  })
  .meta({ id: 'PerformanceReconsiderationDecision' });

export const moneyRecording = z
  .strictObject({
    kind: z.enum(MONEY_KINDS),
    amountCents: cents.refine((value) => value > 0, 'a positive amount in cents'),
    on: isoDate.describe('The day it happened or is due (YYYY-MM-DD)'),
    reference: writtenText(200, 'reference').describe('The payment, schedule or deposit it refers to'),
  })
  .meta({ id: 'PerformanceMoneyRecording' });

// ---------------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------------

export const methodItem = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    outcomeKind: z.enum(OUTCOME_KINDS),
    cap: z
      .object({
        max: z.number().describe('The largest total factor'),
        min: z
          .number()
          .optional()
          .describe('The smallest total factor (below 0 where an adjustment rewards)'),
        citation: z.string().optional(),
      })
      .describe('The bounds of the total factor'),
    effectiveFromYear: z.number().int(),
    effectiveToYear: z.number().int().optional(),
  })
  .meta({ id: 'PerformanceMethodSummary' });

export const methodList = z.object({ items: readonlyArray(methodItem) });

const trendPoint = z.object({
  contractYear: z.number().int(),
  totalFactor: z.number(),
  amountCents: z.number().int(),
});

export const summaryRow = z
  .object({
    evaluationId: z.number().int(),
    carrierCode: z.string(),
    planCode: z.string().nullable(),
    contractYear: z.number().int(),
    methodId: z.string(),
    state: z.enum(EVALUATION_STATES),
    totalFactor: z.number().describe('The accepted total factor once accepted, the proposed one before'),
    amountCents: z.number().int().describe('The amount for that total factor, in cents'),
    trend: readonlyArray(trendPoint).describe("The carrier's earlier contract years, oldest first"),
  })
  .meta({ id: 'PerformanceSummaryRow' });

export const summary = z
  .object({ year: z.number().int(), items: readonlyArray(summaryRow) })
  .meta({ id: 'PerformanceSummary' });

export const evaluationPage = z.object({
  items: readonlyArray(summaryRow),
  nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});

const premiumBase = z.object({
  amountCents: z.number().int(),
  kind: z.enum(['computed', 'imported']),
  source: z.string(),
  method: z.string().optional(),
});

const itemFinding = z.object({
  itemId: z.string(),
  label: z.string(),
  applicable: z.boolean(),
  score: z.number().nullable(),
  proposedFactor: z.number(),
  decision: decisionSchema,
});

const elementProposal = z.object({
  elementId: z.string(),
  label: z.string(),
  maxFactor: z.number(),
  proposedFactor: z.number(),
  items: readonlyArray(itemFinding),
  decision: decisionSchema,
});

export const proposal = z
  .object({
    methodId: z.string(),
    methodVersion: z.string(),
    carrierCode: z.string(),
    planCode: z.string().nullable().optional(),
    contractYear: z.number().int(),
    outcomeKind: z.enum(OUTCOME_KINDS),
    elements: readonlyArray(elementProposal),
    totalFactor: z.number(),
    capApplied: z.boolean(),
    premiumBase,
    amountCents: z.number().int(),
    decision: decisionSchema,
  })
  .meta({ id: 'PerformanceProposal' });

const factorRow = z.object({
  elementId: z.string(),
  label: z.string(),
  proposedFactor: z.number(),
  factor: z.number().nullable().describe('The decided factor; null until the contracting officer decides'),
  reason: z.string().nullable(),
  author: z.string().nullable(),
  recordedAt: z.string().nullable(),
});

export const evaluationEvent = z.object({
  id: z.number().int(),
  kind: z.string(),
  elementId: z.string().nullable(),
  factor: z.number().nullable(),
  amountCents: z.number().int().nullable(),
  reason: z.string().nullable(),
  author: z.string(),
  effectiveOn: z.string(),
  recordedAt: z.string(),
  detail: z.record(z.string(), z.unknown()).describe('What else the step recorded'),
});

export const noticeItem = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    issuedOn: z.string(),
    responseDueOn: z.string().nullable(),
    htmlUrl: z.string(),
    pdfUrl: z.string(),
    evaluationId: z.number().int().optional(),
    sha256: z.string().optional().describe("SHA-256 of the notice's document model as issued"),
    issuedBy: z.string().optional(),
  })
  .meta({ id: 'PerformanceNotice' });

export const evaluationView = z
  .object({
    id: z.number().int(),
    carrierCode: z.string(),
    planCode: z.string().nullable(),
    contractYear: z.number().int(),
    method: z.object({ id: z.string(), version: z.string(), title: z.string() }),
    state: z.enum(EVALUATION_STATES),
    premiumBase,
    proposal,
    factors: readonlyArray(factorRow),
    accepted: z
      .object({ totalFactor: z.number(), capApplied: z.boolean(), amountCents: z.number().int() })
      .nullable(),
    events: readonlyArray(evaluationEvent).describe('The whole history, oldest first'),
    notices: readonlyArray(noticeItem),
    deadlines: z.object({
      responseDueOn: z.string().optional(),
      rebateDueOn: z.string().optional(),
    }),
  })
  .meta({ id: 'PerformanceEvaluation' });

export const evidenceItem = z
  .object({
    id: z.number().int(),
    carrierCode: z.string(),
    planCode: z.string().nullable(),
    contractYear: z.number().int(),
    measure: z.string(),
    value: factValue,
    applicable: z.boolean(),
    unit: z.string().optional(),
    source: z.object({
      kind: z.enum(['exchange', 'import', 'staff']),
      reference: z.string(),
      recordedAt: z.string().optional(),
      recordedBy: z.string().optional(),
    }),
    note: z.string().optional(),
    recordedAt: z.string(),
  })
  .meta({ id: 'PerformanceEvidenceItem' });

export const evidenceList = z.object({ items: readonlyArray(evidenceItem) });

export const moneyStatement = z
  .object({
    evaluationId: z.number().int().optional(),
    carrierCode: z.string().optional(),
    contractYear: z.number().int().optional(),
    state: z.string().optional(),
    finalAmountCents: z.number().int().nullable(),
    finalOn: z.string().optional().describe('The day of the final determination'),
    rebateDueOn: z.string().nullable(),
    received: z.number().int().describe('Rebated by the carrier, in cents'),
    scheduled: readonlyArray(
      z.object({
        payment: z.number().int().describe("The premium payment's number in the quarter (1, 2, 3)"),
        dueOn: z.string(),
        amountCents: z.number().int(),
        withheldCents: z.number().int().optional(),
      }),
    ).describe("The withhold split across the first quarter's premium payments"),
    withheld: z.number().int().describe('Withheld from premium payments, in cents'),
    deposited: z.number().int().describe("Deposited in the plan's contingency reserve, in cents"),
    balanceCents: z.number().int().describe('What is still owed: final amount less rebated and withheld'),
    awaitingDepositCents: z.number().int().optional(),
    rebateOverdue: z.boolean().optional(),
    settleable: z.boolean().optional(),
    entries: readonlyArray(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        amountCents: z.number().int(),
        on: z.string(),
        paymentNumber: z.number().int().nullable(),
        reference: z.string().nullable(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      }),
    )
      .optional()
      .describe('The ledger, oldest first'),
  })
  .meta({ id: 'PerformanceMoneyStatement' });

export const carrierResponseView = z
  .object({
    eventId: z.number().int(),
    evaluationId: z.number().int(),
    respondedOn: z.string(),
    responseDueOn: z.string(),
    text: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'PerformanceCarrierResponseRecorded' });

export const reconsiderationView = z
  .object({
    id: z.number().int(),
    evaluationId: z.number().int(),
    elementId: z.string().nullable(),
    grounds: z.string(),
    evidence: z.unknown(),
    requestedBy: z.string(),
    requestedOn: z.string(),
    decidedOn: z.string().nullable(),
    outcome: z.enum(RECONSIDERATION_OUTCOMES).nullable(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedFactors: readonlyArray(z.object({ elementId: z.string(), factor: z.number() })),
  })
  .meta({ id: 'PerformanceReconsideration' });

export const reconsiderationDecided = z
  .object({
    reconsideration: reconsiderationView,
    totalFactor: z.number(),
    amountCents: z.number().int(),
    capApplied: z.boolean(),
  })
  .meta({ id: 'PerformanceReconsiderationDecided' });

export const finalDetermination = noticeItem
  .extend({ amountCents: z.number().int(), rebateDueOn: z.string() })
  .meta({ id: 'PerformanceFinalDetermination' });
