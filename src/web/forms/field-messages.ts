// A form's problems in the reader's words: the message under each field and the error summary's links,
// in the order of the fields on the page, so both always say the same thing.
import type { SummaryItem } from './error-summary.tsx';
import type { FieldErrors } from './field-errors.ts';

export interface FieldMessages<Field extends string> {
  /** The message to show under the field, or nothing. */
  readonly message: (field: Field) => string | undefined;
  readonly summary: readonly SummaryItem[];
}

export function fieldMessages<Field extends string>(
  errors: FieldErrors<Field>,
  order: readonly Field[],
  idOf: (field: Field) => string,
  /** The words of a translation key for one field (the key may name the field, as {{field}}). */
  translate: (key: string, field: Field) => string,
): FieldMessages<Field> {
  const message = (field: Field) => {
    const key = errors[field];
    return key ? translate(key, field) : undefined;
  };
  const summary = order.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: idOf(field), message: text }] : [];
  });
  return { message, summary };
}
