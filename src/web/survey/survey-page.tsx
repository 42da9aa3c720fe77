// /survey/:token: the survey an invitation links to, answered without signing in (the token is the only
// key). The language: ?lang= or ?language= in the link, else the invitation's own, as the API answers
// it; the language switch then changes the form's words too. After sending, focus moves to the page's
// new heading (the receipt, or why the answer was refused) or to the error summary.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';
import { isLanguage, languageOfLink } from '../i18n/i18n.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import {
  localProblems,
  NO_ANSWERS,
  refusalOf,
  responseBodyOf,
  serverProblems,
  type SurveyAnswers,
  type SurveyField,
} from './survey-answers.ts';
import { SurveyForm } from './survey-form.tsx';
import { ReceiptPage, RefusalPage } from './survey-outcome.tsx';
import type { SurveyFormView, SurveyReceipt } from './survey-types.ts';

/** The form in the page's language, once a language is settled: first the invitation's own. */
function useSurveyForm(token: string) {
  const { i18n } = useTranslation('survey');
  const location = useLocation();
  const [settled, setSettled] = useState(() => languageOfLink(location.search) !== null);
  const base = `cx/invitations/${encodeURIComponent(token)}`;
  const form = useApi<SurveyFormView>(settled ? `${base}?language=${i18n.language}` : base);
  useEffect(() => {
    if (settled || !form.data) return;
    setSettled(true);
    if (isLanguage(form.data.language) && form.data.language !== i18n.language)
      void i18n.changeLanguage(form.data.language);
  }, [settled, form.data, i18n]);
  return { base, form };
}

export function SurveyPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('survey');
  const { base, form } = useSurveyForm(token);
  const send = useAction<SurveyReceipt>();
  const [answers, setAnswers] = useState<SurveyAnswers>(NO_ANSWERS);
  const [local, setLocal] = useState<FieldErrors<SurveyField>>({});
  const [attempt, setAttempt] = useState(0);

  const refusal = refusalOf(send.problem) ?? refusalOf(form.error);
  const outcome = send.result ? 'receipt' : refusalOf(send.problem);
  useEffect(() => {
    // The form is gone: the new heading takes focus, so the outcome is not lost at the top of the page.
    if (outcome) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [outcome]);

  if (send.result) return <ReceiptPage receipt={send.result} />;
  if (refusal) return <RefusalPage refusal={refusal} />;
  if (!form.data) {
    if (!form.error) return <Loading what={t('loadingSurvey')} />;
    return (
      <>
        <PageTitle>{t('unavailable')}</PageTitle>
        <ProblemAlert problem={form.error} />
      </>
    );
  }
  const view = form.data;
  const server = serverProblems(view, send.problem, answers);
  const errors = hasErrors(local) ? local : server;
  const unexplained = send.problem && !hasErrors(server) ? send.problem : undefined;

  const submit = () => {
    const found = localProblems(answers);
    setLocal(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found)) return;
    void send.run(
      async () => (await postJson<SurveyReceipt>(`${base}/response`, responseBodyOf(view, answers))).data,
    );
  };

  return (
    <SurveyForm
      form={view}
      answers={answers}
      onChange={setAnswers}
      errors={errors}
      problem={unexplained}
      attempt={attempt}
      pending={send.pending}
      onSubmit={submit}
    />
  );
}
