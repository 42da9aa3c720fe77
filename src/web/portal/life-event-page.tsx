// /portal/life-event: report a life event (marriage, a birth, a lost coverage, a move, a divorce, a death in
// the family) and the change it allows, as a life_event_change transition. The form checks what it can
// before sending; the windows and what each event permits are the rules' (a refusal names the reason).
import { Alert, AlertText, Button, Form, Radio } from '@trussworks/react-uswds';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { LIFE_EVENT_CHANGES, LIFE_EVENTS } from '../api/life-events.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { FieldsetField } from '../forms/form-field.tsx';
import { SelectField } from '../forms/select-field.tsx';
import {
  EMPTY_LIFE_EVENT,
  lifeEventRequest,
  type LifeEventField,
  type LifeEventValues,
} from './life-event-form.ts';
import { MemorableDate } from './memorable-date.tsx';
import { payFrequencyOf } from './plan-list.ts';
import { coverageOf, findOffer, planOptions } from './plan-options.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { ENROLLMENT_TYPES, type EnrollmentStanding, type RecordedTransition } from './portal-types.ts';
import { RecordedDecision } from './recorded-decision.tsx';
import { useAllPlans } from './use-all-plans.ts';

const FIELD_IDS: Record<LifeEventField, string> = {
  event: 'life-event',
  eventDate: 'life-event-date',
  change: 'life-event-change',
  planOption: 'life-event-plan',
  enrollmentType: 'life-event-type',
};

export function LifeEventPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const kind = standing.data?.state.enrolleeKind;
  const { plans, error: plansError } = useAllPlans(kind ? payFrequencyOf(kind) : null);
  const options = useMemo(() => planOptions(plans ?? []), [plans]);
  const [values, setValues] = useState<LifeEventValues>(EMPTY_LIFE_EVENT);
  const [errors, setErrors] = useState<FieldErrors<LifeEventField>>({});
  const send = useAction<RecordedTransition>();
  const [recorded, setRecorded] = useState<RecordedTransition>();
  const title = t('lifeEvent.title');
  const set = (change: Partial<LifeEventValues>) => setValues((previous) => ({ ...previous, ...change }));
  const { message, summary } = fieldMessages(
    errors,
    Object.keys(FIELD_IDS) as LifeEventField[],
    (field) => FIELD_IDS[field],
    (key) => t(key),
  );
  const allowed = standing.data?.allowedActions.some((a) => a.action === 'life_event_change');

  const onSubmit = async () => {
    const result = lifeEventRequest(values, (key, type) => {
      const offer = findOffer(plans ?? [], key, type);
      return offer ? coverageOf(offer) : undefined;
    });
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const data = await send.run(
      async () =>
        (
          await postJson<RecordedTransition>(`persons/${personId}/transitions`, result.body, {
            ifMatch: standing.data?.etag ?? null,
          })
        ).data,
    );
    if (data) setRecorded(data);
    // Recorded or refused, the standing may have moved on: read it again.
    standing.reload();
  };

  const loadError = standing.error ?? plansError;

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('lifeEvent.intro')}</p>
      {loadError ? <ProblemAlert problem={loadError} /> : null}
      {!loadError && (!standing.data || !plans) ? <Loading /> : null}
      {recorded ? (
        <>
          <RecordedDecision recorded={recorded} heading={t('lifeEvent.done')} />
          <p className="margin-top-3">
            <Button
              type="button"
              outline
              onClick={() => (setRecorded(undefined), setValues(EMPTY_LIFE_EVENT))}
            >
              {t('lifeEvent.another')}
            </Button>
          </p>
        </>
      ) : null}
      {standing.data && plans && !recorded ? (
        <>
          {allowed === false ? (
            <Alert type="info" slim>
              <AlertText>
                {t('lifeEvent.notAllowed', { status: t(`status.${standing.data.state.status}`) })}
              </AlertText>
            </Alert>
          ) : null}
          {send.problem ? <ProblemAlert problem={send.problem} heading={t('lifeEvent.refused')} /> : null}
          <Form onSubmit={(event) => (event.preventDefault(), void onSubmit())} large noValidate>
            <ErrorSummary items={summary} area="portal" />
            <SelectField
              id={FIELD_IDS.event}
              name="event"
              label={t('lifeEvent.event')}
              error={message('event')}
              value={values.event}
              onChange={(event) => set({ event })}
              placeholder={t('form.select')}
              choices={LIFE_EVENTS.map((event) => ({ value: event, label: t(`lifeEvents.${event}`) }))}
            />
            <MemorableDate
              id={FIELD_IDS.eventDate}
              legend={t('lifeEvent.date')}
              value={values}
              error={message('eventDate')}
              onChange={(date) => set(date)}
            />
            <FieldsetField id={FIELD_IDS.change} legend={t('lifeEvent.change')} error={message('change')}>
              {LIFE_EVENT_CHANGES.map((change) => (
                <Radio
                  key={change}
                  id={`${FIELD_IDS.change}-${change}`}
                  name="change"
                  value={change}
                  label={t(`lifeEventChanges.${change}`)}
                  checked={values.change === change}
                  onChange={() => set({ change })}
                />
              ))}
            </FieldsetField>
            <SelectField
              id={FIELD_IDS.planOption}
              name="plan"
              label={t('lifeEvent.plan')}
              hint={t('lifeEvent.planHint')}
              error={message('planOption')}
              value={values.planOption}
              onChange={(planOption) => set({ planOption })}
              placeholder={t('form.select')}
              choices={options.map((option) => ({ value: option.key, label: option.label }))}
            />
            <FieldsetField
              id={FIELD_IDS.enrollmentType}
              legend={t('lifeEvent.type')}
              error={message('enrollmentType')}
            >
              {ENROLLMENT_TYPES.map((type) => (
                <Radio
                  key={type}
                  id={`${FIELD_IDS.enrollmentType}-${type}`}
                  name="enrollmentType"
                  value={type}
                  label={t(`types.${type}`)}
                  checked={values.enrollmentType === type}
                  onChange={() => set({ enrollmentType: type })}
                />
              ))}
            </FieldsetField>
            <Button type="submit" disabled={send.pending} data-testid="life-event-submit">
              {send.pending ? t('form.sending') : t('lifeEvent.submit')}
            </Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
