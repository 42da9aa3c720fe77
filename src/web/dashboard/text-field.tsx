// One labelled text field in the USWDS pattern: label, optional hint, the error naming the field when
// there is one (the group turns red and the input is marked invalid), all tied to the input.
import { ErrorMessage, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import type { ComponentProps } from 'react';

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  inputMode,
  className,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number';
  inputMode?: ComponentProps<'input'>['inputMode'];
  className?: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint ? (
        <span id={hintId} className="usa-hint">
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <TextInput
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </FormGroup>
  );
}
