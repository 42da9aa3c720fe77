// For the carrier: what the findings mean and how and by when to answer them, in plain words, for
// where the evaluation stands now.
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationView } from './performance-api-types.ts';

export function CarrierGuidance({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const due = evaluation.deadlines.responseDueOn;
  const rebate = evaluation.deadlines.rebateDueOn;
  const lines: string[] = [];
  switch (evaluation.state) {
    case 'proposed':
    case 'accepted':
      lines.push(t('guidance.beforeNotice'));
      break;
    case 'notice_issued':
      lines.push(due ? t('guidance.respondBy', { date: format.date(due) }) : t('guidance.respondSoon'));
      lines.push(t('guidance.howToRespond'), t('guidance.howToReconsider'), t('guidance.afterWindow'));
      break;
    case 'under_reconsideration':
      lines.push(t('guidance.underReconsideration'));
      break;
    case 'final':
      lines.push(t(`guidance.final.${evaluation.proposal.outcomeKind}`));
      if (rebate) lines.push(t('guidance.rebateBy', { date: format.date(rebate) }));
      break;
    case 'settled':
      lines.push(t('guidance.settled'));
      break;
  }
  return (
    <SummaryBox className="margin-top-3" data-testid="carrier-guidance">
      <SummaryBoxHeading headingLevel="h2">{t('guidance.heading')}</SummaryBoxHeading>
      <SummaryBoxContent>
        <ul className="usa-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </SummaryBoxContent>
    </SummaryBox>
  );
}
