// The latest period for the whole network as big numbers: contacts offered and handled, service level
// against the target, average speed of answer, abandonment and the backlog.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { NETWORK, type PerformanceReport } from '../dashboard-api-types.ts';
import { orDash } from '../number-choices.ts';
import { StatCards } from '../stat-cards.tsx';
import { useDuration } from './use-duration.ts';

export function PerformanceSummary({ report }: { report: PerformanceReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const duration = useDuration();
  const latest = [...report.rows].reverse().find((row) => row.partner === NETWORK);
  if (!latest) return null;
  const percent = (value: number) => format.percent(value);
  const period =
    report.granularity === 'daily'
      ? format.date(latest.period)
      : t('contactCenter.weekOf', { date: format.date(latest.period) });
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('contactCenter.latestHeading', { period })}</h2>
      <StatCards
        stats={[
          {
            label: t('contactCenter.offered'),
            value: format.number(latest.offered),
            note: t('contactCenter.handledNote', { handled: format.number(latest.handled) }),
          },
          {
            label: t('contactCenter.serviceLevel'),
            value: orDash(latest.serviceLevel, percent),
            note: report.target
              ? t('contactCenter.targetNote', {
                  target: percent(report.target.serviceLevel),
                  seconds: report.target.answerWithinSeconds,
                })
              : undefined,
          },
          { label: t('contactCenter.asa'), value: orDash(latest.asaSeconds, duration) },
          { label: t('contactCenter.abandonment'), value: orDash(latest.abandonmentRate, percent) },
          { label: t('contactCenter.fcr'), value: orDash(latest.firstContactResolutionRate, percent) },
          {
            label: t('contactCenter.backlog'),
            value: format.number(latest.backlog),
            note: t('contactCenter.activationsNote', { count: latest.contingencyActivations }),
          },
        ]}
      />
    </section>
  );
}
