// /portal/enroll: enroll, change plans or decline during open season, in three steps: choose, review,
// confirm. The change is a lifecycle transition (open_season_enroll / _change / _decline) sent with the
// enrollment state's ETag, so a change made elsewhere meanwhile is refused (412) rather than overwritten.
// Every step works with the keyboard alone: native radios, selects and buttons, and each step moves the
// focus to its heading. The check step warns, before "Send", when family members lose coverage too
// (family-loss-alert.tsx).
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  ButtonGroup,
  Form,
  Radio,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/api-problem.ts';
import { postJson } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { FieldsetField } from '../forms/form-field.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { FamilyLossAlert } from './family-loss-alert.tsx';
import type { EnrollmentState } from '../../domain/lifecycle.ts';
import { payFrequencyOf } from './plan-list.ts';
import { coverageOf, findOffer, offerByCode, offerLabel, optionKeyOf, planOptions } from './plan-options.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type {
  EnrollmentStanding,
  EnrollmentType,
  OpenSeason,
  OpenSeasonList,
  PlanOffer,
  RecordedTransition,
} from './portal-types.ts';
import { RecordedDecision } from './recorded-decision.tsx';
import { StepHeading, Steps, type Step } from './flow-steps.tsx';
import { useAllPlans } from './use-all-plans.ts';

type Choice = 'elect' | 'decline';
type Field = 'choice' | 'plan' | 'type';

const ELECT_ACTIONS = ['open_season_change', 'open_season_enroll'] as const;

interface Selection {
  readonly choice: Choice | '';
  readonly planOption: string;
  readonly type: EnrollmentType | '';
}

