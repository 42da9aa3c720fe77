// The top of /portal: what I must do and by when, each with a link to the page where it is done (the
// list is built by home-to-do.ts from the eligibility, open season and transitions the portal reads).
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { toDoList, type ToDo } from './home-to-do.ts';
import { seasonToShow } from './open-season.ts';
import { electionCounted } from './home-to-do.ts';
import type { DocumentRequirements } from './document-types.ts';
import type { LifecycleTransition, OpenSeasonList, Page, PersonEligibility } from './portal-types.ts';

function ToDoItem({ item }: { item: ToDo }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const key = `home.toDo.${item.kind}`;
  return (
    <li className="margin-bottom-2" data-testid={`to-do-${item.kind}`}>
      <strong>{t(`${key}.title`)}</strong>
      <br />
      <span className="text-bold">
        {item.kind === 'send_part_b_document'
          ? item.due
            ? t(`${key}.${item.due.overdue ? 'whenOverdue' : 'when'}`, { date: format.date(item.due.dueOn) })
            : null
          : t(`${key}.when`, item.kind === 'choose_in_open_season' ? { date: format.date(item.by) } : {})}
      </span>{' '}
      {item.kind === 'send_part_b_document' ? `${t(`partBEvidence.${item.evidence}`)} ` : null}
      {t(`${key}.how`)}
      <br />
      <Link className="usa-summary-box__link" to={item.path}>
        {t(`${key}.link`)}
      </Link>
    </li>
  );
}

export function HomeToDoList({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const eligibility = useApi<PersonEligibility>(`persons/${personId}/eligibility`);
  const seasons = useApi<OpenSeasonList>('open-seasons');
  const transitions = useApi<Page<LifecycleTransition>>(`persons/${personId}/transitions?limit=100`);
  const requirements = useApi<DocumentRequirements>('part-b-documents/requirements');
  const error = eligibility.error ?? seasons.error ?? transitions.error;
  const ready = eligibility.data && seasons.data && transitions.data;
  const items = ready
    ? toDoList({
        partB: eligibility.data?.person.partB,
        season: seasons.data ? seasonToShow(seasons.data) : null,
        electionCounted: electionCounted(eligibility.data?.household.enrollment.facts.election),
        transitions: transitions.data?.items ?? [],
        documentDue: requirements.data ?? null,
      })
    : [];
  return (
    <SummaryBox className="margin-y-3" data-testid="to-do-list">
      <SummaryBoxHeading headingLevel="h2">{t('home.toDo.heading')}</SummaryBoxHeading>
      <SummaryBoxContent>
        {error ? <ProblemAlert problem={error} /> : null}
        {!ready && !error ? <Loading /> : null}
        {ready && items.length === 0 ? <p>{t('home.toDo.none')}</p> : null}
        {items.length > 0 ? (
          <ul className="usa-list usa-list--unstyled">
            {items.map((item) => (
              <ToDoItem key={item.kind} item={item} />
            ))}
          </ul>
        ) : null}
      </SummaryBoxContent>
    </SummaryBox>
  );
}
