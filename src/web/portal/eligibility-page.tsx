// /portal/eligibility: can I enroll and why; my Medicare Part B standing, any exception and the document it
// still needs; the enrollment I will have on January 1 (automatic or elected) and why that plan; what
// happened to my enrollment so far.
import { Alert, AlertHeading, AlertText, Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { CitationList } from './citation-list.tsx';
import { DecisionDetails } from './decision-details.tsx';
import { partBEvidenceNeeded, partBException } from './part-b-evidence.ts';
import { payFrequencyOf } from './plan-list.ts';
import { offerByCode, offerLabel } from './plan-options.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type { Decision, EnrollmentStanding, PersonEligibility } from './portal-types.ts';
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

export function EligibilityPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const answer = useApi<PersonEligibility>(`persons/${personId}/eligibility`);
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const kind = standing.data?.state.enrolleeKind;
  const { plans } = useAllPlans(kind ? payFrequencyOf(kind) : null);
  const title = t('eligibility.title');
  const data = answer.data;
  const target = data?.household.enrollment.target;
  const targetOffer = offerByCode(plans ?? [], target?.enrollmentCode);
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
          <DecisionDetails decision={data.person.eligibility} heading={t('eligibility.canEnroll')} />
          <DecisionDetails decision={data.person.partB} heading={t('eligibility.partB.heading')}>
            <PartBNotes partB={data.person.partB} />
          </DecisionDetails>
          <DecisionDetails decision={data.household.enrollment} heading={t('eligibility.enrollment.heading')}>
            {target ? (
              <p data-testid="target-plan">
                {t('eligibility.enrollment.target', {
                  plan: targetOffer ? offerLabel(targetOffer) : target.enrollmentCode,
                  code: target.enrollmentCode,
                  type: t(`types.${target.enrollmentType}`, { defaultValue: target.enrollmentType }),
                  date: format.date(target.effectiveOn),
                })}
              </p>
            ) : null}
          </DecisionDetails>
          {termination ? (
            <DecisionDetails decision={termination} heading={t('eligibility.termination')} />
          ) : null}
          <section aria-labelledby="enrollment-events">
            <h2 id="enrollment-events">{t('eligibility.history.heading')}</h2>
            {data.history.length === 0 ? (
              <p>{t('eligibility.history.none')}</p>
            ) : (
              <Table bordered fullWidth caption={t('eligibility.history.caption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('eligibility.history.what')}</th>
                    <th scope="col">{t('eligibility.history.code')}</th>
                    <th scope="col">{t('eligibility.history.effective')}</th>
                    <th scope="col">{t('eligibility.history.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.history.map((event) => (
                    <tr key={`${event.recordedAt}-${event.eventType}`}>
                      <th scope="row">{t(`events.${event.eventType}`, { defaultValue: event.eventType })}</th>
                      <td>{event.enrollmentCode ?? t('facts.none')}</td>
                      <td>{format.date(event.effectiveOn)}</td>
                      <td>
                        <span lang="en">{event.reason}</span>
                        <CitationList citations={event.citations} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
