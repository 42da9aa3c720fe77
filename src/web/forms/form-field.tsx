// One labelled field or group of fields in the USWDS pattern: the label (or legend), an optional hint,
// the error message naming what to fix, and the ids the control points to with aria-describedby.
import { ErrorMessage, Fieldset, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export interface Described {
  /** For the control's aria-describedby: the hint and the error, when shown. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

export interface FieldFrameProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The message naming the problem, already in the reader's language. */
  readonly error?: string | undefined;
  /** Marks the label with the USWDS required marker. */
  readonly required?: boolean | undefined;
  /** Classes of the form group (for example its width in a grid). */
  readonly className?: string | undefined;
}

function described(id: string, hint: string | undefined, error: string | undefined): Described {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { describedBy: ids.length > 0 ? ids.join(' ') : undefined, invalid: Boolean(error) };
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
    </>
  );
}

export function FormField({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FieldFrameProps & { children: (control: Described) => ReactNode }) {
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} error={Boolean(error)} requiredMarker={required}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(described(id, hint, error))}
    </FormGroup>
  );
}

/** Radios, checkboxes or a memorable date: a fieldset whose legend is the question. */
export function FieldsetField({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset
        legend={legend}
        id={id}
        tabIndex={-1}
        aria-describedby={described(id, hint, error).describedBy}
      >
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </Fieldset>
    </FormGroup>
  );
}
