// The console's home: the queue of the specialist's partner (administrators choose the partner), per
// skill and case by case, oldest first, with the SLA clocks; more cases on request; the callbacks due.
import { Button } from '@trussworks/react-uswds';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/api-problem.ts';
import { getJson } from '../api/client.ts';
import type { Me } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { QueueItem, SupportQueue } from './console-types.ts';
import { DueCallbacks } from './due-callbacks.tsx';
import { NextCaseButton } from './next-case-button.tsx';
import { PartnerPicker } from './partner-picker.tsx';
import { usePlanWords } from './plan-words.ts';
import { QueueTable } from './queue-table.tsx';
import { SkillSummaryTable } from './skill-summary-table.tsx';
import { useSupportPlan } from './use-support-plan.ts';

const PAGE_SIZE = 25;
const FIRST_PARTNER = 'helpline';

export function QueuePage({ me }: { me: Me }) {
  const { t } = useTranslation('console');
  const [search, setSearch] = useSearchParams();
  const plan = useSupportPlan();
  const words = usePlanWords(plan.data);
  const partner = me.partnerOrganization ?? search.get('partner') ?? FIRST_PARTNER;
  const queue = useApi<SupportQueue>(`queues/${encodeURIComponent(partner)}?limit=${PAGE_SIZE}`);
  const more = useMoreCases(partner, queue.data?.nextCursor ?? null);

  return (
    <>
      <PageTitle>{me.partnerOrganization ? t('queue.title') : t('queue.adminTitle')}</PageTitle>
      <p className="usa-intro">{t('queue.intro', { partner: words.partner(partner) })}</p>
      <div className="display-flex flex-wrap flex-align-start margin-bottom-2">
        {me.partnerOrganization ? <NextCaseButton partner={partner} /> : null}
        <Link className="usa-button usa-button--outline" to="/console/search" data-testid="find-caller">
          {t('queue.findCaller')}
        </Link>
      </div>
      {!me.partnerOrganization && plan.data ? (
        <PartnerPicker
          plan={plan.data}
          partner={partner}
          onChange={(next) => setSearch(next ? { partner: next } : {}, { replace: true })}
        />
      ) : null}
      <DueCallbacks partner={partner} />
      {queue.error ? <ProblemAlert problem={queue.error} /> : null}
      {queue.loading && !queue.data ? <Loading what={t('queue.loadingWhat')} /> : null}
      {queue.data ? (
        <>
          <h2>{t('queue.bySkill')}</h2>
          {queue.data.skills.length === 0 ? (
            <p data-testid="queue-empty">{t('queue.empty', { partner: words.partner(partner) })}</p>
          ) : (
            <SkillSummaryTable skills={queue.data.skills} words={words} />
          )}
          {queue.data.items.length > 0 ? (
            <>
              <h2>{t('queue.casesHeading')}</h2>
              <QueueTable
                items={[...queue.data.items, ...more.items]}
                words={words}
                caption={t('queue.casesCaption', { partner: words.partner(partner) })}
              />
              {more.problem ? <ProblemAlert problem={more.problem} /> : null}
              {more.hasMore ? (
                <Button type="button" outline onClick={more.load} disabled={more.loading}>
                  {t('queue.showMore')}
                </Button>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** The pages after the first, appended when asked for; starts over when the first page changes. */
function useMoreCases(partner: string, firstCursor: string | null) {
  const [state, setState] = useState<{ items: QueueItem[]; cursor: string | null; problem?: ApiProblem }>({
    items: [],
    cursor: firstCursor,
  });
  const [loading, setLoading] = useState(false);
  useEffect(() => setState({ items: [], cursor: firstCursor }), [partner, firstCursor]);
  const load = useCallback(() => {
    if (!state.cursor) return;
    setLoading(true);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), cursor: state.cursor });
    getJson<SupportQueue>(`queues/${encodeURIComponent(partner)}?${query.toString()}`)
      .then(
        ({ data }) =>
          setState((previous) => ({ items: [...previous.items, ...data.items], cursor: data.nextCursor })),
        (error: unknown) =>
          setState((previous) => ({
            ...previous,
            problem:
              error instanceof ApiProblem
                ? error
                : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) }),
          })),
      )
      .finally(() => setLoading(false));
  }, [partner, state.cursor]);
  return { items: state.items, hasMore: state.cursor !== null, loading, problem: state.problem, load };
}
