// A screen for some roles only: signed-out users are offered sign-in, others are told where to go.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { homeOf, signInHref, useSession, type Me, type Role } from '../api/session.tsx';
import { Loading } from './loading.tsx';
import { useDocumentTitle } from './page-title.tsx';

export function RequireRole({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (me: Me) => ReactNode;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  // A refusal is a page of its own: its heading is the tab's title too, not only the app's name.
  const refused =
    me === null ? 'signInNeeded.heading' : me && !roles.includes(me.role) ? 'wrongRole.heading' : null;
  useDocumentTitle(refused === null ? null : t(refused));
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <Alert type="info">
        <AlertHeading level="h1">{t('signInNeeded.heading')}</AlertHeading>
        <AlertText>
          {t('signInNeeded.body')}{' '}
          <a className="usa-link" href={signInHref(location.pathname)}>
            {t('signIn')}
          </a>
        </AlertText>
      </Alert>
    );
  }
  if (!roles.includes(me.role)) {
    return (
      <Alert type="warning">
        <AlertHeading level="h1">{t('wrongRole.heading')}</AlertHeading>
        <AlertText>
          {t('wrongRole.body')}{' '}
          <Link className="usa-link" to={homeOf(me.role)}>
            {t('wrongRole.goHome')}
          </Link>
        </AlertText>
      </Alert>
    );
  }
  return <>{children(me)}</>;
}
