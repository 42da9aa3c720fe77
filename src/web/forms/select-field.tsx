// A labelled drop-down list (FormField) of choices, with an optional empty first choice.
import { Select } from '@trussworks/react-uswds';
import { FormField, type FieldFrameProps } from './form-field.tsx';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function SelectField({
  name,
  value,
  onChange,
  choices,
  placeholder,
  ...frame
}: FieldFrameProps & {
  /** The list's name; its id when not given. */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  /** The first, empty choice ("- Select -"), when nothing is chosen yet. */
  placeholder?: string | undefined;
}) {
  return (
    <FormField {...frame}>
      {({ describedBy, invalid }) => (
        <Select
          id={frame.id}
          name={name ?? frame.id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          validationStatus={invalid ? 'error' : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={frame.required}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
