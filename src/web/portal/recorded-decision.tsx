// What a recorded change decided: the new standing, when it takes effect, the initial decision notice
// with its confirmation number and the last day to ask for it to be reconsidered (5 CFR 890.104,
// 890.1607), and the notice on its own page to print or save as PDF.
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
import { DecisionNotice, noticeOfRecorded } from './decision-notice.tsx';
import { useNoticeWords } from './notice-words.ts';
import type { RecordedTransition } from './portal-types.ts';

export function RecordedDecision({ recorded, heading }: { recorded: RecordedTransition; heading: string }) {
  const { t } = useTranslation('portal');
  const { t: tn } = useTranslation('notices');
  const format = useFormat();
  const words = useNoticeWords(recorded.state.enrolleeKind);
  const focus = useRef<HTMLDivElement>(null);
  useEffect(() => focus.current?.focus(), []);
  const { decision } = recorded;
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
        <SummaryBoxHeading headingLevel="h3">{tn('notice.heading')}</SummaryBoxHeading>
        <SummaryBoxContent>
          <DecisionNotice subject={noticeOfRecorded(recorded)} words={words} headingLevel="h3" />
          <p>
            <Link className="usa-link" to={`/portal/notices/${recorded.id}`} data-testid="notice-print-link">
              {tn('notice.print')}
            </Link>
            <span className="display-block font-body-2xs text-base-dark">{tn('notice.printHint')}</span>
          </p>
          <p>
            <Link className="usa-link" to={`/portal/reconsideration?transition=${recorded.id}`}>
              {tn('notice.disagree')}
            </Link>
          </p>
        </SummaryBoxContent>
      </SummaryBox>
    </div>
  );
}
