// /portal/eligibility: can I enroll and why; my Medicare Part B standing, any exception and the document it
// still needs; the enrollment I will have on January 1 (automatic or elected, or what I chose or declined
// here since) and why that plan; what happened to my enrollment so far.
import { Alert, AlertHeading, AlertText, Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableRegion } from '../layout/table-region.tsx';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { CitationList } from './citation-list.tsx';
import { planOnEffectiveDay, type PlanOnEffectiveDay } from './enrollment-summary.ts';
import { DecisionDetails } from './decision-details.tsx';
import { partBEvidenceNeeded, partBException } from './part-b-evidence.ts';
import { payFrequencyOf } from './plan-list.ts';
import { offerByCode, offerLabel } from './plan-options.ts';
import { useNoticeWordsWith } from './notice-words.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type { Decision, EnrollmentStanding, PersonEligibility, PlanOffer } from './portal-types.ts';
import { useAllPlans } from './use-all-plans.ts';

function PartBNotes({ partB }: { partB: Decision }) {
  const { t } = useTranslation('portal');
  const exception = partBException(partB);
  const evidence = partBEvidenceNeeded(partB);
  return (
    <>
      {exception ? (
        <p data-testid="part-b-exception">
          <strong>{t('eligibility.partB.exception')}</strong> {t(`partBExceptions.${exception}`)}
        </p>
      ) : null}
      {evidence ? (
        <Alert type="warning" data-testid="part-b-evidence">
          <AlertHeading level="h3">{t('eligibility.partB.evidenceHeading')}</AlertHeading>
          <AlertText>{t(`partBEvidence.${evidence}`)}</AlertText>
          {evidence !== 'annuitant_documentation' ? (
            <AlertText>
              <Link to="/portal/documents" data-testid="part-b-send-document">
                {t('eligibility.partB.sendDocument')}
              </Link>
            </AlertText>
          ) : null}
        </Alert>
      ) : null}
      {partB.outcome === 'required_not_enrolled' ? (
        <Alert type="warning">
          <AlertHeading level="h3">{t('eligibility.partB.requiredHeading')}</AlertHeading>
          <AlertText>{t('eligibility.partB.requiredBody')}</AlertText>
        </Alert>
      ) : null}
    </>
  );
}

function PlanOnDay({ onDay, plans }: { onDay: PlanOnEffectiveDay; plans: readonly PlanOffer[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const date = format.date(onDay.effectiveOn);
  const { coverage } = onDay;
  if (!coverage) return <p data-testid="target-plan">{t('eligibility.enrollment.declined', { date })}</p>;
  const offer = offerByCode(plans, coverage.enrollmentCode);
  return (
    <p data-testid="target-plan">
      {t(onDay.source === 'chosen' ? 'eligibility.enrollment.chosen' : 'eligibility.enrollment.target', {
        plan: offer ? offerLabel(offer) : coverage.enrollmentCode,
        code: coverage.enrollmentCode,
        type: t(`types.${coverage.enrollmentType}`, { defaultValue: coverage.enrollmentType }),
        date,
      })}
    </p>
  );
}

export function EligibilityPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const { t: tn } = useTranslation('notices');
  const format = useFormat();
  const answer = useApi<PersonEligibility>(`persons/${personId}/eligibility`);
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const kind = standing.data?.state.enrolleeKind;
  const { plans } = useAllPlans(kind ? payFrequencyOf(kind) : null);
  const words = useNoticeWordsWith(plans ?? []);
  const title = t('eligibility.title');
  const data = answer.data;
  const target = data?.household.enrollment.target;
  // The decision is the open season run's; a plan chosen or a decline recorded since wins (enrollment state).
  const onDay = planOnEffectiveDay(target, standing.data?.state);
  const termination = data?.household.termination;
  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      {answer.error ? <ProblemAlert problem={answer.error} /> : null}
      {answer.loading ? <Loading /> : null}
      {data ? (
        <>
          <p className="usa-intro">{t('eligibility.intro', { date: format.date(data.asOf) })}</p>
          <DecisionDetails
            decision={data.person.eligibility}
            words={words}
            heading={t('eligibility.canEnroll')}
          />
          <DecisionDetails
            decision={data.person.partB}
            words={words}
            heading={t('eligibility.partB.heading')}
          >
            <PartBNotes partB={data.person.partB} />
          </DecisionDetails>
          <DecisionDetails
            decision={data.household.enrollment}
            words={words}
            heading={t('eligibility.enrollment.heading')}
          >
            {onDay ? <PlanOnDay onDay={onDay} plans={plans ?? []} /> : null}
          </DecisionDetails>
          {termination ? (
            <DecisionDetails decision={termination} words={words} heading={t('eligibility.termination')} />
          ) : null}
          <section aria-labelledby="enrollment-events">
            <h2 id="enrollment-events">{t('eligibility.history.heading')}</h2>
            {data.history.length === 0 ? (
              <p>{t('eligibility.history.none')}</p>
            ) : (
              <TableRegion label={t('eligibility.history.caption')}>
                <Table bordered fullWidth caption={t('eligibility.history.caption')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('eligibility.history.what')}</th>
                      <th scope="col">{tn('history.plan')}</th>
                      <th scope="col">{t('eligibility.history.effective')}</th>
                      <th scope="col">{t('eligibility.history.why')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.history.map((event) => (
                      <tr key={`${event.recordedAt}-${event.eventType}`}>
                        <th scope="row">
                          {t(`events.${event.eventType}`, {
                            defaultValue: t(`actions.${event.eventType}`, {
                              defaultValue: tn('events.other'),
                            }),
                          })}
                        </th>
                        <td>{words.plan(event.enrollmentCode)}</td>
                        <td>{format.date(event.effectiveOn)}</td>
                        <td>
                          {words.event(event.eventType, event.enrollmentCode)}
                          <CitationList citations={event.citations} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </TableRegion>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
