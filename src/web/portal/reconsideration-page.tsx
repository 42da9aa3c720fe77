// /portal/reconsideration: ask for an initial decision to be looked at again (5 CFR 890.1607), within 30
// days of the decision; a later request counts only if I was not told of the decision or the time limit,
// or something beyond my control kept me from asking. Lists my requests and their answers.
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  Checkbox,
  Fieldset,
  Form,
  Tag,
} from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { MemorableDate } from './memorable-date.tsx';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { RecordTable } from './record-table.tsx';
import type { LifecycleTransition, Page, Reconsideration } from './portal-types.ts';
import {
  EMPTY_RECONSIDERATION,
  GROUNDS_MAX,
  OTHER_DECISION,
  reconsiderationRequest,
  type ReconsiderationField,
  type ReconsiderationValues,
} from './reconsideration-form.ts';

const FIELD_IDS: Record<ReconsiderationField, string> = {
  decision: 'reconsider-decision',
  subject: 'reconsider-subject',
  decisionDate: 'reconsider-date',
  grounds: 'reconsider-grounds',
};

function RequestList({ requests }: { requests: readonly Reconsideration[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <RecordTable
      items={[...requests].reverse()}
      caption={t('reconsideration.list.caption')}
      headers={[
        t('reconsideration.list.decision'),
        t('reconsideration.list.filed'),
        t('reconsideration.list.deadline'),
        t('reconsideration.list.timeliness'),
        t('reconsideration.list.answer'),
      ]}
      empty={t('reconsideration.list.none')}
    >
      {(request) => (
        <tr key={request.id} data-testid="reconsideration-row">
          <th scope="row">
            <span lang="en">{request.subject}</span>
            <span className="display-block font-body-3xs text-base-dark">
              {t('reconsideration.list.decidedOn', { date: format.date(request.initialDecisionOn) })}
            </span>
          </th>
          <td>{format.date(request.filedOn)}</td>
          <td>{format.date(request.deadline)}</td>
          <td>
            <Tag className={request.timeliness === 'untimely' ? 'bg-secondary-dark' : 'bg-green'}>
              {t(`reconsideration.timeliness.${request.timeliness}`)}
            </Tag>
          </td>
          <td>
            {request.decision ? (
              <>
                <strong>{t(`reconsideration.result.${request.decision.result}`)}</strong>{' '}
                <span lang="en">{request.decision.findings}</span>
              </>
            ) : (
              t('reconsideration.result.waiting')
            )}
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

export function ReconsiderationPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const [search] = useSearchParams();
  const transitions = useApi<Page<LifecycleTransition>>(`persons/${personId}/transitions?limit=200`);
  const requests = useApi<Page<Reconsideration>>(`persons/${personId}/reconsiderations?limit=200`);
  const [values, setValues] = useState<ReconsiderationValues>({
    ...EMPTY_RECONSIDERATION,
    decision: search.get('transition') ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<ReconsiderationField>>({});
  const send = useAction<Reconsideration>();
  const [filed, setFiled] = useState<Reconsideration>();
  const title = t('reconsideration.title');
  const set = (change: Partial<ReconsiderationValues>) =>
    setValues((previous) => ({ ...previous, ...change }));
  const { message, summary } = fieldMessages(
    errors,
    Object.keys(FIELD_IDS) as ReconsiderationField[],
    (field) => FIELD_IDS[field],
    (key) => t(key),
  );

  const onSubmit = async () => {
    const result = reconsiderationRequest(values);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const data = await send.run(
      async () => (await postJson<Reconsideration>(`persons/${personId}/reconsiderations`, result.body)).data,
    );
    if (!data) return;
    setFiled(data);
    setValues(EMPTY_RECONSIDERATION);
    requests.reload();
  };

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('reconsideration.intro')}</p>
      <p>
        {t('reconsideration.deadline')} <cite className="text-no-italic">5 CFR 890.1607</cite>
      </p>
      {filed ? (
        <Alert type="success" role="status" data-testid="reconsideration-filed">
          <AlertHeading level="h2">{t('reconsideration.filed.heading')}</AlertHeading>
          <AlertText>
            {t(`reconsideration.filed.${filed.timeliness}`, { deadline: format.date(filed.deadline) })}
          </AlertText>
        </Alert>
      ) : null}
      <h2>{t('reconsideration.form.heading')}</h2>
      {send.problem ? (
        <ProblemAlert problem={send.problem} heading={t('reconsideration.form.failed')} />
      ) : null}
      {transitions.error ? <ProblemAlert problem={transitions.error} /> : null}
      {transitions.loading ? <Loading /> : null}
      {transitions.data ? (
        <Form onSubmit={(event) => (event.preventDefault(), void onSubmit())} large noValidate>
          <ErrorSummary items={summary} area="portal" />
          <SelectField
            id={FIELD_IDS.decision}
            name="decision"
            label={t('reconsideration.form.decision')}
            error={message('decision')}
            value={values.decision}
            onChange={(decision) => set({ decision })}
            placeholder={t('form.select')}
            choices={[
              ...[...transitions.data.items].reverse().map((transition) => ({
                value: String(transition.id),
                label: t('reconsideration.form.transition', {
                  action: t(`actions.${transition.action}`, { defaultValue: transition.action }),
                  date: format.date(transition.decidedOn),
                }),
              })),
              { value: OTHER_DECISION, label: t('reconsideration.form.other') },
            ]}
          />
          {values.decision === OTHER_DECISION ? (
            <>
              <TextField
                id={FIELD_IDS.subject}
                name="subject"
                label={t('reconsideration.form.subject')}
                hint={t('reconsideration.form.subjectHint')}
                error={message('subject')}
                maxLength={500}
                value={values.subject}
                onChange={(subject) => set({ subject })}
              />
              <MemorableDate
                id={FIELD_IDS.decisionDate}
                legend={t('reconsideration.form.date')}
                value={values}
                error={message('decisionDate')}
                onChange={(date) => set(date)}
              />
            </>
          ) : null}
          <TextAreaField
            id={FIELD_IDS.grounds}
            name="grounds"
            label={t('reconsideration.form.grounds')}
            hint={t('reconsideration.form.groundsHint')}
            error={message('grounds')}
            maxLength={GROUNDS_MAX}
            value={values.grounds}
            onChange={(grounds) => set({ grounds })}
          />
          <Fieldset legend={t('reconsideration.form.late')}>
            <Checkbox
              id="reconsider-not-notified"
              name="notNotified"
              label={t('reconsideration.form.notNotified')}
              checked={values.notNotified}
              onChange={(event) => set({ notNotified: event.target.checked })}
            />
            <Checkbox
              id="reconsider-prevented"
              name="prevented"
              label={t('reconsideration.form.prevented')}
              checked={values.prevented}
              onChange={(event) => set({ prevented: event.target.checked })}
            />
          </Fieldset>
          <Button type="submit" disabled={send.pending} data-testid="reconsideration-submit">
            {send.pending ? t('form.sending') : t('reconsideration.form.submit')}
          </Button>
        </Form>
      ) : null}
      <h2>{t('reconsideration.list.heading')}</h2>
      {requests.error ? <ProblemAlert problem={requests.error} /> : null}
      {requests.data ? <RequestList requests={requests.data.items} /> : <Loading />}
    </>
  );
}
