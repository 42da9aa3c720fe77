// The decision the API returned for an action taken for the caller: the outcome, what it does and from
// when, the regulation paragraphs, and until when the caller may ask for reconsideration. The outcome
// is said to the specialist in the console's words (never the rules' English explanation); the
// citations stay as references. A refusal comes as a problem, said by ProblemAlert from its reason key.
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { RecordedTransition } from './console-types.ts';

export function TransitionDecision({ recorded, actor }: { recorded: RecordedTransition; actor: string }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [recorded.id]);
  const { decision } = recorded;
  return (
    <div ref={box} tabIndex={-1} className="margin-bottom-2" data-testid="transition-decision">
      <Alert type="success">
        <AlertHeading level="h3">
          {t('act.decisionHeading', {
            outcome: t(`act.outcomes.${decision.outcome}`, { defaultValue: decision.outcome }),
          })}
        </AlertHeading>
        <p className="margin-y-1">{t('act.decisionAccepted')}</p>
        <ul className="usa-list">
          <li>{t('act.effectiveOn', { date: format.date(decision.effectiveOn) })}</li>
          {recorded.state.coverage ? (
            <li>{t('act.decisionPlan', { code: recorded.state.coverage.enrollmentCode })}</li>
          ) : null}
          <li>
            {t('act.statusChange', {
              from: t(`enrollmentStatus.${decision.from}`, { defaultValue: decision.from }),
              to: t(`enrollmentStatus.${decision.to}`, { defaultValue: decision.to }),
            })}
          </li>
          <li>{t('act.citations', { citations: decision.citations.join('; ') })}</li>
          <li>{t('act.reconsiderBy', { date: format.date(recorded.notice.reconsiderationDeadline) })}</li>
          <li>{t('act.recordedAs', { actor })}</li>
        </ul>
      </Alert>
    </div>
  );
}
