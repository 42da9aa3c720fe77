// /portal: "My health benefits". What I must do and by when (home-to-do-list.tsx), where my
// enrollment stands in plain words (a decline says so, and that I pay nothing), whether open season is
// open on the program date, and a card for each thing I can do here.
import { Card, CardBody, CardFooter, CardGroup, CardHeader, Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { enrollmentSummary, isAhead } from './enrollment-summary.ts';
import { HomeToDoList } from './home-to-do-list.tsx';
import { seasonToShow } from './open-season.ts';
import { payFrequencyOf } from './plan-list.ts';
import { offerByCode, offerLabel } from './plan-options.ts';
import type { EnrollmentStanding, OpenSeasonList } from './portal-types.ts';
import { useAllPlans } from './use-all-plans.ts';

const PAGES = ['eligibility', 'plans', 'enroll', 'lifeEvent', 'reconsideration', 'help', 'history'] as const;
const PATHS: Record<(typeof PAGES)[number], string> = {
  eligibility: '/portal/eligibility',
  plans: '/portal/plans',
  enroll: '/portal/enroll',
  lifeEvent: '/portal/life-event',
  reconsideration: '/portal/reconsideration',
  help: '/portal/help',
  history: '/portal/history',
};

function EnrollmentCard({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const state = standing.data?.state;
  const { plans } = useAllPlans(state ? payFrequencyOf(state.enrolleeKind) : null);
  const summary = state ? enrollmentSummary(state) : null;
  // The program's today, to say "from" a day still ahead and "since" one passed.
  const seasonList = useApi<OpenSeasonList>('open-seasons');
  const today = seasonList.data?.programDate;
  // Without the list (it failed), the enrollment still shows, in the "since" wording.
  const todayKnown = today !== undefined || seasonList.error !== undefined;
  const ahead = isAhead(state?.since ?? null, today);
  const offer = offerByCode(
    plans ?? [],
    summary?.kind === 'covered' ? summary.coverage.enrollmentCode : null,
  );
  return (
    <Card gridLayout={{ tablet: { col: 6 } }} headerFirst>
      <CardHeader>
        <h2 className="usa-card__heading">{t('home.enrollment.heading')}</h2>
      </CardHeader>
      <CardBody>
        {standing.error ? <ProblemAlert problem={standing.error} /> : null}
        {(!state || !todayKnown) && !standing.error ? <Loading /> : null}
        {/* Shown once the program's today is known too: "from" or "since" depends on it. */}
        {state && summary && todayKnown ? (
          <>
            <p>
              <Tag className="bg-primary">{t(`status.${state.status}`)}</Tag>
            </p>
            {summary.kind === 'covered' ? (
              <p data-testid="current-plan">
                {t('home.enrollment.plan', {
                  plan: offer ? offerLabel(offer) : summary.coverage.enrollmentCode,
                  type: t(`types.${summary.coverage.enrollmentType}`),
                  code: summary.coverage.enrollmentCode,
                })}
              </p>
            ) : null}
            {summary.kind === 'declined' ? (
              <p data-testid="declined">
                {summary.from
                  ? t(ahead ? 'home.enrollment.declined' : 'home.enrollment.declinedPast', {
                      date: format.date(summary.from),
                    })
                  : t('home.enrollment.declinedNoDate')}
              </p>
            ) : null}
            {summary.kind === 'none' ? <p>{t('home.enrollment.noCoverage')}</p> : null}
            {summary.kind !== 'declined' && state.since ? (
              <p>
                {t(ahead ? 'home.enrollment.from' : 'home.enrollment.since', {
                  date: format.date(state.since),
                })}
              </p>
            ) : null}
            {summary.kind === 'covered' && summary.pays ? (
              offer ? (
                <p data-testid="enrollee-share">
                  {t(`home.enrollment.share.${offer.payFrequency}`, {
                    amount: format.money(offer.premium.enrollee),
                  })}
                </p>
              ) : null
            ) : (
              <p data-testid="enrollee-share">{t('home.enrollment.paysNothing')}</p>
            )}
          </>
        ) : null}
      </CardBody>
      <CardFooter>
        <Link className="usa-button usa-button--outline" to="/portal/eligibility">
          {t('home.enrollment.why')}
        </Link>
      </CardFooter>
    </Card>
  );
}

function OpenSeasonCard() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const seasons = useApi<OpenSeasonList>('open-seasons');
  const season = seasons.data ? seasonToShow(seasons.data) : null;
  return (
    <Card gridLayout={{ tablet: { col: 6 } }} headerFirst>
      <CardHeader>
        <h2 className="usa-card__heading">{t('home.openSeason.heading')}</h2>
      </CardHeader>
      <CardBody>
        {seasons.error ? <ProblemAlert problem={seasons.error} /> : null}
        {seasons.loading ? <Loading /> : null}
        {seasons.data && !season ? <p>{t('home.openSeason.none')}</p> : null}
        {season ? (
          <>
            <p>
              <Tag
                className={season.status === 'open' ? 'bg-green' : 'bg-base-dark'}
                data-testid="season-status"
              >
                {t(`home.openSeason.status.${season.status}`)}
              </Tag>
            </p>
            <p className="text-bold">{season.name}</p>
            <p>
              {t('home.openSeason.dates', {
                start: format.date(season.start),
                end: format.date(season.lastElectionDay),
              })}
            </p>
            {season.extendedTo ? (
              <p>
                {t('home.openSeason.extended', {
                  end: format.date(season.end),
                  to: format.date(season.extendedTo),
                })}
              </p>
            ) : null}
            <p>{t('home.openSeason.effective', { date: format.date(season.effectiveOn) })}</p>
            <p className="text-base-dark">
              {t('home.openSeason.today', { date: format.date(seasons.data?.programDate ?? season.start) })}
            </p>
          </>
        ) : null}
      </CardBody>
      <CardFooter>
        {season?.status === 'open' ? (
          <Link className="usa-button" to="/portal/enroll">
            {t('home.openSeason.act')}
          </Link>
        ) : (
          <Link className="usa-button usa-button--outline" to="/portal/life-event">
            {t('home.openSeason.lifeEvent')}
          </Link>
        )}
      </CardFooter>
    </Card>
  );
}

// The area shows this page only for a sign-in linked to a person (ForPerson in portal-area.tsx).
export function PortalHomePage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="usa-intro">{t('home.intro')}</p>
      <HomeToDoList personId={personId} />
      <CardGroup>
        <EnrollmentCard personId={personId} />
        <OpenSeasonCard />
      </CardGroup>
      <h2>{t('home.tasks')}</h2>
      <CardGroup>
        {PAGES.map((page) => (
          <Card key={page} gridLayout={{ tablet: { col: 6 }, desktop: { col: 4 } }} headerFirst>
            <CardHeader>
              <h3 className="usa-card__heading">{t(`${page}.title`)}</h3>
            </CardHeader>
            <CardBody>
              <p>{t(`home.cards.${page}`)}</p>
            </CardBody>
            <CardFooter>
              <Link className="usa-button usa-button--outline" to={PATHS[page]}>
                {t('home.open', { page: t(`${page}.title`) })}
              </Link>
            </CardFooter>
          </Card>
        ))}
      </CardGroup>
    </>
  );
}
