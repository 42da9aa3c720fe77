// A support request from the portal: one of the support plan's request types (reference-data/
// support-plans, requestTypes[].id), a short subject and what the person needs. It reaches the network as
// a web contact, routed by the plan like a call.
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';

export const REQUEST_TYPES = [
  'enrollment-help',
  'plan-questions',
  'part-b-medicare',
  'payroll-premium-deductions',
  'portal-navigation',
  'login-identity',
  'employee-records',
  'compensationer-questions',
  'technical-faults',
  'complaints',
] as const;

export interface SupportRequestValues {
  readonly requestType: string;
  readonly subject: string;
  readonly note: string;
}

export type SupportRequestField = keyof SupportRequestValues;

export const EMPTY_SUPPORT_REQUEST: SupportRequestValues = { requestType: '', subject: '', note: '' };
export const SUBJECT_MAX = 200;
export const NOTE_MAX = 8000;

export function supportRequest(
  personId: number,
  values: SupportRequestValues,
): { readonly body: object } | { readonly errors: FieldErrors<SupportRequestField> } {
  const errors: FieldErrors<SupportRequestField> = {};
  if (!(REQUEST_TYPES as readonly string[]).includes(values.requestType))
    errors.requestType = 'help.errors.requestType';
  if (!values.subject.trim()) errors.subject = 'help.errors.subject';
  else if (values.subject.trim().length > SUBJECT_MAX) errors.subject = 'help.errors.subjectTooLong';
  if (!values.note.trim()) errors.note = 'help.errors.note';
  else if (values.note.trim().length > NOTE_MAX) errors.note = 'help.errors.noteTooLong';
  if (hasErrors(errors)) return { errors };
  return {
    body: {
      personId,
      channel: 'portal',
      requestType: values.requestType,
      priority: 'normal',
      subject: values.subject.trim(),
      note: values.note.trim(),
    },
  };
}
