// What OPM prescribes for the documents that prove a Part B exception (5 CFR 890.1604(e)): the day they
// are due, the file types accepted, the largest file, and where paper copies go. Reference data with a
// source and a version (reference-data/part-b-documents.json), never constants in code.
import { z } from 'zod';
import { isoDate } from './dates.ts';

export const documentMediaType = z.enum(['application/pdf', 'image/jpeg', 'image/png']);
export type DocumentMediaType = z.infer<typeof documentMediaType>;

export const partBDocumentPolicy = z.strictObject({
  version: z.string().min(1),
  source: z.string().min(1),
  contractYear: z.number().int(),
  /** The last day a document for an exception claimed by the start of the contract year is due. */
  dueOn: isoDate,
  acceptedMediaTypes: z.array(documentMediaType).min(1),
  maxBytes: z.number().int().positive(),
  mailingAddress: z.strictObject({
    name: z.string().min(1),
    lines: z.array(z.string().min(1)).min(1),
    city: z.string().min(1),
    state: z.string().length(2),
    zip: z.string().regex(/^\d{5}(-\d{4})?$/),
  }),
});
export type PartBDocumentPolicy = z.infer<typeof partBDocumentPolicy>;
