// One sentence on where an open season stands on the program date: open until its last election day
// (saying so when it was extended), not yet open, or closed; and when its elections take effect.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { OpenSeasonSummary } from '../dashboard-api-types.ts';

export function SeasonStatusLine({
  season,
  programDate,
}: {
  season: OpenSeasonSummary;
  programDate: string;
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const dates = {
    start: format.date(season.start),
    end: format.date(season.end),
    last: format.date(season.lastElectionDay),
    effective: format.date(season.effectiveOn),
    today: format.date(programDate),
  };
  return (
    <p className="usa-intro">
      {t(`season.status.${season.status}`, dates)} {season.extendedTo ? t('season.extended', dates) : null}{' '}
      {t('season.effective', dates)}
    </p>
  );
}
