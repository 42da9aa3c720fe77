// English / Español on every page. The button is labelled in the language it switches to, and marked
// with that language so a screen reader pronounces it correctly.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'es' ? 'en' : 'es';
  return (
    <Button
      type="button"
      unstyled
      className="usa-nav__link"
      lang={other}
      data-testid="language-switch"
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('switchLanguage')}
    </Button>
  );
}
