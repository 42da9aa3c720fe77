// Enrollments by plan, option and enrollment type: automatic against elected.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

export function PlanSection({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('openSeason.plansHeading')}</h2>
      <ScrollableTable caption={t('openSeason.plansTable')}>
        <thead>
          <tr>
            <th scope="col">{t('openSeason.code')}</th>
            <th scope="col">{t('openSeason.carrier')}</th>
            <th scope="col">{t('openSeason.option')}</th>
            <th scope="col">{t('openSeason.enrollmentType')}</th>
            <th scope="col">{t('openSeason.automatic')}</th>
            <th scope="col">{t('openSeason.elected')}</th>
            <th scope="col">{t('openSeason.total')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byPlan.map((row) => (
            <tr key={row.enrollmentCode}>
              <th scope="row">{row.enrollmentCode}</th>
              <td>{row.carrier}</td>
              <td>{row.option}</td>
              <td>{t(`enrollmentTypes.${row.enrollmentType}`, { defaultValue: row.enrollmentType })}</td>
              <td>{format.number(row.automatic)}</td>
              <td>{format.number(row.elected)}</td>
              <td>{format.number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
