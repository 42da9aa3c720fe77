// The document form's values and their checks before anything is sent: what the document proves and
// the file, of a type and size OPM accepts (the server checks again, from the file's bytes).
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';
import type { PartBEvidence } from './part-b-evidence.ts';
import type { DocumentKind, DocumentRequirements } from './document-types.ts';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'residence_abroad',
  'va_enrollment',
  'ihs_eligibility',
];

export interface DocumentValues {
  readonly kind: string;
  readonly file: { readonly name: string; readonly type: string; readonly size: number } | null;
}

export type DocumentField = keyof DocumentValues;

/** The kind of document the Part B decision waits for, to choose it to start with. */
export function kindForEvidence(evidence: PartBEvidence | null): DocumentKind | '' {
  if (evidence === 'proof_of_residence_abroad') return 'residence_abroad';
  if (evidence === 'proof_of_va_enrollment') return 'va_enrollment';
  if (evidence === 'proof_of_ihs_eligibility') return 'ihs_eligibility';
  return '';
}

/** Translation keys of the problems, by field; empty when the form can be sent. */
export function documentErrors(
  values: DocumentValues,
  requirements: Pick<DocumentRequirements, 'acceptedMediaTypes' | 'maxBytes'>,
): FieldErrors<DocumentField> {
  const errors: FieldErrors<DocumentField> = {};
  if (!(DOCUMENT_KINDS as readonly string[]).includes(values.kind)) errors.kind = 'documents.errors.kind';
  if (values.file === null) errors.file = 'documents.errors.fileMissing';
  else if (values.file.size === 0) errors.file = 'documents.errors.fileEmpty';
  else if (!requirements.acceptedMediaTypes.includes(values.file.type))
    errors.file = 'documents.errors.fileType';
  else if (values.file.size > requirements.maxBytes) errors.file = 'documents.errors.fileTooLarge';
  return errors;
}

export function canSend(errors: FieldErrors<DocumentField>): boolean {
  return !hasErrors(errors);
}
