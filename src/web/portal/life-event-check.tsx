// The check step of a life-event report: everything the reader chose, in their words, the plan they
// have now, and "Send my request", the only button that sends. A refusal shows above the summary and
// takes the focus, so a screen reader says why at once.
import {
  Button,
  ButtonGroup,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-problem.ts';
import { useFormat } from '../i18n/format.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { StepHeading } from './flow-steps.tsx';
import { addsPerson, type LifeEventValues } from './life-event-form.ts';
import { isoDateOf } from './memorable-date-value.ts';
import { offerLabel } from './plan-options.ts';
import type { PlanOffer } from './portal-types.ts';

function Row({ term, children, testId }: { term: string; children: string; testId?: string }) {
  return (
    <>
      <dt className="text-bold">{term}</dt>
      <dd className="margin-left-0 margin-bottom-1" data-testid={testId}>
        {children}
      </dd>
    </>
  );
}

export function LifeEventCheckStep({
  values,
  offer,
  current,
  busy,
  problem,
  onBack,
  onSend,
}: {
  values: LifeEventValues;
  offer: PlanOffer;
  current: PlanOffer | undefined;
  busy: boolean;
  problem: ApiProblem | undefined;
  onBack: () => void;
  onSend: () => void;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const dateOf = (month: string, day: string, year: string) => format.date(isoDateOf(month, day, year) ?? '');
  return (
    <>
      <StepHeading>{t('lifeEvent.check.heading')}</StepHeading>
      {problem ? <ProblemAlert problem={problem} heading={t('lifeEvent.refused')} takeFocus /> : null}
      <SummaryBox className="margin-top-2">
        <SummaryBoxHeading headingLevel="h3">{t('lifeEvent.check.summary')}</SummaryBoxHeading>
        <SummaryBoxContent>
          <dl data-testid="life-event-review">
            <Row term={t('lifeEvent.check.event')}>{t(`lifeEvents.${values.event}`)}</Row>
            <Row term={t('lifeEvent.check.date')} testId="life-event-review-date">
              {dateOf(values.month, values.day, values.year)}
            </Row>
            <Row term={t('lifeEvent.check.change')}>{t(`lifeEventChanges.${values.change}`)}</Row>
            {addsPerson(values) ? (
              <Row term={t('lifeEvent.check.person')} testId="life-event-review-person">
                {t('lifeEvent.check.personValue', {
                  name: values.personName.trim(),
                  relationship: t(`lifeEvent.person.relationships.${values.relationship}`),
                  date: dateOf(values.personMonth, values.personDay, values.personYear),
                })}
              </Row>
            ) : null}
            <Row term={t('lifeEvent.check.plan')}>{offerLabel(offer)}</Row>
            <Row term={t('lifeEvent.check.type')}>{t(`types.${offer.enrollmentType}`)}</Row>
            <Row term={t(`plans.columns.share.${offer.payFrequency}`)}>
              {format.money(offer.premium.enrollee)}
            </Row>
            {current ? (
              <Row term={t('enroll.review.current')}>
                {`${offerLabel(current)}, ${t(`types.${current.enrollmentType}`)}`}
              </Row>
            ) : null}
          </dl>
        </SummaryBoxContent>
      </SummaryBox>
      <p>{t('lifeEvent.check.effective')}</p>
      <ButtonGroup>
        <Button type="button" outline onClick={onBack} disabled={busy}>
          {t('enroll.back')}
        </Button>
        <Button type="button" onClick={onSend} disabled={busy} data-testid="life-event-submit">
          {busy ? t('form.sending') : t('lifeEvent.submit')}
        </Button>
      </ButtonGroup>
    </>
  );
}
