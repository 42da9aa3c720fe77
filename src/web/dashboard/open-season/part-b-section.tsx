// Medicare Part B outcomes by paragraph. People who claimed an exception but have not sent the
// evidence yet are called out first: they stay eligible only until the evidence is due (890.1604(e)).
import { Alert, AlertHeading, AlertText, SummaryBox, SummaryBoxContent } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

const PENDING = 'pending_evidence';

export function PartBSection({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const pending = report.partB
    .filter((row) => row.outcome === PENDING)
    .reduce((sum, row) => sum + row.people, 0);
  return (
    <section aria-labelledby="part-b-heading">
      <h2 id="part-b-heading">{t('openSeason.partBHeading')}</h2>
      <p>{t('openSeason.partBIntro')}</p>
      {pending > 0 ? (
        <Alert type="warning">
          <AlertHeading level="h3">{t('openSeason.pendingHeading', { count: pending })}</AlertHeading>
          <AlertText>{t('openSeason.pendingBody')}</AlertText>
        </Alert>
      ) : (
        <SummaryBox>
          <SummaryBoxContent>{t('openSeason.noPending')}</SummaryBoxContent>
        </SummaryBox>
      )}
      <ScrollableTable caption={t('openSeason.partBTable')}>
        <thead>
          <tr>
            <th scope="col">{t('openSeason.outcome')}</th>
            <th scope="col">{t('openSeason.rule')}</th>
            <th scope="col">{t('openSeason.people')}</th>
          </tr>
        </thead>
        <tbody>
          {report.partB.map((row) => (
            <tr
              key={`${row.outcome}|${row.paragraph}`}
              className={row.outcome === PENDING ? 'text-bold' : ''}
            >
              <th scope="row">{t(`partB.${row.outcome}`, { defaultValue: row.outcome })}</th>
              <td className="text-no-wrap">{row.paragraph}</td>
              <td>{format.number(row.people)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
