// The season's figures for each simulated plan side by side: agents, contacts, service level against
// the target, speed of answer, abandonment and days meeting the target.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useDuration } from '../contact-center/use-duration.ts';
import type { SimulationReport } from '../dashboard-api-types.ts';
import { orDash } from '../number-choices.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { planLabel } from './plan-label.ts';

export function SeasonComparisonTable({ reports }: { reports: readonly SimulationReport[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const duration = useDuration();
  const percent = (value: number) => format.percent(value);
  const target = reports[0]?.target;
  return (
    <>
      <h3>{t('simulation.seasonHeading')}</h3>
      {target ? (
        <p>
          {t('simulation.target', {
            target: format.percent(target.serviceLevel, 0),
            seconds: target.answerWithinSeconds,
            abandonment: format.percent(target.maxAbandonmentRate, 0),
          })}
        </p>
      ) : null}
      <ScrollableTable caption={t('simulation.seasonTable')}>
        <thead>
          <tr>
            <th scope="col">{t('simulation.plan')}</th>
            <th scope="col">{t('simulation.agents')}</th>
            <th scope="col">{t('simulation.offered')}</th>
            <th scope="col">{t('simulation.serviceLevel')}</th>
            <th scope="col">{t('simulation.asa')}</th>
            <th scope="col">{t('simulation.abandonment')}</th>
            <th scope="col">{t('simulation.daysMeeting')}</th>
            <th scope="col">{t('simulation.firings')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => {
            const season = report.season;
            return (
              <tr key={report.plan.id}>
                <th scope="row">{planLabel(t, report.plan.id)}</th>
                <td>{format.number(report.partners.reduce((sum, p) => sum + p.agents, 0))}</td>
                <td>{format.number(season.network.offered)}</td>
                <td>
                  {orDash(season.network.serviceLevel, percent)}{' '}
                  <Tag
                    className={`text-no-wrap ${season.meetsServiceLevel ? 'bg-green' : 'bg-secondary-dark'}`}
                  >
                    {season.meetsServiceLevel ? t('simulation.meets') : t('simulation.misses')}
                  </Tag>
                </td>
                <td className="text-no-wrap">{orDash(season.network.asaSeconds, duration)}</td>
                <td>{orDash(season.network.abandonmentRate, percent)}</td>
                <td>
                  {t('simulation.daysOf', {
                    days: format.number(season.daysMeetingTarget),
                    open: format.number(season.openDays),
                  })}
                </td>
                <td>{format.number(report.contingencies.length)}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollableTable>
      <p className="font-sans-2xs text-base-dark">{t('simulation.agentsNote')}</p>
    </>
  );
}
