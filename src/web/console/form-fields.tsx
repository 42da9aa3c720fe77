// Labelled form fields in the USWDS pattern: label, optional hint, the error message naming the problem
// (linked to the field by aria-describedby), and the group's error state.
import { ErrorMessage, FormGroup, Label, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** A translation key of the console namespace (form.required...), or nothing. */
  readonly error?: string | undefined;
  readonly required?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldFrame({ id, label, hint, error, required, children }: FieldProps & { children: ReactNode }) {
  const { t } = useTranslation('console');
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)} requiredMarker={required}>
        {label}
      </Label>
      {hint ? (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{t(error, { field: label })}</ErrorMessage> : null}
      {children}
    </FormGroup>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    inputMode?: 'numeric' | 'text';
    maxLength?: number;
    autoComplete?: string;
    type?: 'text' | 'date';
  },
) {
  const { id, hint, error, required, value, onChange, inputMode, maxLength, autoComplete, type } = props;
  return (
    <FieldFrame {...props}>
      <TextInput
        id={id}
        name={id}
        type={(type ?? 'text') as 'text'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
        inputMode={inputMode}
        maxLength={maxLength}
        autoComplete={autoComplete}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & { value: string; onChange: (value: string) => void }) {
  const { id, hint, error, required, value, onChange } = props;
  return (
    <FieldFrame {...props}>
      <Textarea
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
        className="height-10"
      />
    </FieldFrame>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    choices: readonly Choice[];
    /** The first, empty choice ("- Select -"), when nothing is chosen yet. */
    placeholder?: string;
  },
) {
  const { id, hint, error, required, value, onChange, choices, placeholder } = props;
  return (
    <FieldFrame {...props}>
      <Select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}
