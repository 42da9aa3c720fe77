// A step that needs only a written text (a reason, a response): a heading, what the step does, the
// required text box, and the button. Used by accepting an evaluation, the final determination and the
// carrier's response; each says its own words.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';

export interface ReasonFormWords {
  readonly heading: string;
  readonly intro: ReactNode;
  readonly label: string;
  readonly hint: string;
  readonly missing: string;
  readonly submit: string;
  readonly done: string;
}

export function ReasonForm({
  id,
  words,
  send,
  onDone,
}: {
  /** The text box's id; the section's heading is `${id}-heading`. */
  id: string;
  words: ReasonFormWords;
  send: (text: string) => Promise<unknown>;
  onDone: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const action = useAction<unknown>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError(words.missing);
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    const sent = await action.run(async () => (await send(text.trim())) ?? true);
    if (sent) {
      setText('');
      onDone(words.done);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <h3 id={`${id}-heading`}>{words.heading}</h3>
      <div>{words.intro}</div>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: id, message: error }] : []}
        attempt={attempt}
      />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={words.heading}>
        <TextAreaField
          id={id}
          label={words.label}
          hint={words.hint}
          value={text}
          onChange={setText}
          error={error}
          maxLength={4000}
          required
        />
        <Button type="submit" disabled={action.pending} data-testid={`${id}-submit`}>
          {words.submit}
        </Button>
      </Form>
    </section>
  );
}
