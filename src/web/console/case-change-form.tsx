// One change to a case as a small form: optional choices (the partner to transfer to, the escalation
// path...) and the words that go into the case history (a note, a reason, a resolution), which the API
// requires. Used for notes, transfers, escalations, resolution and reopening.
import { Button, Form } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { SupportCase } from './console-types.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import { SelectField } from '../forms/select-field.tsx';
import type { Choice } from '../forms/select-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { hasErrors, requiredErrors, serverFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { useAction } from '../api/use-action.ts';

export interface ChoiceSpec {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  readonly required: boolean;
  /** The empty first choice; for an optional field it means "let the plan decide". */
  readonly placeholder: string;
}

export interface CaseChangeFormProps {
  /** Prefix of the fields' ids, unique on the page ("note", "transfer"...). */
  readonly formId: string;
  readonly heading: string;
  readonly intro?: string;
  readonly choices?: readonly ChoiceSpec[];
  readonly text: { readonly name: string; readonly label: string; readonly hint?: string };
  readonly submitLabel: string;
  readonly send: (values: Record<string, string>) => Promise<SupportCase>;
  readonly onDone: (updated: SupportCase) => void;
  /** Words to add to the text (a scripted answer, an article), each time `n` changes. */
  readonly insertion?: { readonly text: string; readonly n: number } | null | undefined;
  /** Shown after the choices, from what is chosen (the consult before a transfer). */
  readonly aside?: ((values: Readonly<Record<string, string>>) => ReactNode) | undefined;
}

export function CaseChangeForm(props: CaseChangeFormProps) {
  const { formId, heading, intro, choices = [], text, submitLabel, send, onDone, insertion, aside } = props;
  const { t } = useTranslation('console');
  const action = useAction<SupportCase>();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const names = [...choices.map((choice) => choice.name), text.name];
  const labels: Record<string, string> = Object.fromEntries([
    ...choices.map((choice) => [choice.name, choice.label]),
    [text.name, text.label],
  ]);
  const messages = fieldMessages(
    { ...serverFieldErrors(action.problem, names), ...errors },
    names,
    (name) => `${formId}-${name}`,
    (key, name) => t(key, { field: labels[name] }),
  );
  const set = (name: string) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const [inserted, setInserted] = useState(false);
  useEffect(() => {
    if (!insertion) return;
    setValues((previous) => {
      const current = previous[text.name]?.trim() ?? '';
      return { ...previous, [text.name]: current ? `${current}\n\n${insertion.text}` : insertion.text };
    });
    setInserted(true);
    document.getElementById(`${formId}-${text.name}`)?.focus();
  }, [insertion, formId, text.name]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = [...choices.filter((choice) => choice.required).map((choice) => choice.name), text.name];
    const found = requiredErrors(values, required);
    setErrors(found);
    if (hasErrors(found)) return;
    const trimmed = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.trim()]));
    const updated = await action.run(() => send(trimmed));
    if (updated) {
      setValues({});
      setInserted(false);
      onDone(updated);
    }
  };

  return (
    <section aria-labelledby={`${formId}-heading`} className="margin-top-3">
      <h3 id={`${formId}-heading`} className="margin-bottom-1">
        {heading}
      </h3>
      {intro ? <p className="margin-top-0">{intro}</p> : null}
      <Form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby={`${formId}-heading`}
        className="maxw-full"
      >
        <ErrorSummary items={messages.summary} area="console" />
        {action.problem ? (
          <ProblemAlert problem={action.problem} heading={t('workspace.changeFailed')} />
        ) : null}
        {choices.map((choice) => (
          <SelectField
            key={choice.name}
            id={`${formId}-${choice.name}`}
            label={choice.label}
            hint={choice.hint}
            value={values[choice.name] ?? ''}
            onChange={set(choice.name)}
            error={messages.message(choice.name)}
            required={choice.required}
            placeholder={choice.placeholder}
            choices={choice.choices}
          />
        ))}
        {aside?.(values)}
        <p role="status" className="margin-0 font-body-2xs" data-testid={`${formId}-inserted`}>
          {inserted ? t('note.inserted') : ''}
        </p>
        <TextAreaField
          inputClassName="height-10"
          id={`${formId}-${text.name}`}
          label={text.label}
          hint={text.hint}
          value={values[text.name] ?? ''}
          onChange={set(text.name)}
          error={messages.message(text.name)}
          required
        />
        <Button type="submit" disabled={action.pending} data-testid={`${formId}-submit`}>
          {submitLabel}
        </Button>
      </Form>
    </section>
  );
}
