// The USWDS error summary above a form: how many problems, each a link to its field. It takes focus when
// it appears (and again on each failed attempt), so keyboard and screen-reader users learn at once that
// the form was not sent; a link moves focus to its field (a fragment link alone only scrolls to it).
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field to go to. */
  readonly fieldId: string;
  readonly message: string;
}

type Area = 'portal' | 'console' | 'dashboard' | 'survey';

/** How the summary sits in each area: the console's forms are sections under an h2, so its heading is an h3. */
const AREA_LOOK: Record<Area, { level: 'h2' | 'h3'; className?: string; role?: 'alert' }> = {
  portal: { level: 'h2' },
  survey: { level: 'h2' },
  console: { level: 'h3', className: 'margin-bottom-2' },
  dashboard: { level: 'h2', className: 'margin-bottom-3', role: 'alert' },
};

export function ErrorSummary({
  items,
  area,
  attempt,
}: {
  items: readonly SummaryItem[];
  /** Whose words (the namespace's form.summaryHeading) and look. */
  area: Area;
  /** A count of failed submits, for forms whose problems may stay the same from one try to the next. */
  attempt?: number;
}) {
  const { t } = useTranslation(area);
  const look = AREA_LOOK[area];
  const box = useRef<HTMLDivElement>(null);
  // The same problems on a re-render (typing in a field) must not pull focus back to the summary.
  const shown = items.map((item) => `${item.fieldId}:${item.message}`).join('\n');
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, attempt]);
  if (items.length === 0) return null;
  return (
    <div ref={box} tabIndex={-1} className={look.className} data-testid="error-summary">
      <Alert type="error" role={look.role}>
        <AlertHeading level={look.level}>{t('form.summaryHeading', { count: items.length })}</AlertHeading>
        <ul className="usa-list margin-top-1">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                className="usa-link"
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  // Focus the field itself and keep the address as it is.
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
