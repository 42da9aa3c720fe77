// /console/cases/:id: everything about one case in one place: the context, the whole history, a note,
// the plan's scripted answers, the callbacks, the transfer, escalation, resolution and reopening, and the caller's
// enrollment with the actions a specialist can take for them.
import { Alert, AlertText, Grid } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { postJson } from '../api/client.ts';
import type { Me } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { AssignToMe } from './assign-to-me.tsx';
import { CallTimer } from './call-timer.tsx';
import { CaseCallbacks } from './case-callbacks.tsx';
import { CaseActions } from './case-actions.tsx';
import { CaseChangeForm } from './case-change-form.tsx';
import { CaseContext } from './case-context.tsx';
import { CaseHistory } from './case-history.tsx';
import { ConsoleBreadcrumb } from './console-breadcrumb.tsx';
import type { SupportCase } from './console-types.ts';
import { EnrollmentPanel } from './enrollment-panel.tsx';
import { PersonTimeline } from './person-timeline.tsx';
import { usePlanWords } from './plan-words.ts';
import { ScriptedAnswers } from './scripted-answers.tsx';
import { scriptedAnswersFor, scriptedAnswersOf } from './scripted-answers-for.ts';
import { KnowledgeBase } from './knowledge-base.tsx';
import { useDesk } from './use-desk.ts';
import { useSupportPlan } from './use-support-plan.ts';

/** The open season an election belongs to when the plan does not name it. */
const FALLBACK_OPEN_SEASON = 'TOS-2024';

export function CaseWorkspacePage({ me }: { me: Me }) {
  const { t } = useTranslation('console');
  const { id } = useParams();
  const caseId = Number(id);
  const valid = Number.isInteger(caseId) && caseId > 0;
  const found = useApi<SupportCase>(valid ? `cases/${caseId}` : null);
  const plan = useSupportPlan(found.data?.plan.id ?? null);
  const words = usePlanWords(plan.data);
  const desk = useDesk();
  const [insertion, setInsertion] = useState<{ text: string; n: number } | null>(null);
  const location = useLocation();
  const [message, setMessage] = useState<string | null>(
    openingMessage(location.state as { opened?: boolean; taken?: boolean } | null, t),
  );
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  const title = t('workspace.title', { id: valid ? caseId : '?' });
  if (!valid) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <p>{t('workspace.badId')}</p>
      </>
    );
  }
  const supportCase = found.data;
  const changed = (_updated: SupportCase, text: string) => {
    setMessage(text);
    found.reload();
  };
  const holding =
    supportCase !== undefined &&
    (me.partnerOrganization === null || me.partnerOrganization === supportCase.partner);
  const insert =
    holding && supportCase.possibleEvents.includes('note')
      ? (text: string) => setInsertion((previous) => ({ text, n: (previous?.n ?? 0) + 1 }))
      : undefined;

  return (
    <>
      <ConsoleBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      {found.error ? <ProblemAlert problem={found.error} /> : null}
      {!supportCase && !found.error ? <Loading what={t('workspace.loadingWhat')} /> : null}
      {supportCase ? (
        <>
          <p className="usa-intro" data-testid="case-subject">
            {supportCase.subject}
          </p>
          <CallTimer />
          {message ? (
            <div ref={status} tabIndex={-1} role="status" className="margin-bottom-2">
              <Alert type="success" slim>
                <AlertText>{message}</AlertText>
              </Alert>
            </div>
          ) : null}
          {!holding ? (
            <Alert type="info" slim className="margin-bottom-2" data-testid="not-holding">
              <AlertText>
                {t('workspace.readOnly', { partner: words.partner(supportCase.partner) })}
              </AlertText>
            </Alert>
          ) : null}
          <CaseContext supportCase={supportCase} words={words} me={me.subject} />
          {holding && supportCase.assignedTo === null && supportCase.status !== 'resolved' ? (
            <AssignToMe caseId={supportCase.id} onDone={(updated) => changed(updated, t('assign.done'))} />
          ) : null}
          <Grid row gap className="margin-top-2">
            <Grid col={12} desktop={{ col: 8 }}>
              <CaseHistory events={supportCase.events} words={words} />
              {holding && supportCase.possibleEvents.includes('note') ? (
                <CaseChangeForm
                  formId="note"
                  heading={t('note.heading')}
                  text={{ name: 'text', label: t('note.label'), hint: t('note.hint') }}
                  submitLabel={t('note.submit')}
                  send={async (values) =>
                    (await postJson<SupportCase>(`cases/${supportCase.id}/notes`, { text: values.text })).data
                  }
                  onDone={(updated) => changed(updated, t('note.added'))}
                  insertion={insertion}
                />
              ) : null}
              {holding ? (
                <CaseActions
                  supportCase={supportCase}
                  plan={plan.data}
                  words={words}
                  wrapUpCodes={desk.data?.wrapUpCodes}
                  onChanged={changed}
                />
              ) : null}
              <CaseCallbacks
                key={`callbacks-${supportCase.id}`}
                caseId={supportCase.id}
                canChange={holding && supportCase.status !== 'resolved'}
              />
              <EnrollmentPanel
                key={`${supportCase.person.id}-${supportCase.partner}-${supportCase.status}`}
                personId={supportCase.person.id}
                residenceState={supportCase.person.residenceState}
                openSeasonId={plan.data?.demand?.openSeason ?? FALLBACK_OPEN_SEASON}
                actor={me.displayName}
                canAct={holding && supportCase.status !== 'resolved'}
              />
            </Grid>
            <Grid col={12} desktop={{ col: 4 }}>
              <PersonTimeline
                key={`${supportCase.person.id}-${supportCase.partner}-${supportCase.status}`}
                personId={supportCase.person.id}
                currentCase={supportCase.id}
                words={words}
              />
              {plan.data ? (
                <ScriptedAnswers
                  answers={scriptedAnswersFor(
                    plan.data.scriptedAnswers,
                    supportCase.requestType,
                    me.partnerOrganization,
                  )}
                  searchable={scriptedAnswersOf(plan.data.scriptedAnswers, me.partnerOrganization)}
                  onInsert={insert}
                />
              ) : null}
              {desk.data ? <KnowledgeBase knowledge={desk.data.knowledgeBase} onInsert={insert} /> : null}
            </Grid>
          </Grid>
        </>
      ) : null}
    </>
  );
}

/** What the workspace says when it opens: the case just opened, or just taken from the queue. */
function openingMessage(
  state: { opened?: boolean; taken?: boolean } | null,
  t: (key: 'workspace.opened' | 'assign.taken') => string,
): string | null {
  if (state?.opened) return t('workspace.opened');
  if (state?.taken) return t('assign.taken');
  return null;
}
