// Enrollments by plan, option and enrollment type: automatic against elected. The same table, without
// the carrier column, shows a carrier its own plans (carrier-home.tsx).
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

type PlanLine = EnrollmentReport['byPlan'][number];

export function PlanCountsTable({
  caption,
  lines,
  withCarrier,
}: {
  caption: string;
  lines: readonly PlanLine[];
  /** A carrier column; without it the option cell names the plan too. */
  withCarrier: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <ScrollableTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('openSeason.code')}</th>
          {withCarrier ? <th scope="col">{t('openSeason.carrier')}</th> : null}
          <th scope="col">{t('openSeason.option')}</th>
          <th scope="col">{t('openSeason.enrollmentType')}</th>
          <th scope="col">{t('openSeason.automatic')}</th>
          <th scope="col">{t('openSeason.elected')}</th>
          <th scope="col">{t('openSeason.total')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((row) => (
          <tr key={row.enrollmentCode}>
            <th scope="row">{row.enrollmentCode}</th>
            {withCarrier ? <td>{row.carrier}</td> : null}
            <td>{withCarrier || !row.option ? row.option || row.plan : `${row.plan}, ${row.option}`}</td>
            <td>{t(`enrollmentTypes.${row.enrollmentType}`, { defaultValue: row.enrollmentType })}</td>
            <td>{format.number(row.automatic)}</td>
            <td>{format.number(row.elected)}</td>
            <td>{format.number(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function PlanSection({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('openSeason.plansHeading')}</h2>
      <PlanCountsTable caption={t('openSeason.plansTable')} lines={report.byPlan} withCarrier />
    </section>
  );
}
