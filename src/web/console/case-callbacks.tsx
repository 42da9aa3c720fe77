// The callbacks scheduled from a case: the list (due time in the specialist's time zone, the note, done
// or cancelled), the buttons to close one, and the form to schedule one (a day and a time in the
// specialist's time zone, and a short note). The person's phone number stays on their record.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { hasErrors, requiredErrors, serverFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useFormat, viewerInstant, viewerTimeZone } from '../i18n/format.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { Callback } from './console-types.ts';

const NOTE_MAX = 500;
type Field = 'day' | 'time' | 'note';
const FIELDS: readonly Field[] = ['day', 'time', 'note'];

export function CaseCallbacks({ caseId, canChange }: { caseId: number; canChange: boolean }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const list = useApi<{ items: Callback[] }>(`cases/${caseId}/callbacks?limit=200`);
  const closing = useAction<Callback>();
  const [message, setMessage] = useState<string | null>(null);
  const close = async (callback: Callback, path: 'done' | 'cancel') => {
    const closed = await closing.run(
      async () => (await postJson<Callback>(`cases/${caseId}/callbacks/${callback.id}/${path}`, {})).data,
    );
    if (closed) {
      setMessage(t(path === 'done' ? 'callbacks.markedDone' : 'callbacks.markedCancelled'));
      list.reload();
    }
  };
  const items = list.data?.items ?? [];

  return (
    <section aria-labelledby="callbacks-heading" className="margin-top-3" data-testid="case-callbacks">
      <h3 id="callbacks-heading" className="margin-bottom-1">
        {t('callbacks.heading')}
      </h3>
      <p role="status" className="margin-0" data-testid="callbacks-status">
        {message ?? ''}
      </p>
      {list.error ? <ProblemAlert problem={list.error} /> : null}
      {closing.problem ? (
        <ProblemAlert problem={closing.problem} heading={t('workspace.changeFailed')} />
      ) : null}
      {list.data && items.length === 0 ? <p>{t('callbacks.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="usa-list usa-list--unstyled" data-testid="callback-list">
          {items.map((callback) => (
            <li
              key={callback.id}
              className="margin-bottom-2 border-bottom-1px border-base-lighter padding-bottom-1"
            >
              <strong>{format.dateTime(callback.dueAt)}</strong>{' '}
              <span className="usa-tag">{t(`callbacks.status.${callback.status}`)}</span>
              <p className="margin-y-05">{callback.note}</p>
              {canChange && callback.status === 'scheduled' ? (
                <>
                  <Button
                    type="button"
                    outline
                    disabled={closing.pending}
                    onClick={() => void close(callback, 'done')}
                    aria-label={t('callbacks.doneFor', { when: format.dateTime(callback.dueAt) })}
                  >
                    {t('callbacks.done')}
                  </Button>
                  <Button
                    type="button"
                    unstyled
                    disabled={closing.pending}
                    onClick={() => void close(callback, 'cancel')}
                    aria-label={t('callbacks.cancelFor', { when: format.dateTime(callback.dueAt) })}
                  >
                    {t('callbacks.cancel')}
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canChange ? (
        <ScheduleCallbackForm
          caseId={caseId}
          onDone={() => {
            setMessage(t('callbacks.scheduled'));
            list.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function ScheduleCallbackForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const { t } = useTranslation('console');
  const action = useAction<Callback>();
  const [values, setValues] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const labels: Record<Field, string> = {
    day: t('callbacks.day'),
    time: t('callbacks.time'),
    note: t('callbacks.note'),
  };
  const server: FieldErrors<Field> = { ...serverFieldErrors(action.problem, ['note'] as const) };
  if (action.problem?.fieldMessage('body.dueAt')) server.time = 'callbacks.inFuture';
  const messages = fieldMessages(
    { ...server, ...errors },
    FIELDS,
    (name) => `callback-${name}`,
    (key, name) => t(key, { field: labels[name] }),
  );
  const set = (name: Field) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = requiredErrors(values, FIELDS);
    const dueAt = viewerInstant(values.day ?? '', values.time ?? '');
    if (!found.day && !found.time) {
      if (!dueAt) found.time = 'form.invalid';
      else if (Date.parse(dueAt) <= Date.now()) found.time = 'callbacks.inFuture';
    }
    if (!found.note && (values.note ?? '').trim().length > NOTE_MAX) found.note = 'callbacks.noteTooLong';
    setErrors(found);
    if (hasErrors(found) || !dueAt) return;
    const body = { dueAt, timeZone: viewerTimeZone(), note: (values.note ?? '').trim() };
    const scheduled = await action.run(
      async () => (await postJson<Callback>(`cases/${caseId}/callbacks`, body)).data,
    );
    if (scheduled) {
      setValues({});
      onDone();
    }
  };

  return (
    <Form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="callback-form-heading"
      className="maxw-full"
    >
      <h4 id="callback-form-heading" className="margin-bottom-0">
        {t('callbacks.formHeading')}
      </h4>
      <p className="margin-y-05 font-body-2xs">{t('callbacks.intro', { zone: viewerTimeZone() })}</p>
      <ErrorSummary items={messages.summary} area="console" />
      {action.problem && !hasErrors(server) ? (
        <ProblemAlert problem={action.problem} heading={t('workspace.changeFailed')} />
      ) : null}
      <TextField
        id="callback-day"
        type="date"
        label={labels.day}
        value={values.day ?? ''}
        onChange={set('day')}
        error={messages.message('day')}
        required
      />
      <TextField
        id="callback-time"
        type="time"
        label={labels.time}
        hint={t('callbacks.timeHint')}
        value={values.time ?? ''}
        onChange={set('time')}
        error={messages.message('time')}
        required
      />
      <TextAreaField
        inputClassName="height-10"
        id="callback-note"
        label={labels.note}
        hint={t('callbacks.noteHint', { max: NOTE_MAX })}
        value={values.note ?? ''}
        onChange={set('note')}
        error={messages.message('note')}
        required
      />
      <Button type="submit" disabled={action.pending} data-testid="callback-submit">
        {t('callbacks.submit')}
      </Button>
    </Form>
  );
}
