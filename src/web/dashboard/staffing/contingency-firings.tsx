// Each plan's contingency firings: which level, when it fired and was released, and what tripped it.
// Folded away in an accordion per plan: the busier plan fires dozens of times a season.
import { Accordion } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { SimulationReport } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { planLabel } from './plan-label.ts';
import { simulationInstant } from './simulation-clock.ts';

export function ContingencyFirings({ reports }: { reports: readonly SimulationReport[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const when = (wallClock: string) => format.dateTime(simulationInstant(wallClock));
  return (
    <>
      <h3>{t('simulation.firingsHeading')}</h3>
      <p>{t('simulation.firingsIntro')}</p>
      <Accordion
        bordered
        multiselectable
        items={reports.map((report) => ({
          id: `firings-${report.plan.id}`,
          headingLevel: 'h4',
          expanded: false,
          title: t('simulation.firingsTitle', {
            plan: planLabel(t, report.plan.id),
            count: report.contingencies.length,
          }),
          content:
            report.contingencies.length === 0 ? (
              <p>{t('simulation.noFirings')}</p>
            ) : (
              <ScrollableTable caption={t('simulation.firingsTable', { plan: planLabel(t, report.plan.id) })}>
                <thead>
                  <tr>
                    <th scope="col">{t('simulation.firedAt')}</th>
                    <th scope="col">{t('simulation.level')}</th>
                    <th scope="col">{t('simulation.trigger')}</th>
                    <th scope="col">{t('simulation.releasedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.contingencies.map((firing, i) => (
                    <tr key={i}>
                      <td className="text-no-wrap">{when(firing.firedAt)}</td>
                      <th scope="row" lang="en">
                        {firing.name}
                      </th>
                      <td lang="en">{firing.trigger}</td>
                      <td className="text-no-wrap">
                        {firing.releasedAt ? when(firing.releasedAt) : t('simulation.notReleased')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollableTable>
            ),
        }))}
      />
    </>
  );
}
