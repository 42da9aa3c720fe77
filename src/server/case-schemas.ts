// The request and response shapes of the support case, queue and incident routes, named in the
// OpenAPI document (SupportCase, SupportIncident, SupportQueue...).
import { z } from 'zod';
import { CASE_EVENT_KINDS, CASE_STATUSES } from '../support/cases/case-status.ts';
import { INCIDENT_SEVERITIES } from '../support/cases/incidents.ts';
import { CASE_CHANNELS } from '../support/cases/support-cases.ts';
import { CASE_PRIORITIES } from '../support/plan/case-targets.ts';
import { pageOf } from './pagination.ts';
import { readonlyArray } from './response-schemas.ts';

export const idempotencyHeader = z.object({
  'idempotency-key': z.string().optional().describe('Required: a new unique value for each change'),
});
export const idParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
export const planIdText = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a plan identifier: lower-case words and hyphens');
export const text = (max: number) => z.string().trim().min(1).max(max);

const caseEvent = z.object({
  seq: z.number().int(),
  kind: z.enum(CASE_EVENT_KINDS),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES),
  fromPartner: z.string().nullable(),
  toPartner: z.string(),
  actor: z.object({ id: z.string(), role: z.string(), partner: z.string().nullable() }),
  text: z.string().describe('The note, the context handed over, the reason or the resolution'),
  details: z.record(z.string(), z.unknown()),
  recordedAt: z.string(),
});

export const supportCase = z
  .object({
    id: z.number().int(),
    person: z
      .object({
        id: z.number().int(),
        householdId: z.number().int(),
        name: z.string(),
        birthYear: z.number().int(),
        ssnLastFour: z.string().describe('Only the last four digits of the SSN'),
        medicareNumberLastFour: z.string().nullable().describe('Only the last four characters of the MBI'),
        residenceState: z
          .string()
          .nullable()
          .describe('The state the caller lives in, which decides the regional plans offered; null abroad'),
      })
      .describe('The caller, masked'),
    channel: z.enum(CASE_CHANNELS),
    requestType: z.string(),
    skill: z.string(),
    priority: z.enum(CASE_PRIORITIES),
    partner: z.string().describe('The partner holding the case'),
    status: z.enum(CASE_STATUSES),
    plan: z.object({ id: z.string(), version: z.string() }),
    subject: z.string(),
    openedAt: z.string(),
    queuedAt: z.string().describe("When the case joined its partner's queue"),
    dueAt: z.string().describe("The SLA clock: when the plan's resolution target runs out"),
    resolvedAt: z.string().nullable(),
    overdue: z.boolean(),
    openedBy: z.string(),
    assignedTo: z.string().nullable().describe('The specialist working the case; null while it waits'),
    heldBy: readonlyArray(z.string()).describe('Every partner that has held the case'),
    possibleEvents: readonlyArray(z.enum(CASE_EVENT_KINDS)),
    transferTo: readonlyArray(z.string()).describe('Partners the plan allows a transfer to'),
    incidents: readonlyArray(z.number().int()),
    events: readonlyArray(caseEvent).describe('The whole history, oldest first'),
  })
  .meta({ id: 'SupportCase' });

export const openRequest = z
  .strictObject({
    personId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    channel: z.enum(CASE_CHANNELS),
    requestType: planIdText.describe('A request type of the support plan (its requestTypes[].id)'),
    priority: z.enum(CASE_PRIORITIES).default('normal'),
    subject: text(200),
    note: text(8000).describe('What the caller asked: the first entry of the transcript'),
    partner: planIdText
      .optional()
      .describe(
        "The partner keeping the case; default: a specialist's own partner when the plan lets it handle the request type, else the plan's route",
      ),
    verifiedIdentifiers: z
      .strictObject({
        lastName: text(80),
        ssnLastFour: z.string().regex(/^\d{4}$/, 'four digits'),
      })
      .optional()
      .describe(
        "The caller's last name and SSN last four as given on an inbound contact; a specialist needs them (matching) unless its own caller search found the person recently or the person's case is with its partner",
      ),
  })
  .meta({ id: 'SupportCaseOpening' });

export const unidentifiedOpening = z
  .object({
    caseId: z.number().int(),
    personId: z.number().int(),
    openedBy: z.string(),
    openerRole: z.string(),
    openerPartner: z.string().nullable(),
    partner: z.string().describe('The partner the case went to'),
    openedAt: z.string(),
    identification: z
      .string()
      .nullable()
      .describe('How the opener said it identified the caller (partner_case), or null'),
  })
  .meta({ id: 'UnidentifiedCaseOpening' });

