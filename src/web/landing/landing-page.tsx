// The front door at /: what the site is for, a sign-in button, and, in demo mode only (GET /demo.json
// answers), the demo accounts with a one-click sign-in for each.
import {
  Button,
  Card,
  CardBody,
  CardFooter,
  CardGroup,
  CardHeader,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { homeOf, signInHref, useSession } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { PageTitle } from '../layout/page-title.tsx';
import { usePlansStrings } from '../plans/plans-strings.ts';

interface DemoInfo {
  readonly programDate: string;
  readonly accounts: readonly { subject: string; role: string; displayName: string; scope: string }[];
}

export function LandingPage() {
  const { t } = useTranslation();
  usePlansStrings();
  const { t: tp } = useTranslation('plans');
  const { me } = useSession();
  if (me) return <Navigate to={homeOf(me.role)} replace />;
  return (
    <>
      <PageTitle>{t('landing.title')}</PageTitle>
      <p className="usa-intro">{t('landing.intro')}</p>
      <ul className="usa-list">
        <li>{t('landing.can.eligibility')}</li>
        <li>{t('landing.can.compare')}</li>
        <li>{t('landing.can.enroll')}</li>
        <li>{t('landing.can.help')}</li>
      </ul>
      <a className="usa-button usa-button--big" href={signInHref('/')} data-testid="sign-in">
        {t('signIn')}
      </a>
      <p className="margin-top-3">
        <Link className="usa-link" to="/plans" data-testid="browse-plans">
          {tp('browse.landingLink')}
        </Link>
      </p>
      <DemoAccounts />
    </>
  );
}

function DemoAccounts() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useApi<DemoInfo>('/demo.json');
  if (!data) return null;
  return (
    <section aria-labelledby="demo-heading" className="margin-top-6">
      <SummaryBox>
        <SummaryBoxHeading headingLevel="h2" id="demo-heading">
          {t('landing.demo.heading')}
        </SummaryBoxHeading>
        <SummaryBoxContent>
          <p>{t('landing.demo.body', { date: format.date(data.programDate) })}</p>
        </SummaryBoxContent>
      </SummaryBox>
      <CardGroup className="margin-top-3">
        {data.accounts.map((account) => (
          <Card key={account.subject} gridLayout={{ tablet: { col: 6 }, desktop: { col: 4 } }}>
            <CardHeader>
              <h3 className="usa-card__heading">{t(`roles.${account.role}`)}</h3>
            </CardHeader>
            <CardBody>
              <p>
                {account.displayName}
                <br />
                <span className="text-base">{t('landing.demo.scope', { scope: account.scope })}</span>
              </p>
            </CardBody>
            <CardFooter>
              <Button
                type="button"
                outline
                data-testid={`demo-sign-in-${account.subject}`}
                onClick={() => window.location.assign(signInHref('/', account.subject))}
              >
                {t('landing.demo.signInAs', { name: account.subject })}
              </Button>
            </CardFooter>
          </Card>
        ))}
      </CardGroup>
    </section>
  );
}
