// The list of a form's problems above it, each a link to its field; it takes focus when a submit fails
// so screen-reader and keyboard users hear what to fix and can go straight to it.
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProblemLink {
  readonly fieldId: string;
  readonly message: string;
}

export function ErrorSummary({
  problems,
  attempt,
}: {
  problems: readonly FieldProblemLink[];
  attempt: number;
}) {
  const { t } = useTranslation('dashboard');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) box.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;
  return (
    <div ref={box} tabIndex={-1} className="margin-bottom-3">
      <Alert type="error" role="alert">
        <AlertHeading level="h2">{t('form.summaryHeading', { count: problems.length })}</AlertHeading>
        <ul className="usa-list margin-top-1">
          {problems.map((problem) => (
            <li key={problem.fieldId}>
              <a className="usa-link" href={`#${problem.fieldId}`}>
                {problem.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
