// A form's problems, field by field, as translation keys, so the error summary and the fields say the same
// words in the reader's language. The server's own field problems (422 with errors[{path}]) can be mapped
// onto the same fields.
import type { ApiProblem } from '../api/api-problem.ts';

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export function hasErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values(errors).some(Boolean);
}

/** `key` (a "required" message) for each named field whose value is blank. */
export function requiredErrors<Field extends string>(
  values: Partial<Record<Field, string>>,
  fields: readonly Field[],
  key = 'form.required',
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of fields) if (!values[field]?.trim()) errors[field] = key;
  return errors;
}

/** The server's field problems ("body.note") for the fields of this form, as `key` ("invalid"). */
export function serverFieldErrors<Field extends string>(
  problem: ApiProblem | undefined,
  fields: readonly Field[],
  key = 'form.invalid',
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of fields) if (problem?.fieldMessage(`body.${field}`)) errors[field] = key;
  return errors;
}
