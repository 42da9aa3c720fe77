// An evaluation at a glance: where it stands, the method, the premium base and where it came from,
// the proposed and accepted factors and amounts, and the deadlines.
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { formatFactor } from './performance-values.ts';
import { StateTag } from './state-tag.tsx';

export function EvaluationOverview({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const { proposal, accepted, premiumBase, deadlines } = evaluation;
  const outcome = proposal.outcomeKind;
  const rows: [string, React.ReactNode][] = [
    [t('overview.state'), <StateTag key="state" state={evaluation.state} />],
    [
      t('overview.method'),
      <span key="method" lang="en">
        {evaluation.method.title} ({evaluation.method.version})
      </span>,
    ],
    [
      t('overview.premiumBase'),
      <>
        {format.money(premiumBase.amountCents)}{' '}
        <span className="display-block font-sans-3xs text-base-dark">
          {t(`overview.premiumKinds.${premiumBase.kind}`)}: <span lang="en">{premiumBase.source}</span>
        </span>
      </>,
    ],
    [
      t('overview.proposed'),
      t('overview.factorAndAmount', {
        factor: formatFactor(proposal.totalFactor, format.locale),
        amount: format.money(proposal.amountCents),
      }),
    ],
    [
      t(`overview.accepted.${outcome}`),
      accepted
        ? t('overview.factorAndAmount', {
            factor: formatFactor(accepted.totalFactor, format.locale),
            amount: format.money(accepted.amountCents),
          }) + (accepted.capApplied ? ` ${t('overview.capApplied')}` : '')
        : t('overview.notYetAccepted'),
    ],
    [
      t('overview.responseDue'),
      deadlines.responseDueOn ? format.date(deadlines.responseDueOn) : t('overview.noDate'),
    ],
    [
      t('overview.rebateDue'),
      deadlines.rebateDueOn ? format.date(deadlines.rebateDueOn) : t('overview.noDate'),
    ],
  ];
  return (
    <SummaryBox className="margin-top-3">
      <SummaryBoxHeading headingLevel="h2">{t('overview.heading')}</SummaryBoxHeading>
      <SummaryBoxContent>
        <dl className="margin-0" data-testid="evaluation-overview">
          {rows.map(([term, value]) => (
            <div key={term} className="margin-bottom-1">
              <dt className="text-bold display-inline">{term}: </dt>
              <dd className="display-inline margin-left-0">{value}</dd>
            </div>
          ))}
        </dl>
      </SummaryBoxContent>
    </SummaryBox>
  );
}
