// A labelled one-line text input (FormField) that reports its value as a string.
import { TextInput } from '@trussworks/react-uswds';
import type { ComponentProps } from 'react';
import { FormField, type FieldFrameProps } from './form-field.tsx';

export function TextField({
  name,
  value,
  onChange,
  type = 'text',
  inputMode,
  maxLength,
  autoComplete,
  ...frame
}: FieldFrameProps & {
  /** The input's name; its id when not given. */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number';
  inputMode?: ComponentProps<'input'>['inputMode'];
  maxLength?: number;
  autoComplete?: string;
}) {
  return (
    <FormField {...frame}>
      {({ describedBy, invalid }) => (
        <TextInput
          id={frame.id}
          name={name ?? frame.id}
          // TextInput's type union leaves out "date" and "time", which browsers support.
          type={type as 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          validationStatus={invalid ? 'error' : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={frame.required}
          inputMode={inputMode}
          maxLength={maxLength}
          autoComplete={autoComplete}
        />
      )}
    </FormField>
  );
}
