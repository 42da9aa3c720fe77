// Changing a planned action's recorded status (program administrators; auditors read). The API keeps
// every version; "done" is refused while a milestone is undone, and the refusal is shown at the form.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-problem.ts';
import { postJson } from '../../api/client.ts';
import { SelectField } from '../../forms/select-field.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { asProblem } from './as-problem.ts';
import type { ActionView } from './cx-api-types.ts';

const RECORDED = ['planned', 'in_progress', 'done'] as const;

export function ActionStatusForm({
  year,
  action,
  onChanged,
}: {
  year: number;
  action: ActionView;
  onChanged: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const [status, setStatus] = useState<string>(action.recordedStatus);
  const [problem, setProblem] = useState<ApiProblem>();
  const [sending, setSending] = useState(false);
  const id = `cx-status-${action.key}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    try {
      await postJson(`cx/action-plans/${year}/actions/${encodeURIComponent(action.key)}`, { status });
      setProblem(undefined);
      onChanged();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <Form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="maxw-full margin-bottom-2"
      aria-label={t('cx.maturity.statusForm.label', { title: action.title })}
    >
      {problem ? <ProblemAlert problem={problem} heading={t('cx.maturity.statusForm.refused')} /> : null}
      <SelectField
        id={id}
        name="status"
        label={t('cx.maturity.statusForm.status')}
        value={status}
        onChange={setStatus}
        choices={RECORDED.map((value) => ({ value, label: t(`cx.maturity.statuses.${value}`) }))}
      />
      <Button type="submit" outline disabled={sending} data-testid={`${id}-save`}>
        {t('cx.maturity.statusForm.save')}
      </Button>
    </Form>
  );
}
