// The caller's enrollment, from the case: where it stands and the actions its state allows, and a form
// to take one for them. A specialist reads a person only while a case about them is with their partner;
// otherwise the API answers as if the person did not exist (404; 403 from older servers), which is said
// here in plain words: the case shows the person exists.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EnrollmentStanding, RecordedTransition } from './console-types.ts';
import { actionsAllowed } from './enrollee-action.ts';
import { EnrolleeActionForm } from './enrollee-action-form.tsx';
import { TransitionDecision } from './transition-decision.tsx';

export function EnrollmentPanel({
  personId,
  openSeasonId,
  actor,
  canAct,
}: {
  personId: number;
  openSeasonId: string;
  actor: string;
  /** Whether the signed-in user's partner holds the case now (or they are the program office). */
  canAct: boolean;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const [recorded, setRecorded] = useState<RecordedTransition | null>(null);

  const body = () => {
    if (standing.error?.status === 403 || standing.error?.status === 404) {
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
          <div>
            <dt className="text-bold">{t('act.coverage')}</dt>
            <dd className="margin-left-0 margin-bottom-1">
              {state.coverage
                ? t('act.coverageValue', {
                    code: state.coverage.enrollmentCode,
                    type: t(`enrollmentTypes.${state.coverage.enrollmentType}`),
                  })
                : t('act.noCoverage')}
            </dd>
          </div>
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
