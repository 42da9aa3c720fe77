// What the contact center page says before any statistics are loaded: that there are none, and the two
// ways they arrive (the partners' telephony exports, or a recorded simulation for training).
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

export function NoStatistics() {
  const { t } = useTranslation('dashboard');
  return (
    <Alert type="info">
      <AlertHeading level="h2">{t('contactCenter.emptyHeading')}</AlertHeading>
      <AlertText>{t('contactCenter.emptyBody')}</AlertText>
      <ul className="usa-list">
        <li>
          {t('contactCenter.emptyImport')} <code lang="en">pshb support import-statistics acd.csv</code>
        </li>
        <li>
          {t('contactCenter.emptySimulation')} <code lang="en">pshb support record-simulation</code>
        </li>
      </ul>
      <AlertText>{t('contactCenter.emptyAfter')}</AlertText>
    </Alert>
  );
}
