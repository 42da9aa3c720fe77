// What a recorded change decided: the new standing, when it takes effect, the initial decision notice
// and the last day to ask for it to be reconsidered (5 CFR 890.104, 890.1607).
import {
  Alert,
  AlertHeading,
  AlertText,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format.ts';
import { CitationList } from './citation-list.tsx';
import type { RecordedTransition } from './portal-types.ts';

export function RecordedDecision({ recorded, heading }: { recorded: RecordedTransition; heading: string }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const focus = useRef<HTMLDivElement>(null);
  useEffect(() => focus.current?.focus(), []);
  const { decision, notice } = recorded;
  return (
    <div ref={focus} tabIndex={-1} data-testid="recorded-decision">
      <Alert type="success">
        <AlertHeading level="h2">{heading}</AlertHeading>
        <AlertText>
          {t('decision.recorded', {
            status: t(`status.${recorded.state.status}`),
            date: format.date(decision.effectiveOn),
          })}
        </AlertText>
      </Alert>
      <SummaryBox className="margin-top-3">
        <SummaryBoxHeading headingLevel="h3">{t('decision.noticeHeading')}</SummaryBoxHeading>
        <SummaryBoxContent>
          <dl>
            <dt className="text-bold">{t('decision.effectiveOn')}</dt>
            <dd className="margin-left-0 margin-bottom-1" data-testid="effective-on">
              {format.date(decision.effectiveOn)}
            </dd>
            <dt className="text-bold">{t('decision.deadline')}</dt>
            <dd className="margin-left-0 margin-bottom-1" data-testid="reconsideration-deadline">
              {format.date(notice.reconsiderationDeadline)}
            </dd>
            <dt className="text-bold">{t('decision.notice')}</dt>
            <dd className="margin-left-0" lang="en">
              {notice.notice}
            </dd>
          </dl>
          <CitationList citations={notice.citations} />
          <p>
            <Link className="usa-link" to={`/portal/reconsideration?transition=${recorded.id}`}>
              {t('decision.disagree')}
            </Link>
          </p>
        </SummaryBoxContent>
      </SummaryBox>
    </div>
  );
}
