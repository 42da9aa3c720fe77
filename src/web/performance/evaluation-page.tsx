// /dashboard/performance/evaluations/:id: one carrier's contract year. Where it stands and what it
// comes to, the evidence with its sources, each element's proposed factor with its reasons and
// paragraphs, then the steps the signed-in role may take now (the contracting officer decides each
// factor with a written reason, accepts, issues the notice, decides a reconsideration, makes the
// final determination and records the money; the carrier responds or asks for reconsideration), the
// money statement and the whole history. After each step the page reloads and says what was done.
import { Alert } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Me } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { AcceptForm } from './accept-form.tsx';
import { CarrierGuidance } from './carrier-guidance.tsx';
import { CarrierResponseForm } from './carrier-response-form.tsx';
import { ElementFindings } from './element-findings.tsx';
import { EvaluationOverview } from './evaluation-overview.tsx';
import { EventHistory } from './event-history.tsx';
import { EvidenceTable } from './evidence-table.tsx';
import { FinalDecision } from './final-decision.tsx';
import { FinalDeterminationForm } from './final-determination-form.tsx';
import { MoneyForm } from './money-form.tsx';
import { MoneyStatementSection } from './money-statement.tsx';
import { NoticeList } from './notice-list.tsx';
import { IssueNoticeForm } from './issue-notice-form.tsx';
import type { EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { PerformanceBreadcrumb } from './performance-breadcrumb.tsx';
import { actionsFor, carrierLabel } from './performance-values.ts';
import { ReconsiderationDecisionForm } from './reconsideration-decision-form.tsx';
import { ReconsiderationList } from './reconsideration-list.tsx';
import { ReconsiderationRequestForm } from './reconsideration-request-form.tsx';

export function EvaluationPage({ me }: { me: Me }) {
  const { t } = useTranslation('performance');
  const { id = '' } = useParams();
  const view = useApi<EvaluationView>(`${PERFORMANCE_API}/evaluations/${encodeURIComponent(id)}`);
  const [done, setDone] = useState<string>();
  // The form a keyboard user sent goes away or changes: focus the outcome, so they hear what happened.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done]);

  if (view.error) {
    return (
      <>
        <PerformanceBreadcrumb current={t('evaluation.notFoundTitle')} />
        <PageTitle>{t('evaluation.notFoundTitle')}</PageTitle>
        <ProblemAlert problem={view.error} />
      </>
    );
  }
  if (!view.data) return <Loading what={t('evaluation.loadingWhat')} />;
  const evaluation = view.data;
  const actions = actionsFor(evaluation.state, me.role);
  const title = t('evaluation.title', { carrier: carrierLabel(evaluation), year: evaluation.contractYear });
  const stepDone = (message: string) => {
    setDone(message);
    view.reload();
  };

  return (
    <>
      <PerformanceBreadcrumb current={title} year={evaluation.contractYear} />
      <PageTitle>{title}</PageTitle>
      <div aria-live="polite" ref={outcome} tabIndex={-1}>
        {done ? (
          <Alert type="success" slim data-testid="performance-step-done">
            {done}
          </Alert>
        ) : null}
      </div>
      <EvaluationOverview evaluation={evaluation} />
      {me.role === 'carrier' ? <CarrierGuidance evaluation={evaluation} /> : null}

      <section aria-labelledby="evidence-heading" className="margin-top-5">
        <h2 id="evidence-heading">{t('evidence.heading')}</h2>
        <p>{t('evidence.intro')}</p>
        <EvidenceTable evaluation={evaluation} />
      </section>

      <section aria-labelledby="findings-heading" className="margin-top-5">
        <h2 id="findings-heading">{t('findings.heading')}</h2>
        <p>{me.role === 'carrier' ? t('findings.carrierIntro') : t('findings.intro')}</p>
        {evaluation.proposal.elements.map((element) => (
          <ElementFindings
            key={element.elementId}
            evaluation={evaluation}
            element={element}
            etag={view.etag}
            canDecide={actions.has('decideFactors')}
            onDecided={stepDone}
          />
        ))}
      </section>
      {!actions.has('accept') ? null : evaluation.factors.every((f) => f.factor !== null) ? (
        <AcceptForm evaluation={evaluation} etag={view.etag} onDone={stepDone} />
      ) : (
        <p className="margin-top-4">{t('accept.decideAllFirst')}</p>
      )}

      <section aria-labelledby="notices-heading" className="margin-top-5">
        <h2 id="notices-heading">{t('notices.heading')}</h2>
        <NoticeList evaluation={evaluation} />
        {actions.has('issueNotice') ? <IssueNoticeForm evaluation={evaluation} onDone={stepDone} /> : null}
      </section>

      <section aria-labelledby="reconsideration-heading" className="margin-top-5">
        <h2 id="reconsideration-heading">{t('reconsideration.heading')}</h2>
        <ReconsiderationList evaluation={evaluation} />
        {actions.has('respond') ? <CarrierResponseForm evaluation={evaluation} onDone={stepDone} /> : null}
        {actions.has('requestReconsideration') ? (
          <ReconsiderationRequestForm evaluation={evaluation} onDone={stepDone} />
        ) : null}
        {actions.has('decideReconsideration') ? (
          <ReconsiderationDecisionForm evaluation={evaluation} onDone={stepDone} />
        ) : null}
      </section>

      <section aria-labelledby="final-heading" className="margin-top-5">
        <h2 id="final-heading">{t('final.heading')}</h2>
        <FinalDecision evaluation={evaluation} />
        {actions.has('finalize') ? (
          <FinalDeterminationForm evaluation={evaluation} onDone={stepDone} />
        ) : null}
      </section>

      {evaluation.state === 'final' || evaluation.state === 'settled' ? (
        <section aria-labelledby="money-heading" className="margin-top-5">
          <h2 id="money-heading">{t('money.heading')}</h2>
          <MoneyStatementSection key={evaluation.events.length} evaluation={evaluation} />
          {actions.has('recordMoney') ? <MoneyForm evaluation={evaluation} onDone={stepDone} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="margin-top-5">
        <h2 id="history-heading">{t('history.heading')}</h2>
        <EventHistory evaluation={evaluation} />
      </section>
    </>
  );
}
