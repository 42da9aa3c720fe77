// /dashboard for administrators and auditors: how the open season is going. Big numbers first, then
// enrollments by carrier as a chart with its table, why households are not enrolled (by regulation
// paragraph, in plain words), Medicare Part B outcomes with exceptions still waiting for evidence called
// out, and enrollments by plan. From and To (kept in the address) narrow every figure and table to what
// was recorded on those days; each table downloads as CSV.
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { DateRangeForm } from '../date-range-form.tsx';
import { rangeQuery, type DateRange } from '../date-range.ts';
import { shareOf } from '../number-choices.ts';
import { StatCards } from '../stat-cards.tsx';
import { useAddressRange } from '../use-address-range.ts';
import { CarrierSection } from './carrier-section.tsx';
import { NotEnrolledSection } from './not-enrolled-section.tsx';
import { PartBSection } from './part-b-section.tsx';
import { PlanSection } from './plan-section.tsx';
import { SeasonStatusLine } from './season-status-line.tsx';
import { useOpenSeasons } from './use-open-seasons.ts';

function Totals({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const { totals } = report;
  const ofHouseholds = (count: number) => {
    const share = shareOf(count, totals.households);
    return share === null ? undefined : t('openSeason.ofHouseholds', { percent: format.percent(share, 0) });
  };
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('openSeason.totalsHeading')}</h2>
      <StatCards
        stats={[
          {
            label: t('openSeason.households'),
            value: format.number(totals.households),
            note: t('openSeason.householdsNote'),
          },
          {
            label: t('openSeason.elected'),
            value: format.number(totals.elected),
            note: ofHouseholds(totals.elected),
          },
          {
            label: t('openSeason.automatic'),
            value: format.number(totals.automatic),
            note: ofHouseholds(totals.automatic),
          },
          {
            label: t('openSeason.declined'),
            value: format.number(totals.declined),
            note: ofHouseholds(totals.declined),
          },
          {
            label: t('openSeason.notEnrolled'),
            value: format.number(totals.notEnrolled),
            note: ofHouseholds(totals.notEnrolled),
          },
          {
            label: t('openSeason.peopleCovered'),
            value: format.number(totals.peopleCovered),
            note: t('openSeason.peopleCoveredNote', { decided: format.number(totals.peopleDecided) }),
          },
        ]}
      />
    </section>
  );
}

/** Which days the figures below count, when a range is applied. */
function RangeNote({ range }: { range: DateRange }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const days = { from: range.from && format.date(range.from), to: range.to && format.date(range.to) };
  const key = range.from && range.to ? 'rangeNote' : range.from ? 'rangeNoteFrom' : 'rangeNoteTo';
  if (!range.from && !range.to) return null;
  return (
    <p className="text-bold" data-testid="open-season-range-note">
      {t(`openSeason.${key}`, days)}
    </p>
  );
}

export function OpenSeasonPage() {
  const { t } = useTranslation('dashboard');
  const seasons = useOpenSeasons();
  const [range, setRange] = useAddressRange();
  const query = rangeQuery(range);
  const report = useApi<EnrollmentReport>(
    seasons.chosen
      ? `open-seasons/${encodeURIComponent(seasons.chosen.id)}/report${query ? `?${query}` : ''}`
      : null,
  );
  const problem = seasons.error ?? report.error;
  return (
    <>
      <PageTitle>{t('openSeason.title')}</PageTitle>
      {seasons.chosen && seasons.data ? (
        <>
          <p className="text-bold margin-bottom-0">{seasons.chosen.name}</p>
          <SeasonStatusLine season={seasons.chosen} programDate={seasons.data.programDate} />
        </>
      ) : null}
      <DateRangeForm
        id="open-season-range"
        legend={t('openSeason.rangeLegend')}
        initial={range}
        onApply={setRange}
      />
      <RangeNote range={range} />
      {problem ? (
        <ProblemAlert problem={problem} />
      ) : !report.data || report.loading ? (
        <Loading what={t('openSeason.loadingWhat')} />
      ) : (
        <>
          <Totals report={report.data} />
          <CarrierSection report={report.data} />
          <NotEnrolledSection report={report.data} />
          <PartBSection report={report.data} />
          <PlanSection report={report.data} />
        </>
      )}
    </>
  );
}
