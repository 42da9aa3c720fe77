// The caller's enrollment, from the case: where it stands and the actions its state allows, and a form
// to take one for them. A specialist reads a person only while a case about them is with their partner;
// otherwise the API answers as if the person did not exist (404; 403 from older servers), which is said
// here in plain words: the case shows the person exists.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { currentOffer, payFrequencyOfKind, type PayFrequency } from './caller-plan.ts';
import type { EnrollmentStanding, PlanOffer, RecordedTransition } from './console-types.ts';
import { actionsAllowed } from './enrollee-action.ts';
import { EnrolleeActionForm } from './enrollee-action-form.tsx';
import { TransitionDecision } from './transition-decision.tsx';

/** The enrollment each caller had when last read on this page visit, for the view after a transfer. */
const lastSeen = new Map<number, { standing: EnrollmentStanding; at: string }>();

export function EnrollmentPanel({
  personId,
  residenceState,
  openSeasonId,
  actor,
  canAct,
}: {
  personId: number;
  /** Where the caller lives: the plans offered to them are those of this state (null: abroad). */
  residenceState: string | null;
  openSeasonId: string;
  actor: string;
  /** Whether the signed-in user's partner holds the case now (or they are the program office). */
  canAct: boolean;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const [recorded, setRecorded] = useState<RecordedTransition | null>(null);
  const forbidden = standing.error?.status === 403 || standing.error?.status === 404;
  useEffect(() => {
    if (standing.data) lastSeen.set(personId, { standing: standing.data, at: new Date().toISOString() });
  }, [personId, standing.data]);
  // After a warm transfer the API no longer shows the caller to this partner: the enrollment as it
  // stood last is kept on the screen (read only), so the specialist finishes the call with it.
  const snapshot = forbidden ? lastSeen.get(personId) : undefined;
  const shown = standing.data ?? snapshot?.standing;
  const payFrequency = shown ? payFrequencyOfKind(shown.state.enrolleeKind) : null;
  // The whole catalogue at the caller's pay frequency: the plan held may be one of another area.
  const catalogue = useApi<{ items: PlanOffer[] }>(
    payFrequency && shown?.state.coverage ? `plans?payFrequency=${payFrequency}&limit=200` : null,
  );

  const body = () => {
    if (snapshot) {
      return (
        <>
          <Alert type="info" slim data-testid="enrollment-snapshot">
            <AlertText>{t('act.snapshot', { time: format.dateTime(snapshot.at) })}</AlertText>
          </Alert>
          <dl className="margin-top-2" data-testid="enrollment-state">
            <div>
              <dt className="text-bold">{t('act.status')}</dt>
              <dd className="margin-left-0 margin-bottom-1">
                {t(`enrollmentStatus.${snapshot.standing.state.status}`, {
                  defaultValue: snapshot.standing.state.status,
                })}
              </dd>
            </div>
            <CoverageFacts
              coverage={snapshot.standing.state.coverage}
              offer={currentOffer(catalogue.data?.items ?? [], snapshot.standing.state.coverage)}
              payFrequency={payFrequency ?? 'biweekly'}
            />
          </dl>
        </>
      );
    }
    if (forbidden) {
      return (
        <Alert type="warning" data-testid="enrollment-forbidden">
          <AlertHeading level="h3">{t('act.forbiddenHeading')}</AlertHeading>
          <AlertText>{t('act.forbidden')}</AlertText>
        </Alert>
      );
    }
    if (standing.error) return <ProblemAlert problem={standing.error} />;
    if (!standing.data) return <Loading what={t('act.loadingWhat')} />;
    const { state } = standing.data;
    const actions = actionsAllowed(standing.data);
    return (
      <>
        <dl className="margin-top-0" data-testid="enrollment-state">
          <div>
            <dt className="text-bold">{t('act.status')}</dt>
            <dd className="margin-left-0 margin-bottom-1">
              {t(`enrollmentStatus.${state.status}`, { defaultValue: state.status })}
              {state.since ? ` ${t('act.since', { date: format.date(state.since) })}` : ''}
            </dd>
          </div>
          <CoverageFacts
            coverage={state.coverage}
            offer={currentOffer(catalogue.data?.items ?? [], state.coverage)}
            payFrequency={payFrequency ?? 'biweekly'}
          />
        </dl>
        {recorded ? <TransitionDecision recorded={recorded} actor={actor} /> : null}
        {!canAct ? (
          <p>{t('act.notHolding')}</p>
        ) : actions.length === 0 ? (
          <p>{t('act.noActions')}</p>
        ) : (
          <EnrolleeActionForm
            key={standing.etag ?? ''}
            personId={personId}
            etag={standing.etag}
            actions={actions}
            openSeasonId={openSeasonId}
            payFrequency={payFrequency ?? 'biweekly'}
            residenceState={residenceState}
            actor={actor}
            onDone={(result) => {
              setRecorded(result);
              standing.reload();
            }}
          />
        )}
      </>
    );
  };

  return (
    <section
      aria-labelledby="act-heading"
      className="margin-top-4 border-top-1px border-base-lighter padding-top-2"
    >
      <h2 id="act-heading">{t('act.heading')}</h2>
      <p className="margin-top-0">{t('act.intro')}</p>
      {body()}
    </section>
  );
}

/** The plan held: its name and option, who is covered, and the enrollee's share of the premium. */
function CoverageFacts({
  coverage,
  offer,
  payFrequency,
}: {
  coverage: EnrollmentStanding['state']['coverage'];
  offer: PlanOffer | null;
  payFrequency: PayFrequency;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const fact = (term: string, value: string, testId: string) => (
    <div>
      <dt className="text-bold">{term}</dt>
      <dd className="margin-left-0 margin-bottom-1" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  if (!coverage) return fact(t('act.coverage'), t('act.noCoverage'), 'caller-plan');
  const plan = offer
    ? t('act.planValue', { plan: offer.plan.name, option: offer.option.name, code: coverage.enrollmentCode })
    : t('act.planUnknown', { code: coverage.enrollmentCode });
  return (
    <>
      {fact(t('act.coverage'), plan, 'caller-plan')}
      {fact(
        t('act.enrollmentType'),
        t(`enrollmentTypes.${coverage.enrollmentType}`),
        'caller-enrollment-type',
      )}
      {offer
        ? fact(
            t('act.premium'),
            t(`act.premiumPer.${payFrequency}`, { amount: format.money(offer.premium.enrollee) }),
            'caller-premium',
          )
        : null}
    </>
  );
}
