// The document that proves a claimed Part B exception: when it is due and whether a file sent for it
// can be taken in. 5 CFR 890.1604(e) leaves the form and the frequency to OPM, so both come from the
// policy OPM prescribes (reference-data/part-b-documents.json), and the decision names its version.
import type { IsoDate } from '../domain/dates.ts';
import type { DocumentMediaType, PartBDocumentPolicy } from '../domain/part-b-documents.ts';
import { decision, type Decision } from './decision.ts';

const RULE = 'part-b-document';
const DOCUMENTATION = '5 CFR 890.1604(e)';

export type DocumentDueOutcome = 'due' | 'overdue';

/** 5 CFR 890.1604(e): the day OPM prescribes for the document, and whether it has passed on `asOf`. */
export function partBDocumentDue(
  policy: PartBDocumentPolicy,
  asOf: IsoDate,
): Decision<DocumentDueOutcome> & { readonly dueOn: IsoDate } {
  const overdue = asOf > policy.dueOn;
  const facts = { dueOn: policy.dueOn, asOf, policyVersion: policy.version };
  const made = overdue
    ? decision(
        RULE,
        'overdue' as const,
        [DOCUMENTATION],
        facts,
        `The document was due by ${policy.dueOn} and has not been received by ${asOf}: send it now; until it is received the exception is not granted.`,
      )
    : decision(
        RULE,
        'due' as const,
        [DOCUMENTATION],
        facts,
        `OPM asks for the document by ${policy.dueOn}; until it is received the exception is not granted.`,
      );
  return { ...made, dueOn: policy.dueOn };
}

export type FileRefusal = 'empty' | 'too_large' | 'type_not_accepted' | 'content_not_matching_type';

/** The type a file's first bytes show (its "magic number"), whatever its name or declared type says. */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/**
 * 5 CFR 890.1604(e) ("in the form OPM prescribes"): a file is taken in only when it is one of the
 * prescribed types, its content is that type (checked from its bytes, so a renamed program is refused),
 * and it is no larger than the prescribed size.
 */
export function checkDocumentFile(
  policy: PartBDocumentPolicy,
  declaredType: string,
  bytes: Uint8Array,
):
  | { readonly ok: true; readonly mediaType: DocumentMediaType }
  | { readonly ok: false; readonly refusal: FileRefusal } {
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  if (bytes.length > policy.maxBytes) return { ok: false, refusal: 'too_large' };
  const accepted = policy.acceptedMediaTypes as readonly string[];
  if (!accepted.includes(declaredType)) return { ok: false, refusal: 'type_not_accepted' };
  const sniffed = sniffMediaType(bytes);
  if (sniffed === null || sniffed !== declaredType)
    return { ok: false, refusal: 'content_not_matching_type' };
  return { ok: true, mediaType: sniffed };
}