export const incident = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    severity: z.enum(INCIDENT_SEVERITIES),
    partner: z.string().describe('The partner running the incident'),
    openedBy: z.string(),
    openedAt: z.string(),
    cases: readonlyArray(z.number().int()).describe('Cases linked to the incident'),
    resolution: z
      .object({ text: z.string(), by: z.string(), at: z.string() })
      .nullable()
      .describe('How the incident was resolved; null while it is open'),
  })
  .meta({ id: 'SupportIncident' });

const queueItem = z.object({
  caseId: z.number().int(),
  skill: z.string(),
  requestType: z.string(),
  priority: z.enum(CASE_PRIORITIES),
  status: z.enum(CASE_STATUSES),
  channel: z.enum(CASE_CHANNELS),
  callerName: z.string().describe("The caller's name, as the case shows it"),
  subject: z.string().describe('The subject, any identifier in it masked'),
  queuedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  assignedTo: z.string().nullable().describe('The specialist working the case; null while it waits'),
});
export const queueResponse = pageOf(queueItem)
  .extend({
    partner: z.string(),
    skills: z.array(
      z.object({
        skill: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        nextDueAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'SupportQueue' });

export const unidentifiedQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('Opened at or after this instant'),
  to: z.iso.datetime({ offset: true }).optional().describe('Opened before this instant'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const noteRequest = z.strictObject({ text: text(8000) }).meta({ id: 'SupportCaseNote' });
export const transferRequest = z
  .strictObject({
    toPartner: planIdText,
    note: text(8000).describe('The context handed over: what was done and what is needed'),
  })
  .meta({ id: 'SupportCaseTransfer' });
export const escalationRequest = z
  .strictObject({
    reason: text(4000),
    path: planIdText.optional().describe('An escalation path of the plan (escalationPaths[].id)'),
    priority: z.enum(CASE_PRIORITIES).optional().describe('A higher priority shortens the due time'),
  })
  .meta({ id: 'SupportCaseEscalation' });
export const resolutionRequest = z
  .strictObject({
    resolution: text(4000),
    wrapUpCode: planIdText.describe('Required: a wrap-up code of GET /support/desk (wrapUpCodes.codes[].id)'),
  })
  .meta({ id: 'SupportCaseResolution' });
export const assignmentRequest = z.strictObject({}).meta({ id: 'SupportCaseAssignment' });
export const nextCaseResponse = z
  .object({
    caseId: z
      .number()
      .int()
      .nullable()
      .describe('The case now assigned to the caller; null when no case of the queue waits unassigned'),
  })
  .meta({ id: 'SupportNextCase' });
export const reopeningRequest = z.strictObject({ reason: text(4000) }).meta({ id: 'SupportCaseReopening' });

export const incidentOpening = z
  .strictObject({
    title: text(200),
    description: text(8000),
    severity: z.enum(INCIDENT_SEVERITIES),
    partner: planIdText.optional().describe("Who runs it; default: the plan's technical-incident path"),
  })
  .meta({ id: 'SupportIncidentOpening' });
export const incidentLink = z.strictObject({
  caseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
export const incidentResolution = z.strictObject({ resolution: z.string().min(1).max(4000) });

export const callbackRequest = z
  .strictObject({
    dueAt: z
      .string()
      .describe(
        "When to call back: an ISO 8601 instant with its offset, in the future (the specialist's local time)",
      ),
    timeZone: z.string().max(64).describe('The IANA time zone the specialist entered the time in'),
    note: z.string().max(2000).describe('What the callback is about, at most 500 characters'),
  })
  .meta({ id: 'SupportCallbackRequest' });
export const callbackParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  callbackId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
export const callback = z
  .object({
    id: z.number().int(),
    caseId: z.number().int(),
    dueAt: z.string(),
    timeZone: z.string(),
    note: z.string(),
    scheduledBy: z.string(),
    scheduledAt: z.string(),
    status: z.enum(['scheduled', 'done', 'cancelled']),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'SupportCallback' });
export const dueCallback = z
  .object({
    id: z.number().int(),
    caseId: z.number().int(),
    subject: z.string(),
    dueAt: z.string(),
    timeZone: z.string(),
    note: z.string(),
    overdue: z.boolean(),
  })
  .meta({ id: 'SupportDueCallback' });
