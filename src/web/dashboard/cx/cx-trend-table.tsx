// Trust and each driver per period, partner and channel: each figure with its responses and 95%
// interval; a suppressed cell says so in words. The period's total line comes first.
import { useTranslation } from 'react-i18next';
import { ChosenPeriod } from '../chosen-period.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { CxTrends, TrendCell } from './cx-api-types.ts';
import { DRIVERS } from './cx-query.ts';
import { tableCells } from './cx-trend-values.ts';
import type { CxWords } from './use-cx-words.ts';

function Figures({ cell, words }: { cell: TrendCell; words: CxWords }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <td>{words.format.number(cell.respondents ?? 0)}</td>
      <td className="text-no-wrap">{cell.trust ? words.share(cell.trust) : t('cx.trends.noTrust')}</td>
      {DRIVERS.map((driver) => {
        const figures = cell.drivers.find((d) => d.driver === driver);
        return (
          <td key={driver}>
            {figures?.positiveShare ? (
              <>
                <span className="text-no-wrap">{words.share(figures.positiveShare, 0)}</span>
                <br />
                <span className="text-no-wrap">
                  {t('cx.trends.named', { count: figures.positive + figures.negative })}
                </span>
              </>
            ) : (
              t('cx.trends.notNamed')
            )}
          </td>
        );
      })}
    </>
  );
}

export function CxTrendTable({
  trends,
  words,
  period = null,
  onShowAll = () => undefined,
}: {
  trends: CxTrends;
  words: CxWords;
  /** Only this period's rows (chosen on the chart), or every period's. */
  period?: string | null;
  onShowAll?: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const bucket = t(`cx.filters.buckets.${trends.bucket}`).toLowerCase();
  const periodText = period === null ? '' : words.period(period, trends.bucket);
  return (
    <>
      {period !== null ? (
        <ChosenPeriod id="cx-chosen-period" period={periodText} onShowAll={onShowAll} />
      ) : null}
      <ScrollableTable
        caption={
          period === null
            ? t('cx.trends.tableCaption', { bucket })
            : t('cx.trends.tableCaptionOne', { period: periodText })
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('cx.trends.columns.period')}</th>
            <th scope="col">{t('cx.trends.columns.partner')}</th>
            <th scope="col">{t('cx.trends.columns.channel')}</th>
            <th scope="col">{t('cx.trends.columns.respondents')}</th>
            <th scope="col">{t('cx.trends.columns.trust')}</th>
            {DRIVERS.map((driver) => (
              <th key={driver} scope="col">
                {words.driver(driver)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableCells(trends)
            .filter((cell) => period === null || cell.period === period)
            .map((cell) => {
              const total = cell.channel === null;
              return (
                <tr
                  key={`${cell.period}-${cell.partner ?? ''}-${cell.channel ?? ''}`}
                  className={total ? 'text-bold' : undefined}
                >
                  <th scope="row" className="text-no-wrap">
                    {words.period(cell.period, trends.bucket)}
                  </th>
                  <td>
                    {total
                      ? trends.partner
                        ? words.partner(trends.partner)
                        : t('cx.trends.total')
                      : words.partner(cell.partner)}
                  </td>
                  <td>{words.channel(cell.channel)}</td>
                  {cell.suppressed ? (
                    <td colSpan={2 + DRIVERS.length}>
                      {t('cx.trends.suppressed', { threshold: trends.suppressionThreshold })}
                    </td>
                  ) : (
                    <Figures cell={cell} words={words} />
                  )}
                </tr>
              );
            })}
        </tbody>
      </ScrollableTable>
    </>
  );
}
