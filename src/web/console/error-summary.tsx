// The USWDS error summary at the top of a form: how many problems, and a link to each field. It takes
// focus when it appears, so keyboard and screen-reader users learn at once that the form was not sent.
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

export function ErrorSummary({ items }: { items: readonly SummaryItem[] }) {
  const { t } = useTranslation('console');
  const box = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count > 0) box.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div ref={box} tabIndex={-1} className="margin-bottom-2">
      <Alert type="error">
        <AlertHeading level="h3">{t('form.summaryHeading', { count })}</AlertHeading>
        <ul className="usa-list margin-top-1">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                className="usa-link"
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  // Focus the field itself (a fragment link only scrolls to it) and keep the address as it is.
                  const field = document.getElementById(item.fieldId);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
