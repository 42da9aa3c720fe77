// The USWDS error summary above a form: how many problems, each a link to its field. It takes focus
// when it appears, so a screen reader or keyboard user hears the problems first.
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field to go to. */
  readonly fieldId: string;
  readonly message: string;
}

export function ErrorSummary({ items }: { items: readonly SummaryItem[] }) {
  const { t } = useTranslation('portal');
  const box = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count > 0) box.current?.focus();
  }, [count, items]);
  if (count === 0) return null;
  return (
    <div ref={box} tabIndex={-1} data-testid="error-summary">
      <Alert type="error">
        <AlertHeading level="h2">{t('form.errorSummary', { count })}</AlertHeading>
        <ul className="usa-list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a className="usa-link" href={`#${item.fieldId}`}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
