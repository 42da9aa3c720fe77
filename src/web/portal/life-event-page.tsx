// /portal/life-event: report a life event (marriage, a birth, a lost coverage, a move, a divorce, a death in
// the family) and the change it allows, as a life_event_change transition, in the steps enrollment takes:
// choose (the form, the current plan chosen to start with), check (what will be sent; "Send my request"),
// done (the decision and its notice). The form checks what it can before the check step; the windows and
// what each event permits are the rules' (a refusal names the reason and takes the focus).
import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { Steps, type Step } from './flow-steps.tsx';
import { LifeEventCheckStep } from './life-event-check.tsx';
import { LifeEventChooseStep } from './life-event-choose.tsx';
import {
  EMPTY_LIFE_EVENT,
  lifeEventRequest,
  withCurrentPlan,
  type LifeEventField,
  type LifeEventValues,
} from './life-event-form.ts';
import { payFrequencyOf } from './plan-list.ts';
import { coverageOf, findOffer, offerByCode, optionKeyOf, planOptions } from './plan-options.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type { EnrollmentStanding, EnrollmentType, RecordedTransition } from './portal-types.ts';
import { RecordedDecision } from './recorded-decision.tsx';
import { useAllPlans } from './use-all-plans.ts';

export function LifeEventPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const today = useSession().me?.programDate ?? new Date().toISOString().slice(0, 10);
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const kind = standing.data?.state.enrolleeKind;
  const { plans, error: plansError } = useAllPlans(kind ? payFrequencyOf(kind) : null);
  const options = useMemo(() => planOptions(plans ?? []), [plans]);
  const [step, setStep] = useState<Step>('choose');
  const [values, setValues] = useState<LifeEventValues>(EMPTY_LIFE_EVENT);
  const [errors, setErrors] = useState<FieldErrors<LifeEventField>>({});
  const [attempt, setAttempt] = useState(0);
  const [body, setBody] = useState<object>();
  const send = useAction<RecordedTransition>();
  // One key per checked request: a retry after a network failure cannot record it twice.
  const idempotencyKey = useRef('');
  const title = t('lifeEvent.title');
  const set = (change: Partial<LifeEventValues>) => setValues((previous) => ({ ...previous, ...change }));
  const current = offerByCode(plans ?? [], standing.data?.state.coverage?.enrollmentCode);
  const offer = findOffer(plans ?? [], values.planOption, values.enrollmentType as EnrollmentType);
  const allowed = standing.data?.allowedActions.some((a) => a.action === 'life_event_change');

  // The plan the person has now is chosen to start with: most life events change who is covered.
  useEffect(() => {
    if (current)
      setValues((v) =>
        withCurrentPlan(v, { optionKey: optionKeyOf(current), enrollmentType: current.enrollmentType }),
      );
  }, [current]);

  const onContinue = () => {
    const result = lifeEventRequest(
      values,
      (key, type) => {
        const found = findOffer(plans ?? [], key, type);
        return found ? coverageOf(found) : undefined;
      },
      today,
    );
    if ('errors' in result) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBody(result.body);
    send.reset();
    idempotencyKey.current = crypto.randomUUID();
    setStep('review');
  };

  const onSend = async () => {
    if (!body) return;
    const data = await send.run(
      async () =>
        (
          await postJson<RecordedTransition>(`persons/${personId}/transitions`, body, {
            ifMatch: standing.data?.etag ?? null,
            idempotencyKey: idempotencyKey.current,
          })
        ).data,
    );
    if (data) setStep('done');
    // A refusal recorded nothing, so a new try is a new request; either way the standing may have moved on.
    else idempotencyKey.current = crypto.randomUUID();
    standing.reload();
  };

  const startAgain = () => {
    send.reset();
    setValues(
      withCurrentPlan(
        EMPTY_LIFE_EVENT,
        current && { optionKey: optionKeyOf(current), enrollmentType: current.enrollmentType },
      ),
    );
    setStep('choose');
  };

  const loadError = standing.error ?? plansError;
  const ready = standing.data && plans;

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('lifeEvent.intro')}</p>
      {loadError ? <ProblemAlert problem={loadError} /> : null}
      {!loadError && !ready ? <Loading /> : null}
      {ready ? <Steps step={step} /> : null}
      {ready && step === 'choose' ? (
        <>
          {allowed === false ? (
            <Alert type="info" slim>
              <AlertText>
                {t('lifeEvent.notAllowed', { status: t(`status.${standing.data.state.status}`) })}
              </AlertText>
            </Alert>
          ) : null}
          <LifeEventChooseStep
            values={values}
            set={set}
            errors={errors}
            attempt={attempt}
            options={options}
            onContinue={onContinue}
          />
        </>
      ) : null}
      {ready && step === 'review' && offer ? (
        <LifeEventCheckStep
          values={values}
          offer={offer}
          current={current}
          busy={send.pending}
          problem={send.problem}
          onBack={() => setStep('choose')}
          onSend={() => void onSend()}
        />
      ) : null}
      {step === 'done' && send.result ? (
        <>
          <RecordedDecision recorded={send.result} heading={t('lifeEvent.done')} />
          <p className="margin-top-3">
            <Button type="button" outline onClick={startAgain}>
              {t('lifeEvent.another')}
            </Button>
          </p>
        </>
      ) : null}
    </>
  );
}
