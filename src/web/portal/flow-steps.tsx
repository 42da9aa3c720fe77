// The steps of a change in the portal, as enrollment and life events take them: choose, check, done.
// The USWDS step indicator says where the reader is; each step's heading takes the focus when it shows.
import { StepIndicator, StepIndicatorStep } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type Step = 'choose' | 'review' | 'done';

export function StepHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 ref={heading} tabIndex={-1}>
      {children}
    </h2>
  );
}

export function Steps({ step }: { step: Step }) {
  const { t } = useTranslation('portal');
  const order: Step[] = ['choose', 'review', 'done'];
  const at = order.indexOf(step);
  return (
    <StepIndicator
      headingLevel="h2"
      counters="small"
      stepText={t('enroll.steps.step')}
      ofText={t('enroll.steps.of')}
      statusText={{ complete: t('enroll.steps.complete'), incomplete: t('enroll.steps.incomplete') }}
      className="margin-bottom-3"
    >
      {order.map((name, index) => (
        <StepIndicatorStep
          key={name}
          label={t(`enroll.steps.${name}`)}
          status={index < at ? 'complete' : index === at ? 'current' : 'incomplete'}
        />
      ))}
    </StepIndicator>
  );
}