function ChooseStep({
  selection,
  onChange,
  onContinue,
  plans,
  canElect,
  canDecline,
  electAction,
  errors,
}: {
  selection: Selection;
  onChange: (next: Selection) => void;
  onContinue: () => void;
  plans: readonly PlanOffer[];
  canElect: boolean;
  canDecline: boolean;
  electAction: string | undefined;
  errors: FieldErrors<Field>;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const options = useMemo(() => planOptions(plans), [plans]);
  const option = options.find((o) => o.key === selection.planOption);
  const { message, summary } = fieldMessages(
    errors,
    ['choice', 'plan', 'type'],
    (field) => `enroll-${field}`,
    (key) => t(key),
  );
  return (
    <Form onSubmit={(event) => (event.preventDefault(), onContinue())} large>
      <StepHeading>{t('enroll.choose.heading')}</StepHeading>
      <ErrorSummary items={summary} area="portal" />
      <FieldsetField id="enroll-choice" legend={t('enroll.choose.what')} error={message('choice')}>
        {canElect ? (
          <Radio
            id="enroll-choice-elect"
            name="choice"
            value="elect"
            label={t(`enroll.choose.${electAction === 'open_season_enroll' ? 'enroll' : 'change'}`)}
            checked={selection.choice === 'elect'}
            onChange={() => onChange({ ...selection, choice: 'elect' })}
            tile
          />
        ) : null}
        {canDecline ? (
          <Radio
            id="enroll-choice-decline"
            name="choice"
            value="decline"
            label={t('enroll.choose.decline')}
            labelDescription={t('enroll.choose.declineHint')}
            checked={selection.choice === 'decline'}
            onChange={() => onChange({ ...selection, choice: 'decline' })}
            tile
          />
        ) : null}
      </FieldsetField>
      {selection.choice === 'elect' ? (
        <>
          <SelectField
            id="enroll-plan"
            name="plan"
            label={t('enroll.choose.plan')}
            hint={t('enroll.choose.planHint')}
            error={message('plan')}
            value={selection.planOption}
            onChange={(planOption) => onChange({ ...selection, planOption })}
            placeholder={t('form.select')}
            choices={options.map((o) => ({ value: o.key, label: o.label }))}
          />
          <FieldsetField id="enroll-type" legend={t('enroll.choose.type')} error={message('type')}>
            {(option?.types ?? []).map((type) => {
              const offer = findOffer(plans, selection.planOption, type);
              return (
                <Radio
                  key={type}
                  id={`enroll-type-${type}`}
                  name="type"
                  value={type}
                  label={t(`types.${type}`)}
                  labelDescription={
                    offer
                      ? t(`enroll.share.${offer.payFrequency}`, {
                          amount: format.money(offer.premium.enrollee),
                        })
                      : undefined
                  }
                  checked={selection.type === type}
                  onChange={() => onChange({ ...selection, type })}
                  tile
                />
              );
            })}
            {option ? null : <p className="usa-hint">{t('enroll.choose.typeAfterPlan')}</p>}
          </FieldsetField>
        </>
      ) : null}
      <Button type="submit" data-testid="enroll-continue">
        {t('enroll.continue')}
      </Button>
    </Form>
  );
}

function ReviewStep({
  selection,
  offer,
  current,
  season,
  busy,
  problem,
  onBack,
  onConfirm,
  personId,
  state,
}: {
  personId: number;
  state: EnrollmentState | undefined;
  selection: Selection;
  offer: PlanOffer | undefined;
  current: PlanOffer | undefined;
  season: OpenSeason;
  busy: boolean;
  problem: ApiProblem | undefined;
  onBack: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <>
      <StepHeading>{t('enroll.review.heading')}</StepHeading>
      {problem ? <ProblemAlert problem={problem} heading={t('enroll.review.failed')} takeFocus /> : null}
      <SummaryBox>
        <SummaryBoxHeading headingLevel="h3">{t('enroll.review.summary')}</SummaryBoxHeading>
        <SummaryBoxContent>
          <dl data-testid="enroll-review">
            <dt className="text-bold">{t('enroll.review.choice')}</dt>
            <dd className="margin-left-0 margin-bottom-1">
              {selection.choice === 'decline' ? t('enroll.review.declining') : offer ? offerLabel(offer) : ''}
            </dd>
            {offer ? (
              <>
                <dt className="text-bold">{t('enroll.review.type')}</dt>
                <dd className="margin-left-0 margin-bottom-1">{t(`types.${offer.enrollmentType}`)}</dd>
                <dt className="text-bold">{t(`plans.columns.share.${offer.payFrequency}`)}</dt>
                <dd className="margin-left-0 margin-bottom-1">{format.money(offer.premium.enrollee)}</dd>
              </>
            ) : null}
            {current ? (
              <>
                <dt className="text-bold">{t('enroll.review.current')}</dt>
                <dd className="margin-left-0 margin-bottom-1">
                  {offerLabel(current)}, {t(`types.${current.enrollmentType}`)}
                </dd>
              </>
            ) : null}
            <dt className="text-bold">{t('enroll.review.effective')}</dt>
            <dd className="margin-left-0">{format.date(season.effectiveOn)}</dd>
          </dl>
        </SummaryBoxContent>
      </SummaryBox>
      <FamilyLossAlert
        personId={personId}
        state={state}
        selection={selection}
        effectiveOn={season.effectiveOn}
      />
      <p>{t('enroll.review.lastDay', { date: format.date(season.lastElectionDay) })}</p>
      <ButtonGroup>
        <Button type="button" outline onClick={onBack} disabled={busy}>
          {t('enroll.back')}
        </Button>
        <Button type="button" onClick={onConfirm} disabled={busy} data-testid="enroll-confirm">
          {busy ? t('enroll.review.sending') : t('enroll.confirm')}
        </Button>
      </ButtonGroup>
    </>
  );
}

export function EnrollPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const [search] = useSearchParams();
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const seasons = useApi<OpenSeasonList>('open-seasons');
  const kind = standing.data?.state.enrolleeKind;
  const { plans, error: plansError } = useAllPlans(kind ? payFrequencyOf(kind) : null);
  const [step, setStep] = useState<Step>('choose');
  const [selection, setSelection] = useState<Selection>({ choice: '', planOption: '', type: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<RecordedTransition>();
  // One key per reviewed change: a retry after a network failure cannot apply it twice.
  const idempotencyKey = useRef<string>('');

  // A plan chosen on the comparison page (?plan=CODE) starts the form with that plan and type.
  const preselected = search.get('plan');
  useEffect(() => {
    const offer = offerByCode(plans ?? [], preselected);
    if (offer) setSelection({ choice: 'elect', planOption: optionKeyOf(offer), type: offer.enrollmentType });
  }, [plans, preselected]);

  const title = t('enroll.title');
  const season = seasons.data?.openSeasons.find((s) => s.id === seasons.data?.currentId);
  const allowed = standing.data?.allowedActions.filter((a) => a.permission === 'enrollment.elect') ?? [];
  const electAction = ELECT_ACTIONS.find((action) => allowed.some((a) => a.action === action));
  const canDecline = allowed.some((a) => a.action === 'open_season_decline');
  const offer =
    selection.choice === 'elect' && selection.type
      ? findOffer(plans ?? [], selection.planOption, selection.type)
      : undefined;
  const current = offerByCode(plans ?? [], standing.data?.state.coverage?.enrollmentCode);
  const loadError = standing.error ?? seasons.error ?? plansError;
  const loading = !loadError && (!standing.data || !seasons.data || !plans);

  const onContinue = () => {
    const next: FieldErrors<Field> = {};
    if (!selection.choice) next.choice = 'enroll.errors.choice';
    if (selection.choice === 'elect') {
      if (!selection.planOption) next.plan = 'enroll.errors.plan';
      else if (!selection.type) next.type = 'enroll.errors.type';
      else if (!offer) next.type = 'enroll.errors.typeNotOffered';
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    idempotencyKey.current = crypto.randomUUID();
    setProblem(undefined);
    setStep('review');
  };

  const onConfirm = async () => {
    if (!season || !standing.data) return;
    const action = selection.choice === 'decline' ? 'open_season_decline' : electAction;
    const body = {
      action,
      reason: selection.choice === 'decline' ? 'Declined in the portal' : 'Elected in the portal',
      openSeasonId: season.id,
      ...(offer && selection.choice === 'elect' ? { coverage: coverageOf(offer) } : {}),
    };
    setBusy(true);
    setProblem(undefined);
    try {
      const { data } = await postJson<RecordedTransition>(`persons/${personId}/transitions`, body, {
        ifMatch: standing.data.etag,
        idempotencyKey: idempotencyKey.current,
      });
      setRecorded(data);
      setStep('done');
    } catch (error) {
      const failed =
        error instanceof ApiProblem
          ? error
          : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) });
      setProblem(failed);
      // A refusal recorded nothing: a new attempt is a new change. Stale state must be read again.
      if (failed.status !== 0) idempotencyKey.current = crypto.randomUUID();
      if (failed.status === 412) standing.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      {loadError ? <ProblemAlert problem={loadError} /> : null}
      {loading ? <Loading /> : null}
      {!loading && !loadError && !season ? (
        <Alert type="info" data-testid="season-closed">
          <AlertHeading level="h2">{t('enroll.closed.heading')}</AlertHeading>
          <AlertText>
            {t('enroll.closed.body')}{' '}
            <Link className="usa-link" to="/portal/life-event">
              {t('enroll.closed.lifeEvent')}
            </Link>
          </AlertText>
        </Alert>
      ) : null}
      {!loading && !loadError && season && !electAction && !canDecline ? (
        <Alert type="info">
          <AlertHeading level="h2">{t('enroll.notAllowed.heading')}</AlertHeading>
          <AlertText>
            {t('enroll.notAllowed.body', {
              status: t(`status.${standing.data?.state.status ?? 'not_enrolled'}`),
            })}
          </AlertText>
        </Alert>
      ) : null}
      {!loading && !loadError && season && (electAction || canDecline) && plans ? (
        <>
          <p className="usa-intro">{t('enroll.intro', { season: season.name })}</p>
          <Steps step={step} />
          {step === 'choose' ? (
            <ChooseStep
              selection={selection}
              onChange={setSelection}
              onContinue={onContinue}
              plans={plans}
              canElect={electAction !== undefined}
              canDecline={canDecline}
              electAction={electAction}
              errors={errors}
            />
          ) : null}
          {step === 'review' ? (
            <ReviewStep
              selection={selection}
              offer={offer}
              current={current}
              season={season}
              busy={busy}
              problem={problem}
              personId={personId}
              state={standing.data?.state}
              onBack={() => setStep('choose')}
              onConfirm={() => void onConfirm()}
            />
          ) : null}
          {step === 'done' && recorded ? (
            <>
              <RecordedDecision
                recorded={recorded}
                heading={t(selection.choice === 'decline' ? 'enroll.done.declined' : 'enroll.done.elected')}
              />
              <p className="margin-top-3">
                <Link className="usa-button usa-button--outline" to="/portal/history">
                  {t('enroll.done.history')}
                </Link>
              </p>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
