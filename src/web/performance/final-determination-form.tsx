// The final determination: after the carrier's response window (and any reconsideration), the
// contracting officer fixes the amount; the money follows from it.
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { ReasonForm } from './reason-form.tsx';

export function FinalDeterminationForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  return (
    <ReasonForm
      id="final-reason"
      words={{
        heading: t('final.formHeading'),
        intro: <p>{t('final.intro')}</p>,
        label: t('final.label'),
        hint: t('final.hint'),
        missing: t('form.reasonRequired'),
        submit: t('final.submit'),
        done: t('final.done'),
      }}
      send={(reason) => postJson(`${PERFORMANCE_API}/evaluations/${evaluation.id}/final`, { reason })}
      onDone={onDone}
    />
  );
}
