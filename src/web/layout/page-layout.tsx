// Every page's frame: skip link, the official-website banner, the header with the role's navigation,
// the language switch and sign-out, the main region, and the footer. Pages render inside <main>. On a
// phone the navigation folds into a menu (use-mobile-menu.ts); the language switch also sits beside the
// menu button, so nobody has to open a menu in a language they cannot read to find it.
import { GovBanner, Grid, GridContainer, Header, PrimaryNav, Title } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession, type Role } from '../api/session.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SignOutButton } from './sign-out-button.tsx';
import { useMobileMenu } from './use-mobile-menu.ts';

const NAV_ID = 'primary-nav';

interface NavItem {
  readonly to: string;
  readonly label: string;
}

function navFor(role: Role | undefined, t: (key: string) => string): NavItem[] {
  switch (role) {
    case 'enrollee':
      return [{ to: '/portal', label: t('nav.portal') }];
    case 'support_specialist':
      return [{ to: '/console', label: t('nav.console') }];
    case 'program_administrator':
      return [
        { to: '/dashboard', label: t('nav.dashboard') },
        { to: '/console', label: t('nav.console') },
      ];
    case 'auditor':
    case 'carrier':
      return [{ to: '/dashboard', label: t('nav.dashboard') }];
    case 'contracting_officer':
      return [{ to: '/dashboard/performance', label: t('nav.dashboard') }];
    default:
      return [];
  }
}

export function PageLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const menu = useMobileMenu(NAV_ID);
  const onSwitched = () => menu.open && menu.close(true);
  const items = navFor(me?.role, t).map((item) => (
    <NavLink
      key={item.to}
      to={item.to}
      end={false}
      className="usa-nav__link"
      onClick={() => menu.close(false)}
    >
      <span>{item.label}</span>
    </NavLink>
  ));
  const tools = [
    <LanguageSwitch key="language" onSwitched={onSwitched} />,
    ...(me ? [<SignOutButton key="sign-out" />] : []),
  ];
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('skipToContent')}
      </a>
      <GovBanner language={t('language') === 'es' ? 'spanish' : 'english'} />
      {/* A tap beside the open menu shuts it, as in USWDS; the keyboard has Escape and the close button. */}
      <div className={`usa-overlay ${menu.open ? 'is-visible' : ''}`} onClick={() => menu.close(true)} />
      <Header basic>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <Link to="/">{t('appName')}</Link>
            </Title>
            <LanguageSwitch
              className="pshb-navbar-language desktop:display-none"
              testId="language-switch-bar"
              onSwitched={onSwitched}
            />
            <button
              ref={menu.button}
              type="button"
              className="usa-menu-btn"
              aria-expanded={menu.open}
              aria-controls={NAV_ID}
              data-testid="menu-button"
              onClick={menu.toggle}
            >
              {t('menu')}
            </button>
          </div>
          <PrimaryNav
            items={[...items, ...tools]}
            id={NAV_ID}
            mobileExpanded={menu.open}
            onToggleMobileNav={menu.toggle}
            aria-label={t('nav.label')}
          />
        </div>
      </Header>
      <main id="main-content" tabIndex={-1}>
        <GridContainer className="padding-y-4">{children}</GridContainer>
      </main>
      <footer className="usa-footer usa-footer--slim">
        <div className="usa-footer__secondary-section">
          <GridContainer>
            <Grid row>
              <p className="margin-0">{t('footer')}</p>
            </Grid>
          </GridContainer>
        </div>
      </footer>
    </>
  );
}
