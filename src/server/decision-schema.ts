// A rule's decision in a response: outcome, the paragraphs applied, the facts used, and why.
import { z } from 'zod';
import { readonlyArray } from './response-schemas.ts';

export const factValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const decisionSchema = z.object({
  rule: z.string(),
  outcome: z.string(),
  citations: readonlyArray(z.string()),
  facts: z.record(z.string(), factValue),
  explanation: z.string(),
});

/** One person's removal from PSHB (890.1608): when it takes effect and the rights that follow (890.401(a)). */
export const personRemovalSchema = z
  .object({
    personId: z.string(),
    role: z.enum(['enrollee', 'member']),
    citation: z.string(),
    effectiveOn: z.string(),
    temporaryExtensionEnds: z.string(),
    conversionRight: z.boolean(),
    hospitalConfinementContinuesTo: z.string().nullable(),
  })
  .meta({ id: 'PersonRemoval' });

/** A person's standing in a household decision: covered on the day, and their own removal if decided. */
export const personOutcomeSchema = z.object({
  personId: z.string(),
  eligibility: decisionSchema,
  partB: decisionSchema,
  covered: z.boolean(),
  removal: personRemovalSchema.nullable(),
});

/** The household's termination for missing Part B, with every removal as data. */
export const terminationSchema = decisionSchema.extend({
  effectiveOn: z.string().nullable(),
  temporaryExtensionEnds: z.string().nullable(),
  conversionRight: z.boolean(),
  removals: readonlyArray(personRemovalSchema),
});
