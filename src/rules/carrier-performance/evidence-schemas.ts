// The shapes of evidence, premium base and accepted factors as they arrive from outside (a case file,
// a request body), checked by zod so a bad value is named by its field. The types themselves are in
// performance-types.ts; each schema is checked against its type at compile time.
import { z } from 'zod';
import type { AcceptedFactor, CarrierYearEvidence, EvidenceItem, PremiumBase } from './performance-types.ts';
import { measureKey } from './performance-method.ts';

const text = z.string().trim().min(1);

export const evidenceSourceSchema = z.strictObject({
  kind: z.enum(['exchange', 'import', 'staff']),
  reference: text,
  recordedAt: text.optional(),
  recordedBy: text.optional(),
});

export const evidenceItemSchema = z.strictObject({
  measure: measureKey,
  value: z.union([z.string(), z.number().finite(), z.boolean(), z.null()]),
  applicable: z.boolean(),
  unit: text.optional(),
  source: evidenceSourceSchema,
  note: text.optional(),
});

export const carrierYearEvidenceSchema = z.strictObject({
  carrierCode: text,
  planCode: text.nullable().optional(),
  contractYear: z.number().int().min(1990).max(2100),
  items: z.array(evidenceItemSchema),
});

export const premiumBaseSchema = z.strictObject({
  amountCents: z.number().int('whole cents').min(0).max(Number.MAX_SAFE_INTEGER),
  kind: z.enum(['computed', 'imported']),
  source: text,
  method: text.optional(),
});

export const acceptedFactorSchema = z.strictObject({
  elementId: text,
  factor: z.number().finite().min(-1).max(1),
});

// Compile-time checks that each schema yields the shared type.
type Yields<Schema extends z.ZodType, Type> = z.output<Schema> extends Type ? true : never;
export const schemasMatchTypes: [
  Yields<typeof evidenceItemSchema, EvidenceItem>,
  Yields<typeof carrierYearEvidenceSchema, CarrierYearEvidence>,
  Yields<typeof premiumBaseSchema, PremiumBase>,
  Yields<typeof acceptedFactorSchema, AcceptedFactor>,
] = [true, true, true, true];
