// A trading partner of the exchange as reference data: a carrier that receives 834 enrollment files
// and answers with 999s, or an agency (CMS, SSA) that verifies Medicare entitlement under the
// agreement 5 CFR 890.1612 requires. One file each, with its source and version like all reference
// data; the catalogue cross-checks (carrier and plan codes) are in src/exchange/partners/.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { contact, endpoint, monthlyRun, dailyRun, run, timeZone } from './trading-partner-delivery.ts';
import { x12Identifiers } from './trading-partner-x12.ts';

/** The partner's id, which is also its file name: lower-case letters, digits and hyphens. */
export const partnerId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens (the file name without .json)');

const text = z.string().trim().min(1);

// Every partner file says where its content comes from, as every reference data file does.
const common = {
  id: partnerId,
  name: text,
  version: text,
  source: text,
  /** "UNCONFIRMED" and why, where the content is not from an official source. */
  sourceNote: text,
  effectiveFrom: isoDate,
  endpoint,
  contacts: z.array(contact).min(1),
};

function uniqueStrings(values: readonly string[], context: z.RefinementCtx, label: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      context.addIssue({ code: 'custom', path: [index], message: `${label} ${value} is listed twice` });
    seen.add(value);
  });
}

export const carrierPartner = z.strictObject({
  kind: z.literal('carrier'),
  ...common,
  /** The catalogue's carrierCode. */
  carrierCode: z.string().regex(/^[A-Z0-9]{2,8}$/, '2 to 8 capital letters or digits, as in the catalogue'),
  /** The catalogue's plan codes this carrier carries; enrollments in them go to this carrier. */
  planCodes: z
    .array(z.string().regex(/^[A-Z0-9]{1,4}$/, 'a plan code as in the catalogue'))
    .min(1)
    .superRefine((codes, context) => uniqueStrings(codes, context, 'plan code')),
  x12: x12Identifiers,
  schedule: z.strictObject({
    timeZone,
    /** The changes file: every enrollment event since the last file sent. */
    changes: dailyRun,
    /** The audit file: the carrier's whole membership as of a day. */
    audit: monthlyRun,
  }),
  /** A 999 is expected for every file within this many hours; past it the exchange raises an incident. */
  acknowledgment: z.strictObject({ withinHours: z.number().int().min(1).max(720) }),
  /**
   * The carrier initiates a reconciliation of its enrollment records with the exchange's every
   * quarter (48 CFR 1609.7101-1(a)(5); 5 CFR 890.110 and 890.308).
   */
  reconciliation: z.strictObject({ frequency: z.literal('quarterly') }),
});
export type CarrierPartner = z.infer<typeof carrierPartner>;

export const AGENCY_CODES = ['CMS', 'SSA'] as const;

/** One data element of the agreement: a field name and what it carries. */
export const dataElement = z.strictObject({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a camelCase field name'),
  description: text,
});
export type DataElement = z.infer<typeof dataElement>;

const dataElements = z
  .array(dataElement)
  .min(1)
  .superRefine((elements, context) =>
    uniqueStrings(
      elements.map((element) => element.name),
      context,
      'data element',
    ),
  );

export const agencyPartner = z.strictObject({
  kind: z.literal('agency'),
  ...common,
  agencyCode: z.enum(AGENCY_CODES),
  /** The agreement under which the data is exchanged; 5 CFR 890.1612 requires it. */
  agreement: z
    .strictObject({
      name: text,
      /** The provisions that require or authorize the exchange. */
      citation: text,
      signedOn: isoDate.optional(),
      expiresOn: isoDate.optional(),
    })
    .refine((a) => !a.signedOn || !a.expiresOn || a.signedOn < a.expiresOn, {
      path: ['expiresOn'],
      message: 'the agreement expires after it is signed',
    }),
  dataElements: z.strictObject({ request: dataElements, response: dataElements }),
  schedule: z.strictObject({ timeZone, requests: run }),
  /** What the agreement lets the exchange do with the data received, one use per entry. */
  permittedUses: z.array(text).min(1),
});
export type AgencyPartner = z.infer<typeof agencyPartner>;

export const tradingPartner = z.discriminatedUnion('kind', [carrierPartner, agencyPartner], {
  error: 'kind: "carrier" or "agency"',
});
export type TradingPartner = z.infer<typeof tradingPartner>;
export type TradingPartnerInput = z.input<typeof tradingPartner>;

/** The code a partner is known by: the carrier code or the agency code. */
export function partnerCode(partner: TradingPartner): string {
  return partner.kind === 'carrier' ? partner.carrierCode : partner.agencyCode;
}
