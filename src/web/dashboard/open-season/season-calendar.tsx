// The program calendar's open seasons as a table: dates, the last election day after any extension,
// when elections take effect, and whether each is open on the program date.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';
import { useOpenSeasons } from './use-open-seasons.ts';

export function SeasonCalendar() {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const seasons = useOpenSeasons();
  if (seasons.error) return <ProblemAlert problem={seasons.error} />;
  if (!seasons.data) return <Loading what={t('season.loadingWhat')} />;
  return (
    <>
      <p>{t('season.programDate', { date: format.date(seasons.data.programDate) })}</p>
      <ScrollableTable caption={t('season.table')}>
        <thead>
          <tr>
            <th scope="col">{t('season.name')}</th>
            <th scope="col">{t('season.dates')}</th>
            <th scope="col">{t('season.lastDay')}</th>
            <th scope="col">{t('season.effectiveOn')}</th>
            <th scope="col">{t('season.statusColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {seasons.data.openSeasons.map((season) => (
            <tr key={season.id}>
              <th scope="row">{season.name}</th>
              <td>{t('season.range', { start: format.date(season.start), end: format.date(season.end) })}</td>
              <td>{format.date(season.lastElectionDay)}</td>
              <td>{format.date(season.effectiveOn)}</td>
              <td>
                <Tag className={season.status === 'open' ? 'bg-green' : 'bg-base-dark'}>
                  {t(`season.statusTag.${season.status}`)}
                </Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </>
  );
}
