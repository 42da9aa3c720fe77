// Above a table narrowed to the period chosen on its chart: which period it shows, and a button that
// shows every period again. The note takes focus when a period is chosen, so the reader goes on at
// the table the chart led to.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

export function ChosenPeriod({
  id,
  period,
  onShowAll,
}: {
  id: string;
  period: string;
  onShowAll: () => void;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <p id={id} tabIndex={-1}>
      {t('contactCenter.onlyPeriod', { period })}{' '}
      <Button type="button" unstyled onClick={onShowAll}>
        {t('contactCenter.showAllPeriods')}
      </Button>
    </p>
  );
}

/** Moves focus to an element once the page has drawn it. */
export function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
