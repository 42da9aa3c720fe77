// A new case for the chosen caller: request type (from the support plan), how they reached us, priority,
// a subject and the first note. The plan routes it; the workspace opens on the new case.
import { Button, Form } from '@trussworks/react-uswds';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { postJson } from '../api/client.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import {
  CHANNELS,
  PRIORITIES,
  type PersonMatch,
  type SupportCase,
  type SupportPlan,
} from './console-types.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { hasErrors, requiredErrors, serverFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { usePlanWords } from './plan-words.ts';
import { useAction } from '../api/use-action.ts';

type Field = 'requestType' | 'channel' | 'priority' | 'subject' | 'note';
const FIELDS: readonly Field[] = ['requestType', 'channel', 'priority', 'subject', 'note'];

export function OpenCaseForm({ person, plan }: { person: PersonMatch; plan: SupportPlan }) {
  const { t } = useTranslation('console');
  const words = usePlanWords(plan);
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const action = useAction<SupportCase>();
  const [values, setValues] = useState<Record<Field, string>>({
    requestType: '',
    channel: 'phone',
    priority: 'normal',
    subject: '',
    note: '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  // A keyboard user who chose a caller lands on the form that follows.
  useEffect(() => heading.current?.focus(), [person.id]);

  const labels: Record<Field, string> = {
    requestType: t('openCase.requestType'),
    channel: t('openCase.channel'),
    priority: t('openCase.priority'),
    subject: t('openCase.subject'),
    note: t('openCase.note'),
  };
  const set = (field: Field) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const messages = fieldMessages(
    { ...serverFieldErrors(action.problem, FIELDS), ...errors },
    FIELDS,
    (field) => `case-${field}`,
    (key, field) => t(key, { field: labels[field] }),
  );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = requiredErrors(values, FIELDS);
    setErrors(found);
    if (hasErrors(found)) return;
    const opened = await action.run(async () => {
      const { data } = await postJson<SupportCase>('cases', {
        personId: person.id,
        requestType: values.requestType,
        channel: values.channel,
        priority: values.priority,
        subject: values.subject.trim(),
        note: values.note.trim(),
      });
      return data;
    });
    if (opened) void navigate(`/console/cases/${opened.id}`, { state: { opened: true } });
  };

  return (
    <section aria-labelledby="open-case-heading" className="margin-top-4">
      <h2 id="open-case-heading" ref={heading} tabIndex={-1}>
        {t('openCase.heading', { name: person.name })}
      </h2>
      <Form onSubmit={(event) => void submit(event)} large noValidate aria-labelledby="open-case-heading">
        <ErrorSummary items={messages.summary} area="console" />
        {action.problem ? <ProblemAlert problem={action.problem} heading={t('openCase.failed')} /> : null}
        <SelectField
          id="case-requestType"
          label={labels.requestType}
          value={values.requestType}
          onChange={set('requestType')}
          error={messages.message('requestType')}
          required
          placeholder={t('form.choose')}
          choices={plan.requestTypes.map((type) => ({ value: type.id, label: words.requestType(type.id) }))}
        />
        <SelectField
          id="case-channel"
          label={labels.channel}
          value={values.channel}
          onChange={set('channel')}
          error={messages.message('channel')}
          required
          choices={CHANNELS.map((channel) => ({ value: channel, label: words.value('channel', channel) }))}
        />
        <SelectField
          id="case-priority"
          label={labels.priority}
          value={values.priority}
          onChange={set('priority')}
          error={messages.message('priority')}
          required
          choices={PRIORITIES.map((priority) => ({
            value: priority,
            label: words.value('priority', priority),
          }))}
        />
        <TextField
          id="case-subject"
          label={labels.subject}
          hint={t('openCase.subjectHint')}
          value={values.subject}
          onChange={set('subject')}
          error={messages.message('subject')}
          required
          maxLength={200}
        />
        <TextAreaField
          inputClassName="height-10"
          id="case-note"
          label={labels.note}
          hint={t('openCase.noteHint')}
          value={values.note}
          onChange={set('note')}
          error={messages.message('note')}
          required
        />
        <Button type="submit" disabled={action.pending}>
          {t('openCase.submit')}
        </Button>
      </Form>
    </section>
  );
}
