// Households left without an enrollment, counted by the paragraph that decided it, each explained in
// plain words beside its citation.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { notEnrolledReason } from './citation-labels.ts';

export function NotEnrolledSection({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <section aria-labelledby="not-enrolled-heading">
      <h2 id="not-enrolled-heading">{t('openSeason.notEnrolledHeading')}</h2>
      {report.notEnrolledReasons.length === 0 ? (
        <p>{t('openSeason.noneNotEnrolled')}</p>
      ) : (
        <ScrollableTable caption={t('openSeason.notEnrolledTable')}>
          <thead>
            <tr>
              <th scope="col">{t('openSeason.reason')}</th>
              <th scope="col">{t('openSeason.rule')}</th>
              <th scope="col">{t('openSeason.households')}</th>
            </tr>
          </thead>
          <tbody>
            {report.notEnrolledReasons.map((row) => (
              <tr key={row.paragraph}>
                <th scope="row">{notEnrolledReason(t, row.paragraph)}</th>
                <td className="text-no-wrap">{row.paragraph}</td>
                <td>{format.number(row.households)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
