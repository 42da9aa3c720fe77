// One labelled field or group of fields in the USWDS pattern: the label (or legend), an optional hint,
// the error message naming what to fix, and the ids the control points to with aria-describedby.
import { ErrorMessage, Fieldset, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

interface Described {
  /** For the control's aria-describedby: the hint and the error, when shown. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): Described {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { describedBy: ids.length > 0 ? ids.join(' ') : undefined, invalid: Boolean(error) };
}

export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (control: Described) => ReactNode;
}) {
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint ? (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children(describedBy(id, hint, error))}
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
  const described = describedBy(id, hint, error);
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset legend={legend} id={id} tabIndex={-1} aria-describedby={described.describedBy}>
        {hint ? (
          <span className="usa-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        {children}
      </Fieldset>
    </FormGroup>
  );
}
