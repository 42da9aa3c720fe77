// Sign-out is a form POST (never a link), so no page can sign a user out by embedding a URL.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';

export function SignOutButton() {
  const { t, i18n } = useTranslation();
  return (
    <form method="post" action={`/auth/logout?ui_locales=${i18n.language}`} className="display-inline">
      <Button type="submit" unstyled className="usa-nav__link" data-testid="sign-out">
        {t('signOut')}
      </Button>
    </form>
  );
}
