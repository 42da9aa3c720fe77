// The calculator's answer in plain words and figures: agents on the phones, what they achieve against
// the target, and what one agent fewer would reach. Announced politely when it arrives.
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useDuration } from '../contact-center/use-duration.ts';
import type { StaffingResult } from '../dashboard-api-types.ts';

export function StaffingResultView({ plan }: { plan: StaffingResult }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const duration = useDuration();
  const percent = (value: number) => format.percent(value);
  const rows: [string, string][] = [
    [t('staffing.result.model'), t(`staffing.models.${plan.model}`)],
    ...(plan.inputs.shrinkage > 0
      ? [
          [
            t('staffing.result.scheduled', {
              shrinkage: format.percent(
                plan.inputs.shrinkage,
                Number.isInteger(Math.round(plan.inputs.shrinkage * 1e6) / 1e4) ? 0 : 1,
              ),
            }),
            format.number(plan.scheduled),
          ] as [string, string],
        ]
      : []),
    [t('staffing.result.offeredLoad'), format.number(Math.round(plan.offeredLoad * 100) / 100)],
    [t('staffing.result.serviceLevel'), percent(plan.serviceLevel)],
    [t('staffing.result.probabilityOfWaiting'), percent(plan.probabilityOfWaiting)],
    [t('staffing.result.asa'), duration(plan.averageSpeedOfAnswer)],
    [t('staffing.result.occupancy'), percent(plan.occupancy)],
    ...(plan.probabilityOfAbandonment !== undefined
      ? [[t('staffing.result.abandonment'), percent(plan.probabilityOfAbandonment)] as [string, string]]
      : []),
    ...(plan.serviceLevelWithOneFewer !== null
      ? [
          [
            t('staffing.result.oneFewer', { agents: format.number(plan.agents - 1) }),
            percent(plan.serviceLevelWithOneFewer),
          ] as [string, string],
        ]
      : []),
  ];
  return (
    <div role="status" className="margin-top-4">
      <SummaryBox data-testid="staffing-result">
        <SummaryBoxHeading headingLevel="h3">
          {t('staffing.result.heading', { count: plan.agents, agents: format.number(plan.agents) })}
        </SummaryBoxHeading>
        <SummaryBoxContent>
          <p>{t(`staffing.limitedBy.${plan.limitedBy}`)}</p>
          <dl className="margin-0">
            {rows.map(([term, value]) => (
              <div
                key={term}
                className="display-flex flex-justify margin-bottom-1 border-bottom-1px border-base-lighter"
              >
                <dt>{term}</dt>
                <dd className="margin-left-2 text-bold">{value}</dd>
              </div>
            ))}
          </dl>
        </SummaryBoxContent>
      </SummaryBox>
    </div>
  );
}
