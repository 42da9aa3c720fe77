// Accepting the evaluation: the factors decided so far (and the proposal for any element not yet
// decided) become the accepted factors, and the amount is computed from them.
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { ReasonForm } from './reason-form.tsx';

export function AcceptForm({
  evaluation,
  etag,
  onDone,
}: {
  evaluation: EvaluationView;
  /** The version of the evaluation read (If-Match): accepting a changed evaluation is refused. */
  etag: string | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const undecided = evaluation.factors.filter((f) => f.factor === null).length;
  return (
    <ReasonForm
      id="accept-reason"
      words={{
        heading: t('accept.heading'),
        intro: (
          <p>
            {t('accept.intro')}
            {undecided > 0 ? ` ${t('accept.undecided', { count: undecided })}` : ''}
          </p>
        ),
        label: t('accept.label'),
        hint: t('accept.hint'),
        missing: t('form.reasonRequired'),
        submit: t('accept.submit'),
        done: t('accept.done'),
      }}
      send={(reason) =>
        postJson(`${PERFORMANCE_API}/evaluations/${evaluation.id}/accept`, { reason }, { ifMatch: etag })
      }
      onDone={onDone}
    />
  );
}
