// /portal/help: ask the support network for help (a case, opened as a web contact and routed by the
// support plan like a call), and follow the requests I opened (GET persons/{id}/cases). ?type= chooses
// what the request is about to start with.
import { Alert, AlertHeading, AlertText, Button, Form, Tag } from '@trussworks/react-uswds';
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
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { RecordTable } from './record-table.tsx';
import type { CaseSummary, Page } from './portal-types.ts';
import {
  EMPTY_SUPPORT_REQUEST,
  NOTE_MAX,
  REQUEST_TYPES,
  SUBJECT_MAX,
  supportRequest,
  type SupportRequestField,
  type SupportRequestValues,
} from './support-request-form.ts';

const FIELD_IDS: Record<SupportRequestField, string> = {
  requestType: 'help-type',
  subject: 'help-subject',
  note: 'help-note',
};

function CaseList({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <RecordTable
      items={cases}
      caption={t('help.list.caption')}
      headers={[
        t('help.list.number'),
        t('help.list.subject'),
        t('help.list.type'),
        t('help.list.opened'),
        t('help.list.status'),
        t('help.list.due'),
      ]}
      empty={t('help.list.none')}
    >
      {(item) => (
        <tr key={item.id} data-testid="case-row">
          <td>{item.id}</td>
          <th scope="row">{item.subject}</th>
          <td>{t(`requestTypes.${item.requestType}`, { defaultValue: item.requestType })}</td>
          <td>{format.dateTime(item.openedAt)}</td>
          <td>
            <Tag className={item.status === 'resolved' ? 'bg-green' : 'bg-primary'}>
              {t(`caseStatus.${item.status}`)}
            </Tag>
          </td>
          <td>
            {item.resolvedAt
              ? t('help.list.resolvedAt', { when: format.dateTime(item.resolvedAt) })
              : format.dateTime(item.dueAt)}
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

export function HelpPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const cases = useApi<Page<CaseSummary>>(`persons/${personId}/cases?limit=50`);
  // A link may name what the request is about (?type=part-b-medicare from the home page's to-do list).
  const [search] = useSearchParams();
  const [values, setValues] = useState<SupportRequestValues>(() => {
    const type = search.get('type') ?? '';
    return (REQUEST_TYPES as readonly string[]).includes(type)
      ? { ...EMPTY_SUPPORT_REQUEST, requestType: type }
      : EMPTY_SUPPORT_REQUEST;
  });
  const [errors, setErrors] = useState<FieldErrors<SupportRequestField>>({});
  const send = useAction<{ id: number }>();
  const [opened, setOpened] = useState<{ id: number }>();
  const title = t('help.title');
  const set = (change: Partial<SupportRequestValues>) =>
    setValues((previous) => ({ ...previous, ...change }));
  const { message, summary } = fieldMessages(
    errors,
    Object.keys(FIELD_IDS) as SupportRequestField[],
    (field) => FIELD_IDS[field],
    (key) => t(key),
  );

  const onSubmit = async () => {
    const result = supportRequest(personId, values);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const data = await send.run(async () => (await postJson<{ id: number }>('cases', result.body)).data);
    if (!data) return;
    setOpened(data);
    setValues(EMPTY_SUPPORT_REQUEST);
    cases.reload();
  };

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('help.intro')}</p>
      {opened ? (
        <Alert type="success" role="status" data-testid="case-opened">
          <AlertHeading level="h2">{t('help.opened.heading')}</AlertHeading>
          <AlertText>{t('help.opened.body', { id: opened.id })}</AlertText>
        </Alert>
      ) : null}
      <h2>{t('help.form.heading')}</h2>
      {send.problem ? <ProblemAlert problem={send.problem} heading={t('help.form.failed')} /> : null}
      <Form onSubmit={(event) => (event.preventDefault(), void onSubmit())} large noValidate>
        <ErrorSummary items={summary} area="portal" />
        <SelectField
          id={FIELD_IDS.requestType}
          name="requestType"
          label={t('help.form.type')}
          error={message('requestType')}
          value={values.requestType}
          onChange={(requestType) => set({ requestType })}
          placeholder={t('form.select')}
          choices={REQUEST_TYPES.map((type) => ({ value: type, label: t(`requestTypes.${type}`) }))}
        />
        <TextField
          id={FIELD_IDS.subject}
          name="subject"
          label={t('help.form.subject')}
          hint={t('help.form.subjectHint')}
          error={message('subject')}
          maxLength={SUBJECT_MAX}
          value={values.subject}
          onChange={(subject) => set({ subject })}
        />
        <TextAreaField
          id={FIELD_IDS.note}
          name="note"
          label={t('help.form.note')}
          hint={t('help.form.noteHint')}
          error={message('note')}
          maxLength={NOTE_MAX}
          value={values.note}
          onChange={(note) => set({ note })}
        />
        <Button type="submit" disabled={send.pending} data-testid="help-submit">
          {send.pending ? t('form.sending') : t('help.form.submit')}
        </Button>
      </Form>
      <h2>{t('help.list.heading')}</h2>
      {cases.error ? <ProblemAlert problem={cases.error} /> : null}
      {cases.data ? <CaseList cases={cases.data.items} /> : <Loading />}
    </>
  );
}
