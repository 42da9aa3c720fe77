// The consult before a warm transfer: the receiving partner's queue (how many cases wait, how long the
// oldest has waited), so the specialist tells the caller what to expect before confirming.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { PlanWords } from './plan-words.ts';
import { useNow } from './use-now.ts';

interface Waiting {
  readonly partner: string;
  readonly waiting: number;
  readonly oldestQueuedAt: string | null;
}

export function TransferConsult({ partner, words }: { partner: string; words: PlanWords }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const now = useNow();
  const queue = useApi<Waiting>(`queues/${encodeURIComponent(partner)}/waiting`);
  if (queue.error) return <ProblemAlert problem={queue.error} />;
  if (!queue.data) return <Loading what={t('consult.loadingWhat')} />;
  const minutes =
    queue.data.oldestQueuedAt === null
      ? null
      : Math.max(0, Math.round((now.getTime() - Date.parse(queue.data.oldestQueuedAt)) / 60_000));
  return (
    <div
      className="usa-summary-box margin-y-2"
      role="region"
      aria-labelledby="consult-heading"
      data-testid="transfer-consult"
    >
      <h4 id="consult-heading" className="usa-summary-box__heading font-sans-sm">
        {t('consult.heading', { partner: words.partner(partner) })}
      </h4>
      <p className="margin-y-1" data-testid="consult-waiting">
        {t('consult.waiting', { count: queue.data.waiting })}
      </p>
      {minutes !== null && queue.data.oldestQueuedAt ? (
        <p className="margin-y-1" data-testid="consult-oldest">
          {t('consult.oldest', {
            wait:
              minutes >= 60
                ? t('consult.hours', { count: Math.floor(minutes / 60) })
                : t('consult.minutes', { count: minutes }),
            since: format.dateTime(queue.data.oldestQueuedAt),
          })}
        </p>
      ) : null}
      <p className="margin-y-1 font-body-2xs">{t('consult.tell')}</p>
    </div>
  );
}
