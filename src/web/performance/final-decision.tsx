// The decision as it stands at the end: the final determination's amount, when and by whom it was
// made and why; before it, a sentence saying none has been made yet.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { chronological } from './performance-values.ts';

export function FinalDecision({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const final = chronological(evaluation.events)
    .filter((event) => event.kind === 'final_determination')
    .at(-1);
  if (!final) return <p>{t('final.none')}</p>;
  return (
    <div data-testid="final-decision">
      <p className="font-sans-lg">
        {t(`final.amount.${evaluation.proposal.outcomeKind}`, {
          amount: final.amountCents === null ? '—' : format.money(final.amountCents),
        })}
      </p>
      <p>
        {t('final.madeOn', {
          when: format.dateTime(final.recordedAt),
          author: final.author ?? '—',
        })}{' '}
        {final.reason ? <q lang="en">{final.reason}</q> : null}
      </p>
    </div>
  );
}
