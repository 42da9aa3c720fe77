// Where an evaluation stands, as a tag whose words (not only its colour) say it.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { EvaluationState } from './performance-api-types.ts';

// Colours with at least 4.5:1 contrast for the tag's text.
const TAG_CLASS: Record<EvaluationState, string> = {
  proposed: 'bg-primary-dark',
  accepted: 'bg-primary-darker',
  notice_issued: 'bg-accent-warm-darker',
  under_reconsideration: 'bg-secondary-dark',
  final: 'bg-green-cool-60v',
  settled: 'bg-base-dark',
};

export function StateTag({ state }: { state: EvaluationState }) {
  const { t } = useTranslation('performance');
  return <Tag className={TAG_CLASS[state]}>{t(`states.${state}`)}</Tag>;
}
