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
