// The carrier's written response to the findings notice, recorded in the evaluation's history.
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { ReasonForm } from './reason-form.tsx';

export function CarrierResponseForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  return (
    <ReasonForm
      id="carrier-response"
      words={{
        heading: t('respond.heading'),
        intro: <p>{t('respond.intro')}</p>,
        label: t('respond.label'),
        hint: t('respond.hint'),
        missing: t('respond.missing'),
        submit: t('respond.submit'),
        done: t('respond.done'),
      }}
      send={(text) => postJson(`${PERFORMANCE_API}/evaluations/${evaluation.id}/response`, { text })}
      onDone={onDone}
    />
  );
}
