// The self-assessment's tables: each dimension's rating year by year, and one year's ratings with
// their reasons and evidence links.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { MaturityView } from './cx-api-types.ts';
import { evidenceHref, MATURITY_DIMENSIONS } from './cx-labels.ts';

function Evidence({ label, link }: { label: string; link: string }) {
  const href = evidenceHref(link);
  if (href)
    return (
      <a className="usa-link" href={href}>
        {label}
      </a>
    );
  return (
    <>
      {label} (<code>{link}</code>)
    </>
  );
}

function useRatingWords() {
  const { t } = useTranslation('dashboard');
  return (rating: number | undefined) =>
    rating === undefined
      ? t('cx.maturity.notRated')
      : t('cx.maturity.rating', { rating, label: t(`cx.maturity.scale.${rating}`) });
}

export function RatingsByYear({ views }: { views: ReadonlyMap<number, MaturityView | null> }) {
  const { t } = useTranslation('dashboard');
  const ratingWords = useRatingWords();
  const years = [...views.keys()];
  return (
    <section aria-labelledby="cx-by-year-heading">
      <h2 id="cx-by-year-heading">{t('cx.maturity.byYearHeading')}</h2>
      <ScrollableTable caption={t('cx.maturity.byYearCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('cx.maturity.dimension')}</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {t('cx.maturity.fy', { year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATURITY_DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{t(`cx.maturity.dimensions.${dimension}`)}</th>
              {years.map((year) => (
                <td key={year}>
                  {ratingWords(views.get(year)?.ratings.find((r) => r.dimension === dimension)?.rating)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}

export function YearRatings({ view }: { view: MaturityView }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const ratingWords = useRatingWords();
  const year = view.fiscalYear;
  return (
    <section aria-labelledby="cx-year-heading">
      <h2 id="cx-year-heading">{t('cx.maturity.yearHeading', { year })}</h2>
      <ScrollableTable caption={t('cx.maturity.yearCaption', { year })}>
        <thead>
          <tr>
            <th scope="col">{t('cx.maturity.columns.dimension')}</th>
            <th scope="col">{t('cx.maturity.columns.rating')}</th>
            <th scope="col">{t('cx.maturity.columns.summary')}</th>
            <th scope="col">{t('cx.maturity.columns.evidence')}</th>
            <th scope="col">{t('cx.maturity.columns.recorded')}</th>
          </tr>
        </thead>
        <tbody>
          {MATURITY_DIMENSIONS.map((dimension) => {
            const rating = view.ratings.find((r) => r.dimension === dimension);
            return (
              <tr key={dimension}>
                <th scope="row">{t(`cx.maturity.dimensions.${dimension}`)}</th>
                <td>{ratingWords(rating?.rating)}</td>
                <td>{rating?.summary}</td>
                <td>
                  {rating ? (
                    <ul className="usa-list usa-list--unstyled">
                      {rating.evidence.map((evidence) => (
                        <li key={`${evidence.label}-${evidence.link}`}>
                          <Evidence label={evidence.label} link={evidence.link} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>
                  {rating
                    ? t('cx.maturity.recorded', {
                        day: format.date(rating.effectiveOn),
                        author: rating.author,
                      })
                    : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
