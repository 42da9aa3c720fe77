// A labelled multi-line text box (FormField) that reports its value as a string.
import { Textarea } from '@trussworks/react-uswds';
import { FormField, type FieldFrameProps } from './form-field.tsx';

export function TextAreaField({
  name,
  value,
  onChange,
  maxLength,
  inputClassName,
  ...frame
}: FieldFrameProps & {
  /** The text box's name; its id when not given. */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Classes of the text box itself (for example its height). */
  inputClassName?: string;
}) {
  return (
    <FormField {...frame}>
      {({ describedBy, invalid }) => (
        <Textarea
          id={frame.id}
          name={name ?? frame.id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={invalid}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={frame.required}
          maxLength={maxLength}
          className={inputClassName}
        />
      )}
    </FormField>
  );
}
