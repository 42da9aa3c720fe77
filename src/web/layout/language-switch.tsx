// English / Español on every page. The button is labelled in the language it switches to, and marked
// with that language so a screen reader pronounces it correctly. The header shows it in its navigation
// and, on a phone, beside the menu button (className); onSwitched lets the header shut its menu.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

export function LanguageSwitch({
  className = 'usa-nav__link',
  testId = 'language-switch',
  onSwitched,
}: {
  className?: string;
  testId?: string;
  onSwitched?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'es' ? 'en' : 'es';
  return (
    <Button
      type="button"
      unstyled
      className={className}
      lang={other}
      data-testid={testId}
      onClick={() => void i18n.changeLanguage(other).then(onSwitched)}
    >
      {t('switchLanguage')}
    </Button>
  );
}
